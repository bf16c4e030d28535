import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { localDate, systemClock, type Clock } from './dates.js';

/**
 * The process stages in order: kartlegging, avklaring, utprøving/arbeidstrening, jobbsøk,
 * i jobb/skole, avsluttet.
 */
export const STAGES = [
  'assessment',
  'clarification',
  'work_trial',
  'job_search',
  'in_work_or_school',
  'ended',
] as const;
export type Stage = (typeof STAGES)[number];

export interface StageEntry {
  id: number;
  stage: Stage;
  /** The local date the stage began. */
  startedOn: string;
  recordedBy: { id: string; displayName: string };
  recordedAt: string;
}

interface StageRow {
  id: number;
  stage: Stage;
  started_on: string;
  recorded_by: string;
  recorder_name: string | null;
  recorded_at: string;
}

const fromRow = (r: StageRow): StageEntry => ({
  id: r.id,
  stage: r.stage,
  startedOn: r.started_on,
  recordedBy: { id: r.recorded_by, displayName: r.recorder_name ?? '' },
  recordedAt: r.recorded_at,
});

export const stagesRepo = {
  /** Oldest first; the last entry is the current stage. */
  async history(db: SqlRunner, participantId: string): Promise<StageEntry[]> {
    const rows = await db.all<StageRow>(
      `SELECT s.id, s.stage, s.started_on, s.recorded_by, u.display_name AS recorder_name, s.recorded_at
       FROM participant_stages s LEFT JOIN users u ON u.id = s.recorded_by
       WHERE s.participant_id = ? ORDER BY s.started_on, s.id`,
      [participantId],
    );
    return rows.map(fromRow);
  },
  async insert(
    tx: SqlRunner,
    e: { participantId: string; stage: Stage; startedOn: string; recordedBy: string; recordedAt: string },
  ): Promise<number> {
    const r = await tx.run(
      'INSERT INTO participant_stages (participant_id, stage, started_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)',
      [e.participantId, e.stage, e.startedOn, e.recordedBy, e.recordedAt],
    );
    return r.lastId;
  },
};

/** The process stage as a timeline. The assigned counselor records it; the participant can read it. */
export class StageService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  async history(principal: Principal, participantId: string): Promise<StageEntry[]> {
    await assertParticipantAccess(this.store.db, principal, participantId, 'content');
    return stagesRepo.history(this.store.db, participantId);
  }

  /** Records that the participant moved to `stage` on `startedOn` (default today; never in the future). */
  async set(
    principal: Principal,
    participantId: string,
    input: { stage: Stage; startedOn?: string | undefined },
  ): Promise<StageEntry[]> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.store.db, principal, participantId, 'content');
    const now = this.clock();
    const startedOn = input.startedOn ?? localDate(now);
    if (startedOn > localDate(now))
      throw new DomainError('VALIDATION', undefined, [
        { path: 'startedOn', message: 'Datoen kan ikke være frem i tid.' },
      ]);
    await this.store.db.transaction(async (tx) => {
      const current = (await stagesRepo.history(tx, participantId)).at(-1);
      if (current && current.stage === input.stage && current.startedOn === startedOn) return; // the same click twice
      await stagesRepo.insert(tx, {
        participantId,
        stage: input.stage,
        startedOn,
        recordedBy: principal.userId,
        recordedAt: now.toISOString(),
      });
    });
    return stagesRepo.history(this.store.db, participantId);
  }
}
