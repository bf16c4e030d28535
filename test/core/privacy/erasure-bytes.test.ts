/**
 * Acceptance 2: after erasure and the space reclaim, none of the erased participant's strings is
 * in the database file or its WAL, while the records the law keeps remain. The file is encrypted,
 * so a grep of the raw bytes alone proves nothing: the test also decrypts every page of the file
 * and every WAL frame itself (free pages and old frames included), and reads a plaintext copy
 * made with sqlcipher_export, with a positive control before the erasure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir.js';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, needles, P_NAME, privacyOrg, Q_NAME, stringsFor } from './helpers.js';
import { decryptDatabaseFile, decryptWalFile, found } from './rawPages.js';

let t: ChatCore;
const P = stringsFor('Zk', P_NAME, 7, '+47 913 57 246');
const Q = stringsFor('Vm', Q_NAME, 41, '+47 935 79 468');
let caseId: string;

beforeAll(async () => {
  t = await privacyOrg();
  ({ caseId } = await fillParticipant(t, {
    counselor: t.counselorA,
    participant: t.participantP,
    participantId: t.p,
    strings: P,
  }));
  await fillParticipant(t, { counselor: t.counselorB, participant: t.participantQ, participantId: t.q, strings: Q });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** Every decrypted page of the database file and every decrypted frame of its WAL, as the files are now. */
function decryptedBytes(): Buffer[] {
  const store = t.core.services.store;
  const key = store.currentKey();
  try {
    return [...decryptDatabaseFile(store.dbFile, key), ...decryptWalFile(`${store.dbFile}-wal`, key)];
  } finally {
    key.fill(0);
  }
}

/** A plaintext copy of the database (sqlcipher_export), read as bytes: only in a temporary folder, removed after. */
async function plaintextCopy(): Promise<Buffer> {
  const temp = await makeTempDir('inkludmi-plain-');
  const file = path.join(temp.dir, 'plain.db');
  fs.writeFileSync(file, '');
  const db = t.core.services.store.db;
  try {
    await db.exec(`ATTACH DATABASE '${file.replace(/'/g, "''")}' AS plain KEY ''`);
    try {
      await db.exec("SELECT sqlcipher_export('plain')");
    } finally {
      await db.exec('DETACH DATABASE plain');
    }
    return fs.readFileSync(file);
  } finally {
    await temp.cleanup();
  }
}

const inPlain = (plain: Buffer, list: readonly string[]) => list.filter((n) => plain.includes(Buffer.from(n, 'utf8')));

describe('erasure leaves no trace of the participant in the files (acceptance 2)', () => {
  it('before: the strings are there, decrypted (the check can see them); the raw file shows nothing (it is encrypted)', async () => {
    const db = t.core.services.store.db;
    await db.get('PRAGMA wal_checkpoint(PASSIVE)');
    expect(found([fs.readFileSync(t.core.services.store.dbFile)], needles(P))).toEqual([]);
    const pages = decryptedBytes();
    expect(found(pages, needles(P)).length).toBeGreaterThan(needles(P).length / 2);
    expect(found(pages, [P.name, P.nationalId, P.note.split(' ').at(-1)!])).toHaveLength(3);
    expect(inPlain(await plaintextCopy(), needles(P)).sort()).toEqual([...needles(P)].sort());
  });

  it('after erasure and the reclaim: no string of theirs in any page or WAL frame, decrypted; the other participant and the kept records remain', async () => {
    const receipt = await t.ok(t.admin, 'privacy.erase', { participantId: t.p, confirm: true });
    expect(receipt.reclaimed.walBytes).toBe(0);
    const raw = [
      fs.readFileSync(t.core.services.store.dbFile),
      ...(fs.existsSync(`${t.core.services.store.dbFile}-wal`)
        ? [fs.readFileSync(`${t.core.services.store.dbFile}-wal`)]
        : []),
    ];
    expect(found(raw, needles(P))).toEqual([]);

    const pages = decryptedBytes();
    expect(found(pages, needles(P))).toEqual([]);
    // The same check still sees the other participant: it is not blind.
    expect(found(pages, [Q.name, Q.nationalId, Q.note.split(' ').at(-1)!])).toHaveLength(3);

    const plain = await plaintextCopy();
    expect(inPlain(plain, needles(P))).toEqual([]);
    expect(inPlain(plain, needles(Q)).sort()).toEqual([...needles(Q)].sort());

    // Kept by law: the decision log (within six months) with its case, and the audit trail.
    const db = t.core.services.store.db;
    expect(
      await db.get<{ n: number }>('SELECT count(*) AS n FROM decision_records WHERE case_id = ?', [caseId]),
    ).toEqual({ n: 1 });
    const kept = await db.get<{ data: string }>('SELECT data FROM decision_cases WHERE id = ?', [caseId]);
    expect(JSON.parse(kept!.data)).toMatchObject({ counselorNotes: '', icpc2Chapter: 'L' });
    expect(
      (await db.get<{ n: number }>(
        "SELECT count(*) AS n FROM audit_log WHERE target_type = 'participant' AND target_id = ?",
        [t.p],
      ))!.n,
    ).toBeGreaterThan(10);
    expect(await t.ok(t.admin, 'audit.verify', {})).toMatchObject({ ok: true });
    expect(receipt.keep.map((k) => k.table)).toEqual(
      expect.arrayContaining(['audit_log', 'decision_records', 'decision_cases']),
    );
  });
});
