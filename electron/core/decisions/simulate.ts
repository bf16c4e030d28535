import type { Principal } from '../auth/index.js';
import type { DecisionKind } from './record.js';
import { ActiveModel, type SurvivalModel } from './model.js';
import { DEFAULT_MONITOR_SETTINGS, type MonitorSettings } from './monitor.js';
import { DecisionService } from './service.js';
import { InMemoryDecisionLogStore } from './store.js';
import { drawSyntheticCases, seededRandom } from './synthetic.js';

/**
 * Synthetic counselors with known habits, run through the REAL decision service (the state
 * machine with cognitive forcing, the decision log and the oversight monitor) on a throwaway
 * organisation held in memory. Used by `inkludmi decisions simulate` and its test, so it is
 * checked that the monitor flags deference and not summons. Nothing here is real data.
 *
 * The strategies (one counselor each):
 * - follow-model: records no leaning of their own ("undecided", "unsure"), then decides as the model
 *   recommends, faster and faster as the habit sets in.
 * - switch-to-model: forms an own view before the prediction, then decides as the model recommends
 *   whenever the two differ.
 * - always-summon: summons everyone (the legal main rule), own leaning "summon".
 * - own-judgement: forms an own view (knows things the model does not) and decides by it.
 */
export const SIMULATION_STRATEGIES = ['follow-model', 'switch-to-model', 'always-summon', 'own-judgement'] as const;
export type SimulationStrategy = (typeof SIMULATION_STRATEGIES)[number];

export interface SimulationOptions {
  model: SurvivalModel;
  strategies?: readonly SimulationStrategy[];
  /** Cases per counselor (default 60). */
  cases?: number;
  seed?: number;
  /** How often a counselor's own view of the person is right (default 0.75): they know the person, the model does not. */
  ownAccuracy?: number;
  monitorSettings?: MonitorSettings;
}

export interface SimulatedCounselorVerdict {
  strategy: SimulationStrategy;
  counselorId: string;
  decisions: number;
  autopilot: boolean;
  warnings: string[];
  agreement: number | null;
  switchRate: number | null;
  switchOpportunities: number;
  summonRate: number | null;
  medianSeconds: number | null;
  explanationOpenedRate: number | null;
}

export interface SimulationResult {
  modelVersion: string;
  casesPerCounselor: number;
  seed: number;
  counselors: SimulatedCounselorVerdict[];
}

const MINUTE = 60_000;

export async function simulateStrategies(options: SimulationOptions): Promise<SimulationResult> {
  const strategies = options.strategies ?? SIMULATION_STRATEGIES;
  const n = options.cases ?? 60;
  const seed = options.seed ?? 17;
  const ownAccuracy = options.ownAccuracy ?? 0.75;
  let now = Date.parse('2026-03-02T08:00:00Z');
  const clock = () => new Date(now);
  let ids = 0;
  const store = new InMemoryDecisionLogStore();
  const service = new DecisionService({
    store,
    model: new ActiveModel(options.model),
    clock,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    authority: () => 'nav',
    monitorSettings: () => options.monitorSettings ?? DEFAULT_MONITOR_SETTINGS,
  });
  const admin: Principal = {
    userId: 'sim-admin',
    role: 'admin',
    displayName: 'Simulert administrator',
    sessionId: 'sim-a',
    participantId: null,
  };
  const startDate = new Date(now - 130 * 86_400_000).toISOString().slice(0, 10);

  for (const [index, strategy] of strategies.entries()) {
    const counselor: Principal = {
      userId: `sim-${strategy}`,
      role: 'counselor',
      displayName: `Simulert veileder (${strategy})`,
      sessionId: `sim-s-${index}`,
      participantId: null,
    };
    const people = drawSyntheticCases(options.model, n, seed + index * 7919);
    const rand = seededRandom(seed * 31 + index);
    for (const [i, person] of people.entries()) {
      const c = await service.createCase(counselor, `sim-participant-${index}-${i}`, {
        ...person.covariates,
        startDate,
        counselorNotes: '',
      });
      const session = await service.openSession(counselor, c.id);
      // The counselor's own view: right with probability ownAccuracy.
      const believesStillOnLeave = rand() < ownAccuracy ? person.stillOnLeave : !person.stillOnLeave;
      const ownLeaning: DecisionKind = believesStillOnLeave ? 'summon' : 'notNeeded';
      const assessment =
        strategy === 'follow-model'
          ? { expectation: 'unsure', leaningTowards: 'undecided' }
          : strategy === 'always-summon'
            ? { expectation: believesStillOnLeave ? 'still-on-leave' : 'back-at-work', leaningTowards: 'summon' }
            : { expectation: believesStillOnLeave ? 'still-on-leave' : 'back-at-work', leaningTowards: ownLeaning };
      await service.recordOwnAssessment(counselor, session.id, assessment);
      const shown = await service.showPrediction(counselor, session.id);
      const recommended = shown.prediction!.recommendation.kind;
      if (rand() < (strategy === 'follow-model' ? 0.05 : 0.5)) await service.openExplanation(counselor, session.id);
      // Minutes spent: steady around 6 (±2), except follow-model, which speeds up from 6 to 1.
      const minutes =
        strategy === 'follow-model' ? Math.max(0.5, 6 - (5 * i) / Math.max(1, n - 1)) + rand() * 0.5 : 4 + rand() * 4;
      now += minutes * MINUTE;
      const final: DecisionKind =
        strategy === 'always-summon' ? 'summon' : strategy === 'own-judgement' ? ownLeaning : recommended;
      if (final === 'summon') {
        await service.proposeSummon(counselor, session.id, { justification: 'Simulert sak.' });
        await service.confirmSummon(counselor, session.id, { confirm: true });
      } else {
        await service.decideNotNeeded(counselor, session.id, {
          reasonCode: 'FORVENTET_FRISKMELDING_INNEN_28UKER',
          justification: 'Simulert sak: forventet tilbake i arbeid.',
        });
      }
      now += 60 * MINUTE;
    }
  }

  const report = await service.monitorReport(admin);
  return {
    modelVersion: options.model.modelVersion,
    casesPerCounselor: n,
    seed,
    counselors: strategies.map((strategy) => {
      const c = report.counselors.find((x) => x.counselorId === `sim-${strategy}`)!;
      return {
        strategy,
        counselorId: c.counselorId,
        decisions: c.stats.decisions,
        autopilot: c.autopilot,
        warnings: c.warnings.map((w) => w.kind),
        agreement: c.stats.agreementRate,
        switchRate: c.stats.switchRate,
        switchOpportunities: c.stats.switchOpportunities,
        summonRate: c.stats.decisions ? Math.round((c.stats.summons / c.stats.decisions) * 10000) / 10000 : null,
        medianSeconds: c.stats.time?.medianSeconds ?? null,
        explanationOpenedRate: c.stats.explanationOpenedRate,
      };
    }),
  };
}
