import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../electron/core/auth/types.js';
import { createCase, type DecisionCase } from '../../../electron/core/decisions/case.js';
import { NOT_NEEDED_REASONS } from '../../../electron/core/decisions/decisionInput.js';
import {
  cancelSummon,
  confirmSummon,
  decideNotNeeded,
  openExplanation,
  openSession,
  proposeSummon,
  recordOwnAssessment,
  showPrediction,
  viewCalibration,
} from '../../../electron/core/decisions/decision.js';
import { viewOf } from '../../../electron/core/decisions/sessionView.js';
import { DecisionError } from '../../../electron/core/decisions/errors.js';
import { ActiveModel, predict } from '../../../electron/core/decisions/model.js';
import { DecisionService } from '../../../electron/core/decisions/service.js';
import {
  DECISION_LOG_MIN_RETENTION_DAYS,
  DECISION_LOG_MIN_RETENTION_MONTHS,
  InMemoryDecisionLogStore,
} from '../../../electron/core/decisions/store.js';
import { admin, counselor, fakeClock, loadBaseline, otherCounselor, participant, sequentialIds } from './helpers.js';

const model = loadBaseline();
const DUE_NOW = '2026-05-05T09:00:00Z'; // day 120 for a case started 2026-01-05
const caseInput = {
  startDate: '2026-01-05',
  sickLeavePercent: 100,
  icpc2Chapter: 'P',
  previousSpells3y: 0,
  ageBand: '16-29',
  counselorNotes: '',
};

function setup(policy = { cognitiveForcing: true, allowBeforeDue: false }) {
  const clock = fakeClock(DUE_NOW);
  const decisionCase: DecisionCase = createCase(caseInput, {
    id: 'case-1',
    participantRef: 'participant-1',
    createdBy: counselor.userId,
    now: clock(),
  });
  const prediction = predict(model, decisionCase);
  const session = openSession(counselor, { id: 'sess-1', decisionCase, prediction, policy, clock, authority: 'nav' });
  return { clock, decisionCase, session };
}

function refusal(fn: () => unknown): DecisionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecisionError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const assessment = { expectation: 'still-on-leave', estimatePercent: 60, leaningTowards: 'summon' };
const notNeeded = {
  reasonCode: 'FORVENTET_FRISKMELDING_INNEN_28UKER',
  justification: 'Fastlegen forventer friskmelding om tre uker.',
};

describe('no decision without a logged-in counselor (acceptance 2)', () => {
  const notCounselors: [string, Principal | null | undefined, string][] = [
    ['an admin', admin, 'NOT_COUNSELOR'],
    ['a participant', participant, 'NOT_COUNSELOR'],
    ['nobody (null)', null, 'NO_PRINCIPAL'],
    ['nobody (undefined)', undefined, 'NO_PRINCIPAL'],
    ['another counselor', otherCounselor, 'NOT_OWN_SESSION'],
  ];

  for (const [who, principal, reason] of notCounselors) {
    it(`refuses every workflow step for ${who}`, () => {
      const { clock, decisionCase, session } = setup();
      const assessed = recordOwnAssessment(session, counselor, assessment, clock);
      const shown = showPrediction(assessed, counselor, clock);
      const proposed = proposeSummon(shown, counselor, {}, clock);
      const args = { recordId: 'r', decisionCase, clock };
      const steps: [string, () => unknown][] = [
        ['recordOwnAssessment', () => recordOwnAssessment(session, principal, assessment, clock)],
        ['showPrediction', () => showPrediction(assessed, principal, clock)],
        ['openExplanation', () => openExplanation(shown, principal, clock)],
        ['viewCalibration', () => viewCalibration(shown, principal, clock)],
        ['proposeSummon', () => proposeSummon(shown, principal, {}, clock)],
        ['cancelSummon', () => cancelSummon(proposed, principal)],
        ['confirmSummon', () => confirmSummon(proposed, principal, { confirm: true }, args)],
        ['decideNotNeeded', () => decideNotNeeded(shown, principal, notNeeded, args)],
      ];
      if (reason !== 'NOT_OWN_SESSION') {
        steps.push([
          'openSession',
          () =>
            openSession(principal, {
              id: 'x',
              decisionCase,
              prediction: session.prediction,
              policy: { cognitiveForcing: true, allowBeforeDue: false },
              clock,
              authority: 'nav',
            }),
        ]);
      }
      for (const [name, step] of steps) {
        const e = refusal(step);
        expect(e.reason, name).toBe(reason);
        expect(e.code, name).toBe(reason === 'NO_PRINCIPAL' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(e.message, name).toMatch(/veileder/);
      }
    });
  }

  it('refuses every service procedure for admin, participant and no principal, and records nothing', async () => {
    const store = new InMemoryDecisionLogStore();
    const clock = fakeClock(DUE_NOW);
    const service = new DecisionService({
      store,
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      newId: sequentialIds(),
    });
    const c = await service.createCase(counselor, 'participant-1', caseInput);
    const view = await service.openSession(counselor, c.id);
    await service.recordOwnAssessment(counselor, view.id, assessment);
    await service.showPrediction(counselor, view.id);
    await service.proposeSummon(counselor, view.id, {});
    for (const principal of [admin, participant, null, undefined] as (Principal | null | undefined)[]) {
      const calls: [string, () => Promise<unknown>][] = [
        ['createCase', () => service.createCase(principal, 'participant-1', caseInput)],
        ['listCases', () => service.listCases(principal)],
        ['openSession', () => service.openSession(principal, c.id)],
        ['recordOwnAssessment', () => service.recordOwnAssessment(principal, view.id, assessment)],
        ['showPrediction', () => service.showPrediction(principal, view.id)],
        ['openExplanation', () => service.openExplanation(principal, view.id)],
        ['viewCalibration', () => service.viewCalibration(principal, view.id)],
        ['proposeSummon', () => service.proposeSummon(principal, view.id, {})],
        ['cancelSummon', () => service.cancelSummon(principal, view.id)],
        ['confirmSummon', () => service.confirmSummon(principal, view.id, { confirm: true })],
        ['decideNotNeeded', () => service.decideNotNeeded(principal, view.id, notNeeded)],
        ['recordOutcome', () => service.recordOutcome(principal, c.id, { stillOnLeaveAtWeek26: true })],
      ];
      for (const [name, call] of calls) {
        await expect(call(), `${name} as ${principal?.role ?? 'nobody'}`).rejects.toBeInstanceOf(DecisionError);
      }
    }
    expect(await store.listDecisions()).toEqual([]);
    expect(await store.listOutcomes()).toEqual([]);
  });
});

describe('cognitive forcing: own assessment before the prediction', () => {
  it('keeps the prediction hidden and unavailable until the own assessment is recorded', () => {
    const { clock, session } = setup();
    expect(viewOf(session)).toMatchObject({
      stage: 'awaitingOwnAssessment',
      predictionAvailable: false,
      prediction: null,
      factors: null,
    });
    expect(refusal(() => showPrediction(session, counselor, clock)).reason).toBe('OWN_ASSESSMENT_REQUIRED');
    expect(
      refusal(() =>
        decideNotNeeded(session, counselor, notNeeded, { recordId: 'r', decisionCase: setup().decisionCase, clock }),
      ).reason,
    ).toBe('OWN_ASSESSMENT_REQUIRED');
    expect(refusal(() => proposeSummon(session, counselor, {}, clock)).reason).toBe('OWN_ASSESSMENT_REQUIRED');

    const assessed = recordOwnAssessment(session, counselor, assessment, clock);
    expect(viewOf(assessed)).toMatchObject({ stage: 'assessed', predictionAvailable: true, prediction: null });
    clock.advance(30_000);
    const shown = showPrediction(assessed, counselor, clock);
    expect(shown.predictionShownAt).toBe('2026-05-05T09:00:30.000Z');
    expect(viewOf(shown).prediction?.probability).toBe(session.prediction.probability);
    expect(viewOf(shown).factors).toBeNull();
    expect(shown.ownAssessment?.beforePrediction).toBe(true);
  });

  it('does not let the counselor rewrite the own assessment after seeing the prediction', () => {
    const { clock, session } = setup();
    const shown = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    expect(refusal(() => recordOwnAssessment(shown, counselor, { expectation: 'back-at-work' }, clock)).reason).toBe(
      'OWN_ASSESSMENT_LOCKED',
    );
  });

  it('validates the own assessment in Norwegian', () => {
    const { clock, session } = setup();
    const e = refusal(() => recordOwnAssessment(session, counselor, { expectation: 'maybe' }, clock));
    expect(e.reason).toBe('INVALID_INPUT');
    expect(e.fields?.[0]?.message).toMatch(/Velg hva du selv tror/);
  });

  it('with the policy off, shows the prediction at once and marks a later own assessment as made after it', () => {
    const { clock, session } = setup({ cognitiveForcing: false, allowBeforeDue: false });
    expect(viewOf(session).predictionAvailable).toBe(true);
    const shown = showPrediction(session, counselor, clock);
    const assessed = recordOwnAssessment(shown, counselor, assessment, clock);
    expect(assessed.ownAssessment?.beforePrediction).toBe(false);
  });

  it('records when the explanation (factors) is opened, only after the prediction is shown', () => {
    const { clock, session } = setup();
    const assessed = recordOwnAssessment(session, counselor, assessment, clock);
    expect(refusal(() => openExplanation(assessed, counselor, clock)).reason).toBe('PREDICTION_NOT_SHOWN');
    const shown = showPrediction(assessed, counselor, clock);
    clock.advance(5000);
    const opened = openExplanation(openExplanation(shown, counselor, clock), counselor, clock);
    expect(opened.explanationOpenedAt).toBe('2026-05-05T09:00:05.000Z');
    expect(opened.explanationOpenCount).toBe(2);
    expect(viewOf(opened).factors).toHaveLength(4);
  });
});

describe('the decision', () => {
  it('summon needs an explicit confirmation step, and the record keeps everything the oversight needs', async () => {
    const store = new InMemoryDecisionLogStore();
    const clock = fakeClock(DUE_NOW);
    const service = new DecisionService({
      store,
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      newId: sequentialIds(),
    });
    const c = await service.createCase(counselor, 'participant-1', caseInput);
    const v = await service.openSession(counselor, c.id);
    await expect(service.confirmSummon(counselor, v.id, { confirm: true })).rejects.toMatchObject({
      reason: 'CONFIRMATION_REQUIRED',
    });
    clock.advance(60_000);
    await service.recordOwnAssessment(counselor, v.id, assessment);
    clock.advance(10_000);
    await service.showPrediction(counselor, v.id);
    clock.advance(20_000);
    await service.openExplanation(counselor, v.id);
    clock.advance(30_000);
    const proposed = await service.proposeSummon(counselor, v.id, { justification: 'Trenger plan med arbeidsgiver.' });
    expect(proposed.stage).toBe('awaitingSummonConfirmation');
    expect(proposed.confirmationText).toMatch(/artikkel 22|egen vurdering/);
    expect(await store.listDecisions()).toEqual([]);
    await expect(service.confirmSummon(counselor, v.id, { confirm: false })).rejects.toMatchObject({
      reason: 'INVALID_INPUT',
    });
    await expect(service.confirmSummon(counselor, v.id, {})).rejects.toMatchObject({ reason: 'INVALID_INPUT' });
    await expect(service.decideNotNeeded(counselor, v.id, notNeeded)).rejects.toMatchObject({
      reason: 'SUMMON_PENDING',
    });
    expect(await store.listDecisions()).toEqual([]);
    clock.advance(5_000);
    const done = await service.confirmSummon(counselor, v.id, { confirm: true });
    expect(done.stage).toBe('decided');
    const [record] = await store.listDecisions();
    expect(record).toMatchObject({
      caseId: c.id,
      counselorId: counselor.userId,
      counselorName: 'Kari Veileder',
      decision: 'summon',
      reasonCode: null,
      justification: 'Trenger plan med arbeidsgiver.',
      decidedAt: '2026-05-05T09:02:05.000Z',
      openedAt: '2026-05-05T09:00:00.000Z',
      timeSpentMs: 125_000,
      modelVersion: model.modelVersion,
      predictionShown: true,
      predictionShownAt: '2026-05-05T09:01:10.000Z',
      explanationOpened: true,
      explanationOpenedAt: '2026-05-05T09:01:30.000Z',
      cognitiveForcing: true,
      summonProposedAt: '2026-05-05T09:02:00.000Z',
      summonConfirmedAt: '2026-05-05T09:02:05.000Z',
      informationText: null,
      weekOnLeave: 17,
    });
    expect(record!.ownAssessment).toMatchObject({
      expectation: 'still-on-leave',
      estimatePercent: 60,
      leaningTowards: 'summon',
      beforePrediction: true,
    });
    expect(record!.prediction.probability).toBe(predict(model, c).probability);
    expect(record!.prediction.factors).toHaveLength(4);
    await expect(service.decideNotNeeded(counselor, v.id, notNeeded)).rejects.toMatchObject({
      reason: 'ALREADY_DECIDED',
    });
    await expect(service.openSession(counselor, c.id)).rejects.toMatchObject({ reason: 'ALREADY_DECIDED' });
  });

  it('cancelling a proposed summons records nothing and returns to the prediction', () => {
    const { clock, session } = setup();
    const shown = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    const back = cancelSummon(proposeSummon(shown, counselor, {}, clock), counselor);
    expect(back.stage).toBe('predictionShown');
    expect(back.decision).toBeNull();
  });

  it('"not needed" needs one of NAV\'s reason codes and a short justification', () => {
    const { clock, decisionCase, session } = setup();
    const s = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    const args = { recordId: 'r-1', decisionCase, clock };
    expect(
      refusal(() => decideNotNeeded(s, counselor, { justification: 'Forventer friskmelding snart.' }, args)).fields?.[0]
        ?.message,
    ).toMatch(/NAVs årsaker/);
    expect(
      refusal(() =>
        decideNotNeeded(
          s,
          counselor,
          { reasonCode: 'FRISKMELDT', justification: 'Forventer friskmelding snart.' },
          args,
        ),
      ).reason,
    ).toBe('INVALID_INPUT');
    expect(
      refusal(() => decideNotNeeded(s, counselor, { reasonCode: 'MEDISINSKE_GRUNNER', justification: 'kort' }, args))
        .fields?.[0]?.message,
    ).toMatch(/minst 10 tegn/);
    expect(
      refusal(() =>
        decideNotNeeded(s, counselor, { reasonCode: 'MEDISINSKE_GRUNNER', justification: '          ' }, args),
      ).reason,
    ).toBe('INVALID_INPUT');
    expect(Object.values(NOT_NEEDED_REASONS)).toEqual([
      'Medisinske grunner',
      'Innleggelse i helseinstitusjon',
      'Forventet friskmelding innen 28 ukers sykmelding',
      'Tiltak som sannsynligvis vil føre til en friskmelding',
    ]);
  });

  it('"not needed" produces a plain-language information text about the right to ask for a dialogmøte', () => {
    const { clock, decisionCase, session } = setup();
    const s = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    const decided = decideNotNeeded(s, counselor, notNeeded, { recordId: 'r-1', decisionCase, clock });
    const record = decided.decision!;
    expect(record).toMatchObject({
      decision: 'notNeeded',
      reasonCode: 'FORVENTET_FRISKMELDING_INNEN_28UKER',
      reasonText: 'Forventet friskmelding innen 28 ukers sykmelding',
      justification: notNeeded.justification,
    });
    const text = record.informationText!;
    expect(text).toMatch(/^Informasjon om dialogmøte\n/);
    expect(text).toContain('folketrygdloven § 8-7 a');
    expect(text).toContain('Du har rett til å be om et dialogmøte, også før det har gått 26 uker.');
    expect(text).toContain('Arbeidsgiveren din og den som sykmeldte deg kan også be om et møte.');
    expect(text).toContain('forventet friskmelding innen 28 ukers sykmelding');
    expect(text).toContain('Det er en veileder, et menneske, som har gjort denne vurderingen.');
    expect(text).toContain('senest 6. juli 2026');
    expect(text).toContain('Vurdert av Kari Veileder, 5. mai 2026.');
    // Nothing about the diagnosis, the estimate or the counselor's justification goes to the person.
    expect(text).not.toMatch(/Psykisk|\bP\b|prosent|%|Fastlegen/);
    expect(viewOf(decided).decision?.informationText).toBe(text);
  });

  it('refuses a case that is not due yet unless policy allows it', () => {
    const clock = fakeClock('2026-04-01T09:00:00Z');
    const decisionCase = createCase(caseInput, {
      id: 'case-1',
      participantRef: 'p',
      createdBy: counselor.userId,
      now: clock(),
    });
    const args = { id: 's', decisionCase, prediction: predict(model, decisionCase), clock };
    expect(
      refusal(() => openSession(counselor, { ...args, policy: { cognitiveForcing: true, allowBeforeDue: false } }))
        .message,
    ).toMatch(/2026-05-04/);
    expect(openSession(counselor, { ...args, policy: { cognitiveForcing: true, allowBeforeDue: true } }).stage).toBe(
      'awaitingOwnAssessment',
    );
  });

  it("a counselor cannot open another counselor's case", async () => {
    const store = new InMemoryDecisionLogStore();
    const service = new DecisionService({
      store,
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock: fakeClock(DUE_NOW),
      newId: sequentialIds(),
    });
    const c = await service.createCase(counselor, 'participant-1', caseInput);
    await expect(service.openSession(otherCounselor, c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await service.listCases(otherCounselor)).toEqual([]);
    expect((await service.listCases(counselor)).map((s) => s.timing.isDue)).toEqual([true]);
  });
});

describe('model import and retention', () => {
  it('only an admin may import a model file; a bad file is refused and the active model kept', async () => {
    const store = new InMemoryDecisionLogStore();
    const service = new DecisionService({ store, model: new ActiveModel(model), authority: () => 'nav' });
    await expect(service.importModel(counselor, '{}')).rejects.toThrow(DecisionError);
    await expect(service.importModel(null, '{}')).rejects.toThrow(DecisionError);
    const bad = await service.importModel(admin, JSON.stringify({ ...model, calibration: undefined }));
    expect(bad.ok).toBe(false);
    expect(await service.currentModel()).toBe(model);
    expect(await store.latestModelFile()).toBeNull();
    const good = await service.importModel(admin, JSON.stringify({ ...model, modelVersion: '2.0.0' }));
    expect(good).toMatchObject({ ok: true, activeVersion: '2.0.0', previousVersion: model.modelVersion });
    expect(await store.latestModelFile()).toMatchObject({ modelVersion: '2.0.0', importedBy: admin.userId });
  });

  it('an imported model stays active in a new service over the same store (a restart), and is forgotten on lock until read again', async () => {
    const store = new InMemoryDecisionLogStore();
    await new DecisionService({ store, model: new ActiveModel(model), authority: () => 'nav' }).importModel(
      admin,
      JSON.stringify({ ...model, modelVersion: '3.1.0' }),
    );
    const restarted = new DecisionService({ store, model: new ActiveModel(model), authority: () => 'nav' });
    expect((await restarted.currentModel()).modelVersion).toBe('3.1.0');
    restarted.forgetStoredModel();
    await store.saveModelFile({
      modelVersion: '3.2.0',
      content: JSON.stringify({ ...model, modelVersion: '3.2.0' }),
      importedAt: new Date().toISOString(),
      importedBy: admin.userId,
    });
    expect((await restarted.currentModel()).modelVersion).toBe('3.2.0');
  });

  it('keeps decision logs at least six months: younger records cannot be purged', async () => {
    expect(DECISION_LOG_MIN_RETENTION_MONTHS).toBe(6);
    expect(DECISION_LOG_MIN_RETENTION_DAYS).toBeGreaterThanOrEqual(182);
    const store = new InMemoryDecisionLogStore();
    const { clock, decisionCase, session } = setup();
    const s = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    await store.appendDecision(
      decideNotNeeded(s, counselor, notNeeded, { recordId: 'r-1', decisionCase, clock }).decision!,
    );
    const now = new Date('2026-09-01T00:00:00Z');
    await expect(store.purgeDecisionsBefore(new Date('2026-06-01T00:00:00Z'), now)).rejects.toMatchObject({
      reason: 'RETENTION_MINIMUM',
    });
    expect(await store.listDecisions()).toHaveLength(1);
    const later = new Date('2027-01-01T00:00:00Z');
    expect(await store.purgeDecisionsBefore(new Date('2026-06-01T00:00:00Z'), later)).toBe(1);
  });

  it('the store is append-only per session', async () => {
    const store = new InMemoryDecisionLogStore();
    const { clock, decisionCase, session } = setup();
    const s = showPrediction(recordOwnAssessment(session, counselor, assessment, clock), counselor, clock);
    const record = decideNotNeeded(s, counselor, notNeeded, { recordId: 'r-1', decisionCase, clock }).decision!;
    await store.appendDecision(record);
    await expect(store.appendDecision({ ...record, id: 'r-2' })).rejects.toMatchObject({ reason: 'ALREADY_DECIDED' });
  });
});
