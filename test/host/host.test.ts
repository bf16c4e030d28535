import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/index.js';
import { silentLogger } from '../../electron/core/log.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import { openEvents, rawRequest } from '../helpers/http.js';
import { makeTempDir } from '../helpers/tempDir.js';

let core: Core;
let host: RunningHost;
let cleanup: () => Promise<void>;
const model = {
  status: () => ({ state: 'not-installed' as const, activeModel: null, progress: null, message: null }),
  binding: async () => ({ buildType: 'prebuilt', gpu: false as const, threads: 2 }),
};

beforeAll(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const rendererDir = path.join(temp.dir, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>InkludMI</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(temp.dir, 'secret.txt'), 'hemmelig');
  core = createCore({ dataDir: path.join(temp.dir, 'data'), appVersion: '9.9.9', model, logger: silentLogger });
  host = await startHost({ dispatch: core.dispatch, rendererDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
  await cleanup();
});

const json = { 'Content-Type': 'application/json' };
const auth = () => ({ Authorization: `Bearer ${host.token}`, ...json });

describe('loopback host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{43}$`));
    expect(host.token).toHaveLength(43);
  });

  it('answers an API call with the token', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: auth(),
      body: '{}',
    });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as {
      ok: boolean;
      data: { app: { version: string }; sqlcipher: { version: string } };
    };
    expect(body.ok).toBe(true);
    expect(body.data.app.version).toBe('9.9.9');
    expect(body.data.sqlcipher.version).toMatch(/^4\.\d+\.\d+/);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an API call without the token with 403', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: json,
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a wrong token, a token of the wrong length and a non-bearer scheme with 403', async () => {
    for (const value of [`Bearer ${'x'.repeat(43)}`, 'Bearer abc', `Basic ${host.token}`, host.token]) {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/call/system.info',
        headers: { ...json, Authorization: value },
        body: '{}',
      });
      expect(res.status, value).toBe(403);
    }
  });

  it('refuses a foreign Origin with 403 even with the token', async () => {
    for (const origin of [
      'https://evil.example',
      `http://127.0.0.1:${host.port + 1}`,
      'null',
      `http://127.0.0.1.evil.example:${host.port}`,
    ]) {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/call/system.info',
        headers: { ...auth(), Origin: origin },
        body: '{}',
      });
      expect(res.status, origin).toBe(403);
    }
    const same = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: { ...auth(), Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(same.status).toBe(200);
  });

  it('refuses cross-site requests that leave out Origin', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: { ...auth(), 'Sec-Fetch-Site': 'cross-site' },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, for pages and the API', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      `192.168.1.10:${host.port}`,
    ]) {
      const page = await rawRequest(host.port, { path: '/', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
      const api = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/call/system.info',
        headers: { ...auth(), Host: hostHeader },
        body: '{}',
      });
      expect(api.status, hostHeader).toBe(403);
    }
    const localhost = await rawRequest(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('returns a typed validation error for invalid input and does not run the handler', async () => {
    const health = vi.spyOn(core.services.system, 'health');
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.health',
      headers: auth(),
      body: JSON.stringify({ include: ['nope'] }),
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(/ikke gyldige/),
        fields: [{ path: 'include.0', message: 'Verdien er ikke et av de tillatte valgene.' }],
      },
    });
    expect(health).not.toHaveBeenCalled();

    const ok = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.health',
      headers: auth(),
      body: JSON.stringify({ include: ['database'] }),
    });
    expect(ok.status).toBe(200);
    expect(health).toHaveBeenCalledTimes(1);
    health.mockRestore();
  });

  it('refuses malformed JSON, non-JSON bodies and oversized bodies without calling anything', async () => {
    const bad = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: auth(),
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('Forespørselen er ikke gyldig JSON.');
    const form = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const huge = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.info',
      headers: auth(),
      body: JSON.stringify({ x: 'a'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('answers unknown procedures with 404 and a typed error', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/call/system.shutdown',
      headers: auth(),
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it('serves the renderer with a strict CSP, falls back to index.html for routes and never leaves its folder', async () => {
    const index = await rawRequest(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>InkludMI</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).not.toMatch(/unsafe-eval|https?:/);
    const route = await rawRequest(host.port, { path: '/deltakere/123' });
    expect(route.body).toContain('<title>InkludMI</title>');
    const asset = await rawRequest(host.port, { path: '/assets/app.js' });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await rawRequest(host.port, { path: escape });
      expect(res.body, escape).not.toContain('hemmelig');
    }
    const post = await rawRequest(host.port, { method: 'POST', path: '/', headers: json, body: '{}' });
    expect(post.status).toBe(405);
  });

  it('refuses the event stream without the token, and delivers events only to the calling connection', async () => {
    const denied = await rawRequest(host.port, { path: '/api/events' });
    expect(denied.status).toBe(403);

    const seen: (string | null)[] = [];
    const streaming = await startHost({
      rendererDir: '/nonexistent',
      dispatch: async (request) => {
        seen.push(request.connectionId);
        request.emit({ kind: 'token', stream: 'svar-1', text: 'Hei' });
        request.emit({ kind: 'end', stream: 'svar-1' });
        return { ok: true, data: null };
      },
    });
    try {
      const a = await openEvents(streaming.port, streaming.token);
      const b = await openEvents(streaming.port, streaming.token);
      expect(a.connectionId).not.toBe(b.connectionId);
      const headers = { Authorization: `Bearer ${streaming.token}`, 'Content-Type': 'application/json' };
      await rawRequest(streaming.port, {
        method: 'POST',
        path: '/api/call/x.y',
        headers: { ...headers, 'X-Inkludmi-Connection': a.connectionId },
        body: '{}',
      });
      // A made-up connection id is anonymous: the dispatcher sees null and nobody gets its events.
      await rawRequest(streaming.port, {
        method: 'POST',
        path: '/api/call/x.y',
        headers: { ...headers, 'X-Inkludmi-Connection': 'forged' },
        body: '{}',
      });
      await vi.waitFor(() => expect(a.events).toHaveLength(2));
      expect(a.events).toEqual([
        { kind: 'token', stream: 'svar-1', text: 'Hei' },
        { kind: 'end', stream: 'svar-1' },
      ]);
      expect(b.events).toEqual([]);
      expect(seen).toEqual([a.connectionId, null]);
      a.close();
      b.close();
    } finally {
      await streaming.close();
    }
  });

  it('tells core when a page goes away so its login is forgotten', async () => {
    const gone: string[] = [];
    const temp = await startHost({
      rendererDir: '/nonexistent',
      dispatch: async () => ({ ok: true, data: null }),
      onDisconnect: (id) => gone.push(id),
    });
    try {
      const page = await openEvents(temp.port, temp.token);
      page.close();
      await vi.waitFor(() => expect(gone).toEqual([page.connectionId]));
    } finally {
      await temp.close();
    }
  });
});
