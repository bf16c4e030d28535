import fs from 'node:fs/promises';
import path from 'node:path';
import { TEST_KDF_COST } from '../../electron/core/auth/kdf.js';
import { createCore, type Core } from '../../electron/core/index.js';
import { silentLogger } from '../../electron/core/log.js';
import type { LoadedPolicy } from '../../electron/core/policy/policy.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import { openEvents, rawRequest } from '../helpers/http.js';
import { ADMIN_PASSWORD, PASSWORD } from '../helpers/org.js';
import { makeTempDir } from '../helpers/tempDir.js';

/** One browser page over the loopback host: its own connection, so its own login. */
export interface Page {
  connectionId: string;
  /** What the host has pushed to this page's event stream so far (progress, tokens). */
  events: unknown[];
  call: (
    name: string,
    input?: unknown,
  ) => Promise<{ status: number; body: { ok: boolean; data?: never; error?: { code: string; message: string } } }>;
}

export interface User {
  id: string;
  participantId: string | null;
}

const noPolicy: LoadedPolicy = { status: { kind: 'none', path: '/nonexistent' }, settings: {}, locked: new Set() };

/**
 * A real core (SQLCipher underneath) behind the real loopback host, set up as «Tilgang AS» with
 * the admin logged in on her own page: what the host access tests share.
 */
export async function startLoopbackOrg() {
  const temp = await makeTempDir();
  const closers: (() => void)[] = [];
  const rendererDir = path.join(temp.dir, 'renderer');
  await fs.mkdir(rendererDir, { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>InkludMI</title>');
  const dataDir = path.join(temp.dir, 'data');
  const core: Core = createCore({
    dataDir,
    appVersion: '0.0.0',
    logger: silentLogger,
    policy: noPolicy,
    kdfCost: TEST_KDF_COST,
    model: {
      status: () => ({ state: 'not-installed', activeModel: null, progress: null, message: null }),
      binding: async () => ({ buildType: 'prebuilt', gpu: false, threads: 2 }),
    },
  });
  const host: RunningHost = await startHost({
    dispatch: core.dispatch,
    rendererDir,
    onDisconnect: (id) => core.disconnect(id),
  });

  async function page(): Promise<Page> {
    const events = await openEvents(host.port, host.token);
    closers.push(events.close);
    return {
      connectionId: events.connectionId,
      events: events.events,
      call: async (name, input = {}) => {
        const res = await rawRequest(host.port, {
          method: 'POST',
          path: `/api/call/${name}`,
          headers: {
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/json',
            'X-Inkludmi-Connection': events.connectionId,
          },
          body: JSON.stringify(input),
        });
        return { status: res.status, body: JSON.parse(res.body) as never };
      },
    };
  }
  async function data<T>(p: Page, name: string, input: unknown = {}): Promise<T> {
    const r = await p.call(name, input);
    if (!r.body.ok) throw new Error(`${name}: ${r.status} ${JSON.stringify(r.body.error)}`);
    return r.body.data as T;
  }
  async function loggedIn(username: string, password = PASSWORD): Promise<Page> {
    const p = await page();
    await data(p, 'auth.login', { username, password });
    return p;
  }

  const admin = await page();
  await data(admin, 'auth.setup', {
    organisationName: 'Tilgang AS',
    admin: { username: 'admin', displayName: 'Astrid Admin', password: ADMIN_PASSWORD },
  });
  const create = (username: string, displayName: string, role: string, counselorId?: string) =>
    data<User>(admin, 'users.create', {
      username,
      displayName,
      role,
      password: PASSWORD,
      ...(counselorId ? { counselorId } : {}),
    });
  const close = async () => {
    closers.forEach((c) => c());
    await host.close();
    await core.close();
    await temp.cleanup();
  };
  return { core, host, dataDir, admin, page, data, loggedIn, create, close };
}
