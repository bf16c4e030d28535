import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEvent } from '../core/api/events.js';
import type { InkludmiBridge } from '../core/api/router.js';
import {
  IPC_CALL_CHANNEL,
  IPC_CLIPBOARD_CLEAR_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_PICK_MODEL_CHANNEL,
} from '../core/api/transport.js';

/**
 * The renderer's only door to the app: `window.inkludmi`, the typed API client over IPC.
 * No ipcRenderer, no Node, no Electron objects reach the page.
 */
const bridge: InkludmiBridge = {
  transport: 'ipc',
  call: (name, input) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input),
  clearClipboard: (expected) => ipcRenderer.invoke(IPC_CLIPBOARD_CLEAR_CHANNEL, expected),
  pickModelFile: () => ipcRenderer.invoke(IPC_PICK_MODEL_CHANNEL),
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, apiEvent: ApiEvent) => listener(apiEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('inkludmi', bridge);
