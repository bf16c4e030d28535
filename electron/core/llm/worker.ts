/**
 * Entry of the model process. It owns node-llama-cpp (through ModelEngine) and talks to the app
 * only through typed messages: over the fork IPC channel under plain Node, or over
 * `process.parentPort` when Electron starts it as a utilityProcess.
 *
 * Nothing here logs prompt or answer text.
 */
import { ModelEngine } from './engine.js';
import { toModelErrorBody } from './errors.js';
import { isWorkerRequest, type WorkerCall, type WorkerEvent } from './protocol.js';

/** Electron's utilityProcess side of the channel (typed here so core needs no Electron types). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

function post(event: WorkerEvent): void {
  if (parentPort) parentPort.postMessage(event);
  else process.send?.(event);
}

function onMessage(listener: (message: unknown) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data));
  else process.on('message', listener);
}

const engine = new ModelEngine();
const running = new Map<number, AbortController>();

async function handle(call: WorkerCall): Promise<void> {
  const controller = new AbortController();
  running.set(call.id, controller);
  const sink = { signal: controller.signal, onChunk: (text: string) => post({ type: 'chunk', id: call.id, text }) };
  try {
    switch (call.type) {
      case 'load': {
        let reported = -1;
        const result = await engine.load(call.spec, (progress) => {
          // Progress callbacks can be very frequent; one message per percent is plenty.
          const percent = Math.floor(progress * 100);
          if (percent === reported) return;
          reported = percent;
          post({ type: 'load-progress', id: call.id, progress });
        });
        post({ type: 'done', id: call.id, result });
        return;
      }
      case 'json':
        post({ type: 'done', id: call.id, result: await engine.generateJson(call, controller.signal, sink.onChunk) });
        return;
      case 'embed':
        post({ type: 'done', id: call.id, result: { vectors: await engine.embed(call.texts) } });
        return;
    }
  } catch (error) {
    post({ type: 'failed', id: call.id, error: toModelErrorBody(error) });
  } finally {
    running.delete(call.id);
  }
}

onMessage((message) => {
  if (!isWorkerRequest(message)) return;
  switch (message.type) {
    case 'stop':
      running.get(message.targetId)?.abort();
      return;
    case 'shutdown':
      void engine.dispose().finally(() => process.exit(0));
      return;
    default:
      void handle(message);
  }
});

// The app is gone (or closed the channel): nothing left to serve.
process.on('disconnect', () => process.exit(0));

post({ type: 'started', pid: process.pid });
