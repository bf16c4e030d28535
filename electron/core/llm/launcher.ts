/**
 * How the model process is started. Under plain Node (tests, browser-mode host, CLI) it is a
 * `child_process.fork` of worker.ts/worker.js; the Electron shell supplies a launcher built on
 * `utilityProcess.fork` with the same interface (core never imports Electron).
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWorkerEvent, type WorkerEvent, type WorkerRequest } from './protocol.js';

export interface ModelProcessExit {
  code: number | null;
  signal: string | null;
}

export interface ModelProcess {
  readonly pid: number | undefined;
  send(message: WorkerRequest): void;
  onMessage(listener: (message: WorkerEvent) => void): void;
  onExit(listener: (exit: ModelProcessExit) => void): void;
  /** Ends the process at once (SIGKILL where there are signals). */
  kill(): void;
}

export interface ModelProcessLauncher {
  launch(): ModelProcess;
}

export interface WorkerEntry {
  /** Absolute path of the worker module to run. */
  modulePath: string;
  /** Node flags for the worker, e.g. ['--import', 'tsx'] when running from TypeScript sources. */
  execArgv: string[];
}

/** File name of the worker entry in the build (electron.vite.config.ts builds it into out/main/). */
export const BUILT_WORKER_FILE = 'model-worker.js';

/**
 * The worker: worker.ts through tsx when running from sources (Vitest, tsx); in the build, the
 * separately bundled model-worker.js next to the entry point (this module may sit in a chunk folder).
 */
export function defaultWorkerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts'))
    return { modulePath: path.join(path.dirname(here), 'worker.ts'), execArgv: ['--import', 'tsx'] };
  const dir = path.dirname(here);
  const candidates = [
    path.join(dir, BUILT_WORKER_FILE),
    path.join(dir, '..', BUILT_WORKER_FILE),
    path.join(dir, 'worker.js'),
  ];
  return { modulePath: candidates.find((file) => fs.existsSync(file)) ?? candidates[0]!, execArgv: [] };
}

export interface ForkLauncherOptions extends Partial<WorkerEntry> {
  /** Extra flags appended after the entry's execArgv (tests preload a network tripwire this way). */
  extraExecArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

export function createForkLauncher(options: ForkLauncherOptions = {}): ModelProcessLauncher {
  const entry = defaultWorkerEntry();
  const modulePath = options.modulePath ?? entry.modulePath;
  const execArgv = [...(options.execArgv ?? entry.execArgv), ...(options.extraExecArgv ?? [])];
  return {
    launch(): ModelProcess {
      const child = fork(modulePath, [], {
        execArgv,
        env: options.env ?? process.env,
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let exited = false;
      child.once('exit', () => {
        exited = true;
      });
      // A send racing with the child's death must not throw into the caller; the exit listener reports it.
      child.on('error', () => undefined);
      return {
        get pid() {
          return child.pid;
        },
        send(message) {
          if (!exited && child.connected) child.send(message, (err) => void err);
        },
        onMessage(listener) {
          child.on('message', (message: unknown) => {
            if (isWorkerEvent(message)) listener(message);
          });
        },
        onExit(listener) {
          child.once('exit', (code, signal) => listener({ code, signal }));
        },
        kill() {
          if (!exited) child.kill('SIGKILL');
        },
      };
    },
  };
}
