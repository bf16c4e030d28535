import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASELINE_FILE } from '../../../electron/core/decisions/setup.js';
import { NOT_NEEDED_REASON_CODES } from '../../../electron/core/decisions/decision.js';
import { PROCEDURE_NAMES } from '../../../electron/core/api/router.js';
import { ADMIN_PASSWORD, addUser, login, makeCore, recordBases, setupOrg, type TestCore } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const caseInput = () => ({ startDate: daysAgo(125), sickLeavePercent: 100, icpc2Chapter: 'L', previousSpells3y: 1, ageBand: '16-29' as const, counselorNotes: '' });

async function org() {
  t = await makeCore();
  const { admin } = await setupOrg(t);
  // Setup leaves the legal-basis register empty; decision support needs its basis recorded (issue 9).
  await recordBases(t, admin, ['decisionSupport']);
  const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
  await addUser(t, admin, 'ola', 'Ola Veileder', 'counselor');
  const per = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
  return { admin, kari: await login(t, 'kari'), kariId: kari.id, ola: await login(t, 'ola'), per: await login(t, 'per'), perId: per.participantId! };
}

const DECISION_PROCEDURES = PROCEDURE_NAMES.filter((n) => n.startsWith('decisions.'));
const UUID = '00000000-0000-4000-8000-000000000000';

describe('decision support through the API, on the encrypted store', () => {
  it('no decision procedure runs without a logged-in counselor, and nothing is recorded (acceptance 2)', async () => {
    const o = await org();
    expect(DECISION_PROCEDURES.length).toBeGreaterThanOrEqual(14);
    const counselorOnly = DECISION_PROCEDURES.filter((n) => !['decisions.monitor', 'decisions.dpiaReport', 'decisions.model', 'decisions.importModel'].includes(n));
    for (const name of counselorOnly) {
      const input = { sessionId: UUID, caseId: UUID, participantId: o.perId, case: caseInput(), confirm: true, reasonCode: NOT_NEEDED_REASON_CODES[0], justification: 'En begrunnelse her', expectation: 'still-on-leave', stillOnLeaveAtWeek26: true };
      const nobody = await t!.call(t!.connection(), name, input as never);
      expect([name, nobody.ok || nobody.error.code]).toEqual([name, 'UNAUTHENTICATED']);
      for (const conn of [o.admin, o.per]) {
        const r = await t!.call(conn, name, input as never);
        expect([name, r.ok || r.error.code]).toEqual([name, 'FORBIDDEN']);
      }
    }
    const db = t!.core.services.store.db;
    expect(await db.all('SELECT id FROM decision_cases')).toEqual([]);
    expect(await db.all('SELECT id FROM decision_records')).toEqual([]);
  });

  it('a counselor goes through own assessment, prediction, factors and "not needed" with the information text', async () => {
    const o = await org();
    const c = await t!.ok(o.kari, 'decisions.createCase', { participantId: o.perId, case: caseInput() });
    expect((await t!.ok(o.kari, 'decisions.listCases', {})).map((s) => [s.case.id, s.timing.isDue])).toEqual([[c.id, true]]);
    const s = await t!.ok(o.kari, 'decisions.openSession', { caseId: c.id });
    expect(s.prediction).toBeNull();
    expect(await t!.call(o.kari, 'decisions.showPrediction', { sessionId: s.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'OWN_ASSESSMENT_REQUIRED' } });
    await t!.ok(o.kari, 'decisions.recordOwnAssessment', { sessionId: s.id, expectation: 'still-on-leave' });
    const shown = await t!.ok(o.kari, 'decisions.showPrediction', { sessionId: s.id });
    expect(shown.prediction?.probability).toBeGreaterThan(0);
    expect((await t!.ok(o.kari, 'decisions.openExplanation', { sessionId: s.id })).factors?.length).toBeGreaterThan(0);
    const bad = await t!.call(o.kari, 'decisions.decideNotNeeded', { sessionId: s.id, reasonCode: NOT_NEEDED_REASON_CODES[2]!, justification: 'kort' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const done = await t!.ok(o.kari, 'decisions.decideNotNeeded', { sessionId: s.id, reasonCode: NOT_NEEDED_REASON_CODES[2]!, justification: 'Venter tilbake i arbeid innen 28 uker.' });
    expect(done.decision?.informationText).toMatch(/dialogmøte/);
    expect(done.decision).toMatchObject({ counselorId: expect.any(String), explanationOpened: true, predictionShown: true, ownAssessment: { expectation: 'still-on-leave' } });
    // The log is append-only in the database and survives a lock.
    await expect(t!.core.services.store.db.run("UPDATE decision_records SET data = '{}'")).rejects.toThrow(/append-only/);
    await t!.core.services.auth.lockAll();
    const kari = await login(t!, 'kari');
    expect((await t!.ok(kari, 'decisions.listCases', {}))[0]?.decided).toBe(true);
    expect(await t!.call(kari, 'decisions.openSession', { caseId: c.id })).toMatchObject({ ok: false, error: { reason: 'ALREADY_DECIDED' } });
    const admin = await login(t!, 'admin', 'blåbærsyltetøy på vaffel');
    const monitor = await t!.ok(admin, 'decisions.monitor', {});
    expect(monitor.overall).toMatchObject({ decisions: 1, notNeeded: 1, summons: 0 });
  });

  it("another counselor cannot create or open a case for a participant outside their caseload", async () => {
    const o = await org();
    expect(await t!.call(o.ola, 'decisions.createCase', { participantId: o.perId, case: caseInput() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const c = await t!.ok(o.kari, 'decisions.createCase', { participantId: o.perId, case: caseInput() });
    expect(await t!.call(o.ola, 'decisions.openSession', { caseId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t!.ok(o.ola, 'decisions.listCases', {})).toEqual([]);
  });

  it('is refused while the organisation has decision support switched off', async () => {
    const o = await org();
    await t!.ok(o.admin, 'settings.update', { features: { decisionSupport: false } });
    expect(await t!.call(o.kari, 'decisions.listCases', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/slått av/) } });
  });

  it('an objection registered halfway through a case stops every later step for that person, and nothing more is recorded', async () => {
    const o = await org();
    const other = await addUser(t!, o.admin, 'siri', 'Siri Deltaker', 'participant', o.kariId);
    const c = await t!.ok(o.kari, 'decisions.createCase', { participantId: o.perId, case: caseInput() });
    const otherCase = await t!.ok(o.kari, 'decisions.createCase', { participantId: other.participantId!, case: caseInput() });
    const s = await t!.ok(o.kari, 'decisions.openSession', { caseId: c.id });
    await t!.ok(o.kari, 'decisions.recordOwnAssessment', { sessionId: s.id, expectation: 'still-on-leave' });

    const objection = await t!.ok(o.per, 'privacy.object', { participantId: o.perId, purpose: 'decisionSupport' });
    expect(objection).toMatchObject({ kind: 'objection', status: 'pending' });
    const stopped = { ok: false, error: { code: 'FORBIDDEN', reason: 'OBJECTION', message: expect.stringMatching(/protestert/) } };
    const steps = [
      ['decisions.showPrediction', { sessionId: s.id }],
      ['decisions.openExplanation', { sessionId: s.id }],
      ['decisions.viewCalibration', { sessionId: s.id }],
      ['decisions.proposeSummon', { sessionId: s.id, justification: 'Trenger møte.' }],
      ['decisions.decideNotNeeded', { sessionId: s.id, reasonCode: NOT_NEEDED_REASON_CODES[2]!, justification: 'Venter tilbake i arbeid innen 28 uker.' }],
      ['decisions.confirmSummon', { sessionId: s.id, confirm: true }],
      ['decisions.cancelSummon', { sessionId: s.id }],
      ['decisions.openSession', { caseId: c.id }],
      ['decisions.recordOutcome', { caseId: c.id, stillOnLeaveAtWeek26: true }],
      ['decisions.createCase', { participantId: o.perId, case: caseInput() }],
    ] as const;
    for (const [name, input] of steps) expect([name, await t!.call(o.kari, name, input as never)]).toEqual([name, expect.objectContaining(stopped)]);
    const db = t!.core.services.store.db;
    expect(await db.all('SELECT id FROM decision_records')).toEqual([]);
    expect(await db.all('SELECT case_id FROM decision_outcomes')).toEqual([]);
    expect((await db.all<{ id: string }>('SELECT id FROM decision_cases')).map((r) => r.id).sort()).toEqual([c.id, otherCase.id].sort());

    // The list still shows the case, with the reason instead of a way in; the other person's case goes on.
    const list = await t!.ok(o.kari, 'decisions.listCases', {});
    expect(list.find((x) => x.case.id === c.id)?.stopped).toMatchObject({ reason: 'OBJECTION' });
    expect(list.find((x) => x.case.id === otherCase.id)?.stopped).toBeNull();
    expect((await t!.call(o.kari, 'decisions.openSession', { caseId: otherCase.id })).ok).toBe(true);

    // Rejected with compelling grounds: the case can go on where it stopped.
    await t!.ok(o.admin, 'privacy.decideObjection', { objectionId: objection.id, status: 'rejected', reason: 'Tungtveiende grunner dokumentert i sak 7.' });
    expect((await t!.ok(o.kari, 'decisions.showPrediction', { sessionId: s.id })).prediction?.probability).toBeGreaterThan(0);
  });

  it("follows the organisation's oversight settings: own assessment first, who sees the monitor, the autopilot thresholds", async () => {
    const o = await org();
    // Defaults: own assessment first, and the monitor for the admin only.
    const first = await t!.ok(o.kari, 'decisions.openSession', { caseId: (await t!.ok(o.kari, 'decisions.createCase', { participantId: o.perId, case: caseInput() })).id });
    expect(first.cognitiveForcing).toBe(true);
    expect(await t!.call(o.kari, 'decisions.monitor', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await t!.ok(o.admin, 'decisions.monitor', {})).settings).toMatchObject({ agreementThreshold: 0.95, minDecisions: 30 });

    await t!.ok(o.admin, 'settings.update', { decisionOversight: { cognitiveForcing: false, monitorAccess: 'admin-and-own-counselor', agreementThreshold: 0.9 } });
    expect((await t!.ok(o.admin, 'settings.get', {})).settings.decisionOversight).toEqual({ cognitiveForcing: false, monitorAccess: 'admin-and-own-counselor', agreementThreshold: 0.9, minDecisions: 30 });
    const second = await t!.ok(o.kari, 'decisions.openSession', { caseId: (await t!.ok(o.kari, 'decisions.createCase', { participantId: o.perId, case: caseInput() })).id });
    expect(second.cognitiveForcing).toBe(false);
    expect(await t!.call(o.kari, 'decisions.showPrediction', { sessionId: second.id })).toMatchObject({ ok: true });
    expect((await t!.ok(o.kari, 'decisions.monitor', {})).settings).toMatchObject({ agreementThreshold: 0.9, minDecisions: 30 });
    expect(await t!.call(o.admin, 'settings.update', { decisionOversight: { agreementThreshold: 0.3 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('shows the model card and calibration of the bundled baseline', async () => {
    const o = await org();
    const m = await t!.ok(o.kari, 'decisions.model', {});
    expect(m.builtFrom).toBe('published-aggregates');
    expect(m.modelCard).toMatch(/Kalibrering|kalibrering/);
  });

  it('an imported model is kept in the encrypted store: still active after a lock and after a restart', async () => {
    const temp = await makeTempDir();
    const dataDir = path.join(temp.dir, 'data');
    try {
      t = await makeCore({ dataDir });
      const { admin } = await setupOrg(t);
      const baseline = JSON.parse(await fs.readFile(path.join(import.meta.dirname, '../../../models/decision', BASELINE_FILE), 'utf8')) as { modelVersion: string };
      const bad = await t.call(admin, 'decisions.importModel', { content: JSON.stringify({ ...baseline, calibration: undefined }) });
      expect(bad).toMatchObject({ ok: false });
      const imported = await t.ok(admin, 'decisions.importModel', { content: JSON.stringify({ ...baseline, modelVersion: '9.0.0' }) });
      expect(imported).toMatchObject({ ok: true, activeVersion: '9.0.0', previousVersion: baseline.modelVersion });
      // Locked (the last session ends) and unlocked again.
      await t.ok(admin, 'auth.logout', {});
      expect(t.core.services.store.isOpen).toBe(false);
      const again = await login(t, 'admin', ADMIN_PASSWORD);
      expect((await t.ok(again, 'decisions.model', {})).modelVersion).toBe('9.0.0');
      // A restart of the app over the same data folder.
      await t.core.close();
      t = await makeCore({ dataDir });
      const afterRestart = await login(t, 'admin', ADMIN_PASSWORD);
      expect((await t.ok(afterRestart, 'decisions.model', {})).modelVersion).toBe('9.0.0');
      expect(await t.core.services.store.db.all('SELECT model_version FROM decision_model_files')).toEqual([{ model_version: '9.0.0' }]);
    } finally {
      await t?.core.close();
      t = undefined;
      await temp.cleanup();
    }
  });
});
