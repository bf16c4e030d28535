/**
 * Acceptance 1: every table and column that holds participant data, enumerated from the live schema
 * (sqlite_master + PRAGMA table_info over all migrations and the runtime tables), is in the access
 * export and is handled by erasure. A table or column added later without a classification in
 * core/privacy/catalogue.ts (or a module's PersonalDataSource) fails here.
 *
 * Issue 21, acceptance 3: every participant table is reached through exactly one registered
 * PersonalDataSource, of the module that declares the table in its index.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, PARTICIPANT_TABLES } from '../../../electron/core/privacy/catalogue.js';
import type { ChatCore } from '../chat/helpers.js';
import { addNavLetterCase, fillParticipant, needles, P_NAME, privacyOrg, Q_NAME, stringsFor } from './helpers.js';
import { columnMismatches, liveSchema, ownershipProblems, participantCounts, unclassified } from './schema.js';

let t: ChatCore;
const P = stringsFor('Xq', P_NAME, 11, '+47 912 34 567');
const Q = stringsFor('Yw', Q_NAME, 29, '+47 934 56 781');
let pUserId: string;

beforeAll(async () => {
  t = await privacyOrg();
  await fillParticipant(t, {
    counselor: t.counselorA,
    participant: t.participantP,
    participantId: t.p,
    strings: P,
    withHold: true,
    withObjection: true,
  });
  await fillParticipant(t, { counselor: t.counselorB, participant: t.participantQ, participantId: t.q, strings: Q });
  await addNavLetterCase(t, { counselor: t.counselorA, participant: t.participantP, participantId: t.p });
  // The knowledge index lives in the store's own tables, created at the first question: create them too.
  await t.core.services.knowledge.search('Hva er arbeidsforberedende trening?');
  pUserId = (await t.core.services.store.db.get<{ id: string }>('SELECT id FROM users WHERE participant_id = ?', [
    t.p,
  ]))!.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const sources = () => t.core.services.privacy.registeredSources;

describe('the data map covers the live schema', () => {
  it('classifies every table of the live schema, and every column of each participant table', async () => {
    const live = await liveSchema(t.core.services.store.db);
    expect(live.length).toBeGreaterThan(30);
    expect(live.map((l) => l.name)).toEqual(
      expect.arrayContaining([
        'participants',
        'notes',
        'chat_messages',
        'decision_records',
        'privacy_requests',
        'kb_passage',
        'gamification_points',
      ]),
    );
    expect(unclassified(live, sources())).toEqual([]);
    expect(columnMismatches(live, [...PARTICIPANT_TABLES, ...sources().flatMap((s) => s.tables)])).toEqual([]);
    // And nothing is classified that the schema no longer has (a stale entry would hide a rename).
    expect(CATALOGUE.map((c) => c.table).filter((name) => !live.some((l) => l.name === name))).toEqual([]);
  });

  it('fails for a table added without a classification, and for a new column of a participant table', async () => {
    const db = t.core.services.store.db;
    await db.exec('CREATE TABLE participant_hobbies (participant_id TEXT, hobby TEXT)');
    await db.exec('ALTER TABLE appointments ADD COLUMN room_code TEXT');
    try {
      const live = await liveSchema(db);
      expect(unclassified(live, sources())).toEqual(['participant_hobbies']);
      expect(columnMismatches(live, PARTICIPANT_TABLES)).toEqual([['appointments', ['room_code'], []]]);
    } finally {
      await db.exec('DROP TABLE participant_hobbies');
      await db.exec('ALTER TABLE appointments DROP COLUMN room_code');
    }
  });

  it('reaches every participant table through exactly one source, of the module that owns it', async () => {
    const live = await liveSchema(t.core.services.store.db);
    expect(ownershipProblems(live, sources())).toEqual([]);
    for (const table of PARTICIPANT_TABLES) {
      const by = sources().filter((s) => s.tables.some((x) => x.table === table.table));
      expect(
        by.map((s) => s.module),
        table.table,
      ).toEqual([table.module]);
    }
  });

  it('fails for a table no source serves, a table in two sources, and a source serving what its module does not declare', async () => {
    const db = t.core.services.store.db;
    const followupSource = sources().find((s) => s.tables.some((x) => x.table === 'notes'))!;
    const notes = followupSource.tables.find((x) => x.table === 'notes')!;
    const live = await liveSchema(db);
    expect(
      ownershipProblems(
        live,
        sources().filter((s) => s !== followupSource),
      ).sort(),
    ).toEqual(followupSource.tables.map((x) => `${x.table}: no source`).sort());
    const stray = { ...followupSource, id: 'stray', module: 'chat', tables: [notes] };
    expect(ownershipProblems(live, [...sources(), stray])).toEqual([
      'notes: in followup, stray',
      'notes: not declared by chat',
    ]);
    expect(() => t.core.services.privacy.registerSource(stray)).toThrow(/notes/);
    await db.exec('CREATE TABLE participant_hobbies (participant_id TEXT, hobby TEXT)');
    try {
      expect(ownershipProblems(await liveSchema(db), sources())).toEqual(['participant_hobbies: no source']);
    } finally {
      await db.exec('DROP TABLE participant_hobbies');
    }
  });

  it('the fixture reaches every participant table (so the checks below are not vacuous)', async () => {
    const counts = await participantCounts(t.core.services.store.db, t.p, pUserId, sources());
    // Only the erasure receipt is missing before an erasure.
    expect(Object.entries(counts).filter(([table, n]) => n === 0 && table !== 'privacy_erasures')).toEqual([]);
  });
});

describe('the access export (art. 15 and 20)', () => {
  it('has every participant table with every column and every row of the participant, and nothing of anyone else', async () => {
    const exported = await t.ok(t.participantP, 'privacy.export', { participantId: t.p });
    const db = t.core.services.store.db;
    const counts = await participantCounts(db, t.p, pUserId, sources());
    const tables = exported.sections.flatMap((s) => s.tables);
    const every = [...PARTICIPANT_TABLES, ...sources().flatMap((s) => s.tables)];
    for (const table of every) {
      const got = tables.find((x) => x.table === table.table);
      expect(got, table.table).toBeDefined();
      expect(got!.columns.map((c) => c.name).sort(), table.table).toEqual(Object.keys(table.columns).sort());
      // The export was made before its own request and audit entry were written.
      if (table.table !== 'audit_log' && table.table !== 'privacy_requests')
        expect(got!.rows.length, table.table).toBe(counts[table.table]);
      for (const row of got!.rows)
        expect(Object.keys(row).sort(), table.table).toEqual(Object.keys(table.columns).sort());
    }
    const text = JSON.stringify(exported);
    expect(needles(P, { withHold: true }).filter((n) => !text.includes(n))).toEqual([]);
    expect(needles(Q).filter((n) => text.includes(n))).toEqual([]);
  });

  it('tells who has read or changed the data, by name and role, in Norwegian', async () => {
    const exported = await t.ok(t.participantP, 'privacy.export', { participantId: t.p });
    const notesRead = exported.auditTrail.find((l) => l.action === 'notes.add');
    expect(notesRead).toMatchObject({
      who: 'Anna Veileder',
      role: 'veileder',
      what: 'Skriver et oppfølgingsnotat for en deltaker',
      outcome: 'utført',
    });
    expect(exported.auditTrail.some((l) => l.who === 'Deg selv' && l.action === 'chat.send')).toBe(true);
    expect(exported.legalBases.map((b) => b.purpose)).toEqual(
      expect.arrayContaining(['followUp', 'chatbot', 'gamification']),
    );
  });

  it('is refused to an admin, another counselor and another participant', async () => {
    for (const conn of [t.admin, t.counselorB, t.participantQ]) {
      const r = await t.call(conn, 'privacy.export', { participantId: t.p });
      expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('erasure (art. 17) handles every participant table', () => {
  it('is refused under legal hold, then removes every row except the records the law keeps, which it lists', async () => {
    const db = t.core.services.store.db;
    const held = await t.call(t.admin, 'privacy.erase', { participantId: t.p, confirm: true });
    expect(held).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/bevaringspålegg/) },
    });
    await t.ok(t.admin, 'privacy.releaseHold', { participantId: t.p });
    const qBefore = await participantCounts(db, t.q, null, sources());
    const preview = await t.ok(t.admin, 'privacy.erasurePreview', { participantId: t.p });
    const receipt = await t.ok(t.admin, 'privacy.erase', { participantId: t.p, confirm: true });
    expect(receipt.delete).toEqual(preview.delete);
    // Both say plainly that backups taken earlier still hold the data until they are replaced.
    for (const said of [preview.backups, receipt.backups])
      expect(said).toMatch(/Sikkerhetskopier som ble tatt før slettingen.*gjøres på nytt/);
    const after = await participantCounts(db, t.p, pUserId, sources());
    const keep = new Set(
      PARTICIPANT_TABLES.filter(
        (x) => x.erase === 'keep' || x.erase === 'decisionLog' || x.erase === 'decisionCase',
      ).map((x) => x.table),
    );
    expect(Object.entries(after).filter(([table, n]) => n > 0 && !keep.has(table) && table !== 'participants')).toEqual(
      [],
    );
    // The two records made today (the assessment for NAV and NAV's decision with its letter) are within
    // their six-month minimum: kept with their cases, listed with the reason. The letter's handover goes.
    expect(receipt.keep.map((k) => k.table).sort()).toEqual([
      'audit_log',
      'decision_cases',
      'decision_records',
      'privacy_requests',
    ]);
    expect(receipt.keep.find((k) => k.table === 'decision_records')).toMatchObject({
      rows: 2,
      why: expect.stringMatching(/seks måneder/),
      until: expect.any(String),
    });
    // The row itself stays as a bare id for the kept records: no name, no national id, no counselor.
    expect(
      await db.get('SELECT display_name, national_id, counselor_id FROM participants WHERE id = ?', [t.p]),
    ).toEqual({ display_name: 'Slettet deltaker', national_id: null, counselor_id: null });
    expect(await db.get('SELECT count(*) AS n FROM privacy_erasures WHERE participant_id = ?', [t.p])).toEqual({
      n: 1,
    });
    // Nobody else lost anything.
    expect(await participantCounts(db, t.q, null, sources())).toEqual(qBefore);
  });

  it('leaves no way in: the login is gone from the key file, and the record is not found', async () => {
    const login = await t.call(t.connection(), 'auth.login', {
      username: 'sunniva',
      password: 'lang nok passfrase for test',
    });
    expect(login.ok).toBe(false);
    const keys = JSON.parse((await import('node:fs')).readFileSync(t.core.services.store.keyFile, 'utf8')) as {
      slots: { userId?: string }[];
      deactivated: string[];
    };
    expect(keys.slots.some((s) => s.userId === pUserId)).toBe(false);
    // Issue 16: the key file no longer remembers deactivated accounts at all (a deactivated login answers like a wrong password).
    expect(keys).not.toHaveProperty('deactivated');
    const r = await t.call(t.counselorA, 'participants.profile', { participantId: t.p });
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    const list = await t.ok(t.admin, 'participants.list', {});
    expect(list.map((p) => p.id)).not.toContain(t.p);
  });
});
