import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log.js';
import { Database } from '../../../electron/core/db/connection.js';
import { loadMigrations } from '../../../electron/core/db/migrate.js';
import { checkFile } from '../../../electron/core/db/store.js';
import { addUser, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';

const root = path.resolve(import.meta.dirname, '../../..');
let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('crash safety (acceptance 2)', () => {
  it('a writer killed with SIGKILL mid-stream loses no committed transaction, and the database verifies', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const c = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const p = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', c.id);
    const key = t.core.services.store.currentKey();
    const org = await t.core.services.store.organisation();
    const file = t.core.services.store.dbFile;
    await t.core.services.auth.lockAll();

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(root, 'test/fixtures/crash-writer.ts'),
        file,
        key.toString('hex'),
        p.participantId!,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let committed = 0;
    let buffer = '';
    const killedAt = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`writer exited early (${String(code)})`)));
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        for (const m of buffer.matchAll(/committed (\d+)\n/g)) committed = Math.max(committed, Number(m[1]));
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        // Kill in the middle of the stream: well after it started, while it is still writing.
        if (committed >= 150 && child.exitCode === null && !child.killed) {
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          resolve(committed);
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');

    const check = await checkFile(file, key, org.id, loadMigrations().length);
    expect(check).toMatchObject({ ok: true, problems: [] });
    const db = await Database.open(file, { key });
    const rows = await db.all<{ body: string }>("SELECT body FROM chat_messages WHERE body LIKE 'melding %'");
    const ids = new Set(rows.map((r) => Number(r.body.split(' ')[1])));
    for (let i = 1; i <= killedAt; i++) expect(ids.has(i), `transaction ${i} was reported committed`).toBe(true);
    expect((await verifyAudit(db)).ok).toBe(true);
    await db.close();
    key.fill(0);
  }, 60_000);
});
