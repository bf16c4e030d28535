import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/index.js';
import { caseTiming, covariatesOf, createCase, systemClock, type Clock, type DecisionCase } from './case.js';
import {
  DEFAULT_DECISION_POLICY,
  letterHandoverInputSchema,
  outcomeInputSchema,
  parseOrThrow,
  type DecisionAuthority,
  type DecisionPolicy,
} from './decisionInput.js';
import {
  cancelSummon,
  completeAssessmentForNav,
  confirmSummon,
  decideNotNeeded,
  openExplanation,
  openSession,
  proposeSummon,
  recordOwnAssessment,
  requireCounselor,
  showPrediction,
  viewCalibration,
} from './decision.js';
import { viewOf, type SessionView } from './sessionView.js';
import type { DecisionSession } from './record.js';
import { DecisionError } from './errors.js';
import { FeatureUnavailableError } from '../settings/index.js';
import {
  parseModelFile,
  predict,
  type ActiveModel,
  type ModelFileLanguage,
  type ModelImportResult,
  type SurvivalModel,
} from './model.js';
import { DEFAULT_MONITOR_SETTINGS, buildMonitorReport, type MonitorReport, type MonitorSettings } from './monitor.js';
import { buildDpiaReport, renderDpiaMarkdown, type DpiaReport } from './report.js';
import type { DecisionLogStore, LetterHandover, OutcomeRecord } from './store.js';
import { decisionSummaryOf, type CaseSummary, type PurposeRefusal } from './caseSummary.js';
import { calibrationOnRecordedOutcomes, type CalibrationView } from './calibrationView.js';

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
  /**
   * Who decides, from the organisation's role in the legal-basis register (read at each new
   * session). Default: an assessment for NAV (fails closed: no decision without a recorded role).
   */
  authority?: () => DecisionAuthority;
  /**
   * Whether a basis for DEVELOPMENT of models is recorded for the controller named in a model file.
   * Default: none recorded (a controller-trained model is refused).
   */
  developmentBasisFor?: (controllerName: string) => boolean;
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
  readonly #authority: () => DecisionAuthority;
  readonly #developmentBasisFor: (controllerName: string) => boolean;

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
    this.#authority = deps.authority ?? (() => 'assessment-for-nav');
    this.#developmentBasisFor = deps.developmentBasisFor ?? (() => false);
  }

  /** Who decides in this organisation now (for the screens: decision or assessment for NAV). */
  authority(): DecisionAuthority {
    return this.#authority();
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

  async createCase(
    principal: Principal | null | undefined,
    participantRef: string,
    input: unknown,
  ): Promise<DecisionCase> {
    requireCounselor(principal);
    if (typeof participantRef !== 'string' || participantRef.length === 0)
      throw new DecisionError('INVALID_INPUT', 'Saken må høre til en deltaker.');
    const c = createCase(input, { id: this.#newId(), participantRef, createdBy: principal.userId, now: this.#clock() });
    this.#assertNotStopped(c);
    await this.#store.saveCase(c);
    return c;
  }

  async listCases(principal: Principal | null | undefined): Promise<CaseSummary[]> {
    requireCounselor(principal);
    const cases = await this.#store.listCases();
    const decisions = new Map(
      (await this.#store.listDecisions()).map((d) => [d.caseId, decisionSummaryOf(d)] as const),
    );
    const outcomes = new Map(
      (await this.#store.listOutcomes()).map(
        (o) => [o.caseId, { stillOnLeaveAtWeek26: o.stillOnLeaveAtWeek26, recordedAt: o.recordedAt }] as const,
      ),
    );
    const handovers = await this.#store.listLetterHandovers();
    const visible: CaseSummary[] = [];
    for (const c of cases) {
      if (!(await this.#canAccess(principal, c))) continue;
      const decision = decisions.get(c.id) ?? null;
      visible.push({
        case: c,
        timing: caseTiming(c, this.#clock),
        decided: decision !== null,
        decision,
        letterHandovers: handovers.filter((h) => h.caseId === c.id),
        outcome: outcomes.get(c.id) ?? null,
        stopped: this.#refusal(c.participantRef),
        authority: this.#authority(),
      });
    }
    return visible.sort((a, b) => a.timing.dueDate.localeCompare(b.timing.dueDate));
  }

  async #caseFor(principal: Principal, caseId: string): Promise<DecisionCase> {
    const c = await this.#store.getCase(caseId);
    if (!c) throw new DecisionError('NOT_FOUND');
    if (!(await this.#canAccess(principal, c))) throw new DecisionError('NO_CASE_ACCESS');
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
    // Cognitive forcing holds per CASE, not per window: once a session of this case exists, reopening
    // the case (a second window, another transport) resumes it, so an own assessment recorded or
    // locked by a shown prediction cannot be replaced by a fresh form.
    const earlier = await this.#store.latestSessionForCase(c.id);
    if (earlier && !earlier.decision) {
      if (earlier.counselorId === principal.userId) return viewOf(earlier);
      if (earlier.predictionShownAt) {
        // Another counselor takes over a case whose prediction has been shown: the shown prediction
        // and the own assessment as it stood stay; no new "before the prediction" assessment.
        const takeover: DecisionSession = {
          ...earlier,
          id: this.#newId(),
          counselorId: principal.userId,
          counselorName: principal.displayName,
          openedAt: this.#clock().toISOString(),
        };
        await this.#store.saveSession(takeover);
        return viewOf(takeover);
      }
    }
    const model = await this.currentModel();
    const policy = this.#policy();
    const prediction = predict(model, covariatesOf(c), model.defaultAsOfWeek, {
      notNeededBelow: policy.recommendNotNeededBelow,
    });
    const session = openSession(principal, {
      id: this.#newId(),
      decisionCase: c,
      prediction,
      policy,
      clock: this.#clock,
      authority: this.#authority(),
    });
    await this.#store.saveSession(session);
    return viewOf(session);
  }

  async #session(principal: Principal | null | undefined, sessionId: string): Promise<DecisionSession> {
    requireCounselor(principal);
    const s = await this.#store.getSession(sessionId);
    if (!s) throw new DecisionError('NOT_FOUND');
    return s;
  }

  async #apply(
    principal: Principal | null | undefined,
    sessionId: string,
    step: (s: DecisionSession, c: DecisionCase) => DecisionSession,
  ): Promise<SessionView> {
    const s = await this.#session(principal, sessionId);
    const c = await this.#caseFor(principal as Principal, s.caseId);
    const next = step(s, c);
    if (next.decision && !s.decision) await this.#store.appendDecision(next.decision);
    await this.#store.saveSession(next);
    return viewOf(next);
  }

  recordOwnAssessment(
    principal: Principal | null | undefined,
    sessionId: string,
    input: unknown,
  ): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => recordOwnAssessment(s, principal, input, this.#clock));
  }

  showPrediction(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => showPrediction(s, principal, this.#clock));
  }

  openExplanation(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => openExplanation(s, principal, this.#clock));
  }

  async viewCalibration(
    principal: Principal | null | undefined,
    sessionId: string,
  ): Promise<{ view: SessionView } & CalibrationView> {
    const view = await this.#apply(principal, sessionId, (s) => viewCalibration(s, principal, this.#clock));
    return { view, ...(await this.calibrationView()) };
  }

  /** Calibration as the screens show it: synthetic until enough outcomes are recorded (calibrationView.ts). */
  async calibrationView(): Promise<CalibrationView> {
    return calibrationOnRecordedOutcomes(
      await this.currentModel(),
      await this.#store.listDecisions(),
      await this.#store.listOutcomes(),
    );
  }

  proposeSummon(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => proposeSummon(s, principal, input, this.#clock));
  }

  cancelSummon(principal: Principal | null | undefined, sessionId: string): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s) => cancelSummon(s, principal));
  }

  confirmSummon(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s, c) =>
      confirmSummon(s, principal, input, { recordId: this.#newId(), decisionCase: c, clock: this.#clock }),
    );
  }

  decideNotNeeded(principal: Principal | null | undefined, sessionId: string, input: unknown): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s, c) =>
      decideNotNeeded(s, principal, input, { recordId: this.#newId(), decisionCase: c, clock: this.#clock }),
    );
  }

  completeAssessmentForNav(
    principal: Principal | null | undefined,
    sessionId: string,
    input: unknown,
  ): Promise<SessionView> {
    return this.#apply(principal, sessionId, (s, c) =>
      completeAssessmentForNav(s, principal, input, { recordId: this.#newId(), decisionCase: c, clock: this.#clock }),
    );
  }

  async recordOutcome(principal: Principal | null | undefined, caseId: string, input: unknown): Promise<OutcomeRecord> {
    requireCounselor(principal);
    await this.#caseFor(principal, caseId);
    const parsed = parseOrThrow(outcomeInputSchema, input);
    const outcome: OutcomeRecord = {
      caseId,
      stillOnLeaveAtWeek26: parsed.stillOnLeaveAtWeek26,
      recordedAt: this.#clock().toISOString(),
      recordedBy: principal.userId,
    };
    await this.#store.recordOutcome(outcome);
    return outcome;
  }

  /**
   * Records that the "not needed" letter was handed over to the person (issue 17): in which written
   * standard and how. InkludMI sends nothing itself; this records what the counselor did. Only for
   * a recorded NAV decision that a meeting is not needed (an assessment for NAV has no letter).
   */
  async recordLetterHandover(
    principal: Principal | null | undefined,
    caseId: string,
    input: unknown,
  ): Promise<LetterHandover> {
    requireCounselor(principal);
    await this.#caseFor(principal, caseId);
    const parsed = parseOrThrow(letterHandoverInputSchema, input);
    const record = (await this.#store.listDecisions()).find((d) => d.caseId === caseId);
    if (
      !record ||
      (record.kind ?? 'decision') !== 'decision' ||
      record.decision !== 'notNeeded' ||
      !record.informationText
    ) {
      throw new DecisionError('NO_LETTER');
    }
    const handover: LetterHandover = {
      id: this.#newId(),
      caseId,
      recordId: record.id,
      language: parsed.language,
      channel: parsed.channel,
      handedOverAt: this.#clock().toISOString(),
      recordedBy: principal.userId,
      recordedByName: principal.displayName,
    };
    await this.#store.recordLetterHandover(handover);
    return handover;
  }

  /** Admin: everyone. Counselor: only their own decisions, and only if policy allows. */
  async monitorReport(principal: Principal | null | undefined): Promise<MonitorReport> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    const access = this.#monitorAccess();
    let counselorId: string | undefined;
    if (principal.role === 'admin') counselorId = undefined;
    else if (principal.role === 'counselor' && access === 'admin-and-own-counselor') counselorId = principal.userId;
    else throw new DecisionError('NO_MONITOR_ACCESS');
    const records = await this.#store.listDecisions(counselorId ? { counselorId } : {});
    return buildMonitorReport(records, await this.#store.listOutcomes(), this.#monitorSettings(), this.#clock());
  }

  async dpiaReport(
    principal: Principal | null | undefined,
    options: { includeCounselorNames?: boolean } = {},
  ): Promise<{ json: DpiaReport; markdown: string; markdownNn: string }> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    if (principal.role !== 'admin')
      throw new DecisionError(
        'ADMIN_ONLY',
        'Bare administrator kan hente rapporten til personvernkonsekvensvurderingen.',
      );
    const monitor = buildMonitorReport(
      await this.#store.listDecisions(),
      await this.#store.listOutcomes(),
      this.#monitorSettings(),
      this.#clock(),
    );
    const json = buildDpiaReport(monitor, await this.currentModel(), {
      policy: this.#policy(),
      includeCounselorNames: options.includeCounselorNames ?? false,
    });
    return { json, markdown: renderDpiaMarkdown(json, 'nb'), markdownNn: renderDpiaMarkdown(json, 'nn') };
  }

  /**
   * Admin imports a replacement model file; a bad file is refused and the active model kept. A
   * good one is kept in the store first, so it stays active after a restart.
   */
  async importModel(
    principal: Principal | null | undefined,
    content: string | unknown,
    lang: ModelFileLanguage = 'nb',
  ): Promise<ModelImportResult> {
    if (!principal) throw new DecisionError('NO_PRINCIPAL', 'Du må være logget inn.');
    if (principal.role !== 'admin')
      throw new DecisionError('ADMIN_ONLY', 'Bare administrator kan importere en modellfil.');
    const active = await this.currentModel();
    const parsed = parseModelFile(content, lang);
    if (!parsed.ok) return { ok: false, error: parsed.error, activeVersion: active.modelVersion };
    // A model trained on personal data by a controller needs a recorded basis for DEVELOPMENT by that
    // controller (separate from the basis for use), named in the file's provenance.builtBy.
    if (
      parsed.model.provenance.builtFrom === 'controller-trained' &&
      !this.#developmentBasisFor(parsed.model.provenance.builtBy)
    ) {
      return { ok: false, error: new DecisionError('DEVELOPMENT_BASIS_MISSING'), activeVersion: active.modelVersion };
    }
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    await this.#store.saveModelFile({
      modelVersion: parsed.model.modelVersion,
      content: text,
      importedAt: this.#clock().toISOString(),
      importedBy: principal.userId,
    });
    return this.#model.import(text);
  }
}
