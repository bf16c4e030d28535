import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../electron/core/auth/types.js';
import type { AgeBand, Icpc2Chapter } from '../../../electron/core/decisions/case.js';
import { ActiveModel } from '../../../electron/core/decisions/model.js';
import {
  DEFAULT_MONITOR_SETTINGS,
  buildMonitorReport,
  monitorSettingsSchema,
} from '../../../electron/core/decisions/monitor.js';
import { buildDpiaReport, renderDpiaMarkdown } from '../../../electron/core/decisions/report.js';
import { DecisionService } from '../../../electron/core/decisions/service.js';
import { InMemoryDecisionLogStore } from '../../../electron/core/decisions/store.js';
import { seededRandom } from '../../../electron/core/decisions/synthetic.js';
import { admin, fakeClock, loadBaseline, sequentialIds } from './helpers.js';

const model = loadBaseline();
const CHAPTERS: Icpc2Chapter[] = ['L', 'P', 'R', 'K', 'A', 'N', 'D'];
const AGES: AgeBand[] = ['16-29', '30-39', '40-49', '50-59', '60+'];

interface Step {
  /** Seconds spent before the own assessment, after seeing the prediction, etc. (total time per case). */
  seconds: number;
  openExplanation: boolean;
  /** Decide as the model recommends, or against it. */
  follow: boolean;
  /** The own leaning recorded before the prediction: the final decision ('final'), the opposite of the recommendation ('against'), or none. */
  leaning: 'final' | 'against' | 'undecided';
}

const autopilotCounselor: Principal = {
  userId: 'c-auto',
  role: 'counselor',
  displayName: 'Auto Pilot',
  sessionId: 's-a',
  participantId: null,
};
const carefulCounselor: Principal = {
  userId: 'c-care',
  role: 'counselor',
  displayName: 'Grundig Veileder',
  sessionId: 's-c',
  participantId: null,
};
const driftingCounselor: Principal = {
  userId: 'c-drift',
  role: 'counselor',
  displayName: 'Glir Veileder',
  sessionId: 's-d',
  participantId: null,
};
const summonAllCounselor: Principal = {
  userId: 'c-summon',
  role: 'counselor',
  displayName: 'Innkaller Alle',
  sessionId: 's-s',
  participantId: null,
};

const other = (k: 'summon' | 'notNeeded') => (k === 'summon' ? 'notNeeded' : 'summon');

/** The recommendation for a case, as the monitor reads it (the prediction is computed when the session opens). */
async function simulate(
  service: DecisionService,
  clock: ReturnType<typeof fakeClock>,
  who: Principal,
  steps: Step[],
  offset = 0,
  decide?: (recommended: 'summon' | 'notNeeded', i: number) => 'summon' | 'notNeeded',
) {
  const ids: { id: string; recommended: 'summon' | 'notNeeded'; decided: 'summon' | 'notNeeded' }[] = [];
  for (const [i, step] of steps.entries()) {
    const c = await service.createCase(who, `participant-${who.userId}-${i}`, {
      startDate: '2026-01-05',
      sickLeavePercent: i % 3 === 0 ? 50 : 100,
      icpc2Chapter: CHAPTERS[(i + offset) % CHAPTERS.length],
      previousSpells3y: (i * 7) % 9,
      ageBand: AGES[(i + offset) % AGES.length],
    });
    const v = await service.openSession(who, c.id);
    const share = step.seconds * 1000;
    clock.advance(share * 0.4);
    const hidden = await peekRecommendation(service, who, v.id);
    const final = decide ? decide(hidden, i) : step.follow ? hidden : other(hidden);
    const leaning = step.leaning === 'final' ? final : step.leaning === 'against' ? other(hidden) : 'undecided';
    await service.recordOwnAssessment(who, v.id, {
      expectation: leaning === 'summon' ? 'still-on-leave' : leaning === 'notNeeded' ? 'back-at-work' : 'unsure',
      leaningTowards: leaning,
    });
    clock.advance(share * 0.1);
    await service.showPrediction(who, v.id);
    if (step.openExplanation) {
      clock.advance(share * 0.3);
      await service.openExplanation(who, v.id);
    }
    clock.advance(share * (step.openExplanation ? 0.1 : 0.4));
    if (final === 'summon') {
      await service.proposeSummon(who, v.id, {});
      clock.advance(share * 0.1);
      await service.confirmSummon(who, v.id, { confirm: true });
    } else {
      clock.advance(share * 0.1);
      await service.decideNotNeeded(who, v.id, {
        reasonCode: 'DOKUMENTERT_TILTAK_FRISKMELDING',
        justification: 'Gradert opptrapping avtalt med arbeidsgiver.',
      });
    }
    ids.push({ id: c.id, recommended: hidden, decided: final });
    clock.advance(3_600_000);
  }
  return ids;
}

/** What the model will recommend for the session's case (from the stored session: test scripting only). */
let peekStore: InMemoryDecisionLogStore | null = null;
async function peekRecommendation(
  _service: DecisionService,
  _who: Principal,
  sessionId: string,
): Promise<'summon' | 'notNeeded'> {
  const s = await peekStore!.getSession(sessionId);
  return s!.prediction.recommendation.kind;
}

async function scenario() {
  const store = new InMemoryDecisionLogStore();
  peekStore = store;
  const clock = fakeClock('2026-05-05T08:00:00Z');
  const service = new DecisionService({
    store,
    model: new ActiveModel(model),
    authority: () => 'nav',
    clock,
    newId: sequentialIds(),
  });
  const rand = seededRandom(42);
  // 40 decisions, 4–8 seconds each, always decides as the model recommends, although before the
  // prediction they leaned the other way in every other case; never opens the explanation.
  const autopilot = Array.from({ length: 40 }, (_, i) => ({
    seconds: 4 + rand() * 4,
    openExplanation: false,
    follow: true,
    leaning: i % 2 === 0 ? ('against' as const) : ('final' as const),
  }));
  // 40 decisions, 3–12 minutes each, overrides every fourth, opens the explanation four times in five, decides as they leaned.
  const careful = Array.from({ length: 40 }, (_, i) => ({
    seconds: 180 + rand() * 540,
    openExplanation: i % 5 !== 0,
    follow: i % 4 !== 3,
    leaning: 'final' as const,
  }));
  // 40 decisions in four periods: agreement 7, 10, 10, 10 of 10 while time falls from ~5 minutes to ~15 seconds; no leaning recorded.
  const agreeing = [7, 10, 10, 10];
  const seconds = [300, 180, 60, 15];
  const drifting = Array.from({ length: 40 }, (_, i) => {
    const w = Math.floor(i / 10);
    return {
      seconds: seconds[w]! * (0.9 + rand() * 0.2),
      openExplanation: w < 2,
      follow: i % 10 < agreeing[w]!,
      leaning: 'undecided' as const,
    };
  });
  const autoIds = await simulate(service, clock, autopilotCounselor, autopilot, 0);
  const carefulIds = await simulate(service, clock, carefulCounselor, careful, 2);
  await simulate(service, clock, driftingCounselor, drifting, 4);
  return { store, clock, service, autoIds, carefulIds };
}

describe('oversight monitor (acceptance 3; issue 17: deference, not summons)', () => {
  it('flags the counselor who agrees 100 % in a few seconds per case, and shows the evidence', async () => {
    const { service } = await scenario();
    const report = await service.monitorReport(admin);
    const auto = report.counselors.find((c) => c.counselorId === 'c-auto')!;
    expect(auto.stats.decisions).toBe(40);
    expect(auto.stats.agreementRate).toBe(1);
    expect(auto.stats.time!.medianSeconds).toBeLessThan(10);
    expect(auto.stats.explanationOpenedRate).toBe(0);
    expect(auto.stats.switchRate).toBe(1);
    expect(auto.stats.switchOpportunities).toBe(20);
    expect(auto.autopilot).toBe(true);
    const warning = auto.warnings.find((w) => w.kind === 'agreement-with-switching');
    expect(warning).toBeDefined();
    expect(warning!.evidence).toMatchObject({
      decisionsConsidered: 30,
      agreementRate: 1,
      threshold: 0.95,
      switchRate: 1,
      switchOpportunities: 15,
      explanationOpenedRate: 0,
      overrides: 0,
    });
    expect(warning!.evidence.medianSeconds).toBeLessThan(10);
    expect(warning!.message).toMatch(
      /^Mulig «autopilot»: Auto Pilot har fulgt modellens anbefaling i 100 % av de siste 30 beslutningene/,
    );
    expect(warning!.message).toMatch(/artikkel 22/);
    expect(report.warnings).toContainEqual(warning);
  });

  it('does not flag the counselor who deliberates and overrides sometimes', async () => {
    const { service } = await scenario();
    const report = await service.monitorReport(admin);
    const careful = report.counselors.find((c) => c.counselorId === 'c-care')!;
    expect(careful.warnings).toEqual([]);
    expect(careful.autopilot).toBe(false);
    expect(careful.stats.agreementRate).toBe(0.75);
    expect(careful.stats.switchRate).toBe(0);
    expect(careful.stats.overrides.total).toBe(10);
    expect(
      careful.stats.overrides.summonWhereModelImpliedNotNeeded +
        careful.stats.overrides.notNeededWhereModelImpliedSummon,
    ).toBe(10);
    expect(careful.stats.time!.medianSeconds).toBeGreaterThan(180);
    expect(careful.stats.explanationOpenedRate).toBe(0.8);
    expect(careful.stats.reasons.DOKUMENTERT_TILTAK_FRISKMELDING).toBe(careful.stats.notNeeded);
    expect(careful.stats.ownAssessment).toMatchObject({
      recordedRate: 1,
      beforePredictionRate: 1,
      leaningMatchedFinalRate: 1,
      changedRate: 0,
    });
  });

  it('flags high agreement while time per decision falls, with the windows as evidence', async () => {
    const { service } = await scenario();
    const report = await service.monitorReport(admin);
    const drift = report.counselors.find((c) => c.counselorId === 'c-drift')!;
    expect(drift.warnings.map((w) => w.kind)).toEqual(['agreement-with-falling-time']);
    const w = drift.warnings[0]!;
    expect(w.evidence.windows!.map((x) => x.agreementRate)).toEqual([0.7, 1, 1, 1]);
    expect(w.evidence.windows![0]!.medianSeconds).toBeGreaterThan(250);
    expect(w.evidence.windows![3]!.medianSeconds).toBeLessThan(20);
    expect(w.message).toMatch(/har falt fra 5 minutter til 15 sekunder/);
  });

  it('does not flag summoning everyone (the legal main rule), even quickly and without opening the explanation', async () => {
    const store = new InMemoryDecisionLogStore();
    peekStore = store;
    const clock = fakeClock('2026-05-05T08:00:00Z');
    const service = new DecisionService({
      store,
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      newId: sequentialIds(),
    });
    const rand = seededRandom(7);
    const steps = Array.from({ length: 40 }, () => ({
      seconds: 30 + rand() * 30,
      openExplanation: false,
      follow: true,
      leaning: 'final' as const,
    }));
    const ids = await simulate(service, clock, summonAllCounselor, steps, 1, () => 'summon');
    expect(ids.some((x) => x.recommended === 'notNeeded')).toBe(true);
    const report = await service.monitorReport(admin);
    const c = report.counselors[0]!;
    expect(c.stats.summons).toBe(40);
    expect(c.stats.agreementRate!).toBeLessThan(0.95);
    expect(c.stats.switchRate).toBe(0);
    expect(c.autopilot).toBe(false);
  });

  it('reports agreement by risk band and overall', async () => {
    const { service } = await scenario();
    const report = await service.monitorReport(admin);
    expect(report.overall.decisions).toBe(120);
    expect(report.modelVersions).toEqual([model.modelVersion]);
    const bands = report.overall.byRiskBand;
    expect(bands.low.n + bands.medium.n + bands.high.n).toBe(120);
    for (const band of Object.values(bands)) if (band.n > 0) expect(band.agreementRate).toBeGreaterThan(0);
  });

  it('uses the thresholds from settings', async () => {
    const { store } = await scenario();
    const records = await store.listDecisions();
    const strict = buildMonitorReport(records, [], { ...DEFAULT_MONITOR_SETTINGS, minDecisions: 50 });
    expect(strict.warnings).toEqual([]);
    const noSwitchWarning = buildMonitorReport(records, [], {
      ...DEFAULT_MONITOR_SETTINGS,
      switchRateThreshold: 1,
      minSwitchOpportunities: 16,
    });
    expect(noSwitchWarning.counselors.find((c) => c.counselorId === 'c-auto')!.warnings).toEqual([]);
    // Agreement alone never warns: even at a lax 70 % the careful counselor (no switching, steady time) is not flagged.
    const lax = buildMonitorReport(records, [], { ...DEFAULT_MONITOR_SETTINGS, agreementThreshold: 0.7 });
    expect(lax.counselors.find((c) => c.counselorId === 'c-care')!.warnings).toEqual([]);
    expect(() => monitorSettingsSchema.parse({ ...DEFAULT_MONITOR_SETTINGS, agreementThreshold: 1.5 })).toThrow();
  });

  it('compares the model alone with the decisions once outcomes are recorded', async () => {
    const { store, service, autoIds, carefulIds } = await scenario();
    const careful: Principal = carefulCounselor;
    const auto: Principal = autopilotCounselor;
    // The careful counselor was right every time (their overrides included).
    for (const x of carefulIds)
      await service.recordOutcome(careful, x.id, { stillOnLeaveAtWeek26: x.decided === 'summon' });
    // The autopilot's decisions (= the model's recommendations) were right in half the cases.
    for (const [i, x] of autoIds.entries())
      await service.recordOutcome(auto, x.id, { stillOnLeaveAtWeek26: (x.decided === 'summon') === (i % 2 === 0) });
    const report = buildMonitorReport(await store.listDecisions(), await store.listOutcomes());
    const c = report.counselors.find((x) => x.counselorId === 'c-care')!.stats.outcomes!;
    expect(c.n).toBe(40);
    expect(c.decisions.accuracy).toBe(1);
    expect(c.model.accuracy).toBe(0.75);
    expect(c.model.brierScore).toBeGreaterThan(0);
    expect(c.model.calibration.reduce((s, b) => s + b.n, 0)).toBe(40);
    const a = report.counselors.find((x) => x.counselorId === 'c-auto')!.stats.outcomes!;
    expect(a.decisions.accuracy).toBe(0.5);
    expect(a.model.accuracy).toBe(0.5);
    expect(report.overall.outcomes!.n).toBe(80);
  });

  it('lets only an admin see everyone; a counselor sees only their own decisions when policy allows', async () => {
    const { store, clock } = await scenario();
    const closed = new DecisionService({ store, model: new ActiveModel(model), authority: () => 'nav', clock });
    await expect(closed.monitorReport(carefulCounselor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(closed.monitorReport(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const open = new DecisionService({
      store,
      model: new ActiveModel(model),
      authority: () => 'nav',
      clock,
      monitorAccess: () => 'admin-and-own-counselor',
    });
    const own = await open.monitorReport(carefulCounselor);
    expect(own.counselors.map((c) => c.counselorId)).toEqual(['c-care']);
  });

  it('exports a DPIA report as JSON and readable Norwegian markdown, with counselors pseudonymised', async () => {
    const { service } = await scenario();
    await expect(service.dpiaReport(carefulCounselor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { json, markdown, markdownNn } = await service.dpiaReport(admin);
    expect(json.kind).toBe('inkludmi-decision-support-dpia');
    expect(json.model.modelVersion).toBe(model.modelVersion);
    expect(json.model.builtFrom).toBe('published-aggregates');
    expect(json.period.from).toMatch(/^2026-05-05T/);
    expect(json.period.to! > json.period.from!).toBe(true);
    expect(json.humanOversight).toMatchObject({
      cognitiveForcing: true,
      summonRequiresExplicitConfirmation: true,
      retentionMinimumMonths: 6,
      localTrainingEnabled: false,
    });
    expect(json.monitor.counselors.map((c) => c.label)).toEqual(['Veileder 1', 'Veileder 2', 'Veileder 3']);
    expect(json.monitor.warnings.length).toBe(2);
    expect(JSON.stringify(json)).not.toMatch(/Auto Pilot|Grundig Veileder|Glir Veileder|c-auto/);
    expect(markdown).toMatch(
      /^# Beslutningsstøtte for dialogmøte 2 – rapport til personvernkonsekvensvurdering \(DPIA\)/,
    );
    expect(markdown).toContain('Mulig «autopilot»: Veileder 1 har fulgt modellens anbefaling i 100 %');
    expect(markdown).toContain('SYNTETISK');
    expect(markdown).toContain('folketrygdloven § 8-7 a');
    expect(markdown).not.toMatch(/Auto Pilot|participant-/);
    // The same report in nynorsk (issue 17, acceptance 4): the same figures, nynorsk words.
    expect(markdownNn).toMatch(
      /^# Avgjerdsstøtte for dialogmøte 2 – rapport til personvernkonsekvensvurdering \(DPIA\)/,
    );
    expect(markdownNn).toContain('Mogleg «autopilot»: Rettleiar 1 har følgt tilrådinga frå modellen i 100 %');
    expect(markdownNn).toContain('folketrygdlova § 8-7 a');
    expect(markdownNn).toContain(model.intendedUseNn!);
    const prose = (md: string) => md.replace(/https?:\/\/\S+/g, '').replace(/«[^»]*»/g, '');
    expect(prose(markdownNn)).not.toMatch(
      /\b(ikke|beslutningen|beslutninger|veileder|veilederen|sykmeldt|antakelser|Kilder)\b/i,
    );
    const figures = (md: string) => [...md.matchAll(/\d+(?:[ ,.]\d+)*/g)].map((m) => m[0]).sort();
    expect(figures(markdownNn)).toEqual(figures(markdown));
    expect(markdownNn).not.toMatch(/Auto Pilot|participant-/);
    const named = buildDpiaReport(await service.monitorReport(admin), model, {
      policy: { cognitiveForcing: true, allowBeforeDue: false },
      includeCounselorNames: true,
    });
    expect(renderDpiaMarkdown(named)).toContain('Auto Pilot');
  });
});
