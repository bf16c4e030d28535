import { ApiError } from '../api/errors.js';
import type { Principal } from '../auth/types.js';
import type { SqlRunner } from '../db/connection.js';
import type { EncryptedStore } from '../db/store.js';
import type { Feature } from '../policy/schema.js';
import type { FeatureRefusal, PurposeGate } from '../settings/service.js';
import {
  basisWarnings,
  legalBasisInputSchema,
  organisationRoleSchema,
  type BasisWarning,
  type LegalBasis,
  type LegalBasisInput,
  type LegalBasisRecord,
  type OrganisationRole,
  type OrganisationRoleInput,
} from './legalBasis.js';
import { FEATURE_PURPOSE, PURPOSE_INFO, PURPOSES, type Purpose } from './purposes.js';

export interface RegisterView {
  organisation: { role: OrganisationRole | null; updatedAt: string; updatedBy: string | null };
  purposes: {
    purpose: Purpose;
    title: string;
    /** Null: no basis recorded, so the purpose does not run. */
    basis: LegalBasisRecord | null;
    warnings: BasisWarning[];
  }[];
  /** Increases with every change of the register (the notice is regenerated then). */
  version: number;
}

export interface RegisterSnapshot {
  organisation: OrganisationRole | null;
  bases: ReadonlyMap<Purpose, LegalBasisRecord>;
  version: number;
}

interface BasisRow {
  purpose: Purpose;
  data: string;
  recorded_at: string;
  recorded_by: string | null;
}

/** The current notice version and the participants who have been shown it. */
export interface NoticeReads {
  version: number;
  seen: ReadonlySet<string>;
}

/** Purposes that process one participant's own data: they wait until that participant has seen the current notice. */
export const NOTICE_GATED: ReadonlySet<Purpose> = new Set<Purpose>(['chatbot', 'gamification', 'trainingExport']);

/** An art. 9(2) condition is recorded (special categories ticked and a letter chosen). */
export function hasArticle9Condition(basis: Pick<LegalBasisRecord, 'specialCategories' | 'article9'>): boolean {
  return basis.specialCategories && basis.article9 !== null;
}

/**
 * The legal-basis register: the organisation's role and, per purpose, the recorded basis. Kept
 * in the encrypted store, with a change log; a copy in memory while unlocked answers the feature
 * checks (settings.isFeatureEnabled) without a query. Fails closed: while it is not loaded, no
 * optional purpose runs.
 */
export class LegalBasisRegister implements PurposeGate {
  private snapshot: RegisterSnapshot | null = null;
  private objections: Map<string, Set<Purpose>> = new Map();
  private noticeReads: NoticeReads | null = null;
  private noticeReadsLoader: (() => Promise<NoticeReads>) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly store: EncryptedStore) {}

  private get db() {
    return this.store.db;
  }

  // ---- PurposeGate ----

  /**
   * Reads the register at unlock. A register that cannot be read (a damaged page) leaves every
   * optional purpose off instead of stopping the login, so an admin can still verify and restore.
   */
  async load(): Promise<void> {
    try {
      this.snapshot = await readSnapshot(this.db);
      this.objections = await readStandingObjections(this.db);
    } catch {
      this.forget();
      return;
    }
    await this.reloadNoticeReads();
  }

  forget(): void {
    this.snapshot = null;
    this.objections = new Map();
    this.noticeReads = null;
  }

  /** THE lawfulness check of a feature (settings.featureState asks it): see purposeRefusal. */
  refusal(feature: Feature, participantId?: string | null): FeatureRefusal | null {
    return this.purposeRefusal(FEATURE_PURPOSE[feature], participantId);
  }

  /**
   * Why a purpose may not run, or null. In order: the register is read; the organisation's role
   * the purpose has a basis; the organisation's role (controller or processor) is recorded; a purpose that processes
   * special categories (health) has an art. 9 condition; and for one participant, no objection of
   * theirs stands and, for purposes that process their data (chatbot, gamification, training
   * export), they have been shown the current notice (read alone or with their counselor).
   */
  purposeRefusal(purpose: Purpose, participantId?: string | null): FeatureRefusal | null {
    const title = PURPOSE_INFO[purpose].title;
    if (!this.snapshot)
      return {
        reason: 'LEGAL_BASIS_MISSING',
        message: `«${title}» kan ikke brukes før noen har logget inn og behandlingsgrunnlaget er lest.`,
      };
    const basis = this.snapshot.bases.get(purpose);
    if (!basis) return { reason: 'LEGAL_BASIS_MISSING', message: missingBasisMessage(purpose) };
    if (!this.snapshot.organisation) return { reason: 'CONTROLLER_ROLE_MISSING', message: missingRoleMessage(purpose) };
    if (PURPOSE_INFO[purpose].specialCategoriesLikely && !hasArticle9Condition(basis))
      return { reason: 'ARTICLE9_MISSING', message: missingArticle9Message(purpose) };
    if (participantId && this.objections.get(participantId)?.has(purpose)) {
      return {
        reason: 'OBJECTION',
        message: `Deltakeren har protestert mot «${title}» eller trukket samtykket tilbake. Funksjonen brukes ikke for denne deltakeren så lenge protesten står ved lag.`,
      };
    }
    if (participantId && NOTICE_GATED.has(purpose) && !this.noticeReads?.seen.has(participantId)) {
      return {
        reason: 'NOTICE_NOT_SEEN',
        message: `«${title}» kan brukes når deltakeren har sett den gjeldende personvernerklæringen, alene under «Personvern» eller sammen med veilederen.`,
      };
    }
    return null;
  }

  /** Which version of the notice is current and who has been shown it (the notice service tells). */
  useNoticeReads(loader: () => Promise<NoticeReads>): void {
    this.noticeReadsLoader = loader;
  }

  /** Re-reads who has seen the current notice (after a reading, or a change that makes a new version). */
  async reloadNoticeReads(): Promise<void> {
    if (!this.snapshot || !this.noticeReadsLoader) {
      this.noticeReads = null;
      return;
    }
    try {
      this.noticeReads = await this.noticeReadsLoader();
    } catch {
      // Fail closed: nobody counts as having seen the notice.
      this.noticeReads = null;
    }
  }

  /** Whether a purpose has a recorded basis (and, for one participant, no standing objection). */
  allows(purpose: Purpose, participantId?: string | null): boolean {
    if (!this.snapshot?.bases.has(purpose)) return false;
    return !(participantId && this.objections.get(participantId)?.has(purpose));
  }

  /** The organisation's recorded role (null while none is recorded or the register is not read): for decision support. */
  organisationRole(): OrganisationRole | null {
    return this.snapshot?.organisation ?? null;
  }

  /** Told after every change of the register (the notice service regenerates). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- reading ----

  async current(db: SqlRunner = this.db): Promise<RegisterSnapshot> {
    return db === this.db && this.snapshot ? this.snapshot : readSnapshot(db);
  }

  async view(): Promise<RegisterView> {
    const snap = await readSnapshot(this.db);
    const org = await this.db.get<{ updated_at: string; updated_by: string | null }>(
      'SELECT updated_at, updated_by FROM privacy_organisation WHERE id = 1',
    );
    return {
      organisation: { role: snap.organisation, updatedAt: org?.updated_at ?? '', updatedBy: org?.updated_by ?? null },
      purposes: PURPOSES.map((purpose) => {
        const basis = snap.bases.get(purpose) ?? null;
        return {
          purpose,
          title: PURPOSE_INFO[purpose].title,
          basis,
          warnings: basis ? basisWarnings(purpose, basis, snap.organisation, basis.isDefault) : [],
        };
      }),
      version: snap.version,
    };
  }

  // ---- changes (admin) ----

  async setOrganisation(principal: Principal, input: OrganisationRoleInput): Promise<RegisterView> {
    requireAdmin(principal);
    const role = organisationRoleSchema.parse(input);
    const at = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      await tx.run('UPDATE privacy_organisation SET data = ?, updated_at = ?, updated_by = ? WHERE id = 1', [
        JSON.stringify(role),
        at,
        principal.userId,
      ]);
      await logChange(tx, { at, actorId: principal.userId, action: 'organisation', purpose: null, data: role });
    });
    return this.changed();
  }

  async recordBasis(principal: Principal, purpose: Purpose, input: LegalBasisInput): Promise<RegisterView> {
    requireAdmin(principal);
    const basis = legalBasisInputSchema.parse(input);
    const at = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO privacy_legal_bases (purpose, data, recorded_at, recorded_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (purpose) DO UPDATE SET data = excluded.data, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
        [purpose, JSON.stringify(basis), at, principal.userId],
      );
      await logChange(tx, { at, actorId: principal.userId, action: 'record', purpose, data: basis });
    });
    return this.changed();
  }

  /** Deletes a purpose's basis: the purpose stops at once. Follow-up's basis can be changed, never removed. */
  async removeBasis(principal: Principal, purpose: Purpose): Promise<RegisterView> {
    requireAdmin(principal);
    if (PURPOSE_INFO[purpose].core) {
      throw new ApiError(
        'VALIDATION',
        'Oppfølging er formålet appen er laget for, og grunnlaget kan bare endres, ikke fjernes.',
        [{ path: 'purpose', message: 'Grunnlaget for oppfølging kan endres, men ikke fjernes.' }],
      );
    }
    const at = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      const r = await tx.run('DELETE FROM privacy_legal_bases WHERE purpose = ?', [purpose]);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Formålet har ikke noe registrert grunnlag.');
      await logChange(tx, { at, actorId: principal.userId, action: 'remove', purpose, data: null });
    });
    return this.changed();
  }

  /** Re-reads objections after one was registered or decided. */
  async reloadObjections(): Promise<void> {
    this.objections = await readStandingObjections(this.db);
  }

  private async changed(): Promise<RegisterView> {
    await this.load();
    for (const listener of this.listeners) listener();
    return this.view();
  }
}

export function missingBasisMessage(purpose: Purpose): string {
  const title = PURPOSE_INFO[purpose].title;
  return `«${title}» er slått av fordi organisasjonen ikke har registrert behandlingsgrunnlag for dette formålet. En administrator må registrere grunnlaget under Personvern før funksjonen kan brukes.`;
}

export function missingRoleMessage(purpose: Purpose): string {
  const title = PURPOSE_INFO[purpose].title;
  return `«${title}» kan ikke brukes før organisasjonens rolle er registrert: om den er behandlingsansvarlig selv eller databehandler for en annen (for eksempel NAV). En administrator registrerer det under Personvern.`;
}

export function missingArticle9Message(purpose: Purpose): string {
  const title = PURPOSE_INFO[purpose].title;
  return `«${title}» behandler helseopplysninger eller andre særlige kategorier og kan ikke brukes før et unntak etter personvernforordningen artikkel 9 nr. 2 er registrert for formålet. En administrator registrerer det under Personvern.`;
}

function requireAdmin(principal: Principal): void {
  if (principal.role !== 'admin')
    throw new ApiError('FORBIDDEN', 'Bare en administrator kan endre behandlingsgrunnlagene.');
}

async function readSnapshot(db: SqlRunner): Promise<RegisterSnapshot> {
  const org = await db.get<{ data: string | null }>('SELECT data FROM privacy_organisation WHERE id = 1');
  const rows = await db.all<BasisRow>('SELECT purpose, data, recorded_at, recorded_by FROM privacy_legal_bases');
  const version = (await db.get<{ n: number }>('SELECT count(*) AS n FROM privacy_register_log'))?.n ?? 0;
  const bases = new Map<Purpose, LegalBasisRecord>();
  for (const r of rows) {
    const parsed = legalBasisInputSchema.safeParse(JSON.parse(r.data));
    // A stored basis that no longer validates counts as not recorded: the purpose stays off.
    if (!parsed.success) continue;
    bases.set(r.purpose, {
      ...(parsed.data as LegalBasis),
      purpose: r.purpose,
      recordedAt: r.recorded_at,
      recordedBy: r.recorded_by,
      isDefault: r.recorded_by === null,
    });
  }
  let organisation: OrganisationRole | null = null;
  if (org?.data) {
    const parsed = organisationRoleSchema.safeParse(JSON.parse(org.data));
    if (parsed.success) organisation = parsed.data;
  }
  return { organisation, bases, version };
}

async function readStandingObjections(db: SqlRunner): Promise<Map<string, Set<Purpose>>> {
  const rows = await db.all<{ participant_id: string; purpose: Purpose }>(
    "SELECT participant_id, purpose FROM privacy_objections WHERE status IN ('pending', 'upheld')",
  );
  const out = new Map<string, Set<Purpose>>();
  for (const r of rows) {
    const set = out.get(r.participant_id) ?? new Set<Purpose>();
    set.add(r.purpose);
    out.set(r.participant_id, set);
  }
  return out;
}

async function logChange(
  tx: SqlRunner,
  c: {
    at: string;
    actorId: string;
    action: 'organisation' | 'record' | 'remove';
    purpose: Purpose | null;
    data: unknown;
  },
): Promise<void> {
  await tx.run('INSERT INTO privacy_register_log (at, actor_id, action, purpose, data) VALUES (?, ?, ?, ?, ?)', [
    c.at,
    c.actorId,
    c.action,
    c.purpose,
    c.data === null ? null : JSON.stringify(c.data),
  ]);
}
