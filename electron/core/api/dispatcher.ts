import { z } from 'zod';
import { AUTH_ERROR_MESSAGES, type Principal } from '../auth/index.js';
import { DomainError } from '../errors/index.js';
import { ApiError, errorBody, toApiErrorBody, type ApiErrorBody, type ApiResult } from './errors.js';
import type { ApiEvent } from './events.js';
import type { Feature } from '../policy/index.js';
import type { AnyProcedure, AuditTarget, OwnedRecord, ParticipantRule, ParticipantScope } from './procedure.js';
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
  /**
   * A routine read of the caller's own page (declared `routineOwnRead`, and the call names no
   * participant or the caller herself): counted per user per day after its first entry.
   */
  routine?: true;
  /**
   * The participant whose record this read belongs to an opening of (declared `recordRead`, made
   * by her assigned counselor): the first read of an opening gets an entry, the rest are counted.
   */
  opening?: string;
}

export interface DispatcherOptions<Services> {
  table: Readonly<Record<string, AnyProcedure<Services>>>;
  services: Services;
  /**
   * Maps a connection to its logged-in user; null when nobody is logged in, expired or locked.
   * `activity` is false for public procedures (status polling must not keep the app unlocked).
   */
  resolveSession: (connectionId: string, activity: boolean) => Promise<Principal | null>;
  /**
   * Runs an audited call so that its audit entry commits in the same transaction as its writes
   * (or, for a read, before the answer goes out). When it throws, the call fails: a read that
   * cannot be audited is refused.
   */
  runAudited?: <T>(outcome: DispatchOutcome, work: () => Promise<T>) => Promise<T>;
  /** Called after every call; must not throw. */
  onOutcome?: (outcome: DispatchOutcome) => Promise<void> | void;
  /** Turns a service's own typed error into an API error body; null for anything it does not know. */
  translateError?: (err: unknown) => ApiErrorBody | null;
  /** Logs failures by procedure name and error class only, never messages or inputs. */
  logFailure?: (procedure: string, errorClass: string) => void;
  /** Enforces what procedures declare (`participant`, `feature`); required when any procedure declares one. */
  rules?: DeclaredRules;
  /**
   * Runs each call in a scope of its own: the store answers the call's repeated identical reads
   * once until it writes (the access rule, checked here and again by each service on the way).
   */
  callScope?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * The checks behind the declared rules, provided by the composition root from the owning modules.
 * Each throws the error the caller gets (FORBIDDEN, NOT_FOUND, UNAVAILABLE, ...).
 */
export interface DeclaredRules {
  /**
   * Access by need: may this principal reach this participant for this scope? Resolves to the
   * reason access was given (`assigned_counselor`, `own_data`, `administration`) when it knows it.
   */
  participant(
    principal: Principal,
    participantId: string,
    scope: ParticipantScope,
    options: { restrictedAllowed: boolean },
  ): Promise<string | void>;
  /** The participant a record belongs to; null when there is no such record. */
  ownerOf(record: OwnedRecord, id: string | number): Promise<string | null>;
  /** Is the purpose lawful and switched on (for this participant, when the call names one)? */
  feature(feature: Feature, participantId: string | null): void;
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

  const callScope = options.callScope ?? (<T>(work: () => Promise<T>) => work());
  return (request) => callScope(() => handle(request));

  async function handle(request: DispatchRequest): Promise<ApiResult<unknown>> {
    const def = Object.hasOwn(table, request.name) ? table[request.name] : undefined;
    if (!def) {
      return { ok: false, error: errorBody('UNKNOWN_PROCEDURE') };
    }

    const principal = request.connectionId ? await resolveSession(request.connectionId, def.access !== 'public') : null;
    const audited = def.audit !== undefined;
    const parsed = def.input.safeParse(request.input ?? {}, { error: norwegianErrorMap });
    const target = parsed.success ? targetOf(def, parsed.data) : null;
    const denied = checkAccess(def, principal);
    if (denied) {
      await report({ procedure: request.name, principal, outcome: 'denied', code: denied.code, audited, target });
      return { ok: false, error: denied };
    }

    if (!parsed.success) {
      await report({
        procedure: request.name,
        principal,
        outcome: 'invalid',
        code: 'VALIDATION',
        audited,
        target: null,
      });
      return { ok: false, error: errorBody('VALIDATION', undefined, toFieldErrors(parsed.error)) };
    }

    try {
      const { participantId, reason } = await enforceDeclaredRules(def, parsed.data, principal, options.rules);
      const work = () =>
        def.handler(parsed.data, {
          services,
          principal,
          connectionId: request.connectionId,
          emit: request.emit,
          signal: request.signal ?? new AbortController().signal,
        });
      const ok: DispatchOutcome = { procedure: request.name, principal, outcome: 'ok', code: null, audited, target };
      if (def.routineOwnRead && principal && (participantId === null || participantId === principal.participantId))
        ok.routine = true;
      // Only a declared plain read of one participant, by her assigned counselor, joins an opening.
      else if (def.recordRead && participantId !== null && principal?.role === 'counselor' && reason === ASSIGNED)
        ok.opening = participantId;
      const inTransaction = audited && options.runAudited !== undefined;
      const data = inTransaction ? await options.runAudited!(ok, work) : await work();
      if (!inTransaction) await report(ok);
      return { ok: true, data };
    } catch (err) {
      const error = options.translateError?.(err) ?? toErrorBody(err);
      if (error.code === 'INTERNAL') options.logFailure?.(request.name, err instanceof Error ? err.name : typeof err);
      await report({
        procedure: request.name,
        principal,
        outcome:
          error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED'
            ? 'denied'
            : error.code === 'VALIDATION'
              ? 'invalid'
              : 'error',
        code: error.code,
        audited,
        target,
      });
      return { ok: false, error };
    }
  }
}

const NOT_FOUND = (record: OwnedRecord) =>
  new ApiError('NOT_FOUND', record === 'conversation' ? 'Fant ikke samtalen.' : undefined);

/**
 * The declared rules, in the order that reveals least: the purpose as such (switched on, lawful),
 * then the participant (access by need, records of hers), then the purpose for her (an objection
 * is said only to someone with access to her). Throws; the caller audits the refusal once.
 * Returns the participant the call is about (null when it names none).
 */
async function enforceDeclaredRules<Services>(
  def: AnyProcedure<Services>,
  input: unknown,
  principal: Principal | null,
  rules: DeclaredRules | undefined,
): Promise<Reached> {
  const rule = def.participant as ParticipantRule<Record<string, unknown>> | undefined;
  if (!rule && !def.feature) return { participantId: null, reason: null };
  if (!rules) throw new Error(`Declared rules without a checker`);
  if (!principal) throw new ApiError('UNAUTHENTICATED');
  if (def.feature) rules.feature(def.feature, null);
  const reached = rule
    ? await participantOf(rule, input as Record<string, unknown>, principal, rules)
    : { participantId: null, reason: null };
  if (def.feature && reached.participantId) rules.feature(def.feature, reached.participantId);
  return reached;
}

/** The access reason of an assigned counselor (followup/access), the only one whose reads join an opening. */
const ASSIGNED = 'assigned_counselor';

/** The participant a call is about and why the caller may reach her (null when the rule does not say). */
interface Reached {
  participantId: string | null;
  reason: string | null;
}

async function participantOf(
  rule: ParticipantRule<Record<string, unknown>>,
  input: Record<string, unknown>,
  principal: Principal,
  rules: DeclaredRules,
): Promise<Reached> {
  const field = typeof rule.from === 'string' ? rule.from : rule.from.field;
  const value = input[field];
  if (value === undefined || value === null) {
    if (rule.optional) return { participantId: null, reason: null };
    throw new Error(`Procedure input lacks its declared participant field ${field}`);
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new Error(`Participant field ${field} is not an id`);
  let participantId: string;
  if (typeof rule.from === 'string') participantId = String(value);
  else {
    const owner = await rules.ownerOf(rule.from.owner, value);
    if (!owner) throw NOT_FOUND(rule.from.owner);
    participantId = owner;
  }
  const restrictedAllowed = rule.restricted === 'allowed';
  const reason = await rules.participant(principal, participantId, rule.scope, { restrictedAllowed });
  for (const [ownedField, record] of Object.entries(rule.owns ?? {}) as [string, OwnedRecord][]) {
    const ids = input[ownedField];
    for (const id of Array.isArray(ids) ? ids : [ids]) {
      if (id === undefined || id === null) continue;
      // An id of another participant's record is "not found" here: it says nothing about whether it exists.
      if ((await rules.ownerOf(record, id as string | number)) !== participantId) throw NOT_FOUND(record);
    }
  }
  // A data-subject-rights procedure reaches a restricted record: never counted, whatever it declares.
  return { participantId, reason: restrictedAllowed ? null : (reason ?? null) };
}

function targetOf<Services>(def: AnyProcedure<Services>, input: unknown): AuditTarget | null {
  try {
    return def.audit?.(input) ?? null;
  } catch {
    return null;
  }
}

function checkAccess<Services>(
  { access, beforePasswordChange }: AnyProcedure<Services>,
  principal: Principal | null,
): ApiErrorBody | null {
  if (access === 'public') return null;
  if (!principal) return errorBody('UNAUTHENTICATED');
  // A password the admin set is replaced before anything else (issue 16): only what the password
  // screen needs is declared `beforePasswordChange`.
  if (principal.mustChangePassword && !beforePasswordChange)
    return {
      ...errorBody('FORBIDDEN', AUTH_ERROR_MESSAGES.PASSWORD_CHANGE_REQUIRED),
      reason: 'PASSWORD_CHANGE_REQUIRED',
    };
  if (access === 'authenticated') return null;
  return access.includes(principal.role) ? null : errorBody('FORBIDDEN');
}

function toErrorBody(err: unknown): ApiErrorBody {
  if (err instanceof DomainError) return toApiErrorBody(err);
  if (err instanceof z.ZodError) return errorBody('VALIDATION', undefined, toFieldErrors(err));
  return errorBody('INTERNAL');
}
