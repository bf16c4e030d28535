import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { notesRepo, type Attendance, type Note, type NoteKind } from './notes.js';
import { participantsRepo, type Participant } from './participants.js';

export interface NewNote {
  kind: NoteKind;
  occurredOn: string;
  durationMinutes?: number | null;
  attendance?: Attendance | null;
  body: string;
}

/**
 * Participants, caseloads and follow-up notes. Every method takes the caller and checks access by
 * need before touching a row; the dispatcher writes the audit entry for each call.
 */
export class FollowupService {
  constructor(private readonly store: EncryptedStore) {}

  private get db() {
    return this.store.db;
  }

  /** A counselor's own caseload; an admin sees every participant's record (for assignments); a participant none. */
  async caseload(
    principal: Principal,
    options: { search?: string; limit?: number; offset?: number } = {},
  ): Promise<Participant[]> {
    const page = {
      limit: Math.min(options.limit ?? 100, 500),
      offset: options.offset ?? 0,
      ...(options.search ? { search: options.search } : {}),
    };
    if (principal.role === 'counselor') return participantsRepo.list(this.db, principal.userId, page);
    if (principal.role === 'admin') return participantsRepo.list(this.db, null, page);
    throw new DomainError('FORBIDDEN');
  }

  async participant(principal: Principal, id: string): Promise<Participant> {
    await assertParticipantAccess(this.db, principal, id, 'record');
    const p = await participantsRepo.byId(this.db, id);
    if (!p) throw new DomainError('NOT_FOUND');
    return p;
  }

  /** A counselor adds a participant to their own caseload. */
  async create(principal: Principal, input: { displayName: string; nationalId?: string | null }): Promise<Participant> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    const id = randomUUID();
    await this.db.transaction((tx) =>
      this.insertParticipant(tx, {
        id,
        displayName: input.displayName,
        counselorId: principal.userId,
        nationalId: input.nationalId ?? null,
      }),
    );
    return (await participantsRepo.byId(this.db, id))!;
  }

  /** Used by account management (a participant login) inside its transaction. */
  async insertParticipant(
    tx: SqlRunner,
    p: { id: string; displayName: string; counselorId: string | null; nationalId?: string | null },
  ): Promise<void> {
    if (p.counselorId) await this.assertCounselor(tx, p.counselorId);
    await participantsRepo.insert(tx, { ...p, at: new Date().toISOString() });
  }

  async rename(principal: Principal, id: string, displayName: string): Promise<Participant> {
    if (principal.role === 'participant') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, id, 'record');
    await this.db.transaction((tx) => participantsRepo.rename(tx, id, displayName, new Date().toISOString()));
    return (await participantsRepo.byId(this.db, id))!;
  }

  /** Admin: moves a participant to another counselor (or to none). */
  async assign(principal: Principal, participantId: string, counselorId: string | null): Promise<Participant> {
    if (principal.role !== 'admin') throw new DomainError('FORBIDDEN');
    await this.db.transaction(async (tx) => {
      if (!(await participantsRepo.counselorOf(tx, participantId)).exists)
        throw new DomainError('NOT_FOUND', 'Fant ikke deltakeren.');
      if (counselorId) await this.assertCounselor(tx, counselorId);
      await participantsRepo.assign(tx, participantId, counselorId, new Date().toISOString());
    });
    return (await participantsRepo.byId(this.db, participantId))!;
  }

  async addNote(principal: Principal, participantId: string, note: NewNote): Promise<Note> {
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
    const record: Omit<Note, 'id'> = {
      participantId,
      authorId: principal.userId,
      kind: note.kind,
      occurredOn: note.occurredOn,
      durationMinutes: note.durationMinutes ?? null,
      attendance: note.attendance ?? null,
      body: note.body,
      createdAt: new Date().toISOString(),
    };
    const id = await this.db.transaction((tx) => notesRepo.insert(tx, record));
    return { id, ...record };
  }

  async notes(principal: Principal, participantId: string, limit?: number): Promise<Note[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
    return notesRepo.list(this.db, participantId, limit);
  }

  async searchNotes(principal: Principal, participantId: string, query: string): Promise<Note[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
    return notesRepo.search(this.db, participantId, query);
  }

  private async assertCounselor(db: SqlRunner, userId: string): Promise<void> {
    const row = await db.get<{ role: string; active: number }>('SELECT role, active FROM users WHERE id = ?', [userId]);
    if (!row || row.role !== 'counselor' || row.active !== 1) {
      throw new DomainError('VALIDATION', undefined, [{ path: 'counselorId', message: 'Velg en aktiv veileder.' }]);
    }
  }
}
