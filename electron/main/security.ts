import type { WebPreferences } from 'electron';

/**
 * The desktop shell's security policy as plain data and functions, so it can be tested without
 * launching Electron (see test/main). index.ts only wires these into Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inkludmi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `protocol.registerSchemesAsPrivileged` for app://: a standard, secure origin (fetch, CSP 'self',
 * the Clipboard API) — never bypassCSP, and no access for file:// or other schemes.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

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
  return (
    !isAppUrl(url, devServerUrl) && !(devServerUrl !== null && url.startsWith(devServerUrl.replace(/^http/, 'ws')))
  );
}

/**
 * The only permission the app uses: writing text to the clipboard (a counselor copies a national
 * id; the app clears the clipboard again 30 seconds later, without a fresh user gesture). No
 * camera, microphone, screen capture, location, notifications, clipboard reads, MIDI, HID, USB,
 * serial, fullscreen, pointer lock, storage access, …
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Granted only for a permission in GRANTED_PERMISSIONS, asked by the app's own top-level page. */
export function isPermissionGranted(
  permission: string,
  request: { requestingUrl: string | undefined; isMainFrame: boolean },
  devServerUrl: string | null,
): boolean {
  return (
    GRANTED_PERMISSIONS.has(permission) &&
    request.isMainFrame &&
    request.requestingUrl !== undefined &&
    isAppUrl(request.requestingUrl, devServerUrl)
  );
}

/** Handlers for `session.setPermissionRequestHandler` and `session.setPermissionCheckHandler`. */
export function createPermissionHandlers(devServerUrl: string | null) {
  return {
    request(
      _webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: { requestingUrl?: string; isMainFrame?: boolean },
    ): void {
      callback(
        isPermissionGranted(
          permission,
          { requestingUrl: details?.requestingUrl, isMainFrame: details?.isMainFrame ?? false },
          devServerUrl,
        ),
      );
    },
    check(
      _webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details?: { requestingUrl?: string; isMainFrame?: boolean },
    ): boolean {
      return isPermissionGranted(
        permission,
        { requestingUrl: details?.requestingUrl ?? requestingOrigin, isMainFrame: details?.isMainFrame ?? false },
        devServerUrl,
      );
    },
  };
}

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface IpcSender {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

/**
 * Checked on every IPC message: it must come from the top-level frame of an app page (not a
 * sub-frame, not a page that navigated elsewhere, not a frame that is already gone).
 */
export function isTrustedIpcSender(event: IpcSender, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url, devServerUrl);
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

/**
 * What the confirmation before leaving the app says, in the organisation's language (the main
 * process has no i18next; these are its only texts besides the 404 of app://).
 */
const EXTERNAL_LINK_DIALOGS = {
  nb: {
    buttons: ['Åpne i nettleseren', 'Avbryt'],
    message: 'Vil du åpne denne lenken i nettleseren din?',
    detail: (url: string) => `${url}\n\nLenken åpnes utenfor InkludMI og krever internett.`,
  },
  nn: {
    buttons: ['Opne i nettlesaren', 'Avbryt'],
    message: 'Vil du opne denne lenkja i nettlesaren din?',
    detail: (url: string) => `${url}\n\nLenkja blir opna utanfor InkludMI og krev internett.`,
  },
  en: {
    buttons: ['Open in the browser', 'Cancel'],
    message: 'Do you want to open this link in your web browser?',
    detail: (url: string) => `${url}\n\nThe link opens outside InkludMI and needs the internet.`,
  },
} as const;

export function externalLinkDialog(
  language: string,
): (typeof EXTERNAL_LINK_DIALOGS)[keyof typeof EXTERNAL_LINK_DIALOGS] {
  return language === 'nn' || language === 'en' ? EXTERNAL_LINK_DIALOGS[language] : EXTERNAL_LINK_DIALOGS.nb;
}

export interface NavigationGuardDeps {
  devServerUrl: string | null;
  /** Asks the person whether to open the link in the system browser; resolves true for yes. */
  confirmExternal: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void> | void;
}

/**
 * `will-navigate`, `will-redirect` and `setWindowOpenHandler`: the window never leaves the app and
 * never opens another window. A vetted https link is offered to the system browser, and opened
 * only after the person confirms; anything else is just refused.
 */
export function createNavigationGuards(deps: NavigationGuardDeps) {
  let pending: Promise<void> = Promise.resolve();
  const offer = (url: string): void => {
    if (!isVettedExternalLink(url)) return;
    pending = deps
      .confirmExternal(url)
      .then(async (yes) => {
        if (yes) await deps.openExternal(url);
      })
      .catch(() => undefined);
  };
  return {
    /** Resolves when the last confirmation asked for is answered (and the link opened, if so). */
    settled: (): Promise<void> => pending,
    willNavigate: (event: { preventDefault: () => void }, url: string): void => {
      if (isAppUrl(url, deps.devServerUrl)) return;
      event.preventDefault();
      offer(url);
    },
    willRedirect: (event: { preventDefault: () => void }, url: string): void => {
      if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault();
    },
    windowOpen: ({ url }: { url: string }): { action: 'deny' } => {
      offer(url);
      return { action: 'deny' };
    },
  };
}
