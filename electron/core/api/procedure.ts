import type { z } from 'zod';
import type { Principal, Role } from '../auth/index.js';
import type { ParticipantScope } from '../followup/index.js';
import type { Feature } from '../policy/index.js';
import type { ApiEvent } from './events.js';

/**
 * Who may call a procedure:
 * - 'public': anyone who can reach the transport (the host's token still applies);
 * - 'authenticated': any logged-in user;
 * - a list of roles: a logged-in user with one of them.
 * Which participant a caller may reach is declared with `participant` and enforced by the dispatcher.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type { ParticipantScope };

/** Records that belong to one participant, so an id of one names its participant (resolved by the owning module). */
export const OWNED_RECORDS = [
  'conversation',
  'crisisFlag',
  'step',
  'appointment',
  'privacyRequest',
  'objection',
  'decisionCase',
  'decisionSession',
] as const;
export type OwnedRecord = (typeof OWNED_RECORDS)[number];

type FieldOf<In> = Extract<keyof In, string>;

/**
 * How the dispatcher finds the participant a call is about, and what of her it reaches. It refuses
 * (and audits the refusal once) before the handler runs; the handler never checks it again.
 */
export interface ParticipantRule<In> {
  /** The input field holding the participant id, or a field holding the id of a record she owns. */
  from: FieldOf<In> | { field: FieldOf<In>; owner: OwnedRecord };
  scope: ParticipantScope;
  /** Other input fields holding ids of records that must belong to that same participant (else NOT_FOUND). */
  owns?: Partial<Record<FieldOf<In>, OwnedRecord>>;
  /** The field may be absent: the call is then about the caller's own caseload, and the service filters it. */
  optional?: true;
  /** Data-subject rights (access, erasure, lifting it) still reach a record whose processing is restricted (art. 18). */
  restricted?: 'allowed';
}

/** What a handler gets besides its validated input. `principal` is never null unless access is public. */
export interface CallContext<Services, A extends Access = Access> {
  services: Services;
  principal: A extends 'public' ? Principal | null : Principal;
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

export interface ProcedureDef<Services, Input extends z.ZodType, Output, A extends Access = Access> {
  input: Input;
  access: A;
  /** Declared on every procedure whose input names a participant or a record of hers (see the table test). */
  participant?: ParticipantRule<z.output<Input>>;
  /**
   * The processing purpose the procedure serves: the dispatcher refuses unless the organisation has
   * switched it on, a legal basis is recorded for it and (for the participant of the call) no objection stands.
   */
  feature?: Feature;
  /**
   * Set on every procedure that reads or writes participant data or accounts: the dispatcher then
   * audits each call (who, what, which record, when, why, outcome). Refused calls are always audited.
   */
  audit?: (input: z.output<Input>) => AuditTarget;
  /**
   * A routine read of the caller's own page (her own list, her own notice): the first such read of
   * a day gets its own audit entry, later ones that day are counted and sealed into the chain as one
   * entry with the count. The dispatcher counts a call only when it names no participant or names
   * the caller herself; a read of another person's data is never counted here (an assigned
   * counselor's plain reads of her participant are counted per opening instead, see `recordRead`).
   */
  routineOwnRead?: true;
  /**
   * A plain read of one participant's data (nothing written, nothing leaves the app). When her
   * assigned counselor makes it, it belongs to the counselor's OPENING of her record: the first
   * read of an opening gets its own audit entry with its own time, before the answer goes out;
   * further reads while the opening lasts (until 10 minutes without a read of her data by that
   * counselor, a read of another participant, logout or lock) are counted and sealed into the chain
   * with the count per procedure (see audit/routineReads). The dispatcher decides it from this
   * declaration and the call: a read by anyone else than her assigned counselor, and a
   * data-subject-rights procedure (`restricted: 'allowed'`), keep an entry per call, as does every
   * procedure not declared (writes, exports, searches, the full national id). Declared only on plain
   * reads of one named participant (the table test in test/core/audit/labels.test.ts checks it).
   */
  recordRead?: true;
  /**
   * Callable by a user who must still replace a password the admin set (the password screen: change
   * it, log out, lock, report activity). Every other non-public procedure refuses until then.
   */
  beforePasswordChange?: true;
  /** One line for people reading the table and the audit log. */
  summary: string;
  // Method syntax on purpose: the dispatcher treats every entry as ProcedureDef<S, ZodType, unknown>.
  handler(input: z.output<Input>, ctx: CallContext<Services, A>): Promise<Output>;
}

export type AnyProcedure<Services> = ProcedureDef<Services, z.ZodType, unknown>;

/** Returns an identity function that fixes the types of one table entry for a given services type. */
export function procedureFactory<Services>() {
  return <Input extends z.ZodType, Output, const A extends Access>(
    def: ProcedureDef<Services, Input, Output, A>,
  ): ProcedureDef<Services, Input, Output, A> => def;
}
