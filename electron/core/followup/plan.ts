import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlParams, SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { localDate, systemClock, type Clock } from './dates.js';

/** forslag, planlagt, gjennomføres, fullført, avbrutt (as in NAV's aktivitetsplan). */
export const STEP_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
/** Statuses a step can be created with (done and cancelled come later). */
export const NEW_STEP_STATUSES = ['proposed', 'planned', 'in_progress'] as const;
export const OPEN_STATUSES: readonly StepStatus[] = ['proposed', 'planned', 'in_progress'];
/** Milestone kinds: CV finished, application sent, first day at work; everything else is 'other'. */
export const STEP_KINDS = ['cv', 'application', 'work_start', 'other'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** Who proposed a step: the participant (deltaker) or the counselor (veileder). */
export type Proposer = 'participant' | 'counselor';

export interface ActivityStep {
  id: number;
  participantId: string;
  title: string;
  description: string | null;
  kind: StepKind;
  status: StepStatus;
  /** Local date, or null for "no date". */
  dueOn: string | null;
  proposedBy: Proposer;
  /** Agreed between participant and counselor (set by the counselor). */
  agreed: boolean;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  cancelledAt: string | null;
  /** Open and due before today. */
  overdue: boolean;
}

export interface ActivityGoal {
  /** In the participant's own words. */
  text: string;
  setByRole: Proposer;
  setAt: string;
}

export interface PlanProgress {
  done: number;
  /** Steps that are not cancelled. */
  total: number;
  /** 0–100, rounded down; 0 when there are no steps. */
  percent: number;
}

export interface ActivityPlan {
  participantId: string;
  goal: ActivityGoal | null;
  /** Open steps first by due date (undated last), then done, then cancelled. */
  steps: ActivityStep[];
  progress: PlanProgress;
}

/** One activity-plan event on the motivation timeline. */
export interface PlanEvent {
  /** Local date of the event. */
  on: string;
  at: string;
  kind: 'goal_set' | 'step_added' | 'step_done' | 'step_cancelled';
  stepId: number | null;
  /** The step's title or the goal's text. */
  title: string;
  stepKind: StepKind | null;
}

export interface NewStep {
  title: string;
  description?: string | null | undefined;
  kind?: StepKind | undefined;
  dueOn?: string | null | undefined;
  status?: (typeof NEW_STEP_STATUSES)[number] | undefined;
  /** Counselor only: the step is agreed with the participant (in a session). */
  agreed?: boolean | undefined;
}

export interface StepChanges {
  title?: string | undefined;
  description?: string | null | undefined;
  kind?: StepKind | undefined;
  dueOn?: string | null | undefined;
  status?: StepStatus | undefined;
  agreed?: boolean | undefined;
}

/** A completed step, as gamification needs it (read through PlanService, never its table). */
export interface CompletedStep {
  id: number;
  kind: StepKind;
  proposedBy: Proposer;
  agreed: boolean;
  completedAt: string;
}

interface StepRow {
  id: number;
  participant_id: string;
  title: string;
  description: string | null;
  kind: StepKind;
  status: StepStatus;
  due_on: string | null;
  proposed_by: Proposer;
  agreed: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  cancelled_at: string | null;
}

const STATUS_ORDER: Record<StepStatus, number> = { in_progress: 0, planned: 0, proposed: 0, done: 1, cancelled: 2 };

export function progressOf(steps: readonly { status: StepStatus }[]): PlanProgress {
  const counted = steps.filter((s) => s.status !== 'cancelled');
  const done = counted.filter((s) => s.status === 'done').length;
  return { done, total: counted.length, percent: counted.length === 0 ? 0 : Math.floor((done * 100) / counted.length) };
}

const stepFromRow = (r: StepRow, today: string): ActivityStep => ({
  id: r.id,
  participantId: r.participant_id,
  title: r.title,
  description: r.description,
  kind: r.kind,
  status: r.status,
  dueOn: r.due_on,
  proposedBy: r.proposed_by,
  agreed: r.agreed === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at,
  cancelledAt: r.cancelled_at,
  overdue: OPEN_STATUSES.includes(r.status) && r.due_on !== null && r.due_on < today,
});

export const planRepo = {
  /** The current goal: the last one set (read with the same statement as the goal history). */
  async goal(db: SqlRunner, participantId: string): Promise<ActivityGoal | null> {
    const r = (await planRepo.goals(db, participantId)).at(-1);
    return r ? { text: r.body, setByRole: r.set_by_role, setAt: r.set_at } : null;
  },
  /**
   * Every goal set, oldest first. The plan and the motivation timeline both read it in one call
   * (the chat's context), so one statement text answers both from the call's read scope.
   */
  async goals(
    db: SqlRunner,
    participantId: string,
  ): Promise<{ body: string; set_by_role: Proposer; set_at: string }[]> {
    return db.all('SELECT body, set_by_role, set_at FROM activity_goals WHERE participant_id = ? ORDER BY id', [
      participantId,
    ]);
  },
  async steps(db: SqlRunner, participantId: string): Promise<StepRow[]> {
    return db.all<StepRow>('SELECT * FROM activity_steps WHERE participant_id = ? ORDER BY id', [participantId]);
  },
  async step(db: SqlRunner, participantId: string, stepId: number): Promise<StepRow | undefined> {
    return db.get<StepRow>('SELECT * FROM activity_steps WHERE id = ? AND participant_id = ?', [stepId, participantId]);
  },
};

/**
 * The activity plan: a goal in the participant's own words and the steps toward it. Participants
 * add and update their own steps; counselors propose and agree. Whoever proposed a step owns its
 * wording; both can move its status and due date; only the counselor marks it agreed.
 */
export class PlanService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  async get(principal: Principal, participantId: string): Promise<ActivityPlan> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    return this.planOf(this.db, participantId);
  }

  async setGoal(principal: Principal, participantId: string, text: string): Promise<ActivityPlan> {
    const role = proposerOf(principal);
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.db.transaction(async (tx) => {
      const current = await planRepo.goal(tx, participantId);
      if (current?.text === text) return;
      await tx.run(
        'INSERT INTO activity_goals (participant_id, body, set_by_role, set_by, set_at) VALUES (?, ?, ?, ?, ?)',
        [participantId, text, role, principal.userId, this.clock().toISOString()],
      );
    });
    return this.planOf(this.db, participantId);
  }

  async addStep(principal: Principal, participantId: string, step: NewStep): Promise<ActivityStep> {
    const proposedBy = proposerOf(principal);
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    if (proposedBy === 'participant' && step.agreed !== undefined) {
      throw new DomainError('FORBIDDEN', 'Det er veilederen som markerer et steg som avtalt.');
    }
    const agreed = proposedBy === 'counselor' && step.agreed === true;
    const status = step.status ?? (proposedBy === 'participant' || agreed ? 'planned' : 'proposed');
    const at = this.clock().toISOString();
    const id = await this.db.transaction(async (tx) => {
      const r = await tx.run(
        `INSERT INTO activity_steps (participant_id, title, description, kind, status, due_on, proposed_by, agreed, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          participantId,
          step.title,
          step.description ?? null,
          step.kind ?? 'other',
          status,
          step.dueOn ?? null,
          proposedBy,
          agreed ? 1 : 0,
          principal.userId,
          at,
          at,
        ],
      );
      return r.lastId;
    });
    return this.stepOf(participantId, id);
  }

  async updateStep(
    principal: Principal,
    participantId: string,
    stepId: number,
    changes: StepChanges,
  ): Promise<ActivityStep> {
    const role = proposerOf(principal);
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.db.transaction(async (tx) => {
      const current = await planRepo.step(tx, participantId, stepId);
      if (!current) throw new DomainError('NOT_FOUND', 'Fant ikke steget i denne aktivitetsplanen.');
      const rewording = changes.title !== undefined || changes.description !== undefined || changes.kind !== undefined;
      if (rewording && current.proposed_by !== role) {
        throw new DomainError(
          'FORBIDDEN',
          current.proposed_by === 'participant'
            ? 'Deltakeren skrev dette steget selv. Bare deltakeren kan endre teksten.'
            : 'Veilederen foreslo dette steget. Bare veilederen kan endre teksten.',
        );
      }
      if (changes.agreed !== undefined && role !== 'counselor')
        throw new DomainError('FORBIDDEN', 'Det er veilederen som markerer et steg som avtalt.');
      const at = this.clock().toISOString();
      const sets: string[] = [];
      const params: SqlParams[number][] = [];
      const set = (column: string, value: SqlParams[number]) => {
        sets.push(`${column} = ?`);
        params.push(value);
      };
      if (changes.title !== undefined) set('title', changes.title);
      if (changes.description !== undefined) set('description', changes.description);
      if (changes.kind !== undefined) set('kind', changes.kind);
      if (changes.dueOn !== undefined) set('due_on', changes.dueOn);
      if (changes.agreed !== undefined) set('agreed', changes.agreed ? 1 : 0);
      if (changes.status !== undefined && changes.status !== current.status) {
        set('status', changes.status);
        set('completed_at', changes.status === 'done' ? at : null);
        set('cancelled_at', changes.status === 'cancelled' ? at : null);
      }
      if (sets.length === 0) return;
      set('updated_at', at);
      await tx.run(`UPDATE activity_steps SET ${sets.join(', ')} WHERE id = ? AND participant_id = ?`, [
        ...params,
        stepId,
        participantId,
      ]);
    });
    return this.stepOf(participantId, stepId);
  }

  /** Activity-plan events for the motivation timeline (oldest first). Access is the caller's job. */
  async eventsFor(db: SqlRunner, participantId: string): Promise<PlanEvent[]> {
    const [goals, steps] = await Promise.all([planRepo.goals(db, participantId), planRepo.steps(db, participantId)]);
    const at = (iso: string) => ({ at: iso, on: localDate(new Date(iso)) });
    const events: PlanEvent[] = [
      ...goals.map((g) => ({
        ...at(g.set_at),
        kind: 'goal_set' as const,
        stepId: null,
        title: g.body,
        stepKind: null,
      })),
      ...steps.flatMap((s) => [
        { ...at(s.created_at), kind: 'step_added' as const, stepId: s.id, title: s.title, stepKind: s.kind },
        ...(s.completed_at
          ? [{ ...at(s.completed_at), kind: 'step_done' as const, stepId: s.id, title: s.title, stepKind: s.kind }]
          : []),
        ...(s.cancelled_at
          ? [{ ...at(s.cancelled_at), kind: 'step_cancelled' as const, stepId: s.id, title: s.title, stepKind: s.kind }]
          : []),
      ]),
    ];
    return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /**
   * Completed steps of one participant, for gamification (which reads the plan only through this).
   * Access is the caller's job: gamification checks it before it asks.
   */
  async completedStepsFor(participantId: string): Promise<CompletedStep[]> {
    const rows = await this.db.all<{
      id: number;
      kind: StepKind;
      proposed_by: Proposer;
      agreed: number;
      completed_at: string;
    }>(
      "SELECT id, kind, proposed_by, agreed, completed_at FROM activity_steps WHERE participant_id = ? AND status = 'done' ORDER BY completed_at, id",
      [participantId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      proposedBy: r.proposed_by,
      agreed: r.agreed === 1,
      completedAt: r.completed_at,
    }));
  }

  /** Progress toward the goal (done / not cancelled), for gamification's progress bar. Access is the caller's job. */
  async progressFor(participantId: string): Promise<PlanProgress> {
    return progressOf(await planRepo.steps(this.db, participantId));
  }

  async planOf(db: SqlRunner, participantId: string): Promise<ActivityPlan> {
    const today = localDate(this.clock());
    const [goal, rows] = await Promise.all([planRepo.goal(db, participantId), planRepo.steps(db, participantId)]);
    const steps = rows.map((r) => stepFromRow(r, today)).sort(compareSteps);
    return { participantId, goal, steps, progress: progressOf(steps) };
  }

  private async stepOf(participantId: string, stepId: number): Promise<ActivityStep> {
    const row = await planRepo.step(this.db, participantId, stepId);
    if (!row) throw new DomainError('NOT_FOUND', 'Fant ikke steget i denne aktivitetsplanen.');
    return stepFromRow(row, localDate(this.clock()));
  }
}

function compareSteps(a: ActivityStep, b: ActivityStep): number {
  const group = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (group !== 0) return group;
  if (STATUS_ORDER[a.status] === 0) {
    if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
    return a.id - b.id;
  }
  const at = (s: ActivityStep) => s.completedAt ?? s.cancelledAt ?? '';
  return at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : b.id - a.id;
}

function proposerOf(principal: Principal): Proposer {
  if (principal.role === 'participant') return 'participant';
  if (principal.role === 'counselor') return 'counselor';
  throw new DomainError('FORBIDDEN', 'Administratorer har ikke tilgang til aktivitetsplaner.');
}
