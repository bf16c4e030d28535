import { utilityProcess } from 'electron';
import { BUILT_WORKER_FILE, type ModelProcess, type ModelProcessLauncher } from '../core/llm/launcher.js';
import { isWorkerEvent } from '../core/llm/protocol.js';

/**
 * The model process in the desktop app: an Electron utilityProcess (the RunAsNode fuse is off, so
 * child_process.fork of the Electron binary cannot be used). A native crash there never takes the
 * main process or the database down; the runtime restarts it on the next request.
 */
export function createUtilityProcessLauncher(modulePath: string): ModelProcessLauncher {
  return {
    launch(): ModelProcess {
      const child = utilityProcess.fork(modulePath, [], { serviceName: 'InkludMI språkmodell', stdio: 'inherit' });
      let exited = false;
      child.once('exit', () => {
        exited = true;
      });
      return {
        get pid() {
          return child.pid;
        },
        send(message) {
          if (!exited) child.postMessage(message);
        },
        onMessage(listener) {
          child.on('message', (message: unknown) => {
            if (isWorkerEvent(message)) listener(message);
          });
        },
        onExit(listener) {
          child.once('exit', (code) => listener({ code, signal: null }));
        },
        kill() {
          if (!exited) child.kill();
        },
      };
    },
  };
}

export { BUILT_WORKER_FILE };
