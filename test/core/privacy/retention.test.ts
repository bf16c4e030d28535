/**
 * Acceptance 5: the retention job deletes exactly what its preview listed (with a clock the test
 * controls), and never what is under legal hold; decision records younger than their six-month
 * minimum are kept; audit entries are listed, not deleted (the log is append-only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../../electron/core/db/connection.js';
import { PARTICIPANT_TABLES } from '../../../electron/core/privacy/catalogue.js';
import type { RetentionPreview } from '../../../electron/core/privacy/retention.js';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, P_NAME, privacyOrg, Q_NAME, stringsFor } from './helpers.js';

let t: ChatCore;
const P = stringsFor('Rt', P_NAME, 3, '+47 916 00 112');
const Q = stringsFor('Hd', Q_NAME, 5, '+47 917 00 113');
const DAY = 86_400_000;
const localDay = (offset: number) => {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const at = (days: number) => new Date(Date.now() + days * DAY);

beforeAll(async () => {
  t = await privacyOrg();
  await fillParticipant(t, { counselor: t.counselorA, participant: t.participantP, participantId: t.p, strings: P });
  await fillParticipant(t, { counselor: t.counselorB, participant: t.participantQ, participantId: t.q, strings: Q });
  // Both programmes ended 190 days ago (the planned end date; no "avsluttet" stage recorded).
  await t.ok(t.counselorA, 'participants.updateProfile', { participantId: t.p, plannedEndDate: localDay(-190) });
  await t.ok(t.counselorB, 'participants.updateProfile', { participantId: t.q, plannedEndDate: localDay(-190) });
  await t.ok(t.admin, 'privacy.placeHold', { participantId: t.q, reason: 'Klagesak hos Trygderetten' });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const retention = () => t.core.services.privacy.retention;

/** Whether a row (by its key, as the preview lists it) still exists. */
async function exists(table: string, key: string): Promise<boolean> {
  const source = t.core.services.privacy.registeredSources.flatMap((s) => s.tables).find((x) => x.table === table);
  const keyCols = PARTICIPANT_TABLES.find((x) => x.table === table)?.key ?? source!.key;
  const values = JSON.parse(key) as SqlValue[];
  const row = await t.core.services.store.db.get(
    `SELECT 1 AS x FROM "${table}" WHERE ${keyCols.map((k) => `"${k}" = ?`).join(' AND ')}`,
    values,
  );
  return row !== undefined;
}

async function allRows(preview: RetentionPreview): Promise<[string, string][]> {
  return preview.items.flatMap((i) => i.tables.flatMap((x) => x.rows.map((r) => [x.table, r] as [string, string])));
}

describe('the retention job', () => {
  it('runs once a day from the scheduler while the store is open', async () => {
    expect(await t.core.services.privacy.retentionTick()).toBe(true);
    expect(await t.core.services.privacy.retentionTick()).toBe(false);
    const runs = await t.ok(t.admin, 'privacy.retentionRuns', {});
    expect(runs.map((r) => r.trigger)).toEqual(['schedule']);
  });

  it('today: decision records within their six-month minimum are kept, and the held participant is skipped', async () => {
    const preview = await retention().preview(new Date());
    expect(preview.items).toEqual([]);
    expect(preview.held).toEqual([
      expect.objectContaining({ participantId: t.q, reason: 'Klagesak hos Trygderetten' }),
    ]);
    expect(preview.kept).toEqual([
      expect.objectContaining({
        participantId: t.p,
        category: 'decisionCases',
        table: 'decision_records',
        rows: 1,
        why: expect.stringMatching(/seks måneder/),
      }),
    ]);
    expect(preview.rules.map((r) => [r.category, r.months, r.applied])).toEqual([
      ['chat', 12, true],
      ['notes', 60, true],
      ['activityPlan', 60, true],
      ['motivation', 60, true],
      ['decisionCases', 6, true],
      ['auditEntries', 60, false],
    ]);
  });

  it('in 400 days: deletes exactly the chat and decision rows the preview listed, and nothing of the held participant', async () => {
    const now = at(400);
    const preview = await retention().preview(now);
    expect(preview.items.map((i) => [i.participantId, i.category, i.endSource])).toEqual([
      [t.p, 'chat', 'planned'],
      [t.p, 'decisionCases', 'planned'],
    ]);
    expect(Object.keys(preview.totals).sort()).toEqual([
      'chat_conversations',
      'chat_crisis_flags',
      'chat_messages',
      'decision_cases',
      'decision_outcomes',
      'decision_records',
      'decision_sessions',
    ]);
    const listed = await allRows(preview);
    for (const [table, key] of listed) expect(await exists(table, key), `${table} ${key}`).toBe(true);
    const qBefore = await t.core.services.store.db.get<{ n: number }>(
      'SELECT count(*) AS n FROM chat_messages WHERE participant_id = ?',
      [t.q],
    );

    const { run, preview: applied } = await retention().run(now, 'schedule');
    expect(applied).toEqual(preview);
    expect(run.deleted).toEqual(preview.totals);
    for (const [table, key] of listed) expect(await exists(table, key), `${table} ${key}`).toBe(false);
    // What was not listed is still there: P's notes and plan, and all of the held participant's chat.
    const db = t.core.services.store.db;
    expect((await db.get<{ n: number }>('SELECT count(*) AS n FROM notes WHERE participant_id = ?', [t.p]))!.n).toBe(1);
    expect(
      (await db.get<{ n: number }>('SELECT count(*) AS n FROM activity_steps WHERE participant_id = ?', [t.p]))!.n,
    ).toBe(1);
    expect(await db.get('SELECT count(*) AS n FROM chat_messages WHERE participant_id = ?', [t.q])).toEqual(qBefore);
    expect((await retention().preview(now)).items).toEqual([]);
  });

  it('in five and a half years: notes, plan (with points and badges), motivation; audit entries are listed but kept', async () => {
    const now = at(2010);
    const preview = await retention().preview(now);
    expect(preview.items.map((i) => [i.participantId, i.category])).toEqual([
      [t.p, 'notes'],
      [t.p, 'activityPlan'],
      [t.p, 'motivation'],
    ]);
    expect(Object.keys(preview.totals).sort()).toEqual([
      'activity_goals',
      'activity_steps',
      'appointments',
      'counselor_reminders',
      'gamification_badges',
      'gamification_points',
      'gamification_profiles',
      'motivation_rulers',
      'notes',
    ]);
    expect(preview.auditEntriesDue).toEqual([
      expect.objectContaining({ participantId: t.p, entries: expect.any(Number) }),
    ]);
    expect(preview.held.map((h) => h.participantId)).toEqual([t.q]);
    const audit = (await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))!.n;
    const { run } = await retention().run(now, 'manual', {
      userId: (await t.core.services.store.db.get<{ id: string }>("SELECT id FROM users WHERE role = 'admin'"))!.id,
      role: 'admin',
      displayName: 'Astrid Admin',
      sessionId: 's',
      participantId: null,
    });
    expect(run.deleted).toEqual(preview.totals);
    for (const [table, key] of await allRows(preview)) expect(await exists(table, key), `${table} ${key}`).toBe(false);
    // The note's words are gone from the search index too.
    expect(await t.ok(t.counselorA, 'notes.search', { participantId: t.p, query: P.note.split(' ').at(-1)! })).toEqual(
      [],
    );
    expect(
      (await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))!.n,
    ).toBeGreaterThanOrEqual(audit);
    // The record itself (profile, stages) stays until an erasure; the held participant keeps everything.
    expect(
      (await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM notes WHERE participant_id = ?', [
        t.q,
      ]))!.n,
    ).toBe(1);
  });

  it('after an erasure, the kept decision log goes once past its minimum, and with it the bare row', async () => {
    await t.ok(t.admin, 'privacy.releaseHold', { participantId: t.q });
    const receipt = await t.ok(t.admin, 'privacy.erase', { participantId: t.q, confirm: true });
    expect(receipt.participantRowKept).toBe(true);
    const today = await retention().preview(new Date());
    expect(today.items.filter((i) => i.participantId === t.q)).toEqual([]);
    expect(today.kept).toEqual(
      expect.arrayContaining([expect.objectContaining({ participantId: t.q, table: 'decision_records' })]),
    );
    const later = await retention().preview(at(200));
    const item = later.items.find((i) => i.participantId === t.q)!;
    expect(item).toMatchObject({ category: 'decisionCases', endSource: 'erased' });
    expect(item.tables.map((x) => x.table)).toEqual(['decision_records', 'decision_cases', 'participants']);
    await retention().run(at(200), 'schedule');
    expect(await t.core.services.store.db.get('SELECT id FROM participants WHERE id = ?', [t.q])).toBeUndefined();
  });

  it('through the API: only an admin previews and runs it, and the run is confirmed', async () => {
    expect(await t.call(t.counselorA, 'privacy.retentionPreview', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call(t.admin, 'privacy.runRetention', {} as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const preview = await t.ok(t.admin, 'privacy.retentionPreview', {});
    const { run } = await t.ok(t.admin, 'privacy.runRetention', { confirm: true });
    expect(run.deleted).toEqual(preview.totals);
  });
});
