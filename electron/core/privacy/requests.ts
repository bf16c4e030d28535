import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { localDate, participantsRepo, systemClock, type Clock } from '../followup/index.js';
import { assertRightsAccess } from './access.js';
import { addMonths, requestDeadline } from './retentionRules.js';

/** The data-subject rights a request can be about (art. 15–21). */
export const REQUEST_KINDS = ['access', 'portability', 'rectification', 'erasure', 'restriction', 'objection'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export type RequestStatus = 'open' | 'completed' | 'refused';

export interface PrivacyRequest {
  id: string;
  participantId: string;
  kind: RequestKind;
  /** Local date it was received. */
  receivedOn: string;
  /** One month after receipt (art. 12(3)). */
  deadline: string;
  /** Up to two further months, with a reason in the note (art. 12(3)). */
  extendedTo: string | null;
  status: RequestStatus;
  /** What was done, as a code (exported, erased, restricted, …). */
  outcome: string | null;
  note: string | null;
  registeredBy: string;
  registeredAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Open past its (extended) deadline. */
  overdue: boolean;
  /** Days until the (extended) deadline; negative when overdue; null when closed. */
  daysLeft: number | null;
}

interface RequestRow {
  id: string;
  participant_id: string;
  kind: RequestKind;
  received_on: string;
  deadline: string;
  extended_to: string | null;
  status: RequestStatus;
  outcome: string | null;
  note: string | null;
  registered_by: string;
  registered_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

const OUTCOME = /^[a-z][a-z_]{1,40}$/;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The log of data-subject requests: each with its deadline, who registered and closed it, and what
 * was done. Every exercise of a right through core/privacy is logged here, also when it was done at
 * once (the request is then registered and closed in the same step).
 */
export class RequestLog {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  async register(
    principal: Principal,
    input: {
      participantId: string;
      kind: RequestKind;
      receivedOn?: string | undefined;
      note?: string | null | undefined;
    },
  ): Promise<PrivacyRequest> {
    await assertRightsAccess(this.db, principal, input.participantId, 'record');
    const today = localDate(this.clock());
    const receivedOn = input.receivedOn ?? today;
    if (receivedOn > today)
      throw new DomainError('VALIDATION', undefined, [
        { path: 'receivedOn', message: 'Datoen kan ikke være frem i tid.' },
      ]);
    const id = await this.db.transaction((tx) => this.insert(tx, principal, { ...input, receivedOn }));
    return this.get(id);
  }

  /** Inside another step's transaction: the request it fulfils (given, or a new one received today). */
  async ensure(
    tx: SqlRunner,
    principal: Principal,
    participantId: string,
    kind: RequestKind,
    requestId?: string | null,
  ): Promise<string> {
    if (requestId) {
      const row = await tx.get<RequestRow>('SELECT * FROM privacy_requests WHERE id = ?', [requestId]);
      if (!row || row.participant_id !== participantId)
        throw new DomainError('NOT_FOUND', 'Fant ikke kravet for denne deltakeren.');
      if (row.status !== 'open') throw new DomainError('CONFLICT', 'Kravet er allerede avsluttet.');
      return row.id;
    }
    return this.insert(tx, principal, { participantId, kind, receivedOn: localDate(this.clock()) });
  }

  /** Closes a request in the caller's transaction. */
  async closeIn(
    tx: SqlRunner,
    principal: Principal,
    id: string,
    status: Exclude<RequestStatus, 'open'>,
    outcome: string,
    note?: string | null,
  ): Promise<void> {
    if (!OUTCOME.test(outcome))
      throw new DomainError('VALIDATION', undefined, [
        { path: 'outcome', message: 'Utfallet må være en kode (små bokstaver og understrek).' },
      ]);
    await tx.run(
      `UPDATE privacy_requests SET status = ?, outcome = ?, note = coalesce(?, note), closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'`,
      [status, outcome, note ?? null, this.clock().toISOString(), principal.userId, id],
    );
  }

  async close(
    principal: Principal,
    id: string,
    input: { status: Exclude<RequestStatus, 'open'>; outcome: string; note?: string | null | undefined },
  ): Promise<PrivacyRequest> {
    const row = await this.row(id);
    await assertRightsAccess(this.db, principal, row.participant_id, 'record');
    if (row.status !== 'open') throw new DomainError('CONFLICT', 'Kravet er allerede avsluttet.');
    if (input.status === 'refused' && !input.note) {
      throw new DomainError('VALIDATION', undefined, [
        {
          path: 'note',
          message: 'Skriv hvorfor kravet avslås. Deltakeren skal få vite det, og at de kan klage til Datatilsynet.',
        },
      ]);
    }
    await this.db.transaction((tx) => this.closeIn(tx, principal, id, input.status, input.outcome, input.note ?? null));
    return this.get(id);
  }

  /** Extends the deadline by up to two further months (art. 12(3)); the reason is required. */
  async extend(principal: Principal, id: string, input: { extendedTo: string; note: string }): Promise<PrivacyRequest> {
    const row = await this.row(id);
    await assertRightsAccess(this.db, principal, row.participant_id, 'record');
    if (row.status !== 'open') throw new DomainError('CONFLICT', 'Kravet er allerede avsluttet.');
    const latest = addMonths(row.deadline, 2);
    if (input.extendedTo <= row.deadline || input.extendedTo > latest) {
      throw new DomainError('VALIDATION', undefined, [
        { path: 'extendedTo', message: `Fristen kan forlenges med inntil to måneder, til senest ${latest}.` },
      ]);
    }
    await this.db.transaction((tx) =>
      tx.run('UPDATE privacy_requests SET extended_to = ?, note = ? WHERE id = ?', [input.extendedTo, input.note, id]),
    );
    return this.get(id);
  }

  async get(id: string): Promise<PrivacyRequest> {
    return this.fromRow(await this.row(id));
  }

  /** An admin sees every request; a counselor those of their caseload; a participant their own. */
  async list(
    principal: Principal,
    filter: { participantId?: string | undefined; openOnly?: boolean | undefined } = {},
  ): Promise<PrivacyRequest[]> {
    if (filter.participantId) await assertRightsAccess(this.db, principal, filter.participantId, 'record');
    const where: string[] = [];
    const params: string[] = [];
    if (filter.participantId) {
      where.push('r.participant_id = ?');
      params.push(filter.participantId);
    } else if (principal.role === 'counselor') {
      const ids = await participantsRepo.idsOfCounselor(this.db, principal.userId);
      where.push(`r.participant_id IN (${ids.map(() => '?').join(', ') || 'NULL'})`);
      params.push(...ids);
    } else if (principal.role === 'participant') {
      where.push('r.participant_id = ?');
      params.push(principal.participantId ?? '');
    }
    if (filter.openOnly) where.push("r.status = 'open'");
    const rows = await this.db.all<RequestRow>(
      `SELECT r.* FROM privacy_requests r ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.status = 'open' DESC, coalesce(r.extended_to, r.deadline), r.registered_at`,
      params,
    );
    return rows.map((r) => this.fromRow(r));
  }

  private async insert(
    tx: SqlRunner,
    principal: Principal,
    input: { participantId: string; kind: RequestKind; receivedOn: string; note?: string | null | undefined },
  ): Promise<string> {
    const id = randomUUID();
    await tx.run(
      `INSERT INTO privacy_requests (id, participant_id, kind, received_on, deadline, status, note, registered_by, registered_at)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
      [
        id,
        input.participantId,
        input.kind,
        input.receivedOn,
        requestDeadline(input.receivedOn),
        input.note ?? null,
        principal.userId,
        this.clock().toISOString(),
      ],
    );
    return id;
  }

  private async row(id: string): Promise<RequestRow> {
    const row = await this.db.get<RequestRow>('SELECT * FROM privacy_requests WHERE id = ?', [id]);
    if (!row) throw new DomainError('NOT_FOUND', 'Fant ikke kravet.');
    return row;
  }

  private fromRow(r: RequestRow): PrivacyRequest {
    const due = r.extended_to ?? r.deadline;
    const today = localDate(this.clock());
    const open = r.status === 'open';
    return {
      id: r.id,
      participantId: r.participant_id,
      kind: r.kind,
      receivedOn: r.received_on,
      deadline: r.deadline,
      extendedTo: r.extended_to,
      status: r.status,
      outcome: r.outcome,
      note: r.note,
      registeredBy: r.registered_by,
      registeredAt: r.registered_at,
      closedAt: r.closed_at,
      closedBy: r.closed_by,
      overdue: open && today > due,
      daysLeft: open ? daysBetween(today, due) : null,
    };
  }
}
