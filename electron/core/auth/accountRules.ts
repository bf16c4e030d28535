import type { SqlRunner } from '../db/index.js';
import { DomainError } from '../errors/index.js';
import type { SettingsService } from '../settings/index.js';
import { normalizeUsername } from './keyFile.js';
import { passwordProblem } from './passwords.js';
import { usersRepo, type User } from './users.js';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** The normalised username, or VALIDATION with a Norwegian message when it is not a valid one. */
export function checkUsername(input: string): string {
  const username = normalizeUsername(input);
  if (!USERNAME.test(username)) {
    throw new DomainError('VALIDATION', undefined, [
      {
        path: 'username',
        message: 'Brukernavnet må ha 2–64 tegn: små bokstaver a–z, tall, punktum, bindestrek, understrek eller @.',
      },
    ]);
  }
  return username;
}

/** What is wrong with a new password under the organisation's rules (Norwegian), or null. */
export function passwordProblemIn(
  settings: SettingsService,
  password: string,
  personalWords: string[] = [],
): string | null {
  return passwordProblem(password, { minLength: settings.effective().passwordMinLength, personalWords });
}

/** Password check with the organisation's minimum length; VALIDATION on `field` with a Norwegian message. */
export function checkPassword(
  settings: SettingsService,
  password: string,
  personalWords: string[] = [],
  field = 'password',
): void {
  const problem = passwordProblemIn(settings, password, personalWords);
  if (problem) throw new DomainError('VALIDATION', problem, [{ path: field, message: problem }]);
}

/** The account, or NOT_FOUND. */
export async function requireUser(db: SqlRunner, userId: string): Promise<User> {
  const user = await usersRepo.byId(db, userId);
  if (!user) throw new DomainError('NOT_FOUND', 'Fant ikke brukeren.');
  return user;
}
