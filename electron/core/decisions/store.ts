import type { DecisionCase } from './case.js';
import type { DecisionRecord, DecisionSession } from './record.js';
import { DecisionError } from './errors.js';

/**
 * Storage for decision support, as an interface: the lead's SQLCipher repository implements it;
 * InMemoryDecisionLogStore implements it for tests and the host's demo mode. All methods are async
 * because the real store is. Decision records are APPEND-ONLY: there is no update or delete of a
 * single record, only the retention purge, which refuses to touch anything younger than the
 * minimum retention.
 */

/** Decision logs are kept at least six months (the issue and the settings' decisionCases minimum). */
export const DECISION_LOG_MIN_RETENTION_MONTHS = 6;
/** The same minimum in days (6 × 30.5, rounded up), for date arithmetic. */
export const DECISION_LOG_MIN_RETENTION_DAYS = 183;

/** The observed outcome of a case, when it becomes known (actual return to work or not by week 26). */
export interface OutcomeRecord {
  caseId: string;
  stillOnLeaveAtWeek26: boolean;
  recordedAt: string;
  recordedBy: string;
}

/** How the information letter reached the person (the organisation's own ways; InkludMI sends nothing). */
export const LETTER_HANDOVER_CHANNELS = ['printedAndGiven', 'givenInPerson', 'sentOwnChannel'] as const;
export type LetterHandoverChannel = (typeof LETTER_HANDOVER_CHANNELS)[number];

/** That the "not needed" letter was handed over: which decision, in which written standard, how and when (issue 17). */
export interface LetterHandover {
  id: string;
  caseId: string;
  /** The decision record whose letter this is. */
  recordId: string;
  language: 'nb' | 'nn';
  channel: LetterHandoverChannel;
  handedOverAt: string;
  recordedBy: string;
  recordedByName: string;
}

export interface DecisionFilter {
  counselorId?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
}

export interface DecisionLogStore {
  saveCase(c: DecisionCase): Promise<void>;
  getCase(id: string): Promise<DecisionCase | null>;
  listCases(filter?: { createdBy?: string }): Promise<DecisionCase[]>;
  /** Insert or replace the working state of a session (not the audit trail; that is the decision record). */
  saveSession(session: DecisionSession): Promise<void>;
  getSession(id: string): Promise<DecisionSession | null>;
  /** The most recently saved session of a case, or null. */
  latestSessionForCase(caseId: string): Promise<DecisionSession | null>;
  /** Append a decision; refuses a second decision for the same session or a duplicate id (CONFLICT). */
  appendDecision(record: DecisionRecord): Promise<void>;
  listDecisions(filter?: DecisionFilter): Promise<DecisionRecord[]>;
  /** Insert or replace the outcome of a case. */
  recordOutcome(outcome: OutcomeRecord): Promise<void>;
  listOutcomes(): Promise<OutcomeRecord[]>;
  /** Appends that a letter was handed over (append-only: a second handover is a new row). */
  recordLetterHandover(handover: LetterHandover): Promise<void>;
  /** Handovers, oldest first; of one case when `caseId` is given. */
  listLetterHandovers(caseId?: string): Promise<LetterHandover[]>;
  /** Deletes decision records decided before `cutoff`. Refuses a cutoff less than the minimum retention before `now`. */
  purgeDecisionsBefore(cutoff: Date, now: Date): Promise<number>;
  /** Keeps a model file an admin imported (already validated); the newest is the active one. */
  saveModelFile(file: ImportedModelFile): Promise<void>;
  /** The newest imported model file, or null while the bundled baseline is active. */
  latestModelFile(): Promise<ImportedModelFile | null>;
}

export interface ImportedModelFile {
  modelVersion: string;
  content: string;
  importedAt: string;
  importedBy: string;
}

const MS_PER_DAY = 86_400_000;

/** The earliest moment records may be purged up to: now minus the minimum retention. */
export function earliestAllowedCutoff(now: Date): Date {
  return new Date(now.getTime() - DECISION_LOG_MIN_RETENTION_DAYS * MS_PER_DAY);
}

export function assertRetentionAllows(cutoff: Date, now: Date): void {
  if (cutoff.getTime() > earliestAllowedCutoff(now).getTime()) throw new DecisionError('RETENTION_MINIMUM');
}

const clone = <T>(value: T): T => structuredClone(value);

export class InMemoryDecisionLogStore implements DecisionLogStore {
  readonly #cases = new Map<string, DecisionCase>();
  readonly #sessions = new Map<string, DecisionSession>();
  readonly #decisions: DecisionRecord[] = [];
  readonly #outcomes = new Map<string, OutcomeRecord>();
  readonly #modelFiles: ImportedModelFile[] = [];
  readonly #handovers: LetterHandover[] = [];

  async saveCase(c: DecisionCase): Promise<void> {
    this.#cases.set(c.id, clone(c));
  }

  async getCase(id: string): Promise<DecisionCase | null> {
    const c = this.#cases.get(id);
    return c ? clone(c) : null;
  }

  async listCases(filter: { createdBy?: string } = {}): Promise<DecisionCase[]> {
    return [...this.#cases.values()].filter((c) => !filter.createdBy || c.createdBy === filter.createdBy).map(clone);
  }

  async saveSession(session: DecisionSession): Promise<void> {
    // Re-insert so the Map's order is the order of last save (latestSessionForCase).
    this.#sessions.delete(session.id);
    this.#sessions.set(session.id, clone(session));
  }

  async getSession(id: string): Promise<DecisionSession | null> {
    const s = this.#sessions.get(id);
    return s ? clone(s) : null;
  }

  async latestSessionForCase(caseId: string): Promise<DecisionSession | null> {
    const last = [...this.#sessions.values()].filter((x) => x.caseId === caseId).at(-1);
    return last ? clone(last) : null;
  }

  async appendDecision(record: DecisionRecord): Promise<void> {
    if (this.#decisions.some((d) => d.id === record.id || d.sessionId === record.sessionId))
      throw new DecisionError('ALREADY_DECIDED');
    this.#decisions.push(clone(record));
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<DecisionRecord[]> {
    return this.#decisions
      .filter(
        (d) =>
          (!filter.counselorId || d.counselorId === filter.counselorId) &&
          (!filter.from || d.decidedAt >= filter.from) &&
          (!filter.to || d.decidedAt <= filter.to),
      )
      .map(clone);
  }

  async recordOutcome(outcome: OutcomeRecord): Promise<void> {
    this.#outcomes.set(outcome.caseId, clone(outcome));
  }

  async listOutcomes(): Promise<OutcomeRecord[]> {
    return [...this.#outcomes.values()].map(clone);
  }

  async recordLetterHandover(handover: LetterHandover): Promise<void> {
    this.#handovers.push(clone(handover));
  }

  async listLetterHandovers(caseId?: string): Promise<LetterHandover[]> {
    return this.#handovers.filter((h) => !caseId || h.caseId === caseId).map(clone);
  }

  async purgeDecisionsBefore(cutoff: Date, now: Date): Promise<number> {
    assertRetentionAllows(cutoff, now);
    const keep = this.#decisions.filter((d) => Date.parse(d.decidedAt) >= cutoff.getTime());
    const removed = this.#decisions.length - keep.length;
    this.#decisions.splice(0, this.#decisions.length, ...keep);
    return removed;
  }

  async saveModelFile(file: ImportedModelFile): Promise<void> {
    this.#modelFiles.push(clone(file));
  }

  async latestModelFile(): Promise<ImportedModelFile | null> {
    const last = this.#modelFiles.at(-1);
    return last ? clone(last) : null;
  }
}
