import type { IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core/api/dispatcher.js';
import { errorBody, type ApiResult } from '../core/api/errors.js';
import type { ApiEvent } from '../core/api/events.js';
import { IPC_EVENT_CHANNEL } from '../core/api/transport.js';

/** The parts of an IPC invoke event the handler looks at (lets tests call it without Electron). */
export type IpcCallEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface IpcCallHandlerDeps {
  dispatch: Dispatch;
  /** True only for the app's own top-level frame (checked on every message). */
  isTrustedSender: (event: IpcCallEvent) => boolean;
  /** The transport connection of the window that sent the message. */
  connectionFor: (event: IpcCallEvent) => string;
}

/**
 * The IPC transport: `ipcMain.handle(IPC_CALL_CHANNEL, handler)`. It only checks the sender and the
 * shape of the envelope; validation, authentication and authorisation are the dispatcher's job,
 * exactly as for the loopback host.
 */
export function createIpcCallHandler(deps: IpcCallHandlerDeps) {
  return async (event: IpcCallEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!deps.isTrustedSender(event)) return { ok: false, error: errorBody('FORBIDDEN') };
    if (typeof name !== 'string') return { ok: false, error: errorBody('UNKNOWN_PROCEDURE') };
    const emit = (apiEvent: ApiEvent) => {
      if (!event.sender.isDestroyed()) event.sender.send(IPC_EVENT_CHANNEL, apiEvent);
    };
    return deps.dispatch({ name, input, connectionId: deps.connectionFor(event), emit });
  };
}

export interface ClipboardClearDeps {
  isTrustedSender: (event: IpcCallEvent) => boolean;
  /** Electron's clipboard in the main process. */
  clipboard: { readText: () => string; clear: () => void };
}

/**
 * `ipcMain.handle(IPC_CLIPBOARD_CLEAR_CHANNEL, handler)`: clears the clipboard only when it still
 * holds the value the page copied (so a later copy of something else survives), and only for the
 * app's own frame. It never returns what the clipboard holds.
 */
export function createClipboardClearHandler(deps: ClipboardClearDeps) {
  return (event: IpcCallEvent, expected: unknown): boolean => {
    if (!deps.isTrustedSender(event) || typeof expected !== 'string' || expected.length === 0 || expected.length > 256)
      return false;
    if (deps.clipboard.readText() === expected) deps.clipboard.clear();
    return true;
  };
}

export interface PickModelDeps {
  isTrustedSender: (event: IpcCallEvent) => boolean;
  /** Electron's dialog.showOpenDialog for the sender's window: resolves the picked paths. */
  showOpenDialog: (event: IpcCallEvent) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Core's model service: keeps the path and gives the page a one-time token for it. */
  rememberPickedFile: (file: string) => { token: string; fileName: string };
}

/**
 * `ipcMain.handle(IPC_PICK_MODEL_CHANNEL, handler)`: the system's file dialog for a .gguf model,
 * for the app's own frame only. The page gets a token and the file's name, never a path it could
 * have typed; `model.import` (admin only, through the dispatcher) turns the token into the file.
 */
export function createPickModelHandler(deps: PickModelDeps) {
  return async (event: IpcCallEvent): Promise<{ token: string; fileName: string } | null> => {
    if (!deps.isTrustedSender(event)) return null;
    const result = await deps.showOpenDialog(event);
    const file = result.filePaths[0];
    if (result.canceled || !file) return null;
    return deps.rememberPickedFile(file);
  };
}
