import { participantUserId, type Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import { DomainError } from '../errors/index.js';
import {
  liftParticipantRestriction,
  restrictedParticipants,
  restrictParticipant,
  type NewNote,
  type ProfileChanges,
} from '../followup/index.js';
import type { SettingsService } from '../settings/index.js';
import { assertRightsAccess, requireAdmin } from './access.js';
import { accessExportDocument } from './documents.js';
import { planErasure, eraseRows, reclaimSpace, type ErasurePlan, type ErasureReceipt } from './erasure.js';
import { buildAccessExport, type AccessExport } from './exportData.js';
import { renderPdf } from './pdf.js';
import { toPdfFile, stamp, type PdfFile } from './pdfFile.js';
import type { LegalBasisRegister } from './register.js';
import type { PrivacyRequest, RequestLog } from './requests.js';
import { decisionLogDays, retentionMonths } from './retentionRules.js';
import type { PersonalDataSource } from './sources.js';

/** What core/privacy needs from the other services (ports, read at call time). */
export interface PrivacyPorts {
  /** Removes a login's key slot and ends its sessions (the account service, as an admin). */
  deactivateAccount(admin: Principal, userId: string): Promise<void>;
  /** The assigned counselor corrects the profile (rectification). */
  updateProfile(principal: Principal, participantId: string, changes: ProfileChanges): Promise<unknown>;
  /** The assigned counselor adds the participant's supplementary statement as a note (art. 16). */
  addNote(principal: Principal, participantId: string, note: NewNote): Promise<unknown>;
}

interface RightsDeps {
  store: EncryptedStore;
  settings: SettingsService;
  ports: () => PrivacyPorts;
  register: LegalBasisRegister;
  requests: RequestLog;
  sources: () => readonly PersonalDataSource[];
  actionTitles: Readonly<Record<string, string>>;
  clock: () => Date;
}

/**
 * The data subject's rights that act on a participant's data: access and portability (JSON and
 * PDF), rectification, erasure and restriction. Each checks who may ask, and each is logged as a
 * request (the given one is closed, or a new one is registered and closed). Objections live in
 * objections.ts, the request log in requests.ts.
 */
export class DataSubjectRights {
  constructor(private readonly d: RightsDeps) {}

  // ---- access and portability ----

  /**
   * Everything stored about the participant, with the audit trail of who accessed it. For the
   * participant themself and their assigned counselor (an admin does not read content). The
   * request is logged (the given one is closed, or a new one is registered and closed).
   */
  async exportData(
    principal: Principal,
    participantId: string,
    options: { kind?: 'access' | 'portability'; requestId?: string | null | undefined } = {},
  ): Promise<AccessExport> {
    if (principal.role === 'admin')
      throw new DomainError(
        'FORBIDDEN',
        'Administratorer leser ikke innholdet om deltakere. Innsyn gis av deltakeren selv eller veilederen.',
      );
    await assertRightsAccess(this.d.store.db, principal, participantId, 'content');
    const now = this.d.clock();
    const data = await buildAccessExport({
      db: this.d.store.db,
      participantId,
      organisationName: (await this.d.store.organisation()).name,
      register: await this.d.register.current(),
      sources: this.d.sources(),
      actionTitles: this.d.actionTitles,
      now,
    });
    await this.d.store.db.transaction(async (tx) => {
      const id = await this.d.requests.ensure(
        tx,
        principal,
        participantId,
        options.kind ?? 'access',
        options.requestId,
      );
      await this.d.requests.closeIn(tx, principal, id, 'completed', 'exported');
    });
    return data;
  }

  async exportPdf(
    principal: Principal,
    participantId: string,
    options: { requestId?: string | null | undefined } = {},
  ): Promise<PdfFile> {
    const data = await this.exportData(principal, participantId, { kind: 'access', ...options });
    return toPdfFile(`innsyn-${stamp(this.d.clock())}.pdf`, await renderPdf(accessExportDocument(data)));
  }

  // ---- rectification ----

  /** The assigned counselor corrects the profile and/or adds the participant's statement (art. 16); logged as a request. */
  async rectify(
    principal: Principal,
    participantId: string,
    input: {
      changes?: ProfileChanges | undefined;
      statement?: string | undefined;
      requestId?: string | null | undefined;
    },
  ): Promise<PrivacyRequest> {
    if (principal.role !== 'counselor')
      throw new DomainError('FORBIDDEN', 'Retting gjøres av veilederen som er tildelt deltakeren.');
    await assertRightsAccess(this.d.store.db, principal, participantId, 'notes');
    const changes = input.changes ?? {};
    if (Object.keys(changes).length === 0 && !input.statement) {
      throw new DomainError('VALIDATION', undefined, [
        { path: 'changes', message: 'Skriv hva som skal rettes, eller deltakerens merknad.' },
      ]);
    }
    const ports = this.d.ports();
    if (Object.keys(changes).length > 0) await ports.updateProfile(principal, participantId, changes);
    if (input.statement) {
      const today = stamp(this.d.clock());
      await ports.addNote(principal, participantId, {
        kind: 'other',
        occurredOn: today,
        body: `Merknad fra deltakeren (retting etter personvernforordningen artikkel 16): ${input.statement}`,
      });
    }
    const id = await this.d.store.db.transaction(async (tx) => {
      const requestId = await this.d.requests.ensure(tx, principal, participantId, 'rectification', input.requestId);
      await this.d.requests.closeIn(tx, principal, requestId, 'completed', 'rectified');
      return requestId;
    });
    return this.d.requests.get(id);
  }

  // ---- erasure ----

  /** The decision log's period the organisation set (issue 17), in days. */
  #decisionLogDays(): number {
    return decisionLogDays(retentionMonths(this.d.settings.effective()).decisionLog);
  }

  async erasurePreview(principal: Principal, participantId: string): Promise<ErasurePlan> {
    requireAdmin(principal, 'Bare en administrator kan slette en deltaker.');
    await assertRightsAccess(this.d.store.db, principal, participantId, 'record');
    return planErasure(this.d.store.db, participantId, this.d.sources(), this.d.clock(), this.#decisionLogDays());
  }

  /**
   * Erases the participant (art. 17): their login's key slot, then every row in one transaction
   * (records the law requires stay, and are listed), then the space is reclaimed so the deleted
   * bytes are gone from the database file and its WAL. Refused under legal hold.
   */
  async erase(
    principal: Principal,
    participantId: string,
    options: { requestId?: string | null | undefined } = {},
  ): Promise<ErasureReceipt> {
    requireAdmin(principal, 'Bare en administrator kan slette en deltaker.');
    await assertRightsAccess(this.d.store.db, principal, participantId, 'record');
    const now = this.d.clock();
    const plan = await planErasure(this.d.store.db, participantId, this.d.sources(), now, this.#decisionLogDays());
    if (plan.legalHold) {
      throw new DomainError(
        'CONFLICT',
        `Deltakeren har et bevaringspålegg (${plan.legalHold.reason}). Ingenting kan slettes før pålegget er opphevet.`,
      );
    }
    const userId = await participantUserId(this.d.store.db, participantId);
    if (userId) await this.d.ports().deactivateAccount(principal, userId);
    const requestId = await this.d.store.db.transaction(async (tx) => {
      const id = await this.d.requests.ensure(tx, principal, participantId, 'erasure', options.requestId);
      await eraseRows(tx, participantId, this.d.sources(), now, this.#decisionLogDays());
      await this.d.requests.closeIn(tx, principal, id, 'completed', 'erased');
      await tx.run(
        'INSERT INTO privacy_erasures (participant_id, erased_at, erased_by, request_id, kept) VALUES (?, ?, ?, ?, ?)',
        [
          participantId,
          now.toISOString(),
          principal.userId,
          id,
          JSON.stringify(plan.keep.map((k) => ({ table: k.table, rows: k.rows, until: k.until }))),
        ],
      );
      return id;
    });
    await this.d.register.reloadObjections();
    const reclaimed = await reclaimSpace(this.d.store.db);
    return { ...plan, erasedAt: now.toISOString(), requestId, reclaimed };
  }

  // ---- restriction ----

  async restrict(
    principal: Principal,
    participantId: string,
    options: { requestId?: string | null | undefined; note?: string | null | undefined } = {},
  ): Promise<PrivacyRequest> {
    requireAdmin(principal, 'Bare en administrator kan begrense behandlingen.');
    await assertRightsAccess(this.d.store.db, principal, participantId, 'record');
    const at = this.d.clock().toISOString();
    const id = await this.d.store.db.transaction(async (tx) => {
      const requestId = await this.d.requests.ensure(tx, principal, participantId, 'restriction', options.requestId);
      await restrictParticipant(tx, participantId, at);
      await this.d.requests.closeIn(tx, principal, requestId, 'completed', 'restricted', options.note ?? null);
      return requestId;
    });
    return this.d.requests.get(id);
  }

  /** Lifts the restriction (tell the participant first, art. 18(3)). */
  async liftRestriction(
    principal: Principal,
    participantId: string,
  ): Promise<{ participantId: string; restricted: false }> {
    requireAdmin(principal, 'Bare en administrator kan oppheve en begrensning.');
    await assertRightsAccess(this.d.store.db, principal, participantId, 'record');
    const lifted = await this.d.store.db.transaction((tx) => liftParticipantRestriction(tx, participantId));
    if (!lifted) throw new DomainError('CONFLICT', 'Behandlingen av denne deltakeren er ikke begrenset.');
    return { participantId, restricted: false };
  }

  async restrictions(
    principal: Principal,
  ): Promise<{ participantId: string; displayName: string; restrictedAt: string }[]> {
    requireAdmin(principal);
    const rows = await restrictedParticipants(this.d.store.db);
    return rows.map((r) => ({ participantId: r.id, displayName: r.display_name, restrictedAt: r.restricted_at }));
  }
}
