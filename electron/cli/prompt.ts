import readline from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { CliError, EXIT, type CliIo } from './io.js';

/**
 * Answers a command asks for. Passwords are never arguments: on a terminal they are typed without
 * echo; otherwise they are read, like every other answer, one per line from standard input
 * (`printf 'admin\npassord\n' | inkludmi backup --out FIL`).
 */
export interface Prompter {
  /** A visible answer (trimmed). */
  ask(label: string): Promise<string>;
  /** A secret answer: no echo on a terminal, not trimmed (spaces may belong to a passphrase). */
  secret(label: string): Promise<string>;
  /** Lets go of standard input (call in `finally`). */
  close(): void;
}

export function createPrompter(io: CliIo): Prompter {
  return io.interactive ? new TerminalPrompter(io) : new LinePrompter(io);
}

const interrupted = () => new CliError('\nAvbrutt. Ingenting ble endret.', EXIT.interrupted);

/** stdin is not a terminal: one answer per line, buffered so nothing sent early is lost. */
class LinePrompter implements Prompter {
  private rl: readline.Interface | null = null;
  private lines: AsyncIterator<string> | null = null;

  constructor(private readonly io: CliIo) {}

  ask(label: string): Promise<string> {
    return this.next(label).then((line) => line.trim());
  }
  secret(label: string): Promise<string> {
    return this.next(label);
  }

  private async next(label: string): Promise<string> {
    if (!this.lines) {
      this.rl = readline.createInterface({ input: this.io.stdin, crlfDelay: Infinity, terminal: false });
      // Created at once, so lines that arrive before the next question are buffered, not lost.
      this.lines = this.rl[Symbol.asyncIterator]();
    }
    const result = await this.lines.next();
    if (result.done) {
      throw new CliError(
        `Fikk ikke svar på «${label.replace(/[:\s]+$/, '')}» fra standard inn. Skriv ett svar per linje. Ingenting ble endret.`,
        EXIT.usage,
      );
    }
    return result.value.replace(/\r$/, '');
  }

  close(): void {
    this.rl?.close();
    this.rl = null;
  }
}

interface Waiting {
  secret: boolean;
  resolve: (line: string) => void;
  reject: (err: Error) => void;
}

/**
 * stdin is a terminal, in raw mode: this class does the echoing itself, and only ever echoes a
 * character once it knows which question it answers and that the question is not secret. Lines
 * typed ahead wait in a queue unechoed (a password typed before its prompt never shows).
 */
class TerminalPrompter implements Prompter {
  private readonly decoder = new StringDecoder('utf8');
  private readonly queue: string[] = [];
  private partial = '';
  private waiting: Waiting | null = null;
  private ended: CliError | null = null;
  private started = false;
  private afterCr = false;
  private escape = false;
  private readonly onData = (chunk: Buffer | string) =>
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  private readonly onEnd = () => this.end(null);

  constructor(private readonly io: CliIo) {}

  ask(label: string): Promise<string> {
    return this.question(label, false).then((line) => line.trim());
  }
  secret(label: string): Promise<string> {
    return this.question(label, true);
  }

  close(): void {
    if (!this.started) return;
    this.started = false;
    const stdin = this.io.stdin as NodeJS.ReadStream;
    stdin.off('data', this.onData);
    stdin.off('end', this.onEnd);
    if (typeof stdin.setRawMode === 'function') stdin.setRawMode(false);
    stdin.pause();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const stdin = this.io.stdin as NodeJS.ReadStream;
    if (typeof stdin.setRawMode === 'function') stdin.setRawMode(true);
    stdin.on('data', this.onData);
    stdin.on('end', this.onEnd);
    stdin.resume();
  }

  private question(label: string, secret: boolean): Promise<string> {
    this.start();
    this.write(label);
    const queued = this.queue.shift();
    if (queued !== undefined) {
      this.write(`${secret ? '' : queued}\n`);
      return Promise.resolve(queued);
    }
    if (this.ended) return Promise.reject(this.ended);
    if (!secret) this.write(this.partial);
    return new Promise((resolve, reject) => (this.waiting = { secret, resolve, reject }));
  }

  /** Characters belong to the waiting question only when no earlier line is still queued. */
  private get liveEcho(): boolean {
    return this.waiting !== null && !this.waiting.secret && this.queue.length === 0;
  }

  private feed(text: string): void {
    for (const ch of text) {
      if (this.escape) {
        // Arrow keys and the like (ESC [ … letter): ignored.
        if (/[A-Za-z~]/.test(ch)) this.escape = false;
        continue;
      }
      const cr = this.afterCr;
      this.afterCr = ch === '\r';
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && cr) continue;
        this.line();
      } else if (ch === '\u0003') {
        return this.end(interrupted());
      } else if (ch === '\u0004') {
        if (this.partial === '') return this.end(null);
      } else if (ch === '\u007f' || ch === '\b') {
        if (this.partial === '') continue;
        this.partial = [...this.partial].slice(0, -1).join('');
        if (this.liveEcho) this.write('\b \b');
      } else if (ch === '\u0015') {
        if (this.liveEcho) this.write('\b \b'.repeat([...this.partial].length));
        this.partial = '';
      } else if (ch === '\u001b') {
        this.escape = true;
      } else if (ch >= ' ') {
        this.partial += ch;
        if (this.liveEcho) this.write(ch);
      }
    }
  }

  private line(): void {
    const line = this.partial;
    this.partial = '';
    const waiting = this.waiting;
    if (waiting && this.queue.length === 0) {
      this.waiting = null;
      this.write('\n');
      waiting.resolve(line);
    } else {
      this.queue.push(line);
    }
  }

  private end(err: CliError | null): void {
    this.ended = err ?? interrupted();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(this.ended);
  }

  private write(text: string): void {
    if (text) this.io.stderr.write(text);
  }
}

/**
 * A new password, typed twice. On a terminal a refused or mismatched password is asked again (up
 * to three times); from standard input the first problem ends the command.
 */
export async function askNewPassword(
  prompter: Prompter,
  io: CliIo,
  label: string,
  check: (password: string) => Promise<string | null>,
): Promise<string> {
  const attempts = io.interactive ? 3 : 1;
  let problem = '';
  for (let i = 0; i < attempts; i++) {
    const first = await prompter.secret(`${label}: `);
    problem = (await check(first)) ?? '';
    if (!problem) {
      const second = await prompter.secret(`${label} (en gang til): `);
      if (second === first) return first;
      problem = 'Passordene er ikke like.';
    }
    if (i < attempts - 1) io.stderr.write(`${problem} Prøv igjen.\n`);
  }
  throw new CliError(`${problem} Ingenting ble endret.`);
}
