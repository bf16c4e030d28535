import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { localDate, systemClock, type Clock } from './dates.js';
import type { PlanEvent, PlanService } from './plan.js';
import { stagesRepo, type Stage } from './stages.js';

/** participant: entered on their own; session: entered together with the counselor in a session. */
export type RulerSource = 'participant' | 'session';

/** One reading of the MI readiness rulers (0–10). */
export interface MotivationReading {
  id: number;
  /** Local date of the reading (the chart's x axis). */
  measuredOn: string;
  /** Viktighet: how important the change is to them. */
  importance: number;
  /** Mestringstro: how confident they are that they can make it. */
  confidence: number;
  enteredBy: RulerSource;
  createdAt: string;
}

export interface StageEvent {
  on: string;
  at: string;
  kind: 'stage';
  stage: Stage;
}

export type TimelineEvent = PlanEvent | StageEvent;

/** The chart's data: the rulers over time beside the activity-plan and stage events. */
export interface MotivationTimeline {
  participantId: string;
  /** Oldest first. */
  series: MotivationReading[];
  /** Goal changes, steps added/completed/cancelled and stage changes, oldest first. */
  events: TimelineEvent[];
}

interface ReadingRow {
  id: number;
  measured_on: string;
  importance: number;
  confidence: number;
  entered_by: RulerSource;
  created_at: string;
}

/**
 * Motivation rulers. The participant records their own readings (enteredBy 'participant'); a
 * reading the counselor records is one made together in a session (enteredBy 'session').
 */
export class MotivationService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly plan: PlanService,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  async timeline(principal: Principal, participantId: string): Promise<MotivationTimeline> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const rows = await this.db.all<ReadingRow>(
      'SELECT id, measured_on, importance, confidence, entered_by, created_at FROM motivation_rulers WHERE participant_id = ? ORDER BY measured_on, id',
      [participantId],
    );
    const planEvents = await this.plan.eventsFor(this.db, participantId);
    const stageEvents: StageEvent[] = (await stagesRepo.history(this.db, participantId)).map((s) => ({
      on: s.startedOn,
      at: s.recordedAt,
      kind: 'stage',
      stage: s.stage,
    }));
    const events: TimelineEvent[] = [...planEvents, ...stageEvents].sort((a, b) =>
      a.on !== b.on ? (a.on < b.on ? -1 : 1) : a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
    );
    return {
      participantId,
      series: rows.map((r) => ({
        id: r.id,
        measuredOn: r.measured_on,
        importance: r.importance,
        confidence: r.confidence,
        enteredBy: r.entered_by,
        createdAt: r.created_at,
      })),
      events,
    };
  }

  async add(
    principal: Principal,
    participantId: string,
    input: { importance: number; confidence: number; measuredOn?: string | undefined },
  ): Promise<MotivationReading> {
    if (principal.role === 'admin') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const now = this.clock();
    const measuredOn = input.measuredOn ?? localDate(now);
    if (measuredOn > localDate(now))
      throw new DomainError('VALIDATION', undefined, [
        { path: 'measuredOn', message: 'Datoen kan ikke være frem i tid.' },
      ]);
    const enteredBy: RulerSource = principal.role === 'participant' ? 'participant' : 'session';
    const createdAt = now.toISOString();
    const id = await this.db.transaction(async (tx) => {
      const r = await tx.run(
        'INSERT INTO motivation_rulers (participant_id, measured_on, importance, confidence, entered_by, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [participantId, measuredOn, input.importance, input.confidence, enteredBy, principal.userId, createdAt],
      );
      return r.lastId;
    });
    return { id, measuredOn, importance: input.importance, confidence: input.confidence, enteredBy, createdAt };
  }
}
