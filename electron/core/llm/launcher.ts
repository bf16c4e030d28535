/**
 * How the model process is started. Under plain Node (tests, browser-mode host, CLI) it is a
 * `child_process.fork` of worker.ts/worker.js; the Electron shell supplies a launcher built on
 * `utilityProcess.fork` with the same interface (core never imports Electron).
 */
import { fork } from 'node:child_process';
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

/**
 * The worker next to this module: worker.ts through tsx when running from sources (Vitest, tsx),
 * worker.js otherwise. A bundled app passes its own entry instead.
 */
export function defaultWorkerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url);
  const fromSources = here.endsWith('.ts');
  return {
    modulePath: path.join(path.dirname(here), fromSources ? 'worker.ts' : 'worker.js'),
    execArgv: fromSources ? ['--import', 'tsx'] : [],
  };
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
