import type { InkludmiBridge } from '../../../electron/core/api/router';
import { createHttpBridge, takeHostToken } from './httpBridge';

declare global {
  interface Window {
    inkludmi?: InkludmiBridge;
  }
}

export type BridgeState = { kind: 'ready'; bridge: InkludmiBridge } | { kind: 'missing-token' };

/** The desktop app's preload provides `window.inkludmi`; in browser mode it is built here. */
export function resolveBridge(): BridgeState {
  if (window.inkludmi) return { kind: 'ready', bridge: window.inkludmi };
  const token = takeHostToken();
  if (!token) return { kind: 'missing-token' };
  const bridge = createHttpBridge(token);
  window.inkludmi = bridge;
  return { kind: 'ready', bridge };
}
