import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';

/**
 * `scrub.preview`: the note editors mark detected personal data as the counselor types. Text in,
 * spans out; only counselors; and neither the text nor an entry for it ever reaches the audit log.
 */
const NOTE = 'Pia ringte fra 912 34 567. Fnr 15870550313 står i skjemaet.';

let t: TestCore;
let admin: string;
let counselor: string;
let participant: string;
beforeAll(async () => {
  t = await makeCore();
  ({ admin } = await setupOrg(t));
  const vera = await addUser(t, admin, 'vera', 'Vera Veileder', 'counselor');
  await addUser(t, admin, 'pia', 'Pia Pedersen', 'participant', vera.id);
  counselor = await login(t, 'vera');
  participant = await login(t, 'pia');
});
afterAll(async () => {
  await t.close();
});

describe('scrub.preview', () => {
  it('gives the counselor the spans of what tekstvask detects, as positions in the text', async () => {
    const { spans } = await t.ok(counselor, 'scrub.preview', { text: NOTE });
    const found = spans.map((s) => ({ type: s.type, text: NOTE.slice(s.start, s.end) }));
    expect(found).toContainEqual({ type: 'PHONE', text: '912 34 567' });
    expect(found).toContainEqual({ type: 'NATIONAL_ID', text: '15870550313' });
    expect(found).toContainEqual({ type: 'PERSON', text: 'Pia' });
    expect(spans.every((s) => Object.keys(s).sort().join() === 'end,start,type')).toBe(true);
    expect((await t.ok(counselor, 'scrub.preview', { text: 'Vi øvde på jobbintervju.' })).spans).toEqual([]);
  });

  it('is for counselors only', async () => {
    expect(await t.call(participant, 'scrub.preview', { text: NOTE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call(admin, 'scrub.preview', { text: NOTE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call(null, 'scrub.preview', { text: NOTE })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a text longer than a note can be', async () => {
    expect(await t.call(counselor, 'scrub.preview', { text: 'x'.repeat(20_001) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('writes no audit entry for a preview, and the text never reaches the audit log', async () => {
    const db = t.core.services.store.db;
    const before = await db.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE action = 'scrub.preview' AND outcome = 'ok'",
    );
    await t.ok(counselor, 'scrub.preview', { text: NOTE });
    const after = await db.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE action = 'scrub.preview' AND outcome = 'ok'",
    );
    expect(after.length).toBe(before.length);
    expect(before.length).toBe(0);
    const rows = await db.all<Record<string, unknown>>('SELECT * FROM audit_log');
    expect(JSON.stringify(rows)).not.toContain('15870550313');
    expect(JSON.stringify(rows)).not.toContain('912 34 567');
  });
});
