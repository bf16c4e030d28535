import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ModelProcess, ModelProcessLauncher } from '../../../electron/core/llm/launcher.js';
import type { WorkerEvent, WorkerRequest } from '../../../electron/core/llm/protocol.js';
import { ModelRuntime } from '../../../electron/core/llm/runtime.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const run = promisify(execFile);
const TRIPWIRE = pathToFileURL(path.resolve(import.meta.dirname, '../../fixtures/network-tripwire.mjs')).href;

/** A model process that loads instantly and then never answers: a hung native call, as the runtime sees it. */
function hungProcessLauncher(): { launcher: ModelProcessLauncher; killed: () => number } {
  let kills = 0;
  const launcher: ModelProcessLauncher = {
    launch(): ModelProcess {
      let onMessage: (event: WorkerEvent) => void = () => undefined;
      let onExit: (exit: { code: number | null; signal: string | null }) => void = () => undefined;
      return {
        pid: 424242,
        send(message: WorkerRequest) {
          if (message.type === 'load') {
            const id = message.id;
            setImmediate(() =>
              onMessage({
                type: 'done',
                id,
                result: {
                  contextSize: 512,
                  sequences: 1,
                  trainContextSize: 512,
                  threads: 1,
                  gpu: false,
                  buildType: 'prebuilt',
                  loadMs: 1,
                  kvCacheBytes: null,
                },
              }),
            );
          }
        },
        onMessage: (listener) => (onMessage = listener),
        onExit: (listener) => (onExit = listener),
        kill() {
          kills++;
          setImmediate(() => onExit({ code: null, signal: 'SIGKILL' }));
        },
      };
    },
  };
  return { launcher, killed: () => kills };
}

describe('model process supervision', () => {
  it('kills a model process that does not answer within the time limit and says so', async () => {
    const { launcher, killed } = hungProcessLauncher();
    const runtime = new ModelRuntime({ models: { chat: '/models/any.gguf' }, launcher, watchdogGraceMs: 50 });
    const started = Date.now();
    await expect(
      runtime.generateJson({
        conversationId: 'c',
        prompt: 'hei',
        schema: { type: 'string' },
        options: { timeLimitMs: 100 },
      }),
    ).rejects.toMatchObject({ code: 'MODEL_NOT_RESPONDING' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(killed()).toBe(1);
    expect(runtime.status()).toMatchObject({ state: 'error', errorCode: 'MODEL_NOT_RESPONDING' });
    expect(runtime.status().message).toMatch(/svarte ikke/);
  });

  it('the network tripwire used by the runtime tests records a connection attempt (so it can fail)', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const log = path.join(dir, 'attempts.log');
      const script =
        "import net from 'node:net'; try { net.connect(9, '127.0.0.1'); } catch {} try { await fetch('http://example.invalid/'); } catch {}";
      await run(process.execPath, ['--import', TRIPWIRE, '--input-type=module', '-e', script], {
        env: { ...process.env, INKLUDMI_TRIPWIRE_LOG: log },
      });
      const attempts = await fs.readFile(log, 'utf8');
      expect(attempts).toMatch(/net\.Socket\.connect/);
      expect(attempts).toMatch(/fetch/);
    } finally {
      await cleanup();
    }
  });
});
