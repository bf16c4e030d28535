import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '../auth/types.js';
import { caseTiming, covariatesOf, createCase, systemClock, type CaseTiming, type Clock, type DecisionCase } from './case.js';
import {
  DEFAULT_DECISION_POLICY,
  cancelSummon,
  confirmSummon,
  decideNotNeeded,
  openExplanation,
  openSession,
  proposeSummon,
  recordOwnAssessment,
  requireCounselor,
  showPrediction,
  viewCalibration,
  viewOf,
  type DecisionKind,
  type DecisionPolicy,
  type DecisionSession,
  type NotNeededReason,
  type SessionView,
} from './decision.js';
import { DecisionError } from './errors.js';
import { FeatureUnavailableError, type FeatureState } from '../settings/service.js';
import { parseModelFile, predict, type ActiveModel, type ModelImportResult, type SurvivalModel } from './model.js';
import { DEFAULT_MONITOR_SETTINGS, buildMonitorReport, type MonitorReport, type MonitorSettings } from './monitor.js';
import { buildDpiaReport, renderDpiaMarkdown, type DpiaReport } from './report.js';
import type { DecisionLogStore, OutcomeRecord } from './store.js';

/**
 * The decision-support service: the one place the API procedures call. Every method takes the
 * principal from the dispatcher and enforces the rules itself as well (defence in depth):
 * decisions and assessments only by a logged-in counselor; model import and the DPIA report only by
 * an admin; the oversight monitor by an admin, and by a counselor for their own decisions when
 * policy allows.
 */

/** Who may see the oversight monitor (a policy setting). */
export const MONITOR_ACCESS = ['admin', 'admin-and-own-counselor'] as const;
export type MonitorAccess = (typeof MONITOR_ACCESS)[number];

export interface DecisionServiceDeps {
  store: DecisionLogStore;
  model: ActiveModel;
  clock?: Clock;
  policy?: () => DecisionPolicy;
  monitorSettings?: () => MonitorSettings;
  monitorAccess?: () => MonitorAccess;
  newId?: () => string;
  /** Whether a counselor may work on a case (tjenstlig behov). Default: the counselor who created it. */
  canAccessCase?: (principal: Principal, decisionCase: DecisionCase) => boolean | Promise<boolean>;
  /**
   * Why decision support may not run for this person now (an objection of theirs stands, or the
   * purpose has lost its legal basis), or null. Asked at EVERY step of a case, not only when it is
   * created: an objection registered halfway stops the next step. Default: never stopped.
   */
  purposeRefusal?: (participantRef: string) => PurposeRefusal | null;
}

/** A stop from the legal-basis register (core/privacy), as settings.featureState gives it. */
export interface PurposeRefusal {
  reason: Exclude<FeatureState['reason'], 'ENABLED'>;
  message: string;
}

export interface CaseSummary {
  case: DecisionCase;
  timing: CaseTiming;
  decided: boolean;
  /** The recorded decision, when there is one: for the case list, and to print or copy the information text again later. */
  decision: { kind: DecisionKind; decidedAt: string; counselorName: string; reasonCode: NotNeededReason | null; informationText: string | null } | null;
  /** The outcome at week 26, when recorded (for oversight of the model). */
  outcome: { stillOnLeaveAtWeek26: boolean; recordedAt: string } | null;
  /** Why no step of this case can be taken now (the person has objected), or null. */
  stopped: PurposeRefusal | null;
}

export const outcomeInputSchema = z.object({ stillOnLeaveAtWeek26: z.boolean({ error: 'Oppgi om personen fortsatt var sykmeldt ved uke 26.' }) }).strict();

export interface LocalTrainingStatus {
  enabled: false;
  canBeEnabled: boolean;
  explanation: string;
}

/**
 * Training on local data is off. It can only be considered when the legal-basis register records
 * a basis for DEVELOPMENT (separate from the basis for use). This core never trains anything.
 */
export function localTrainingStatus(developmentLegalBasisRecorded: boolean): LocalTrainingStatus {
  return {
    enabled: false,
    canBeEnabled: developmentLegalBasisRecorded,
    explanation: developmentLegalBasisRecorded
      ? 'Et rettsgrunnlag for utvikling er registrert. Trening på lokale data er likevel ikke en del av denne versjonen av InkludMI; en ny modell må lages av den behandlingsansvarlige og importeres som modellfil.'
      : 'Trening på lokale data er slått av. Å utvikle (trene) en modell på personopplysninger er et eget formål som krever eget rettsgrunnlag, atskilt fra grunnlaget for å bruke modellen. Det må først registreres i rettsgrunnlagsregisteret, og de registrerte må informeres.',
  };
}

export class DecisionService {
  readonly #store: DecisionLogStore;
  readonly #model: ActiveModel;
  #imported: Promise<void> | null = null;
  readonly #clock: Clock;
  readonly #policy: () => DecisionPolicy;
  readonly #monitorSettings: () => MonitorSettings;
  readonly #monitorAccess: () => MonitorAccess;
  readonly #newId: () => string;
  readonly #canAccess: NonNullable<DecisionServiceDeps['canAccessCase']>;
  readonly #refusal: NonNullable<DecisionServiceDeps['purposeRefusal']>;

  constructor(deps: DecisionServiceDeps) {
    this.#store = deps.store;
    this.#model = deps.model;
    this.#clock = deps.clock ?? systemClock;
    this.#policy = deps.policy ?? (() => DEFAULT_DECISION_POLICY);
    this.#monitorSettings = deps.monitorSettings ?? (() => DEFAULT_MONITOR_SETTINGS);
    this.#monitorAccess = deps.monitorAccess ?? (() => 'admin');
    this.#newId = deps.newId ?? randomUUID;
    this.#canAccess = deps.canAccessCase ?? ((p, c) => c.createdBy === p.userId);
    this.#refusal = deps.purposeRefusal ?? (() => null);
  }

  /**
   * The active model: the newest file an admin imported (kept in the encrypted store), else the
   * bundled baseline. Read from the store once per unlock.
   */
  async currentModel(): Promise<SurvivalModel> {
    this.#imported ??= this.#loadImported().catch((err: unknown) => {
      this.#imported = null;
      throw err;
    });
    await this.#imported;
    return this.#model.current;
  }

  async #loadImported(): Promise<void> {
    const file = await this.#store.latestModelFile();
    // A file that no longer validates (a stricter app version) leaves the baseline active; the
    // model page shows which version is active, and the admin can import again.
    if (file) this.#model.import(file.content);
  }

  /** When the store locks: forget what was read from it (the next unlock reads it again). */
  forgetStoredModel(): void {
    this.#model.reset();
    this.#imported = null;
  }

  async createCase(principal: Principal | null | undefined, participantRef: string, input: unknown): Promise<DecisionCase> {
    requireCounselor(principal);
    if (typeof participantRef !== 'string' || participantRef.length === 0) throw new DecisionError('INVALID_INPUT', 'Saken må høre til en deltaker.');
    const c = createCase(input, { id: this.#newId(), participantRef, createdBy: principal.userId, now: this.#clock() });
    this.#assertNotStopped(c);
    await this.#store.saveCase(c);
    return c;
  }

  async listCases(principal: Principal | null | undefined): Promise<CaseSummary[]> {
    requireCounselor(principal);
    const cases = await this.#store.listCases();
    const decisions = new Map(
      (await this.#store.listDecisions()).map(
        (d) => [d.caseId, { kind: d.decision, decidedAt: d.decidedAt, counselorName: d.counselorName, reasonCode: d.reasonCode, informationText: d.informationText }] as const,
      ),
    );
    const outcomes = new Map((await this.#store.listOutcomes()).map((o) => [o.caseId, { stillOnLeaveAtWeek26: o.stillOnLeaveAtWeek26, recordedAt: o.recordedAt }] as const));
    const visible: CaseSummary[] = [];
    for (const c of cases) {
      if (!(await this.#canAccess(principal, c))) continue;
      const decision = decisions.get(c.id) ?? null;
      visible.push({ case: c, timing: caseTiming(c, this.#clock), decided: decision !== null, decision, outcome: outcomes.get(c.id) ?? null, stopped: this.#refusal(c.participantRef) });
    }
    return visible.sort((a, b) => a.timing.dueDate.localeCompare(b.timing.dueDate));
  }

  async #caseFor(principal: Principal, caseId: string): Promise<DecisionCase> {
    const c = await this.#store.getCase(caseId);
    if (!c) throw new DecisionError('NOT_FOUND');
    if (!(await this.#canAccess(principal, c))) throw new DecisionError('NOT_COUNSELOR', 'Du har ikke tilgang til denne saken.');
    this.#assertNotStopped(c);
    return c;
  }

  /** Every step of a case goes through here: nothing is shown or recorded for a person who has objected. */
  #assertNotStopped(c: DecisionCase): void {
    const stop = this.#refusal(c.participantRef);
    if (stop) throw new FeatureUnavailableError('FORBIDDEN', stop.message, stop.reason);
  }

  async openSession(principal: Principal | null | undefined, caseId: string): Promise<SessionView> {
    requireCounselor(principal);
    const c = await this.#caseFor(principal, caseId);
    if ((await this.#store.listDecisions()).some((d) => d.caseId === c.id)) throw new DecisionError('ALREADY_DECIDED');
    const model = await this.currentModel();
    const session = openSession(principal, { id: this.#newId(), decisionCase: c, prediction: predict(model, covariatesOf(c), model.defaultAsOfWeek), policy: this.#policy(), clock: this.#clock });
    await this.#store.saveSession(session);
    return viewOf(session);
  }

  async #session(principal: Principal | null | undefined, sessionId: string): Promise<DecisionSession> {
    requireCounselor(principal);
    const s = await this.#store.getSession(sessionId);
    if (!s) throw new DecisionError('NOT_FOUND');
    return s;
  }

  async #apply(principal: Principal | null | undefined, sessionId: string, step: (s: DecisionSession, c: DecisionCase) => DecisionSession): Promise<SessionView> {
    const s = await this.#session(principal, sessionId);
    const c = await this.#caseFor(principal as Principal, s.caseId);
    const next = step(s, c);
    if (next.decision && !s.decision) await this.#store.appendDecision(next.decision);
    await this.#store.saveSession(next);
    return viewOf(next);
  }

  recordOwnAssessment(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => recordOwnAssessment(s, principal, input, this.#clock));
  }

  showPrediction(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => showPrediction(s, principal, this.#clock));
  }

  openExplanation(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => openExplanation(s, principal, this.#clock));
  }

  async viewCalibration(principal: Principal | null | undefined, sessionId: string): Promise<{ view: SessionView; calibration: SurvivalModel['calibration'] }> {
    const view = await this.#apply(principal, sessionId, (s) => viewCalibration(s, principal, this.#clock));
    return { view, calibration: (await this.currentModel()).calibration };
  }

  proposeSummon(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => proposeSummon(s, principal, input, this.#clock));
  }

  cancelSummon(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => cancelSummon(s, principal));
  }

  confirmSummon(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s, c) => confirmSummon(s, principal, input, { recordId: this.#newId(), decisionCase: c, clock: this.#clock }));
  }

  decideNotNeeded(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s, c) => decideNotNeeded(s, principal, input, { recordId: this.#newId(), decisionCase: c, clock: this.#clock }));
  }

  async recordOutcome(principal: Principal | null | undefined, caseId: string, input: unknown): Promise<OutcomeRecord> {
    requireCounselor(principal);
    await this.#caseFor(principal, caseId);
    const parsed = outcomeInputSchema.safeParse(input);
    if (!parsed.success) throw new DecisionError('INVALID_INPUT', undefined, parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
    const outcome: OutcomeRecord = { caseId, stillOnLeaveAtWeek26: parsed.data.stillOnLeaveAtWeek26, recordedAt: this.#clock().toISOString(), recordedBy: principal.userId };
    await this.#store.recordOutcome(outcome);
    return outcome;
  }

  /** Admin: everyone. Counselor: only their own decisions, and only if policy allows. */
  async monitorReport(principal: Principal | null | undefined): Promise<MonitorReport> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    const access = this.#monitorAccess();
    let counselorId: string | undefined;
    if (principal.role === 'admin') counselorId = undefined;
    else if (principal.role === 'counselor' && access === 'admin-and-own-counselor') counselorId = principal.userId;
    else throw new DecisionError('NOT_COUNSELOR', 'Du har ikke tilgang til tilsynsoversikten.');
    const records = await this.#store.listDecisions(counselorId ? { counselorId } : {});
    return buildMonitorReport(records, await this.#store.listOutcomes(), this.#monitorSettings(), this.#clock());
  }

  async dpiaReport(principal: Principal | null | undefined, options: { includeCounselorNames?: boolean } = {}): Promise<{ json: DpiaReport; markdown: string }> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    if (principal.role !== 'admin') throw new DecisionError('NOT_COUNSELOR', 'Bare administrator kan hente rapporten til personvernkonsekvensvurderingen.');
    const monitor = buildMonitorReport(await this.#store.listDecisions(), await this.#store.listOutcomes(), this.#monitorSettings(), this.#clock());
    const json = buildDpiaReport(monitor, await this.currentModel(), { policy: this.#policy(), includeCounselorNames: options.includeCounselorNames ?? false });
    return { json, markdown: renderDpiaMarkdown(json) };
  }

  /**
   * Admin imports a replacement model file; a bad file is refused and the active model kept. A
   * good one is kept in the store first, so it stays active after a restart.
   */
  async importModel(principal: Principal | null | undefined, content: string | unknown): Promise<ModelImportResult> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    if (principal.role !== 'admin') throw new DecisionError('NOT_COUNSELOR', 'Bare administrator kan importere en modellfil.');
    const active = await this.currentModel();
    const parsed = parseModelFile(content);
    if (!parsed.ok) return { ok: false, error: parsed.error, activeVersion: active.modelVersion };
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    await this.#store.saveModelFile({ modelVersion: parsed.model.modelVersion, content: text, importedAt: this.#clock().toISOString(), importedBy: principal.userId });
    return this.#model.import(text);
  }
}
