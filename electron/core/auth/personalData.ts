import { declaredSource, type SqlRunner } from '../db/index.js';
import type { DeclaredTable, PersonalDataSource } from '../privacy/index.js';

const PARTICIPANT = 'participant_id = ?1';

/** The participant's login (the key slot is removed by the account service first). */
export const ACCOUNT_TABLES: readonly DeclaredTable[] = [
  {
    table: 'users',
    title: 'Brukerkonto',
    category: 'account',
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'account',
    columns: {
      id: 'Bruker-id',
      username: 'Brukernavn',
      display_name: 'Navn',
      role: 'Rolle',
      active: 'Aktiv',
      participant_id: 'Deltaker-id',
      created_at: 'Opprettet',
      deactivated_at: 'Deaktivert',
      must_change_password: 'Må bytte passord',
    },
  },
];

/** The participant's login: deleted at erasure (after its key slot). */
export const accountPersonalData = (): PersonalDataSource =>
  declaredSource({
    id: 'account',
    module: 'auth',
    tables: ACCOUNT_TABLES,
  });

/** The user id of a participant's login, or null when they have none. */
export async function participantUserId(db: SqlRunner, participantId: string): Promise<string | null> {
  return (await db.get<{ id: string }>('SELECT id FROM users WHERE participant_id = ?', [participantId]))?.id ?? null;
}

/** Every account's name and role (the access export names the people behind user ids). */
export async function accountNames(db: SqlRunner): Promise<{ id: string; display_name: string; role: string }[]> {
  return db.all<{ id: string; display_name: string; role: string }>('SELECT id, display_name, role FROM users');
}
