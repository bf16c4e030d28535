import type { ApiErrorBody, ApiResult } from '../core/api/errors.js';
import { isLoginFailure, isStoreProblem } from '../core/api/reasons.js';
import type { InputOf, OutputOf, ProcedureName } from '../core/api/router.js';
import type { AuditEntryInput } from '../core/audit/log.js';
import { AUTH_ERROR_MESSAGES } from '../core/auth/errors.js';
import type { Core } from '../core/index.js';
import { withCore } from './core.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { createPrompter, type Prompter } from './prompt.js';

/** The CLI's one transport connection: a login binds the admin to it for the length of one command. */
export const CLI_CONNECTION = 'cli';

/** Calls a procedure through the one API, as the CLI connection (or anonymously with `null`). */
export function call<N extends ProcedureName>(
  core: Core,
  name: N,
  input: InputOf<N>,
  connectionId: string | null = CLI_CONNECTION,
): Promise<ApiResult<OutputOf<N>>> {
  return core.dispatch({ name, input, connectionId, emit: () => undefined }) as Promise<ApiResult<OutputOf<N>>>;
}

export async function callOk<N extends ProcedureName>(
  core: Core,
  name: N,
  input: InputOf<N>,
  connectionId: string | null = CLI_CONNECTION,
): Promise<OutputOf<N>> {
  const result = await call(core, name, input, connectionId);
  if (!result.ok) throw apiFailure(result.error);
  return result.data;
}

export function exitCodeFor(error: ApiErrorBody): number {
  if (isLoginFailure(error.reason)) return EXIT.login;
  if (error.reason === 'SETUP_REQUIRED' || isStoreProblem(error.reason)) return EXIT.store;
  return EXIT.failed;
}

/** An API error as the CLI shows it: the Norwegian message (the field messages for bad input). */
export function apiFailure(error: ApiErrorBody): CliError {
  const fields =
    error.code === 'VALIDATION' && error.fields?.length
      ? [...new Set(error.fields.map((f) => f.message))].join(' ')
      : null;
  const message = fields ?? error.message;
  return new CliError(
    /Ingenting (er|ble) endret/.test(message) || exitCodeFor(error) === EXIT.login
      ? message
      : `${message} Ingenting ble endret.`,
    exitCodeFor(error),
  );
}

/**
 * Before asking for a password: is there an organisation here, and can its key file and database
 * be found? Problems are told at once (nothing to type, nothing changed).
 */
export async function requireSetUp(core: Core): Promise<void> {
  const status = await callOk(core, 'auth.status', {}, null);
  if (status.state === 'setup')
    throw new CliError(`${AUTH_ERROR_MESSAGES.SETUP_REQUIRED} Kjør «inkludmi init». Ingenting ble endret.`, EXIT.store);
  if (status.problem) throw new CliError(status.problem.message, EXIT.store);
}

export interface AdminSession {
  userId: string;
  displayName: string;
}

/**
 * Logs an administrator in through the AuthService (auth.login): the only way a command gets the
 * database open. Another role is logged out again and refused (audited under `action`).
 */
export async function loginAdmin(
  core: Core,
  prompter: Prompter,
  options: { user?: string | undefined; action: string },
): Promise<AdminSession> {
  await requireSetUp(core);
  const username = options.user?.trim() || (await prompter.ask('Brukernavn (administrator): '));
  const password = await prompter.secret('Passord: ');
  const result = await call(core, 'auth.login', { username, password });
  if (!result.ok) throw apiFailure(result.error);
  if (result.data.role !== 'admin') {
    await core.services.audit.record({
      actorId: result.data.userId,
      actorRole: result.data.role,
      action: options.action,
      outcome: 'denied',
      reason: 'FORBIDDEN',
    });
    await call(core, 'auth.logout', {});
    throw new CliError(
      'Denne kommandoen krever en administrator. Logg inn med en administratorkonto. Ingenting ble endret.',
      EXIT.login,
    );
  }
  return { userId: result.data.userId, displayName: result.data.displayName };
}

export interface AdminContext {
  core: Core;
  dataDir: string;
  admin: AdminSession;
  prompter: Prompter;
  /** Writes an audit entry for this command, as the logged-in admin (codes and ids only). */
  audit(entry: Omit<AuditEntryInput, 'actorId' | 'actorRole'>): Promise<void>;
}

/**
 * Runs a command as a logged-in administrator: core for the data folder, admin login, the body,
 * then logout and core closed (the database key is overwritten) whatever happened.
 */
export async function asAdmin<T>(
  io: CliIo,
  options: { dataDir: string | undefined; user: string | undefined; action: string },
  body: (ctx: AdminContext) => Promise<T>,
): Promise<T> {
  const prompter = createPrompter(io);
  try {
    return await withCore(
      options.dataDir,
      async (core, dataDir) => {
        const admin = await loginAdmin(core, prompter, options);
        try {
          return await body({
            core,
            dataDir,
            admin,
            prompter,
            audit: (entry) => core.services.audit.record({ ...entry, actorId: admin.userId, actorRole: 'admin' }),
          });
        } finally {
          await call(core, 'auth.logout', {}).catch(() => undefined);
        }
      },
      { kdfCost: io.kdfCost, command: options.action },
    );
  } finally {
    prompter.close();
  }
}
