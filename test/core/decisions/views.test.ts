import { afterEach, describe, expect, it } from 'vitest';
import { ActiveModel, parseModelFile, predict } from '../../../electron/core/decisions/model.js';
import { DecisionService } from '../../../electron/core/decisions/service.js';
import { REAL_OUTCOMES_FOR_CALIBRATION } from '../../../electron/core/decisions/calibrationView.js';
import { InMemoryDecisionLogStore } from '../../../electron/core/decisions/store.js';
import { addUser, login, makeCore, recordBases, setupOrg, type TestCore } from '../../helpers/org.js';
import { counselor, fakeClock, loadBaseline, sequentialIds } from './helpers.js';

/** What the decision screens read: the case list's decision and outcome, the factors' own explanation, Norwegian import messages. */
const model = loadBaseline();
const caseInput = {
  startDate: '2026-01-05',
  sickLeavePercent: 100,
  icpc2Chapter: 'P',
  previousSpells3y: 0,
  ageBand: '16-29',
  counselorNotes: '',
};

describe('views for the decision screens', () => {
  it('the case list says how each case was decided and whether its outcome is recorded', async () => {
    const clock = fakeClock('2026-05-05T09:00:00Z');
    const service = new DecisionService({
      store: new InMemoryDecisionLogStore(),
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      newId: sequentialIds(),
    });
    const decided = await service.createCase(counselor, 'participant-1', caseInput);
    const open = await service.createCase(counselor, 'participant-2', { ...caseInput, startDate: '2026-01-10' });
    const s = await service.openSession(counselor, decided.id);
    await service.recordOwnAssessment(counselor, s.id, { expectation: 'still-on-leave' });
    await service.proposeSummon(counselor, s.id, {});
    await service.confirmSummon(counselor, s.id, { confirm: true });
    clock.set('2026-07-06T09:00:00Z');
    await service.recordOutcome(counselor, decided.id, { stillOnLeaveAtWeek26: false });

    const list = await service.listCases(counselor);
    const byId = new Map(list.map((c) => [c.case.id, c]));
    expect(byId.get(decided.id)).toMatchObject({
      decided: true,
      decision: {
        kind: 'summon',
        decidedAt: '2026-05-05T09:00:00.000Z',
        counselorName: 'Kari Veileder',
        reasonCode: null,
        informationText: null,
      },
      outcome: { stillOnLeaveAtWeek26: false, recordedAt: '2026-07-06T09:00:00.000Z' },
    });
    expect(byId.get(open.id)).toMatchObject({ decided: false, decision: null, outcome: null });
  });

  it('the calibration view is the synthetic self-consistency check until enough real outcomes are recorded, then it is computed on them (issue 17)', async () => {
    const clock = fakeClock('2026-05-05T09:00:00Z');
    const service = new DecisionService({
      store: new InMemoryDecisionLogStore(),
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      newId: sequentialIds(),
    });
    const chapters = ['P', 'L', 'R', 'K', 'A'];
    const truth: boolean[] = [];
    for (let i = 0; i < REAL_OUTCOMES_FOR_CALIBRATION; i++) {
      const c = await service.createCase(counselor, `participant-${i}`, {
        ...caseInput,
        icpc2Chapter: chapters[i % chapters.length]!,
        previousSpells3y: i % 8,
      });
      const s = await service.openSession(counselor, c.id);
      await service.recordOwnAssessment(counselor, s.id, { expectation: 'unsure' });
      await service.proposeSummon(counselor, s.id, {});
      await service.confirmSummon(counselor, s.id, { confirm: true });
      truth.push(i % 3 !== 0);
      if (i < REAL_OUTCOMES_FOR_CALIBRATION - 1)
        await service.recordOutcome(counselor, c.id, { stillOnLeaveAtWeek26: truth[i]! });
      else {
        // One outcome short: still the synthetic check, and it says how many are recorded.
        const before = await service.calibrationView();
        expect(before).toMatchObject({
          realOutcomes: REAL_OUTCOMES_FOR_CALIBRATION - 1,
          realOutcomesNeeded: REAL_OUTCOMES_FOR_CALIBRATION,
        });
        expect(before.calibration).toEqual(model.calibration);
        expect(before.calibration.synthetic).toBe(true);
        await service.recordOutcome(counselor, c.id, { stillOnLeaveAtWeek26: truth[i]! });
      }
    }
    const after = await service.calibrationView();
    expect(after.realOutcomes).toBe(REAL_OUTCOMES_FOR_CALIBRATION);
    expect(after.calibration.synthetic).toBe(false);
    expect(after.calibration.n).toBe(REAL_OUTCOMES_FOR_CALIBRATION);
    expect(after.calibration.description).toContain(`${REAL_OUTCOMES_FOR_CALIBRATION} saker`);
    // The same bands as the model file's table, filled with what was recorded.
    expect(after.calibration.bands.map((b) => b.label)).toEqual(model.calibration.bands.map((b) => b.label));
    expect(after.calibration.bands.reduce((sum, b) => sum + b.n, 0)).toBe(REAL_OUTCOMES_FOR_CALIBRATION);
    const stillOnLeave = after.calibration.bands.reduce((sum, b) => sum + (b.observedRate ?? 0) * b.n, 0);
    expect(Math.round(stillOnLeave)).toBe(truth.filter(Boolean).length);
  });

  it("each factor carries the model file's own explanation of its level, apart from the movement sentence", () => {
    const p = predict(model, { sickLeavePercent: 100, icpc2Chapter: 'P', previousSpells3y: 0, ageBand: '16-29' });
    for (const f of p.factors) {
      expect(f.explanation.length).toBeGreaterThan(0);
      expect(f.text.startsWith(f.explanation)).toBe(true);
      expect(f.explanation).not.toMatch(/prosentpoeng/);
    }
  });

  it('a bad model file is refused with Norwegian field messages', () => {
    const r = parseModelFile('{"schemaVersion": 1, "name": "Uten kalibrering", "ekstra": true}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('Modellfilen mangler en gyldig kalibreringstabell. Den aktive modellen er beholdt.');
    const messages = Object.fromEntries((r.error.fields ?? []).map((f) => [f.path, f.message]));
    expect(messages['modelVersion']).toBe('Feltet mangler.');
    expect(messages['kind']).toBe('Ugyldig verdi: skal være "weibull-ph".');
    expect(JSON.stringify(r.error.fields)).not.toMatch(/Invalid input|expected/);
  });
});

describe('decisions.model for the model page', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("gives every source and number, the model card's version, and local training off until a basis for development is recorded", async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const kari = await login(t, 'kari');
    const m = await t.ok(kari, 'decisions.model', {});
    expect(m.modelCardModelVersion).toBe(m.modelVersion);
    expect(m.sources.length).toBeGreaterThan(0);
    expect(m.sources.flatMap((s) => s.numbers).length).toBeGreaterThan(0);
    expect(m.calibration.bands.length).toBeGreaterThan(0);
    expect(m.localTraining).toMatchObject({ enabled: false, canBeEnabled: false });
    await recordBases(t, admin, ['decisionSupportDevelopment']);
    expect((await t.ok(kari, 'decisions.model', {})).localTraining).toMatchObject({
      enabled: false,
      canBeEnabled: true,
    });
  });
});
