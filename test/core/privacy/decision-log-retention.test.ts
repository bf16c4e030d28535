import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, P_NAME, privacyOrg, stringsFor } from './helpers.js';

/**
 * Issue 17: how long the decision log of dialogmøte 2 is kept is the organisation's setting (never
 * under six months, InkludMI's own floor), not a constant presented as law. The retention job and
 * an erasure both follow it.
 */
let t: ChatCore;
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);
const localDay = (offset: number) => {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

beforeAll(async () => {
  t = await privacyOrg();
  await fillParticipant(t, {
    counselor: t.counselorA,
    participant: t.participantP,
    participantId: t.p,
    strings: stringsFor('Dl', P_NAME, 7, '+47 916 44 556'),
  });
  await t.ok(t.counselorA, 'participants.updateProfile', { participantId: t.p, plannedEndDate: localDay(-190) });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const decisionRowsDue = (
  preview: Awaited<ReturnType<ChatCore['core']['services']['privacy']['retention']['preview']>>,
) =>
  preview.items
    .flatMap((i) => i.tables.filter((x) => x.table === 'decision_records').map((x) => x.rows.length))
    .reduce((a, b) => a + b, 0);

describe('the decision log is kept as long as the organisation set', () => {
  it('defaults to six months, can be set longer, never shorter, and the retention job and an erasure follow it', async () => {
    const retention = t.core.services.privacy.retention;
    expect((await t.ok(t.admin, 'settings.get', {})).settings.retentionMonths.decisionLog).toBe(6);
    // Default six months: a decision made today is due in 200 days.
    expect(decisionRowsDue(await retention.preview(at(200)))).toBe(1);
    const kept = (await retention.preview(at(100))).kept.find((k) => k.table === 'decision_records');
    expect(kept?.why).toMatch(/så lenge organisasjonen har bestemt/);
    expect(kept?.why).toMatch(/ikke et lovkrav/);

    // Twelve months: in 200 days it is still kept, with the later date; in 400 days it is due.
    await t.ok(t.admin, 'settings.update', { retentionMonths: { decisionLog: 12 } });
    const later = await retention.preview(at(200));
    expect(decisionRowsDue(later)).toBe(0);
    const until = later.kept.find((k) => k.table === 'decision_records')?.until;
    expect(until! > localDay(360)).toBe(true);
    expect(decisionRowsDue(await retention.preview(at(400)))).toBe(1);
    // An erasure today keeps the log until the same date.
    const plan = await t.ok(t.admin, 'privacy.erasurePreview', { participantId: t.p });
    expect(plan.keep.find((k) => k.table === 'decision_records')?.until).toBe(until);

    // Under six months is refused with a Norwegian message, and nothing changes.
    const refused = await t.call(t.admin, 'settings.update', { retentionMonths: { decisionLog: 3 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'retentionMonths.decisionLog', message: 'Må være minst 6.' }] },
    });
    expect((await t.ok(t.admin, 'settings.get', {})).settings.retentionMonths.decisionLog).toBe(12);
  });
});
