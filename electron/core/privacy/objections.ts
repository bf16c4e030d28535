import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import { liftParticipantRestriction, restrictParticipant, systemClock, type Clock } from '../followup/index.js';
import { assertRightsAccess, requireAdmin } from './access.js';
import { PURPOSE_INFO, type Purpose } from './purposes.js';
import type { LegalBasisRegister } from './register.js';
import type { RequestLog } from './requests.js';

export type ObjectionStatus = 'pending' | 'upheld' | 'rejected';

export interface Objection {
  id: string;
  participantId: string;
  purpose: Purpose;
  /** objection (art. 21, basis 6(1)(e) or (f)) or consent_withdrawn (basis 6(1)(a), art. 7(3)). */
  kind: 'objection' | 'consent_withdrawn';
  status: ObjectionStatus;
  receivedAt: string;
  requestId: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
}

interface ObjectionRow {
  id: string;
  participant_id: string;
  purpose: Purpose;
  kind: 'objection' | 'consent_withdrawn';
  status: ObjectionStatus;
  received_at: string;
  request_id: string | null;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
}

const fromRow = (r: ObjectionRow): Objection => ({
  id: r.id,
  participantId: r.participant_id,
  purpose: r.purpose,
  kind: r.kind,
  status: r.status,
  receivedAt: r.received_at,
  requestId: r.request_id,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  reason: r.reason,
});

/**
 * Objections (art. 21) where a purpose's basis is 6(1)(e) or (f), and withdrawn consent where it is
 * 6(1)(a). The purpose stops for the participant at once, while the objection is pending (art.
 * 18(1)(d)) and when it is upheld; an admin may reject an objection only with the compelling
 * legitimate grounds written down. An objection to follow-up itself restricts the whole record
 * while it is pending, since follow-up cannot run halfway.
 */
export class ObjectionService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly register: LegalBasisRegister,
    private readonly requests: RequestLog,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  async object(
    principal: Principal,
    participantId: string,
    purpose: Purpose,
    options: { requestId?: string | null | undefined } = {},
  ): Promise<Objection> {
    await assertRightsAccess(this.db, principal, participantId, 'record');
    if (principal.role === 'admin' && !options.requestId) {
      throw new DomainError('VALIDATION', 'Registrer protesten som et krav fra deltakeren først, og oppgi kravet.', [
        { path: 'requestId', message: 'Oppgi kravet protesten gjelder.' },
      ]);
    }
    const basis = (await this.register.current()).bases.get(purpose);
    if (!basis)
      throw new DomainError(
        'CONFLICT',
        `«${PURPOSE_INFO[purpose].title}» har ikke noe registrert grunnlag og brukes ikke. Det er ingenting å protestere mot.`,
      );
    const kind =
      basis.article6 === 'a'
        ? 'consent_withdrawn'
        : basis.article6 === 'e' || basis.article6 === 'f'
          ? 'objection'
          : null;
    if (!kind) {
      throw new DomainError(
        'CONFLICT',
        `Retten til å protestere gjelder når grunnlaget er berettiget interesse eller offentlig oppgave (artikkel 21). «${PURPOSE_INFO[purpose].title}» bygger på et annet grunnlag. Deltakeren kan be om sletting eller begrensning i stedet.`,
      );
    }
    const standing = await this.db.get<{ id: string }>(
      "SELECT id FROM privacy_objections WHERE participant_id = ? AND purpose = ? AND status IN ('pending', 'upheld')",
      [participantId, purpose],
    );
    if (standing) return this.get(standing.id);
    const id = randomUUID();
    const now = this.clock().toISOString();
    await this.db.transaction(async (tx) => {
      const requestId = await this.requests.ensure(tx, principal, participantId, 'objection', options.requestId);
      // Withdrawn consent takes effect at once; an objection waits for the admin's decision.
      const status: ObjectionStatus = kind === 'consent_withdrawn' ? 'upheld' : 'pending';
      await tx.run(
        `INSERT INTO privacy_objections (id, participant_id, purpose, kind, status, received_at, request_id, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          participantId,
          purpose,
          kind,
          status,
          now,
          requestId,
          status === 'upheld' ? now : null,
          status === 'upheld' ? principal.userId : null,
        ],
      );
      if (status === 'upheld') await this.requests.closeIn(tx, principal, requestId, 'completed', 'consent_withdrawn');
      if (PURPOSE_INFO[purpose].core) await restrictParticipant(tx, participantId, now);
    });
    await this.register.reloadObjections();
    return this.get(id);
  }

  /** The admin decides: upheld (the purpose stays off for them), or rejected with the compelling grounds. */
  async decide(
    principal: Principal,
    id: string,
    input: { status: 'upheld' | 'rejected'; reason?: string | null | undefined },
  ): Promise<Objection> {
    requireAdmin(principal, 'Bare en administrator kan avgjøre en protest.');
    const objection = await this.get(id);
    if (objection.status !== 'pending') throw new DomainError('CONFLICT', 'Protesten er allerede avgjort.');
    if (input.status === 'rejected' && !input.reason) {
      throw new DomainError('VALIDATION', undefined, [
        {
          path: 'reason',
          message:
            'Skriv de tungtveiende berettigede grunnene som går foran deltakerens interesser (artikkel 21 nr. 1).',
        },
      ]);
    }
    const now = this.clock().toISOString();
    await this.db.transaction(async (tx) => {
      await tx.run(
        'UPDATE privacy_objections SET status = ?, decided_at = ?, decided_by = ?, reason = ? WHERE id = ?',
        [input.status, now, principal.userId, input.reason ?? null, id],
      );
      if (objection.requestId)
        await this.requests.closeIn(
          tx,
          principal,
          objection.requestId,
          input.status === 'upheld' ? 'completed' : 'refused',
          `objection_${input.status}`,
        );
      // A rejected objection to follow-up lifts the restriction it placed.
      if (input.status === 'rejected' && PURPOSE_INFO[objection.purpose].core)
        await liftParticipantRestriction(tx, objection.participantId);
    });
    await this.register.reloadObjections();
    return this.get(id);
  }

  async get(id: string): Promise<Objection> {
    const row = await this.db.get<ObjectionRow>('SELECT * FROM privacy_objections WHERE id = ?', [id]);
    if (!row) throw new DomainError('NOT_FOUND', 'Fant ikke protesten.');
    return fromRow(row);
  }

  async list(principal: Principal, participantId?: string): Promise<Objection[]> {
    if (participantId) await assertRightsAccess(this.db, principal, participantId, 'record');
    else requireAdmin(principal);
    const rows = participantId
      ? await this.db.all<ObjectionRow>(
          'SELECT * FROM privacy_objections WHERE participant_id = ? ORDER BY received_at DESC',
          [participantId],
        )
      : await this.db.all<ObjectionRow>(
          "SELECT * FROM privacy_objections ORDER BY status = 'pending' DESC, received_at DESC",
        );
    return rows.map(fromRow);
  }
}
