import type { z } from 'zod';
import type { Principal, Role } from '../auth/types.js';
import type { ApiEvent } from './events.js';

/**
 * Who may call a procedure:
 * - 'public': anyone who can reach the transport (the host's token still applies);
 * - 'authenticated': any logged-in user;
 * - a list of roles: a logged-in user with one of them.
 * Caseload rules (which participant) are enforced inside the services.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** What a handler gets besides its validated input. */
export interface CallContext<Services> {
  services: Services;
  principal: Principal | null;
  /** The caller's transport connection (login binds a user to it). */
  connectionId: string | null;
  /** Sends one event on the caller's event channel (tokens, progress). */
  emit: (event: ApiEvent) => void;
  /** Aborted when the caller goes away or asks to stop. */
  signal: AbortSignal;
}

/** What a call touches, for the audit entry the dispatcher writes (ids only, never content). */
export interface AuditTarget {
  type: string;
  id: string | null;
}

export interface ProcedureDef<Services, Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /**
   * Set on every procedure that reads or writes participant data or accounts: the dispatcher then
   * audits each call (who, what, which record, when, why, outcome). Refused calls are always audited.
   */
  audit?: (input: z.output<Input>) => AuditTarget;
  /** One line for people reading the table and the audit log. */
  summary: string;
  // Method syntax on purpose: the dispatcher treats every entry as ProcedureDef<S, ZodType, unknown>.
  handler(input: z.output<Input>, ctx: CallContext<Services>): Promise<Output>;
}

export type AnyProcedure<Services> = ProcedureDef<Services, z.ZodType, unknown>;

/** Returns an identity function that fixes the types of one table entry for a given services type. */
export function procedureFactory<Services>() {
  return <Input extends z.ZodType, Output>(def: ProcedureDef<Services, Input, Output>): ProcedureDef<Services, Input, Output> => def;
}
