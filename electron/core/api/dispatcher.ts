import { z } from 'zod';
import type { Principal } from '../auth/types.js';
import { ApiError, errorBody, type ApiErrorBody, type ApiResult } from './errors.js';
import type { ApiEvent } from './events.js';
import type { Access, AnyProcedure, AuditTarget } from './procedure.js';
import { norwegianErrorMap, toFieldErrors } from './validation.js';

export interface DispatchRequest {
  name: string;
  input: unknown;
  /**
   * The transport's connection (one window over IPC, one page over the loopback host). A login
   * binds a user to the connection, so no session secret ever travels to the page.
   */
  connectionId: string | null;
  emit: (event: ApiEvent) => void;
  signal?: AbortSignal;
}

/** What the dispatcher reports about each call that was refused or failed, for the audit log. */
export interface DispatchOutcome {
  procedure: string;
  principal: Principal | null;
  outcome: 'ok' | 'denied' | 'invalid' | 'error';
  code: ApiErrorBody['code'] | null;
  /** True when the procedure declares itself audited (participant data, accounts). */
  audited: boolean;
  /** The record the call was about, when the procedure names one. */
  target: AuditTarget | null;
}

export interface DispatcherOptions<Services> {
  table: Readonly<Record<string, AnyProcedure<Services>>>;
  services: Services;
  /**
   * Maps a connection to its logged-in user; null when nobody is logged in, expired or locked.
   * `activity` is false for public procedures (status polling must not keep the app unlocked).
   */
  resolveSession: (connectionId: string, activity: boolean) => Promise<Principal | null>;
  /** Called after every call; must not throw. */
  onOutcome?: (outcome: DispatchOutcome) => Promise<void> | void;
  /** Turns a service's own typed error into an API error body; null for anything it does not know. */
  translateError?: (err: unknown) => ApiErrorBody | null;
  /** Logs failures by procedure name and error class only, never messages or inputs. */
  logFailure?: (procedure: string, errorClass: string) => void;
}

export type Dispatch = (request: DispatchRequest) => Promise<ApiResult<unknown>>;

export function createDispatcher<Services>(options: DispatcherOptions<Services>): Dispatch {
  const { table, services, resolveSession } = options;
  const report = async (outcome: DispatchOutcome): Promise<void> => {
    try {
      await options.onOutcome?.(outcome);
    } catch {
      options.logFailure?.(outcome.procedure, 'OutcomeHookFailed');
    }
  };

  return async (request) => {
    const def = Object.hasOwn(table, request.name) ? table[request.name] : undefined;
    if (!def) {
      return { ok: false, error: errorBody('UNKNOWN_PROCEDURE') };
    }

    const principal = request.connectionId ? await resolveSession(request.connectionId, def.access !== 'public') : null;
    const audited = def.audit !== undefined;
    const parsed = def.input.safeParse(request.input ?? {}, { error: norwegianErrorMap });
    const target = parsed.success ? targetOf(def, parsed.data) : null;
    const denied = checkAccess(def.access, principal);
    if (denied) {
      await report({ procedure: request.name, principal, outcome: 'denied', code: denied.code, audited, target });
      return { ok: false, error: denied };
    }

    if (!parsed.success) {
      await report({ procedure: request.name, principal, outcome: 'invalid', code: 'VALIDATION', audited, target: null });
      return { ok: false, error: errorBody('VALIDATION', undefined, toFieldErrors(parsed.error)) };
    }

    try {
      const data = await def.handler(parsed.data, {
        services,
        principal,
        connectionId: request.connectionId,
        emit: request.emit,
        signal: request.signal ?? new AbortController().signal,
      });
      await report({ procedure: request.name, principal, outcome: 'ok', code: null, audited, target });
      return { ok: true, data };
    } catch (err) {
      const error = options.translateError?.(err) ?? toErrorBody(err);
      if (error.code === 'INTERNAL') options.logFailure?.(request.name, err instanceof Error ? err.name : typeof err);
      await report({
        procedure: request.name,
        principal,
        outcome: error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' ? 'denied' : error.code === 'VALIDATION' ? 'invalid' : 'error',
        code: error.code,
        audited,
        target,
      });
      return { ok: false, error };
    }
  };
}

function targetOf<Services>(def: AnyProcedure<Services>, input: unknown): AuditTarget | null {
  try {
    return def.audit?.(input) ?? null;
  } catch {
    return null;
  }
}

function checkAccess(access: Access, principal: Principal | null): ApiErrorBody | null {
  if (access === 'public') return null;
  if (!principal) return errorBody('UNAUTHENTICATED');
  if (access === 'authenticated') return null;
  return access.includes(principal.role) ? null : errorBody('FORBIDDEN');
}

function toErrorBody(err: unknown): ApiErrorBody {
  if (err instanceof ApiError) return err.toBody();
  if (err instanceof z.ZodError) return errorBody('VALIDATION', undefined, toFieldErrors(err));
  return errorBody('INTERNAL');
}
