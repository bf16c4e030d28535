import type { ApiEvent } from '../../api/events.js';
import { detectInOutput } from '../../scrub/output.js';
import type { PseudonymVault } from '../../scrub/vault.js';
import { draftReadsAsProse } from '../checks/prose.js';
import type { DraftSink } from './generation.js';

/**
 * The model writes `{"move": …, "text": "…", "sources": […]}`. While it writes, the person sees
 * only the text field, decoded, with placeholders restored. TextFieldDecoder pulls the string
 * value of "text" out of the growing JSON; DisplayStream decides how much of it is safe to show.
 */
export class TextFieldDecoder {
  private raw = '';
  private start = -1;
  private pos = 0;
  private done = false;
  private decoded = '';

  /** Feeds raw JSON text; returns the newly decoded characters of the text field. */
  push(chunk: string): string {
    this.raw += chunk;
    if (this.done) return '';
    if (this.start < 0) {
      const m = /"text"\s*:\s*"/.exec(this.raw);
      if (!m) return '';
      this.start = m.index + m[0].length;
      this.pos = this.start;
    }
    let out = '';
    while (this.pos < this.raw.length) {
      const c = this.raw[this.pos] as string;
      if (c === '"') {
        this.done = true;
        break;
      }
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const next = this.raw[this.pos + 1];
      if (next === undefined) break;
      if (next === 'u') {
        const hex = this.raw.slice(this.pos + 2, this.pos + 6);
        if (hex.length < 4) break;
        out += /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : '';
        this.pos += 6;
        continue;
      }
      const escapes: Record<string, string> = { n: '\n', t: '\t', r: '', b: '', f: '', '"': '"', '\\': '\\', '/': '/' };
      out += escapes[next] ?? next;
      this.pos += 2;
    }
    this.decoded += out;
    return out;
  }

  get text(): string {
    return this.decoded;
  }

  get rawText(): string {
    return this.raw;
  }
}

/**
 * Shows the text as it grows, a word behind the model: the trailing word and any unclosed "[" are
 * held back (so a placeholder is never shown half-written), placeholders are restored, and the
 * stream goes quiet as soon as the draft holds personal data the model made up or stops reading
 * as Norwegian prose (the final text, after the checks, then replaces the draft).
 */
export class DisplayStream {
  private shown = '';
  private offered = 0;
  private halted = false;

  constructor(
    private readonly vault: PseudonymVault,
    private readonly emit: (text: string) => void,
  ) {}

  /** Offers the model text written so far (pseudonymised). */
  offer(modelText: string): void {
    if (this.halted) return;
    let cut = modelText.search(/\S+$/u);
    if (cut < 0) cut = modelText.length;
    const open = modelText.lastIndexOf('[');
    if (open >= 0 && modelText.indexOf(']', open) < 0) cut = Math.min(cut, open);
    const ready = modelText.slice(0, cut);
    if (ready.trim().length === 0 || ready.length <= this.offered) return;
    // Nothing is shown before the first words read as Norwegian prose, and a draft that stops
    // reading as prose (a broken or tiny model's noise) goes quiet: the person never sees it.
    const prose = draftReadsAsProse(ready, this.shown === '');
    if (prose === 'wait') return;
    if (prose === 'no') {
      this.halted = true;
      return;
    }
    this.offered = ready.length;
    const check = detectInOutput(ready, this.vault);
    if (check.findings.some((f) => f.kind === 'invented') || check.unknownPlaceholders.length > 0) {
      this.halted = true;
      return;
    }
    const display = this.vault.restore(ready);
    if (!display.startsWith(this.shown)) {
      this.halted = true;
      return;
    }
    const fresh = display.slice(this.shown.length);
    if (fresh.length === 0) return;
    this.shown = display;
    this.emit(fresh);
  }

  /** What the person has seen so far. */
  get text(): string {
    return this.shown;
  }
}

/** How the caller hears the reply being written: token events on its stream, a discard when a draft is thrown away. */
export interface TurnIo {
  stream?: string | undefined;
  emit?: ((event: ApiEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** Tracks what the caller has seen of the reply on its stream, so the final text can replace a draft. */
export class ReplyStream {
  private shown = '';
  private decoder: TextFieldDecoder | null = null;

  constructor(
    private readonly io: TurnIo,
    private readonly vault: PseudonymVault,
  ) {}

  private token(text: string): void {
    if (!this.io.stream || !this.io.emit || text.length === 0) return;
    this.shown += text;
    this.io.emit({ kind: 'token', stream: this.io.stream, text });
  }

  private discardShown(): void {
    if (!this.io.stream || !this.io.emit || this.shown.length === 0) return;
    this.shown = '';
    this.io.emit({ kind: 'discard', stream: this.io.stream });
  }

  readonly sink: DraftSink = {
    begin: (): ((raw: string) => void) => {
      const decoder = new TextFieldDecoder();
      this.decoder = decoder;
      const display = new DisplayStream(this.vault, (text) => this.token(text));
      return (raw) => {
        decoder.push(raw);
        display.offer(decoder.text);
      };
    },
    partial: (): string => this.decoder?.text ?? '',
    discard: (): void => {
      this.decoder = null;
      this.discardShown();
    },
  };

  /** Ends the stream with exactly `display` on the caller's screen. */
  finish(display: string): void {
    if (display.startsWith(this.shown)) this.token(display.slice(this.shown.length));
    else {
      this.discardShown();
      this.token(display);
    }
    if (this.io.stream && this.io.emit) this.io.emit({ kind: 'end', stream: this.io.stream });
  }
}
