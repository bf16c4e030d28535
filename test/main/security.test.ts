import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/csp.js';
import {
  isAppUrl,
  isVettedExternalLink,
  permissionCheckHandler,
  permissionRequestHandler,
  shouldCancelRequest,
  webPreferencesFor,
} from '../../electron/main/security.js';

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

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'midi', 'hid', 'serial', 'usb']) {
      let granted: boolean | undefined;
      permissionRequestHandler(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(permissionCheckHandler()).toBe(false);
  });

  it('hands only plain https links to the system browser', () => {
    expect(isVettedExternalLink('https://www.nav.no/')).toBe(true);
    expect(isVettedExternalLink('http://www.nav.no/')).toBe(false);
    expect(isVettedExternalLink('file:///etc/passwd')).toBe(false);
    expect(isVettedExternalLink('https://user:pw@example.org/')).toBe(false);
    expect(isVettedExternalLink('javascript:alert(1)')).toBe(false);
  });
});
