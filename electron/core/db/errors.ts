/** Why the encrypted store could not do what was asked. Messages for people are in auth/messages.ts. */
export type DbErrorCode =
  /** The key does not open this database (wrong key, another organisation's database, or damaged). */
  | 'WRONG_KEY'
  /** The file is not an SQLCipher database the app can read (damaged or not a database at all). */
  | 'DAMAGED'
  /** The database was written by a newer version of the app (a migration it does not know). */
  | 'TOO_NEW'
  /** A migration failed; nothing of it was applied. */
  | 'MIGRATION_FAILED'
  /** The connection was closed (the app locked) while work was still queued. */
  | 'CLOSED';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    /** Technical detail for tests and logs by code only; never shown to people, never personal data. */
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DbError';
  }
}
