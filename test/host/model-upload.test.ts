import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/host/server.js';
import { ensureTinyModel } from '../../models/tiny/generate.js';
import { rawRequest } from '../helpers/http.js';
import { ADMIN_PASSWORD } from '../helpers/org.js';
import { startLoopbackOrg, type Page } from './loopback.js';

/**
 * A model uploaded from the page in browser mode, over the real loopback host: piece by piece
 * through the one API (token, origin, body limit and the procedure table's access rules all
 * apply), with progress events, and nothing left behind when it is cancelled or refused.
 */
let org: Awaited<ReturnType<typeof startLoopbackOrg>>;
let tiny: Buffer;
let modelsDir: string;
let events: unknown[];
let adminPage: Page;
const PIECE = 100 * 1024;

const listing = async () => (await fs.readdir(modelsDir).catch(() => [])).sort();

beforeAll(async () => {
  org = await startLoopbackOrg();
  tiny = await fs.readFile(await ensureTinyModel());
  modelsDir = path.join(org.dataDir, 'models');
  // The admin's page with its event stream in view (progress arrives there).
  adminPage = await org.page();
  events = adminPage.events;
  await org.data(adminPage, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
}, 60_000);

afterAll(async () => {
  await org?.close();
});

async function sendAll(page: Page, stream: string, data: Buffer) {
  for (let offset = 0; offset < data.length; offset += PIECE) {
    const piece = data.subarray(offset, offset + PIECE).toString('base64');
    const r = await page.call('model.uploadChunk', { stream, offset, data: piece });
    if (!r.body.ok) return r;
  }
  return null;
}

describe('model upload through the loopback host', () => {
  it('uploads the tiny model in pieces, reports hashing progress, and lists it with its memory need', async () => {
    expect(
      (await adminPage.call('model.uploadBegin', { stream: 'up1', fileName: 'liten.gguf', sizeBytes: tiny.length }))
        .status,
    ).toBe(200);
    expect(await sendAll(adminPage, 'up1', tiny)).toBeNull();
    const finished = await adminPage.call('model.uploadFinish', { stream: 'up1' });
    expect(finished.status).toBe(200);
    expect(finished.body.data).toMatchObject({
      fileName: 'liten.gguf',
      sha256: createHash('sha256').update(tiny).digest('hex'),
      sizeBytes: tiny.length,
      purpose: 'chat',
      alreadyInstalled: false,
    });
    // The event stream is a separate connection: its last events may land just after the answer.
    const lastHashing = () =>
      events
        .filter((e) => (e as { stream?: string }).stream === 'up1' && (e as { label?: string }).label === 'hashing')
        .at(-1);
    await expect.poll(lastHashing).toMatchObject({ done: tiny.length, total: tiny.length });
    expect(await listing()).toEqual(['liten.gguf', 'models.json']);

    const overview = await org.data<{ models: { fileName: string; requiredMemoryBytes: number | null }[] }>(
      adminPage,
      'model.overview',
    );
    const entry = overview.models.find((m) => m.fileName === 'liten.gguf');
    expect(entry?.requiredMemoryBytes).toBeGreaterThan(tiny.length);
  });

  it('a file picked in the desktop file dialog is imported by its token, once; a path is never needed', async () => {
    const picked = org.core.services.models.rememberPickedFile(await ensureTinyModel());
    const first = await adminPage.call('model.import', { picked: picked.token, stream: 'pick1' });
    expect(first.status).toBe(200);
    // The same bytes as the upload above: recognised, nothing copied.
    expect(first.body.data).toMatchObject({ fileName: 'liten.gguf', alreadyInstalled: true });
    const again = await adminPage.call('model.import', { picked: picked.token, stream: 'pick2' });
    expect(again.status).toBe(400);
    expect(again.body.error?.message).toBe('Filvalget er utløpt. Velg filen på nytt.');
    const neither = await adminPage.call('model.import', { stream: 'pick3' });
    expect(neither.status).toBe(400);
  });

  it('a cancelled upload leaves no file, and its pieces are refused afterwards', async () => {
    const before = await listing();
    await org.data(adminPage, 'model.uploadBegin', { stream: 'up2', fileName: 'annen.gguf', sizeBytes: tiny.length });
    await org.data(adminPage, 'model.uploadChunk', {
      stream: 'up2',
      offset: 0,
      data: tiny.subarray(0, PIECE).toString('base64'),
    });
    expect((await listing()).filter((f) => f.endsWith('.partial'))).toHaveLength(1);
    expect(await org.data(adminPage, 'model.importCancel', { stream: 'up2' })).toEqual({ cancelled: true });
    expect(await listing()).toEqual(before);
    const late = await adminPage.call('model.uploadChunk', {
      stream: 'up2',
      offset: PIECE,
      data: tiny.subarray(PIECE, 2 * PIECE).toString('base64'),
    });
    expect(late.status).toBe(404);
    expect(late.body.error?.message).toMatch(/^Opplastingen finnes ikke lenger/);
  });

  it('refuses a file that is not a model, in Norwegian, and keeps nothing', async () => {
    const before = await listing();
    const text = Buffer.from('Møtereferat fra oppfølgingssamtalen.\n'.repeat(40));
    await org.data(adminPage, 'model.uploadBegin', { stream: 'up3', fileName: 'referat.gguf', sizeBytes: text.length });
    const r = await adminPage.call('model.uploadChunk', { stream: 'up3', offset: 0, data: text.toString('base64') });
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toBe('Filen er ikke en språkmodell i GGUF-format. Velg en fil som slutter på .gguf.');
    expect(await listing()).toEqual(before);
  });

  it('refuses what is too large: a size no model has, a piece past the host limit, a piece past the declared size', async () => {
    const before = await listing();
    const huge = await adminPage.call('model.uploadBegin', {
      stream: 'up4',
      fileName: 'enorm.gguf',
      sizeBytes: 300 * 1024 ** 3,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error?.message).toMatch(/^Filen er større enn noen språkmodell/);

    await org.data(adminPage, 'model.uploadBegin', { stream: 'up5', fileName: 'm.gguf', sizeBytes: 2 * PIECE });
    const overLimit = await adminPage.call('model.uploadChunk', {
      stream: 'up5',
      offset: 0,
      data: Buffer.alloc(MAX_BODY_BYTES).toString('base64'),
    });
    expect(overLimit.status).toBe(413);
    // Past the piece size the procedure accepts (still under the host's limit): refused by its schema.
    const overPiece = await adminPage.call('model.uploadChunk', {
      stream: 'up5',
      offset: 0,
      data: Buffer.alloc(600 * 1024).toString('base64'),
    });
    expect(overPiece.status).toBe(400);
    await org.data(adminPage, 'model.uploadChunk', {
      stream: 'up5',
      offset: 0,
      data: tiny.subarray(0, PIECE).toString('base64'),
    });
    const past = await adminPage.call('model.uploadChunk', {
      stream: 'up5',
      offset: PIECE,
      data: tiny.subarray(PIECE, 3 * PIECE + 1).toString('base64'),
    });
    expect(past.status).toBe(409);
    expect(await listing()).toEqual(before);
  });

  it('only an admin may upload; a counselor is refused before anything is written', async () => {
    await org.create('kari', 'Kari Veileder', 'counselor');
    const counselor = await org.loggedIn('kari');
    const before = await listing();
    const begin = await counselor.call('model.uploadBegin', {
      stream: 'up6',
      fileName: 'm.gguf',
      sizeBytes: tiny.length,
    });
    expect(begin.status).toBe(403);
    const piece = await counselor.call('model.uploadChunk', { stream: 'up6', offset: 0, data: 'R0dVRg==' });
    expect(piece.status).toBe(403);
    expect(await listing()).toEqual(before);
  });

  it('a piece sent from another site or without the launch token is refused by the host', async () => {
    const body = JSON.stringify({ stream: 'up7', fileName: 'm.gguf', sizeBytes: tiny.length });
    const headers = {
      Authorization: `Bearer ${org.host.token}`,
      'Content-Type': 'application/json',
      'X-Inkludmi-Connection': adminPage.connectionId,
    };
    const foreign = await rawRequest(org.host.port, {
      method: 'POST',
      path: '/api/call/model.uploadBegin',
      headers: { ...headers, Origin: 'https://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    const noToken = await rawRequest(org.host.port, {
      method: 'POST',
      path: '/api/call/model.uploadBegin',
      headers: { ...headers, Authorization: 'Bearer wrong' },
      body,
    });
    expect(noToken.status).toBe(403);
    expect((await listing()).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
