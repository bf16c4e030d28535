import type { WebPreferences } from 'electron';

/**
 * The desktop shell's security policy as plain data and functions, so it can be tested without
 * launching Electron (see test/main). index.ts only wires these into Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inkludmi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function webPreferencesFor(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** The page origins the app itself serves: app:// always, the Vite dev server only in development. */
export function isAppUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

/**
 * Network lockdown for the session's webRequest: every request that is not to the app's own
 * protocol (or inline data) is cancelled. In development the Vite dev server on loopback is allowed.
 */
export function shouldCancelRequest(url: string, devServerUrl: string | null): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  if (url.startsWith('devtools:')) return false;
  return !isAppUrl(url, devServerUrl) && !(devServerUrl !== null && url.startsWith(devServerUrl.replace(/^http/, 'ws')));
}

/** The app uses no camera, microphone, location, notifications, clipboard reads, MIDI, HID, … */
export function permissionRequestHandler(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function permissionCheckHandler(): boolean {
  return false;
}

/** Links the app may hand to the system browser after the user confirms: https only. */
export function isVettedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
