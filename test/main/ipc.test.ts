import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/index.js';
import { silentLogger } from '../../electron/core/log.js';
import { IPC_EVENT_CHANNEL } from '../../electron/core/api/transport.js';
import {
  createClipboardClearHandler,
  createIpcCallHandler,
  createPickModelHandler,
  type IpcCallEvent,
} from '../../electron/main/ipc.js';

/** A stand-in for Electron's IpcMainInvokeEvent: just what the handler reads. */
function fakeEvent(url: string) {
  const sent: unknown[][] = [];
  const mainFrame = { url };
  const event = {
    sender: { isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args), mainFrame },
    senderFrame: mainFrame,
  } as unknown as IpcCallEvent;
  return { event, sent };
}

function setup() {
  const core = createCore({
    dataDir: '/tmp/inkludmi-ipc-test',
    appVersion: '1.2.3',
    logger: silentLogger,
    model: {
      status: () => ({ state: 'not-installed', activeModel: null, progress: null, message: null }),
      binding: async () => ({ buildType: 'prebuilt', gpu: false, threads: 2 }),
    },
  });
  const handler = createIpcCallHandler({
    dispatch: core.dispatch,
    isTrustedSender: (e) => e.senderFrame?.url.startsWith('app://inkludmi/') ?? false,
    connectionFor: () => 'ipc-test',
  });
  return { core, handler };
}

describe('IPC transport (without Electron, through the same dispatcher)', () => {
  it('answers a valid call from the app frame', async () => {
    const { handler } = setup();
    const { event } = fakeEvent('app://inkludmi/');
    const result = await handler(event, 'system.info', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as { app: { version: string } }).app.version).toBe('1.2.3');
  });

  it('returns a typed validation error and does not run the handler', async () => {
    const { core, handler } = setup();
    const health = vi.spyOn(core.services.system, 'health');
    const { event } = fakeEvent('app://inkludmi/');
    const result = await handler(event, 'system.health', { include: [] });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.any(String),
        fields: [{ path: 'include', message: 'Må ha minst 1 elementer.' }],
      },
    });
    expect(health).not.toHaveBeenCalled();
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { core, handler } = setup();
    const info = vi.spyOn(core.services.system, 'info');
    const { event } = fakeEvent('https://evil.example/');
    const result = await handler(event, 'system.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' } });
    expect(info).not.toHaveBeenCalled();
  });

  it('refuses a procedure name that is not a string', async () => {
    const { handler } = setup();
    const { event } = fakeEvent('app://inkludmi/');
    const result = await handler(event, { toString: () => 'system.info' }, {});
    expect(result.ok ? null : result.error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it('sends streamed events back to the calling window on the one event channel', async () => {
    const { event, sent } = fakeEvent('app://inkludmi/');
    const handler = createIpcCallHandler({
      dispatch: async (request) => {
        request.emit({ kind: 'progress', stream: 'import-1', done: 1, total: 2 });
        return { ok: true, data: null };
      },
      isTrustedSender: () => true,
      connectionFor: () => 'ipc-1',
    });
    await handler(event, 'model.import', {});
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { kind: 'progress', stream: 'import-1', done: 1, total: 2 }]]);
  });

  it('clears the clipboard for the app frame only while it still holds the copied value, and never returns its content', () => {
    let held = '15870550313';
    const clipboard = { readText: () => held, clear: vi.fn(() => (held = '')) };
    const clear = createClipboardClearHandler({
      isTrustedSender: (e) => e.senderFrame?.url.startsWith('app://inkludmi/') ?? false,
      clipboard,
    });

    // Another program's page, or a value that is not text: refused, clipboard untouched.
    expect(clear(fakeEvent('https://evil.example/').event, '15870550313')).toBe(false);
    expect(clear(fakeEvent('app://inkludmi/').event, { toString: () => '15870550313' })).toBe(false);
    expect(clipboard.clear).not.toHaveBeenCalled();
    // Something else was copied since: it stays.
    held = 'Ring Pia før fredag';
    expect(clear(fakeEvent('app://inkludmi/').event, '15870550313')).toBe(true);
    expect(held).toBe('Ring Pia før fredag');
    // Still the national id: emptied.
    held = '15870550313';
    expect(clear(fakeEvent('app://inkludmi/').event, '15870550313')).toBe(true);
    expect(clipboard.clear).toHaveBeenCalledTimes(1);
    expect(held).toBe('');
  });

  it('the model file dialog opens for the app frame only and gives the page a one-time token, never the path', async () => {
    const { core } = setup();
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/it/modeller/Qwen 3B.gguf'] }));
    const pick = createPickModelHandler({
      isTrustedSender: (e) => e.senderFrame?.url.startsWith('app://inkludmi/') ?? false,
      showOpenDialog,
      rememberPickedFile: (file) => core.services.models.rememberPickedFile(file),
    });

    expect(await pick(fakeEvent('https://evil.example/').event)).toBeNull();
    expect(showOpenDialog).not.toHaveBeenCalled();

    const picked = await pick(fakeEvent('app://inkludmi/').event);
    expect(picked?.fileName).toBe('Qwen 3B.gguf');
    expect(JSON.stringify(picked)).not.toContain('/home/it');
    expect(core.services.models.takePickedFile(picked?.token ?? '')).toBe('/home/it/modeller/Qwen 3B.gguf');
    // Used once: the same token does not name the file again.
    expect(core.services.models.takePickedFile(picked?.token ?? '')).toBeNull();

    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await pick(fakeEvent('app://inkludmi/').event)).toBeNull();
  });
});
