import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { systemClock, type Clock } from './dates.js';
import { stagesRepo, type StageEntry } from './stages.js';

/** Tiltak types: AFT, arbeidstrening, oppfølging, VTA, IPS, annet. */
export const PROGRAMMES = ['aft', 'work_training', 'follow_up', 'vta', 'ips', 'other'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** The participant profile as the counselor's profile screen (and the participant, for their own) shows it. */
export interface ParticipantProfile {
  participantId: string;
  displayName: string;
  /** "150765 *****": the birth date part only. The full number needs `participants.revealNationalId`. */
  nationalIdMasked: string | null;
  hasNationalId: boolean;
  phone: string | null;
  email: string | null;
  programme: Programme | null;
  startDate: string | null;
  plannedEndDate: string | null;
  navOffice: string | null;
  counselor: { id: string; displayName: string } | null;
  /** The current process stage (the last of `stages`), or null before the first is recorded. */
  stage: StageEntry | null;
  /** Stage history, oldest first (the timeline). */
  stages: StageEntry[];
  createdAt: string;
  updatedAt: string;
  /**
   * The counselor's own reminder note: present only when the caller is the assigned counselor
   * (never for the participant).
   */
  reminder?: string | null;
}

export interface ProfileChanges {
  displayName?: string | undefined;
  nationalId?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  programme?: Programme | null | undefined;
  startDate?: string | null | undefined;
  plannedEndDate?: string | null | undefined;
  navOffice?: string | null | undefined;
}

/** Shows the birth date part and hides the personal number: "150765 *****". */
export function maskNationalId(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 11) return '*'.repeat(Math.max(digits.length, 1));
  return `${digits.slice(0, 6)} *****`;
}

interface ProfileRow {
  id: string;
  display_name: string;
  national_id: string | null;
  counselor_id: string | null;
  counselor_name: string | null;
  created_at: string;
  updated_at: string;
  phone: string | null;
  email: string | null;
  programme: Programme | null;
  start_date: string | null;
  planned_end_date: string | null;
  nav_office: string | null;
  profile_updated_at: string | null;
}

const PROFILE_FIELDS: Record<Exclude<keyof ProfileChanges, 'displayName' | 'nationalId'>, string> = {
  phone: 'phone',
  email: 'email',
  programme: 'programme',
  startDate: 'start_date',
  plannedEndDate: 'planned_end_date',
  navOffice: 'nav_office',
};

export const profileRepo = {
  async get(db: SqlRunner, participantId: string): Promise<ProfileRow | undefined> {
    return db.get<ProfileRow>(
      `SELECT p.id, p.display_name, p.national_id, p.counselor_id, u.display_name AS counselor_name, p.created_at, p.updated_at,
              f.phone, f.email, f.programme, f.start_date, f.planned_end_date, f.nav_office, f.updated_at AS profile_updated_at
       FROM participants p
       LEFT JOIN participant_profiles f ON f.participant_id = p.id
       LEFT JOIN users u ON u.id = p.counselor_id
       WHERE p.id = ?`,
      [participantId],
    );
  },
  async nationalId(db: SqlRunner, participantId: string): Promise<string | null> {
    return (
      (
        await db.get<{ national_id: string | null }>('SELECT national_id FROM participants WHERE id = ?', [
          participantId,
        ])
      )?.national_id ?? null
    );
  },
  async update(tx: SqlRunner, participantId: string, changes: ProfileChanges, at: string): Promise<void> {
    const participantSets: string[] = [];
    const participantParams: (string | null)[] = [];
    if (changes.displayName !== undefined) {
      participantSets.push('display_name = ?');
      participantParams.push(changes.displayName);
    }
    if (changes.nationalId !== undefined) {
      participantSets.push('national_id = ?');
      participantParams.push(changes.nationalId);
    }
    await tx.run(`UPDATE participants SET ${[...participantSets, 'updated_at = ?'].join(', ')} WHERE id = ?`, [
      ...participantParams,
      at,
      participantId,
    ]);
    const fields = (Object.keys(PROFILE_FIELDS) as (keyof typeof PROFILE_FIELDS)[]).filter(
      (k) => changes[k] !== undefined,
    );
    await tx.run(
      'INSERT INTO participant_profiles (participant_id, updated_at) VALUES (?, ?) ON CONFLICT (participant_id) DO NOTHING',
      [participantId, at],
    );
    await tx.run(
      `UPDATE participant_profiles SET ${[...fields.map((k) => `${PROFILE_FIELDS[k]} = ?`), 'updated_at = ?'].join(', ')} WHERE participant_id = ?`,
      [...fields.map((k) => changes[k] ?? null), at, participantId],
    );
  },
  async reminder(db: SqlRunner, participantId: string, counselorId: string): Promise<string | null> {
    return (
      (
        await db.get<{ body: string }>(
          'SELECT body FROM counselor_reminders WHERE participant_id = ? AND counselor_id = ?',
          [participantId, counselorId],
        )
      )?.body ?? null
    );
  },
  async setReminder(
    tx: SqlRunner,
    participantId: string,
    counselorId: string,
    body: string | null,
    at: string,
  ): Promise<void> {
    if (body === null) {
      await tx.run('DELETE FROM counselor_reminders WHERE participant_id = ? AND counselor_id = ?', [
        participantId,
        counselorId,
      ]);
      return;
    }
    await tx.run(
      `INSERT INTO counselor_reminders (participant_id, counselor_id, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (participant_id, counselor_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      [participantId, counselorId, body, at],
    );
  },
};

/**
 * The participant profile: contact details, programme, dates, referring NAV office, the stage
 * timeline and the counselor's own reminder. The national id is masked everywhere except
 * `revealNationalId`, which the dispatcher audits as its own action.
 */
export class ProfileService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  async profile(principal: Principal, participantId: string): Promise<ParticipantProfile> {
    if (principal.role === 'admin')
      throw new DomainError('FORBIDDEN', 'Administratorer har ikke tilgang til deltakerens profil.');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const row = await profileRepo.get(this.db, participantId);
    if (!row) throw new DomainError('NOT_FOUND');
    const stages = await stagesRepo.history(this.db, participantId);
    const profile: ParticipantProfile = {
      participantId: row.id,
      displayName: row.display_name,
      nationalIdMasked: maskNationalId(row.national_id),
      hasNationalId: row.national_id !== null,
      phone: row.phone,
      email: row.email,
      programme: row.programme,
      startDate: row.start_date,
      plannedEndDate: row.planned_end_date,
      navOffice: row.nav_office,
      counselor: row.counselor_id ? { id: row.counselor_id, displayName: row.counselor_name ?? '' } : null,
      stage: stages.at(-1) ?? null,
      stages,
      createdAt: row.created_at,
      updatedAt:
        row.profile_updated_at && row.profile_updated_at > row.updated_at ? row.profile_updated_at : row.updated_at,
    };
    if (principal.role === 'counselor')
      profile.reminder = await profileRepo.reminder(this.db, participantId, principal.userId);
    return profile;
  }

  /** The assigned counselor edits the profile. Fields left out stay as they are; null clears one. */
  async update(principal: Principal, participantId: string, changes: ProfileChanges): Promise<ParticipantProfile> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.db.transaction(async (tx) => {
      const current = await profileRepo.get(tx, participantId);
      if (!current) throw new DomainError('NOT_FOUND');
      const start = changes.startDate !== undefined ? changes.startDate : current.start_date;
      const end = changes.plannedEndDate !== undefined ? changes.plannedEndDate : current.planned_end_date;
      if (start && end && end < start) {
        throw new DomainError('VALIDATION', undefined, [
          { path: 'plannedEndDate', message: 'Planlagt sluttdato kan ikke være før startdatoen.' },
        ]);
      }
      await profileRepo.update(tx, participantId, changes, this.clock().toISOString());
    });
    return this.profile(principal, participantId);
  }

  /** The full national id, for the assigned counselor only. Audited as its own action by the dispatcher. */
  async revealNationalId(principal: Principal, participantId: string): Promise<{ nationalId: string | null }> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
    return { nationalId: await profileRepo.nationalId(this.db, participantId) };
  }

  /** The counselor's own reminder for this participant (null or empty removes it). */
  async setReminder(
    principal: Principal,
    participantId: string,
    body: string | null,
  ): Promise<{ reminder: string | null }> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
    await this.db.transaction((tx) =>
      profileRepo.setReminder(tx, participantId, principal.userId, body, this.clock().toISOString()),
    );
    return { reminder: body };
  }
}
