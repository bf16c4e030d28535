import { DomainError } from '../errors/index.js';
import type { AuditService } from '../audit/index.js';
import { participantUserId, type Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import {
  liftParticipantRestriction,
  participantsRepo,
  restrictedParticipants,
  restrictParticipant,
  type NewNote,
} from '../followup/index.js';
import type { ProfileChanges } from '../followup/index.js';
import { FEATURES, type Feature } from '../policy/index.js';
import type { FeatureState, SettingsService } from '../settings/index.js';
import { assertRightsAccess, requireAdmin } from './access.js';
import { accessExportDocument, noticeDocument, recordsDocument } from './documents.js';
import { planErasure, eraseRows, reclaimSpace, type ErasurePlan, type ErasureReceipt } from './erasure.js';
import { buildAccessExport, type AccessExport } from './exportData.js';
import {
  ARTICLE6_GUIDANCE,
  ARTICLE9_GUIDANCE,
  describeArticle6,
  PURPOSE_GUIDANCE,
  type LegalBasisInput,
  type OrganisationRoleInput,
} from './legalBasis.js';
import type { Notice, NoticeContent, NoticeLanguage } from './notice.js';
import { NoticeService, type NoticeVersionInfo, type ParticipantNotice } from './noticeService.js';
import { ObjectionService, type Objection } from './objections.js';
import { renderPdf } from './pdf.js';
import { PURPOSE_INFO, PURPOSES, type Purpose } from './purposes.js';
import { buildRecords, type RecordsOfProcessing } from './records.js';
import { LegalBasisRegister, type RegisterView } from './register.js';
import { RequestLog, type PrivacyRequest, type RequestKind, type RequestStatus } from './requests.js';
import {
  RetentionScheduler,
  RetentionService,
  type RetentionPreview,
  type RetentionRule,
  type RetentionRun,
} from './retention.js';
import { decisionLogDays, retentionMonths } from './retentionRules.js';
import type { PersonalDataSource } from './sources.js';
import {
  assertTrainingAllowed,
  buildTrainingExport,
  trainingStatus,
  type TrainingExport,
  type TrainingStatus,
} from './training.js';

/** What core/privacy needs from the other services (ports, read at call time). */
export interface PrivacyPorts {
  /** Removes a login's key slot and ends its sessions (the account service, as an admin). */
  deactivateAccount(admin: Principal, userId: string): Promise<void>;
  /** The assigned counselor corrects the profile (rectification). */
  updateProfile(principal: Principal, participantId: string, changes: ProfileChanges): Promise<unknown>;
  /** The assigned counselor adds the participant's supplementary statement as a note (art. 16). */
  addNote(principal: Principal, participantId: string, note: NewNote): Promise<unknown>;
}

export interface PrivacyServiceOptions {
  store: EncryptedStore;
  settings: SettingsService;
  audit: AuditService;
  ports: () => PrivacyPorts;
  /** Procedure name → its summary (Norwegian), for the audit trail in the access export. */
  actionTitles?: Readonly<Record<string, string>>;
  clock?: () => Date;
  /** How often the daily retention job checks whether it has run today. */
  retentionCheckMs?: number;
  onSchedulerError?: () => void;
}

export interface PdfFile {
  fileName: string;
  mimeType: 'application/pdf';
  /** The PDF bytes, base64 (the transports carry JSON). */
  base64: string;
  bytes: number;
}

export interface FeatureOverview {
  features: Record<Feature, FeatureState>;
  purposes: { purpose: Purpose; title: string; hasBasis: boolean; running: boolean; message: string | null }[];
  /** What setup left for the admin to do in the register (the admin's home reminds them). */
  register: { organisationRecorded: boolean; followUpConfirmed: boolean };
}

const toPdfFile = (fileName: string, bytes: Buffer): PdfFile => ({
  fileName,
  mimeType: 'application/pdf',
  base64: bytes.toString('base64'),
  bytes: bytes.length,
});
const stamp = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Data protection by design (issue 9): the legal-basis register that switches purposes on and
 * off, the versioned notice, the data-subject rights, retention with legal hold, the records of
 * processing and the training gate. Every method takes the caller and checks access itself; the
 * dispatcher audits each call.
 */
export class PrivacyService {
  readonly register: LegalBasisRegister;
  readonly notices: NoticeService;
  readonly requests: RequestLog;
  readonly objections: ObjectionService;
  readonly retention: RetentionService;
  private readonly scheduler: RetentionScheduler;
  private readonly sources: PersonalDataSource[] = [];
  private readonly clock: () => Date;

  constructor(private readonly o: PrivacyServiceOptions) {
    this.clock = o.clock ?? (() => new Date());
    this.register = new LegalBasisRegister(o.store);
    this.notices = new NoticeService(o.store, this.register, o.settings);
    // The gate knows who has seen the current notice; a change of the switches can make a new version.
    this.register.useNoticeReads(() => this.notices.currentReads());
    o.settings.onChange(() => void this.register.reloadNoticeReads());
    this.requests = new RequestLog(o.store, this.clock);
    this.objections = new ObjectionService(o.store, this.register, this.requests, this.clock);
    this.retention = new RetentionService(
      o.store,
      () => this.sources,
      () => retentionMonths(o.settings.effective()),
    );
    this.scheduler = new RetentionScheduler(o.store, this.retention, {
      clock: this.clock,
      ...(o.retentionCheckMs ? { intervalMs: o.retentionCheckMs } : {}),
      ...(o.onSchedulerError ? { onError: o.onSchedulerError } : {}),
    });
  }

  private get db() {
    return this.o.store.db;
  }

  /**
   * A module's own tables of personal data (exported, erased and retained through it). Sources are
   * erased in registration order (children first); a table answers to one source only.
   */
  registerSource(source: PersonalDataSource): void {
    if (this.sources.some((s) => s.id === source.id)) throw new Error(`source ${source.id} registered twice`);
    const taken = source.tables.find((t) => this.sources.some((s) => s.tables.some((x) => x.table === t.table)));
    if (taken) throw new Error(`table ${taken.table} already answers to another source`);
    this.sources.push(source);
  }

  get registeredSources(): readonly PersonalDataSource[] {
    return this.sources;
  }

  /** Starts the daily retention job (it runs only while the store is open). */
  startScheduler(): void {
    this.scheduler.start();
  }

  stopScheduler(): void {
    this.scheduler.stop();
  }

  /** One scheduler check now (tests and start-up): runs the job if it has not run today. */
  retentionTick(): Promise<boolean> {
    return this.scheduler.tick();
  }

  // ---- register ----

  guidance() {
    return {
      article6: ARTICLE6_GUIDANCE,
      article9: ARTICLE9_GUIDANCE,
      purposes: PURPOSE_GUIDANCE,
      purposeInfo: PURPOSE_INFO,
    };
  }

  registerView(principal: Principal): Promise<RegisterView> {
    requireAdmin(principal, 'Bare en administrator kan se registeret over behandlingsgrunnlag.');
    return this.register.view();
  }

  async setOrganisation(principal: Principal, input: OrganisationRoleInput): Promise<RegisterView> {
    const view = await this.register.setOrganisation(principal, input);
    await this.notices.current();
    return view;
  }

  async recordBasis(principal: Principal, purpose: Purpose, input: LegalBasisInput): Promise<RegisterView> {
    const view = await this.register.recordBasis(principal, purpose, input);
    await this.notices.current();
    return view;
  }

  async removeBasis(principal: Principal, purpose: Purpose): Promise<RegisterView> {
    const view = await this.register.removeBasis(principal, purpose);
    await this.notices.current();
    return view;
  }

  /** Which features run, and why not (for every logged-in user: the UI explains a switched-off feature). */
  async features(): Promise<FeatureOverview> {
    const features = Object.fromEntries(FEATURES.map((f) => [f, this.o.settings.featureState(f)])) as Record<
      Feature,
      FeatureState
    >;
    const snapshot = await this.register.current();
    return {
      features,
      register: {
        organisationRecorded: snapshot.organisation !== null,
        followUpConfirmed: snapshot.bases.get('followUp')?.isDefault === false,
      },
      purposes: PURPOSES.map((purpose) => {
        const info = PURPOSE_INFO[purpose];
        const hasBasis = this.register.allows(purpose);
        const state = info.feature ? features[info.feature] : null;
        const running = hasBasis && (state === null || state.enabled);
        return {
          purpose,
          title: info.title,
          hasBasis,
          running,
          message: running
            ? null
            : (state?.message ??
              (hasBasis ? null : `«${info.title}» har ikke registrert behandlingsgrunnlag og brukes ikke.`)),
        };
      }),
    };
  }

  // ---- notice ----

  async currentNotice(principal: Principal): Promise<Notice> {
    if (principal.role === 'participant') throw new DomainError('FORBIDDEN', 'Bruk «Personvern» på din egen side.');
    return this.notices.current();
  }

  noticeVersions(principal: Principal): Promise<NoticeVersionInfo[]> {
    requireAdmin(principal);
    return this.notices.versions();
  }

  async noticeVersion(principal: Principal, version: number): Promise<Notice> {
    if (principal.role === 'participant') {
      const read = await this.db.get(
        'SELECT 1 AS x FROM privacy_notice_reads WHERE participant_id = ? AND version = ?',
        [principal.participantId, version],
      );
      const current = await this.notices.current();
      if (!read && current.version !== version) throw new DomainError('FORBIDDEN');
    }
    return this.notices.version(version);
  }

  participantNotice(principal: Principal, participantId: string): Promise<ParticipantNotice> {
    return this.notices.forParticipant(principal, participantId);
  }

  acknowledgeNotice(principal: Principal, participantId: string, version: number): Promise<ParticipantNotice> {
    return this.notices.acknowledge(principal, participantId, version);
  }

  async noticePdf(principal: Principal, version?: number, language: NoticeLanguage = 'nb'): Promise<PdfFile> {
    const notice: NoticeContent & { version?: number; createdAt?: string } = version
      ? await this.noticeVersion(principal, version)
      : await this.notices.current();
    const suffix = language === 'nn' ? '-nynorsk' : '';
    return toPdfFile(
      `personvernerklaering-v${notice.version ?? 0}${suffix}.pdf`,
      await renderPdf(noticeDocument(notice, language)),
    );
  }

  // ---- requests ----

  listRequests(
    principal: Principal,
    filter: { participantId?: string | undefined; openOnly?: boolean | undefined },
  ): Promise<PrivacyRequest[]> {
    return this.requests.list(principal, filter);
  }

  registerRequest(
    principal: Principal,
    input: {
      participantId: string;
      kind: RequestKind;
      receivedOn?: string | undefined;
      note?: string | null | undefined;
    },
  ): Promise<PrivacyRequest> {
    return this.requests.register(principal, input);
  }

  closeRequest(
    principal: Principal,
    id: string,
    input: { status: Exclude<RequestStatus, 'open'>; outcome: string; note?: string | null | undefined },
  ): Promise<PrivacyRequest> {
    return this.requests.close(principal, id, input);
  }

  extendRequest(
    principal: Principal,
    id: string,
    input: { extendedTo: string; note: string },
  ): Promise<PrivacyRequest> {
    return this.requests.extend(principal, id, input);
  }

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
    await assertRightsAccess(this.db, principal, participantId, 'content');
    const now = this.clock();
    const data = await buildAccessExport({
      db: this.db,
      participantId,
      organisationName: (await this.o.store.organisation()).name,
      register: await this.register.current(),
      sources: this.sources,
      actionTitles: this.o.actionTitles ?? {},
      now,
    });
    await this.db.transaction(async (tx) => {
      const id = await this.requests.ensure(tx, principal, participantId, options.kind ?? 'access', options.requestId);
      await this.requests.closeIn(tx, principal, id, 'completed', 'exported');
    });
    return data;
  }

  async exportPdf(
    principal: Principal,
    participantId: string,
    options: { requestId?: string | null | undefined } = {},
  ): Promise<PdfFile> {
    const data = await this.exportData(principal, participantId, { kind: 'access', ...options });
    return toPdfFile(`innsyn-${stamp(this.clock())}.pdf`, await renderPdf(accessExportDocument(data)));
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
    await assertRightsAccess(this.db, principal, participantId, 'notes');
    const changes = input.changes ?? {};
    if (Object.keys(changes).length === 0 && !input.statement) {
      throw new DomainError('VALIDATION', undefined, [
        { path: 'changes', message: 'Skriv hva som skal rettes, eller deltakerens merknad.' },
      ]);
    }
    const ports = this.o.ports();
    if (Object.keys(changes).length > 0) await ports.updateProfile(principal, participantId, changes);
    if (input.statement) {
      const today = stamp(this.clock());
      await ports.addNote(principal, participantId, {
        kind: 'other',
        occurredOn: today,
        body: `Merknad fra deltakeren (retting etter personvernforordningen artikkel 16): ${input.statement}`,
      });
    }
    const id = await this.db.transaction(async (tx) => {
      const requestId = await this.requests.ensure(tx, principal, participantId, 'rectification', input.requestId);
      await this.requests.closeIn(tx, principal, requestId, 'completed', 'rectified');
      return requestId;
    });
    return this.requests.get(id);
  }

  // ---- erasure ----

  /** The decision log's period the organisation set (issue 17), in days. */
  #decisionLogDays(): number {
    return decisionLogDays(retentionMonths(this.o.settings.effective()).decisionLog);
  }

  async erasurePreview(principal: Principal, participantId: string): Promise<ErasurePlan> {
    requireAdmin(principal, 'Bare en administrator kan slette en deltaker.');
    await assertRightsAccess(this.db, principal, participantId, 'record');
    return planErasure(this.db, participantId, this.sources, this.clock(), this.#decisionLogDays());
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
    await assertRightsAccess(this.db, principal, participantId, 'record');
    const now = this.clock();
    const plan = await planErasure(this.db, participantId, this.sources, now, this.#decisionLogDays());
    if (plan.legalHold) {
      throw new DomainError(
        'CONFLICT',
        `Deltakeren har et bevaringspålegg (${plan.legalHold.reason}). Ingenting kan slettes før pålegget er opphevet.`,
      );
    }
    const userId = await participantUserId(this.db, participantId);
    if (userId) await this.o.ports().deactivateAccount(principal, userId);
    const requestId = await this.db.transaction(async (tx) => {
      const id = await this.requests.ensure(tx, principal, participantId, 'erasure', options.requestId);
      await eraseRows(tx, participantId, this.sources, now, this.#decisionLogDays());
      await this.requests.closeIn(tx, principal, id, 'completed', 'erased');
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
    await this.register.reloadObjections();
    const reclaimed = await reclaimSpace(this.db);
    return { ...plan, erasedAt: now.toISOString(), requestId, reclaimed };
  }

  // ---- restriction ----

  async restrict(
    principal: Principal,
    participantId: string,
    options: { requestId?: string | null | undefined; note?: string | null | undefined } = {},
  ): Promise<PrivacyRequest> {
    requireAdmin(principal, 'Bare en administrator kan begrense behandlingen.');
    await assertRightsAccess(this.db, principal, participantId, 'record');
    const at = this.clock().toISOString();
    const id = await this.db.transaction(async (tx) => {
      const requestId = await this.requests.ensure(tx, principal, participantId, 'restriction', options.requestId);
      await restrictParticipant(tx, participantId, at);
      await this.requests.closeIn(tx, principal, requestId, 'completed', 'restricted', options.note ?? null);
      return requestId;
    });
    return this.requests.get(id);
  }

  /** Lifts the restriction (tell the participant first, art. 18(3)). */
  async liftRestriction(
    principal: Principal,
    participantId: string,
  ): Promise<{ participantId: string; restricted: false }> {
    requireAdmin(principal, 'Bare en administrator kan oppheve en begrensning.');
    await assertRightsAccess(this.db, principal, participantId, 'record');
    const lifted = await this.db.transaction((tx) => liftParticipantRestriction(tx, participantId));
    if (!lifted) throw new DomainError('CONFLICT', 'Behandlingen av denne deltakeren er ikke begrenset.');
    return { participantId, restricted: false };
  }

  async restrictions(
    principal: Principal,
  ): Promise<{ participantId: string; displayName: string; restrictedAt: string }[]> {
    requireAdmin(principal);
    const rows = await restrictedParticipants(this.db);
    return rows.map((r) => ({ participantId: r.id, displayName: r.display_name, restrictedAt: r.restricted_at }));
  }

  // ---- objection ----

  object(
    principal: Principal,
    participantId: string,
    purpose: Purpose,
    options: { requestId?: string | null | undefined } = {},
  ): Promise<Objection> {
    return this.objections.object(principal, participantId, purpose, options);
  }

  decideObjection(
    principal: Principal,
    id: string,
    input: { status: 'upheld' | 'rejected'; reason?: string | null | undefined },
  ): Promise<Objection> {
    return this.objections.decide(principal, id, input);
  }

  listObjections(principal: Principal, participantId?: string): Promise<Objection[]> {
    return this.objections.list(principal, participantId);
  }

  // ---- retention ----

  retentionRules(principal: Principal): RetentionRule[] {
    requireAdmin(principal);
    return this.retention.rules();
  }

  retentionPreview(principal: Principal): Promise<RetentionPreview> {
    requireAdmin(principal, 'Bare en administrator kan se hva slettejobben vil slette.');
    return this.retention.preview(this.clock());
  }

  async runRetention(principal: Principal): Promise<{ run: RetentionRun; preview: RetentionPreview }> {
    return this.retention.run(this.clock(), 'manual', principal);
  }

  retentionRuns(principal: Principal): Promise<RetentionRun[]> {
    requireAdmin(principal);
    return this.retention.runs();
  }

  // ---- records of processing ----

  async records(principal: Principal): Promise<RecordsOfProcessing> {
    requireAdmin(principal, 'Bare en administrator kan hente protokollen over behandlingsaktiviteter.');
    const settings = this.o.settings.effective();
    return buildRecords({
      organisationName: (await this.o.store.organisation()).name,
      register: await this.register.current(),
      settings,
      featureStates: this.o.settings.view().featureStates,
      retention: this.retention.rules(),
      sources: this.sources,
      db: this.db,
      keyFile: this.o.store.keyFile,
      audit: await this.o.audit.verify(),
      now: this.clock(),
    });
  }

  async recordsPdf(principal: Principal): Promise<PdfFile> {
    const records = await this.records(principal);
    return toPdfFile(`behandlingsprotokoll-${stamp(this.clock())}.pdf`, await renderPdf(recordsDocument(records)));
  }

  // ---- training export ----

  /** Participants the lawfulness check lets in: shown the current notice (which covers it), no objection, not restricted or erased. */
  private async eligibleForTraining(): Promise<string[]> {
    await this.register.reloadNoticeReads();
    const ids = await participantsRepo.activeIds(this.db);
    return ids.filter((id) => this.register.purposeRefusal('trainingExport', id) === null);
  }

  async trainingStatus(principal: Principal): Promise<TrainingStatus> {
    requireAdmin(principal);
    const refusal = this.register.purposeRefusal('trainingExport');
    const notice = await this.notices.current();
    const eligible = refusal === null ? (await this.eligibleForTraining()).length : 0;
    return trainingStatus({
      basisRecorded: this.register.allows('trainingExport'),
      refusal: refusal?.message ?? null,
      noticeCovers: notice.purposes.includes('trainingExport'),
      eligible,
    });
  }

  /**
   * The ONLY way conversation data leaves for model training: refused unless "videretrening" has
   * its own recorded basis and a notice covering it has been shown; then only the conversations of
   * participants shown it who have not objected, scrubbed again.
   */
  async trainingExport(principal: Principal): Promise<TrainingExport> {
    const status = await this.trainingStatus(principal);
    assertTrainingAllowed(status);
    const notice = await this.notices.current();
    const basis = (await this.register.current()).bases.get('trainingExport')!;
    return buildTrainingExport(this.db, {
      participants: await this.eligibleForTraining(),
      noticeVersion: notice.version,
      basis: describeArticle6(basis),
      now: this.clock(),
    });
  }
}
