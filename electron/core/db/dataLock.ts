import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'inkludmi.lock';

/** The programs that open a data folder, as people know them (named in the refusal). */
export type LockProgram = 'app' | 'browser' | 'cli';

const PROGRAM_NAMES: Record<LockProgram, string> = {
  app: 'skrivebordsappen InkludMI',
  browser: 'nettlesermodus (npm run serve)',
  cli: 'kommandolinjen (inkludmi)',
};

interface Holder {
  pid: number;
  program: LockProgram;
  command: string;
  startedAt: string;
  host: string;
  token: string;
}

/** A second program tried to open a data folder another one has open (Norwegian message). */
export class DataFolderBusyError extends Error {
  readonly code = 'DATA_FOLDER_BUSY';
  constructor(readonly holder: Pick<Holder, 'pid' | 'program' | 'command' | 'startedAt'>) {
    const what = holder.command
      ? `${PROGRAM_NAMES[holder.program]}, «${holder.command}»`
      : PROGRAM_NAMES[holder.program];
    super(
      `Datamappen er allerede åpen i ${what} (prosess ${holder.pid}, startet ${holder.startedAt}). Bare ett program kan bruke datamappen om gangen. Lukk det andre programmet og prøv igjen. Ingenting ble endret.`,
    );
    this.name = 'DataFolderBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    if (!Number.isInteger(h.pid) || typeof h.program !== 'string' || !(h.program in PROGRAM_NAMES)) return null;
    return {
      pid: h.pid!,
      program: h.program as LockProgram,
      command: typeof h.command === 'string' ? h.command.slice(0, 40) : '',
      startedAt: String(h.startedAt ?? ''),
      host: String(h.host ?? ''),
      token: String(h.token ?? ''),
    };
  } catch {
    return null;
  }
}

export interface DataLock {
  readonly file: string;
  release(): void;
}

/**
 * Takes the exclusive lock of a data folder: one file created with O_EXCL, naming the program that
 * holds it. The app, browser mode and every CLI command that opens the database take it before
 * anything is read, so only one process at a time writes the database, keys.json and the pending
 * audit file. A lock left by a process that no longer runs on this machine is taken over.
 */
export function acquireDataLock(
  dataDir: string,
  program: LockProgram,
  command = '',
  options: { create?: boolean } = {},
): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  // A folder that does not exist holds nothing to protect, and a command must not create it just to lock it.
  if (!options.create && !fs.existsSync(dataDir)) return { file, release: () => undefined };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const me: Holder = {
    pid: process.pid,
    program,
    command,
    startedAt: new Date().toISOString(),
    host: os.hostname(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(me) + '\n');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        // Only our own lock is removed (never one another process took over).
        if (readHolder(file)?.token === me.token) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    // A holder on this machine that is gone (crash, kill -9) leaves a stale lock: take it over.
    // An unreadable lock is being written right now, or is damaged: treat it as held unless it stays so.
    if (holder && (holder.host !== os.hostname() || alive(holder.pid))) throw new DataFolderBusyError(holder);
    if (!holder && attempt < 2) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      if (!readHolder(file)) fs.rmSync(file, { force: true });
      continue;
    }
    fs.rmSync(file, { force: true });
  }
  const holder = readHolder(file);
  throw new DataFolderBusyError(holder ?? { pid: 0, program: 'app', command: '', startedAt: '' });
}
