import { declaredSource, type SqlRunner } from '../db/index.js';
import type { DeclaredTable, PersonalDataSource } from '../privacy/index.js';

const PARTICIPANT = 'participant_id = ?1';

/** Follow-up's participant tables (the participant row itself is PARTICIPANTS_TABLE, erased last). */
export const FOLLOWUP_TABLES: readonly DeclaredTable[] = [
  {
    table: 'notes',
    title: 'Oppfølgingsnotater',
    category: 'notes',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      author_id: 'Skrevet av (bruker-id)',
      kind: 'Type',
      occurred_on: 'Dato',
      duration_minutes: 'Varighet (minutter)',
      attendance: 'Oppmøte',
      body: 'Notat',
      created_at: 'Skrevet',
    },
  },
  {
    table: 'counselor_reminders',
    title: 'Veilederens egne påminnelser',
    category: 'notes',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['participant_id', 'counselor_id'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      counselor_id: 'Veileder (bruker-id)',
      body: 'Påminnelse',
      updated_at: 'Sist endret',
    },
  },
  {
    table: 'appointments',
    title: 'Avtaler',
    category: 'appointments',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      uid: 'Kalender-id',
      participant_id: 'Deltaker-id',
      counselor_id: 'Veileder (bruker-id)',
      starts_at: 'Tidspunkt',
      duration_minutes: 'Varighet (minutter)',
      kind: 'Type',
      location: 'Sted',
      created_at: 'Opprettet',
      cancelled_at: 'Avlyst',
      attended: 'Møtte opp',
      attendance_recorded_at: 'Oppmøte registrert',
    },
  },
  {
    table: 'motivation_rulers',
    title: 'Motivasjon',
    category: 'motivation',
    retention: 'motivation',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      measured_on: 'Dato',
      importance: 'Viktighet (0–10)',
      confidence: 'Mestringstro (0–10)',
      entered_by: 'Registrert av',
      recorded_by: 'Registrert av (bruker-id)',
      created_at: 'Lagret',
    },
  },
  {
    table: 'activity_steps',
    title: 'Steg i aktivitetsplanen',
    category: 'activityPlan',
    retention: 'activityPlan',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      title: 'Steg',
      description: 'Beskrivelse',
      kind: 'Type',
      status: 'Status',
      due_on: 'Frist',
      proposed_by: 'Foreslått av',
      agreed: 'Avtalt',
      created_by: 'Opprettet av (bruker-id)',
      created_at: 'Opprettet',
      updated_at: 'Sist endret',
      completed_at: 'Fullført',
      cancelled_at: 'Avbrutt',
    },
  },
  {
    table: 'activity_goals',
    title: 'Mål',
    category: 'activityPlan',
    retention: 'activityPlan',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      body: 'Mål',
      set_by_role: 'Satt av',
      set_by: 'Satt av (bruker-id)',
      set_at: 'Tidspunkt',
    },
  },
  {
    table: 'participant_stages',
    title: 'Faser i oppfølgingen',
    category: 'programme',
    // Kept with the record: the stage "avsluttet" is the end date every retention rule counts from.
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      stage: 'Fase',
      started_on: 'Fra dato',
      recorded_by: 'Registrert av (bruker-id)',
      recorded_at: 'Registrert',
    },
  },
  {
    table: 'participant_profiles',
    title: 'Profil',
    category: 'contact',
    retention: null,
    where: PARTICIPANT,
    key: ['participant_id'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      phone: 'Telefon',
      email: 'E-post',
      programme: 'Tiltak',
      start_date: 'Startdato',
      planned_end_date: 'Planlagt sluttdato',
      nav_office: 'NAV-kontor',
      updated_at: 'Sist endret',
    },
  },
];

/** The participant row itself: erased last, after every row that points at it. */
export const PARTICIPANTS_TABLE: DeclaredTable = {
  table: 'participants',
  title: 'Grunnopplysninger',
  category: 'identity',
  retention: null,
  where: 'id = ?1',
  key: ['id'],
  erase: 'participant',
  columns: {
    id: 'Deltaker-id',
    display_name: 'Navn',
    national_id: 'Fødselsnummer',
    counselor_id: 'Veileder (bruker-id)',
    created_at: 'Registrert',
    updated_at: 'Sist endret',
    restricted_at: 'Behandling begrenset',
    erased_at: 'Slettet',
  },
};

/** The name an erased participant's row keeps while kept records point at it. */
export const ERASED_NAME = 'Slettet deltaker';

/** Full-text indexes to merge after rows are deleted, so deleted words leave the index pages too. */
const FTS_TO_OPTIMIZE = ['notes_fts'] as const;

/** Follow-up's rows of a participant (notes, plan, appointments, ...), for privacy's export, erasure and retention. */
export const followupPersonalData = (): PersonalDataSource =>
  declaredSource({
    id: 'followup',
    module: 'followup',
    tables: FOLLOWUP_TABLES,
    async tidy(tx, deleted) {
      if ((deleted['notes'] ?? 0) > 0)
        for (const fts of FTS_TO_OPTIMIZE) await tx.run(`INSERT INTO "${fts}"("${fts}") VALUES ('optimize')`);
    },
  });

/** The participant row: deleted, or kept as a bare id (no name, national id or counselor) while kept records point at it. */
export const participantPersonalData = (): PersonalDataSource =>
  declaredSource({
    id: 'participant',
    module: 'followup',
    tables: [PARTICIPANTS_TABLE],
    own: {
      participants: {
        async plan(db, participantId, ctx) {
          if (ctx.keptLinks > 0) return { delete: [], keep: [] };
          const rows =
            (await db.get<{ n: number }>('SELECT count(*) AS n FROM participants WHERE id = ?1', [participantId]))?.n ??
            0;
          return { delete: [{ table: 'participants', title: PARTICIPANTS_TABLE.title, rows }], keep: [] };
        },
        async erase(tx, participantId, ctx) {
          if (ctx.keptLinks === 0)
            return (await tx.run('DELETE FROM participants WHERE id = ?1', [participantId])).changes;
          await tx.run(
            `UPDATE participants SET display_name = ?2, national_id = NULL, counselor_id = NULL, restricted_at = NULL, erased_at = ?3, updated_at = ?3 WHERE id = ?1`,
            [participantId, ERASED_NAME, ctx.now.toISOString()],
          );
          return 0;
        },
      },
    },
  });

/** Where a participant's programme stands, for the retention rules (which count from its end). */
export interface ProgrammeEnd {
  id: string;
  planned_end_date: string | null;
  /** The latest stage and the day it started ("ended": the recorded end). */
  stage: string | null;
  stage_on: string | null;
  restricted_at: string | null;
}

/** Every participant not erased, by id, with their planned end, latest stage and restriction. */
export async function programmeEnds(db: SqlRunner): Promise<ProgrammeEnd[]> {
  return db.all<ProgrammeEnd>(
    `SELECT p.id, f.planned_end_date, st.stage, st.started_on AS stage_on, p.restricted_at
     FROM participants p
     LEFT JOIN participant_profiles f ON f.participant_id = p.id
     LEFT JOIN participant_stages st ON st.id = (SELECT s.id FROM participant_stages s WHERE s.participant_id = p.id ORDER BY s.started_on DESC, s.id DESC LIMIT 1)
     WHERE p.erased_at IS NULL
     ORDER BY p.id`,
  );
}

/** Erased participants kept as a bare id, by id, with when they were erased. */
export async function erasedParticipants(db: SqlRunner): Promise<{ id: string; erased_at: string }[]> {
  return db.all<{ id: string; erased_at: string }>(
    'SELECT id, erased_at FROM participants WHERE erased_at IS NOT NULL ORDER BY id',
  );
}

/** Restricts the processing of a participant's data (art. 18) from `at`, unless already restricted. */
export async function restrictParticipant(tx: SqlRunner, participantId: string, at: string): Promise<void> {
  await tx.run('UPDATE participants SET restricted_at = coalesce(restricted_at, ?) WHERE id = ?', [at, participantId]);
}

/** Lifts the restriction of a participant; whether there was one. */
export async function liftParticipantRestriction(tx: SqlRunner, participantId: string): Promise<boolean> {
  const r = await tx.run('UPDATE participants SET restricted_at = NULL WHERE id = ? AND restricted_at IS NOT NULL', [
    participantId,
  ]);
  return r.changes > 0;
}

/** Participants (not erased) whose processing is restricted, earliest first. */
export async function restrictedParticipants(
  db: SqlRunner,
): Promise<{ id: string; display_name: string; restricted_at: string }[]> {
  return db.all<{ id: string; display_name: string; restricted_at: string }>(
    'SELECT id, display_name, restricted_at FROM participants WHERE restricted_at IS NOT NULL AND erased_at IS NULL ORDER BY restricted_at',
  );
}
