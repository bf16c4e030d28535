import { DomainError } from '../errors/index.js';
import type { AuditService } from '../audit/index.js';
import type { Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import { participantsRepo } from '../followup/index.js';
import { FEATURES, type Feature } from '../policy/index.js';
import type { FeatureState, SettingsService } from '../settings/index.js';
import { requireAdmin } from './access.js';
import { noticeDocument, recordsDocument } from './documents.js';
import { type LegalBasisInput, type OrganisationRoleInput } from './legalBasis.js';
import { ARTICLE6_GUIDANCE, ARTICLE9_GUIDANCE, describeArticle6, PURPOSE_GUIDANCE } from './basisGuidance.js';
import type { Notice, NoticeContent, NoticeLanguage } from './notice.js';
import { NoticeService, type NoticeVersionInfo, type ParticipantNotice } from './noticeService.js';
import { ObjectionService, type Objection } from './objections.js';
import { renderPdf } from './pdf.js';
import { stamp, toPdfFile, type PdfFile } from './pdfFile.js';
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
import { retentionMonths } from './retentionRules.js';
import { DataSubjectRights, type PrivacyPorts } from './rights.js';
import type { PersonalDataSource } from './sources.js';
import {
  assertTrainingAllowed,
  buildTrainingExport,
  trainingStatus,
  type TrainingExport,
  type TrainingStatus,
} from './training.js';

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

export interface FeatureOverview {
  features: Record<Feature, FeatureState>;
  purposes: { purpose: Purpose; title: string; hasBasis: boolean; running: boolean; message: string | null }[];
  /** What setup left for the admin to do in the register (the admin's home reminds them). */
  register: { organisationRecorded: boolean; followUpConfirmed: boolean };
}

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
  readonly rights: DataSubjectRights;
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
    this.rights = new DataSubjectRights({
      store: o.store,
      settings: o.settings,
      ports: o.ports,
      register: this.register,
      requests: this.requests,
      sources: () => this.sources,
      actionTitles: o.actionTitles ?? {},
      clock: this.clock,
    });
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
