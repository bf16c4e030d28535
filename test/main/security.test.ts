import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/index.js';
import { silentLogger } from '../../electron/core/log.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/csp.js';
import { createIpcCallHandler, type IpcCallEvent } from '../../electron/main/ipc.js';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  createNavigationGuards,
  createPermissionHandlers,
  externalLinkDialog,
  isAppUrl,
  isTrustedIpcSender,
  isVettedExternalLink,
  shouldCancelRequest,
  webPreferencesFor,
} from '../../electron/main/security.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('desktop shell security policy', () => {
  it('isolates every window: context isolation, sandbox, no Node, no webviews', () => {
    const prefs = webPreferencesFor('/app/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    // Devtools only in development: the shell passes !app.isPackaged (off in every installed build).
    expect(fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8')).toContain(
      'webPreferencesFor(preloadPath, { devTools: !app.isPackaged })',
    );
  });

  it('serves the app from its own privileged app:// origin, never file://, and the scheme cannot bypass the CSP', () => {
    expect(APP_ORIGIN).toBe('app://inkludmi');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    const index = fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    expect(index).toContain('loadURL(devServerUrl ?? `${APP_ORIGIN}/`)');
    expect(index).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('has a CSP with only the app origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('cancels every request that is not to the app protocol', () => {
    expect(shouldCancelRequest('https://cdn.nav.no/aksel/fonts/SourceSans3-normal.woff2', null)).toBe(true);
    expect(shouldCancelRequest('http://127.0.0.1:8080/', null)).toBe(true);
    expect(shouldCancelRequest('ws://example.org/', null)).toBe(true);
    expect(shouldCancelRequest('file:///etc/passwd', null)).toBe(true);
    expect(shouldCancelRequest('app://inkludmi/assets/index.js', null)).toBe(false);
    expect(shouldCancelRequest('app://other/assets/index.js', null)).toBe(true);
    expect(shouldCancelRequest('data:image/png;base64,AA==', null)).toBe(false);
  });

  it('allows the dev server only in development', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
    expect(shouldCancelRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });

  it('denies every permission request and check the app does not need, from any page', () => {
    const { request, check } = createPermissionHandlers(null);
    const app = { requestingUrl: 'app://inkludmi/#/deltakere/1', isMainFrame: true };
    const denied = [
      'media',
      'display-capture',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'midiSysex',
      'hid',
      'serial',
      'usb',
      'fullscreen',
      'pointerLock',
      'keyboardLock',
      'openExternal',
      'idle-detection',
      'storage-access',
      'window-management',
      'fileSystem',
      'unknown',
    ];
    for (const permission of denied) {
      let granted: boolean | undefined;
      request(null, permission, (g) => (granted = g), app);
      expect(granted, `request ${permission}`).toBe(false);
      expect(check(null, permission, 'app://inkludmi', app), `check ${permission}`).toBe(false);
    }
  });

  it('lets the app page write to the clipboard (copy a national id, clear it 30 s later), and nobody else', () => {
    const { request, check } = createPermissionHandlers(null);
    const asked = (details: { requestingUrl?: string; isMainFrame?: boolean } | undefined) => {
      let granted: boolean | undefined;
      request(null, 'clipboard-sanitized-write', (g) => (granted = g), details);
      return granted;
    };
    expect(asked({ requestingUrl: 'app://inkludmi/', isMainFrame: true })).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'app://inkludmi', { isMainFrame: true })).toBe(true);
    expect(
      check(null, 'clipboard-sanitized-write', 'app://inkludmi', {
        requestingUrl: 'app://inkludmi/index.html',
        isMainFrame: true,
      }),
    ).toBe(true);
    // A foreign page, a sub-frame, or a request without its origin: refused.
    expect(asked({ requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(asked({ requestingUrl: 'app://inkludmi/', isMainFrame: false })).toBe(false);
    expect(asked(undefined)).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(false);
    expect(
      check(null, 'clipboard-sanitized-write', 'file://', { requestingUrl: 'file:///tmp/x.html', isMainFrame: true }),
    ).toBe(false);
    // Reading the clipboard stays off even for the app.
    expect(check(null, 'clipboard-read', 'app://inkludmi', { isMainFrame: true })).toBe(false);
  });

  it('denies navigation away from the app and every new window; a vetted https link opens only after the person confirms', async () => {
    const confirmExternal = vi.fn(async (url: string) => url.includes('nav.no'));
    const openExternal = vi.fn();
    const guards = createNavigationGuards({ devServerUrl: null, confirmExternal, openExternal });
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      guards.willNavigate(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };

    expect(navigate('app://inkludmi/#/innstillinger')).toBe(false);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('http://example.org/')).toBe(true);
    expect(confirmExternal).not.toHaveBeenCalled();

    // An https link: the navigation is refused, the person is asked, and the OS browser opens it on yes.
    expect(navigate('https://www.nav.no/arbeid')).toBe(true);
    await guards.settled();
    expect(confirmExternal).toHaveBeenCalledWith('https://www.nav.no/arbeid');
    expect(openExternal).toHaveBeenCalledWith('https://www.nav.no/arbeid');

    // window.open / target=_blank: never a new window; on "Avbryt" nothing opens.
    expect(guards.windowOpen({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await guards.settled();
    expect(confirmExternal).toHaveBeenLastCalledWith('https://example.org/');
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(guards.windowOpen({ url: 'app://inkludmi/' })).toEqual({ action: 'deny' });
    expect(guards.windowOpen({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(guards.windowOpen({ url: 'http://www.nav.no/' })).toEqual({ action: 'deny' });
    expect(confirmExternal).toHaveBeenCalledTimes(2);

    // A redirect out of the app is refused without asking.
    const redirect = { preventDefault: vi.fn() };
    guards.willRedirect(redirect, 'https://www.nav.no/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(confirmExternal).toHaveBeenCalledTimes(2);
  });

  it('asks before leaving the app in the organisation\'s language, naming the link; "Avbryt" is the default', () => {
    expect(externalLinkDialog('nb')).toMatchObject({
      buttons: ['Åpne i nettleseren', 'Avbryt'],
      message: 'Vil du åpne denne lenken i nettleseren din?',
    });
    expect(externalLinkDialog('nn').buttons).toEqual(['Opne i nettlesaren', 'Avbryt']);
    expect(externalLinkDialog('en').buttons).toEqual(['Open in the browser', 'Cancel']);
    expect(externalLinkDialog('xx')).toBe(externalLinkDialog('nb'));
    for (const language of ['nb', 'nn', 'en'])
      expect(externalLinkDialog(language).detail('https://www.nav.no/')).toContain('https://www.nav.no/');
    const index = fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    expect(index).toMatch(/defaultId: 1,\s*cancelId: 1/);
  });

  it('refuses an IPC call from an unexpected frame (sub-frame, foreign page, gone frame) before it reaches the dispatcher', async () => {
    const core = createCore({
      dataDir: '/tmp/inkludmi-security-test',
      appVersion: '1.2.3',
      logger: silentLogger,
      model: {
        status: () => ({ state: 'not-installed', activeModel: null, progress: null, message: null }),
        binding: async () => ({ buildType: 'prebuilt', gpu: false, threads: 2 }),
      },
    });
    const dispatch = vi.fn(core.dispatch);
    const handler = createIpcCallHandler({
      dispatch,
      isTrustedSender: (event) => isTrustedIpcSender(event, null),
      connectionFor: () => 'ipc-test',
    });
    const eventFrom = (frameUrl: string | null, mainFrameUrl = 'app://inkludmi/') => {
      const mainFrame = { url: mainFrameUrl };
      const senderFrame = frameUrl === null ? null : frameUrl === mainFrameUrl ? mainFrame : { url: frameUrl };
      return {
        sender: { isDestroyed: () => false, send: () => undefined, mainFrame },
        senderFrame,
      } as unknown as IpcCallEvent;
    };

    expect((await handler(eventFrom('app://inkludmi/'), 'system.info', {})).ok).toBe(true);
    expect(dispatch).toHaveBeenCalledTimes(1);
    for (const event of [
      eventFrom('app://inkludmi/frame.html'), // a sub-frame of the app page
      eventFrom('https://evil.example/', 'https://evil.example/'), // the window navigated away
      eventFrom('app://other/', 'app://other/'),
      eventFrom('file:///tmp/x.html', 'file:///tmp/x.html'),
      eventFrom(null), // the frame is gone
    ]) {
      expect(await handler(event, 'system.info', {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' },
      });
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('has no remote module: @electron/remote is neither a dependency nor imported', () => {
    const lock = fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8');
    expect(lock).not.toContain('node_modules/@electron/remote"');
    const sources = ['electron/main', 'electron/preload'].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir)).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8')),
    );
    for (const text of sources) expect(text).not.toMatch(/@electron\/remote|enableRemoteModule/);
  });

  it('hands only plain https links to the system browser', () => {
    expect(isVettedExternalLink('https://www.nav.no/')).toBe(true);
    expect(isVettedExternalLink('http://www.nav.no/')).toBe(false);
    expect(isVettedExternalLink('file:///etc/passwd')).toBe(false);
    expect(isVettedExternalLink('https://user:pw@example.org/')).toBe(false);
    expect(isVettedExternalLink('javascript:alert(1)')).toBe(false);
  });

  it('puts no participant data in window titles or OS notifications: a fixed title, no Notification anywhere in the renderer', () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? walk(path.join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
        );
    const offenders = walk(path.join(root, 'renderer/src'))
      .filter((file) =>
        /document\.title\s*=|\bnew\s+Notification\b|Notification\.requestPermission|showNotification\(/.test(
          fs.readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8')).toContain('<title>InkludMI</title>');
    const index = fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    expect(index).toContain("title: 'InkludMI'");
    expect(index).toMatch(/on\('page-title-updated', \(event\) => event\.preventDefault\(\)\)/);
  });
});
