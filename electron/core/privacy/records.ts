import fs from 'node:fs';
import type { AuditVerification } from '../audit/index.js';
import { KeyFile } from '../auth/index.js';
import type { Database } from '../db/index.js';
import type { Settings } from '../policy/index.js';
import { CONTENT_SECURITY_POLICY } from '../security/index.js';
import type { FeatureState } from '../settings/index.js';
import { NOT_PARTICIPANT_TABLES } from './catalogue.js';
import { basisWarnings, type BasisWarning, type OrganisationRole } from './legalBasis.js';
import { ARTICLE6_GUIDANCE, ARTICLE9_GUIDANCE, describeArticle6, describeArticle9 } from './basisGuidance.js';
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_TITLES,
  PURPOSE_INFO,
  PURPOSES,
  type DataCategory,
  type Purpose,
} from './purposes.js';
import type { RegisterSnapshot } from './register.js';
import type { RetentionRule } from './retention.js';
import type { PersonalDataSource } from './sources.js';

/** One processing activity of the records of processing (art. 30(1)). */
export interface ProcessingActivity {
  purpose: Purpose;
  title: string;
  description: string;
  /** Runs now: a recorded basis and (where there is a switch) switched on. */
  running: boolean;
  state: FeatureState | null;
  basis: {
    article6: string;
    article6Text: string;
    supplementaryBasis: string | null;
    balancingTest: { purpose: string; necessity: string; balancing: string } | null;
    consent: { howObtained: string; howWithdrawn: string } | null;
    article9: string | null;
    article9Text: string | null;
    article9SupplementaryBasis: string | null;
    recordedAt: string;
    recordedBy: string | null;
    isDefault: boolean;
  } | null;
  warnings: BasisWarning[];
  dataSubjects: string[];
  dataCategories: { category: DataCategory; title: string }[];
  recipients: string[];
  thirdCountryTransfers: string;
  retention: string[];
}

export interface DataMapTable {
  table: string;
  title: string;
  category: DataCategory | null;
  /** participant: holds data about participants; index: derived from another table; none: no participant data. */
  kind: 'participant' | 'index' | 'none';
  columns: { name: string; label: string }[];
  retention: string | null;
  erasure: string | null;
  note: string | null;
}

export interface SecurityMeasures {
  encryptionAtRest: {
    enabled: boolean;
    cipher: string;
    cipherVersion: string | null;
    fileHeaderEncrypted: boolean;
    hmac: string | null;
  };
  keyDerivation: {
    algorithm: string;
    slots: number;
    recoverySlot: boolean;
    weakestN: number | null;
    r: number | null;
    p: number | null;
    memoryMiB: number | null;
  };
  auditLog: { enabled: boolean; appendOnly: boolean; hashChained: boolean; entries: number; chainVerified: boolean };
  secureDelete: boolean;
  journalMode: string | null;
  foreignKeys: boolean;
  accessControl: { roles: string[]; accessByNeed: boolean; inactivityLockMinutes: number; passwordMinLength: number };
  offline: {
    networkAtRunTime: false;
    sessionBlocksRemoteRequests: boolean;
    contentSecurityPolicy: string;
    modelRunsLocally: boolean;
    telemetry: false;
    autoUpdate: false;
  };
  contentProtection: boolean;
  personalDataToModel: string;
}

/** The records of processing (art. 30) and the data map for the DPIA, from the running configuration. */
export interface RecordsOfProcessing {
  format: 'inkludmi-records-of-processing';
  formatVersion: 1;
  generatedAt: string;
  organisation: {
    name: string;
    role: 'controller' | 'processor' | null;
    roleText: string;
    controller: OrganisationRole['controller'];
    contact: OrganisationRole['contact'] | null;
    dpo: OrganisationRole['dpo'];
  };
  activities: ProcessingActivity[];
  dataCategories: { category: DataCategory; title: string; tables: string[]; purposes: Purpose[] }[];
  dataMap: DataMapTable[];
  retention: RetentionRule[];
  /** Recipients outside the organisation: none unless the organisation is a processor. */
  recipients: string[];
  security: SecurityMeasures;
  /** Things an admin should fix (missing role, defaults not confirmed, cautions). */
  gaps: string[];
}

export interface RecordsContext {
  organisationName: string;
  register: RegisterSnapshot;
  settings: Settings;
  featureStates: Record<string, FeatureState>;
  retention: RetentionRule[];
  sources: readonly PersonalDataSource[];
  db: Database;
  keyFile: string;
  audit: AuditVerification;
  now: Date;
}

const SUBJECTS: Readonly<Record<Purpose, string[]>> = {
  followUp: ['Deltakere i tiltaket', 'Veiledere og andre ansatte (brukerkontoer, logg)'],
  chatbot: ['Deltakere i tiltaket'],
  gamification: ['Deltakere som selv har slått det på'],
  decisionSupport: ['Sykmeldte deltakere med sak om dialogmøte 2'],
  decisionSupportDevelopment: ['Sykmeldte deltakere med sak om dialogmøte 2'],
  statistics: ['Deltakere i tiltaket (uten navn i resultatet)'],
  trainingExport: ['Deltakere som har fått informasjon om videretrening og ikke har protestert'],
};

async function pragma(db: Database, name: string): Promise<string | null> {
  const row = await db.get<Record<string, unknown>>(`PRAGMA ${name}`).catch(() => undefined);
  const v = row ? Object.values(row)[0] : undefined;
  return v === undefined || v === null ? null : String(v);
}

/** The security measures actually in force, read from the open database, the key file and the settings. */
export async function securityMeasures(
  ctx: Pick<RecordsContext, 'db' | 'keyFile' | 'audit' | 'settings'>,
): Promise<SecurityMeasures> {
  const { db } = ctx;
  const header = Buffer.alloc(16);
  try {
    const fd = fs.openSync(db.file, 'r');
    try {
      fs.readSync(fd, header, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // unreadable: reported as not verified
  }
  const fileHeaderEncrypted = !header.equals(Buffer.from('SQLite format 3\0', 'latin1')) && header.some((b) => b !== 0);
  const cipherVersion = await pragma(db, 'cipher_version');
  let kdf: SecurityMeasures['keyDerivation'] = {
    algorithm: 'scrypt',
    slots: 0,
    recoverySlot: false,
    weakestN: null,
    r: null,
    p: null,
    memoryMiB: null,
  };
  try {
    const keys = KeyFile.read(ctx.keyFile);
    const slots = keys.slots;
    const weakest = [...slots].sort((a, b) => a.kdf.N * a.kdf.r - b.kdf.N * b.kdf.r)[0];
    kdf = {
      algorithm: 'scrypt',
      slots: slots.length,
      recoverySlot: keys.recoverySlot() !== undefined,
      weakestN: weakest?.kdf.N ?? null,
      r: weakest?.kdf.r ?? null,
      p: weakest?.kdf.p ?? null,
      memoryMiB: weakest ? Math.round((128 * weakest.kdf.N * weakest.kdf.r) / (1024 * 1024)) : null,
    };
  } catch {
    // no key file (should not happen while open): reported as no slots
  }
  return {
    encryptionAtRest: {
      enabled: cipherVersion !== null && fileHeaderEncrypted,
      cipher: 'SQLCipher 4 (AES-256, HMAC per side), tilfeldig 256-bits databasenøkkel',
      cipherVersion,
      fileHeaderEncrypted,
      hmac: await pragma(db, 'cipher_hmac_algorithm'),
    },
    keyDerivation: kdf,
    auditLog: {
      enabled: true,
      appendOnly: true,
      hashChained: true,
      entries: ctx.audit.entries,
      chainVerified: ctx.audit.ok,
    },
    secureDelete: (await pragma(db, 'secure_delete')) === '1',
    journalMode: await pragma(db, 'journal_mode'),
    foreignKeys: (await pragma(db, 'foreign_keys')) === '1',
    accessControl: {
      roles: ['admin', 'counselor', 'participant'],
      accessByNeed: true,
      inactivityLockMinutes: ctx.settings.inactivityLockMinutes,
      passwordMinLength: ctx.settings.passwordMinLength,
    },
    offline: {
      networkAtRunTime: false,
      sessionBlocksRemoteRequests: true,
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      modelRunsLocally: true,
      telemetry: false,
      autoUpdate: false,
    },
    contentProtection: ctx.settings.contentProtection,
    personalDataToModel:
      'Ingen: all tekst til språkmodellen går gjennom tekstvask (navn, fødselsnummer, telefon, e-post, adresser, kontonummer, fødselsdatoer), og sendes ikke hvis vasken feiler.',
  };
}

/** Builds the records of processing and the data map from the live register, settings, schema and store. */
export async function buildRecords(ctx: RecordsContext): Promise<RecordsOfProcessing> {
  const { register, retention } = ctx;
  const org = register.organisation;
  const sourceTables = ctx.sources.flatMap((s) => s.tables);
  const retentionText = (purpose: Purpose): string[] => {
    const cats = new Set(PURPOSE_INFO[purpose].dataCategories);
    const tablesOf = new Set(sourceTables.filter((t) => cats.has(t.category)).map((t) => t.table));
    return retention
      .filter((r) => r.tables.some((t) => tablesOf.has(t)))
      .map(
        (r) =>
          `${r.title}: ${r.months} måneder etter at tiltaket er avsluttet${r.applied ? '' : ' (slettes ikke automatisk ennå)'}`,
      );
  };
  const recipients =
    org?.role === 'processor' && org.controller
      ? [`${org.controller.name} (behandlingsansvarlig, databehandleravtale ${org.controller.agreementReference})`]
      : [];
  const activities: ProcessingActivity[] = PURPOSES.map((purpose) => {
    const info = PURPOSE_INFO[purpose];
    const basis = register.bases.get(purpose) ?? null;
    const state = info.feature ? (ctx.featureStates[info.feature] ?? null) : null;
    return {
      purpose,
      title: info.title,
      description: info.description,
      running: basis !== null && (state === null || state.enabled),
      state,
      basis: basis
        ? {
            article6: ARTICLE6_GUIDANCE[basis.article6].article,
            article6Text: describeArticle6(basis),
            supplementaryBasis: basis.supplementaryBasis,
            balancingTest: basis.balancingTest,
            consent: basis.consent,
            article9: basis.specialCategories && basis.article9 ? ARTICLE9_GUIDANCE[basis.article9].article : null,
            article9Text: describeArticle9(basis),
            article9SupplementaryBasis: basis.article9SupplementaryBasis,
            recordedAt: basis.recordedAt,
            recordedBy: basis.recordedBy,
            isDefault: basis.isDefault,
          }
        : null,
      warnings: basis ? basisWarnings(purpose, basis, org, basis.isDefault) : [],
      dataSubjects: SUBJECTS[purpose],
      dataCategories: info.dataCategories.map((c) => ({ category: c, title: DATA_CATEGORY_TITLES[c] })),
      recipients,
      thirdCountryTransfers: 'Ingen. Alt lagres og behandles på organisasjonens egen maskin.',
      retention: retentionText(purpose),
    };
  });
  const retentionOf = (table: string) => retention.find((r) => r.tables.includes(table)) ?? null;
  const dataMap: DataMapTable[] = [
    ...sourceTables.map((t): DataMapTable => {
      const r = retentionOf(t.table);
      return {
        table: t.table,
        title: t.title,
        category: t.category,
        kind: 'participant',
        columns: Object.entries(t.columns).map(([name, label]) => ({ name, label })),
        retention: r ? `${r.months} måneder etter slutt` : null,
        erasure:
          t.erase === 'delete' || t.erase === 'account' || t.erase === 'participant'
            ? 'slettes'
            : `beholdes: ${t.keptBecause ?? ''}`,
        note: null,
      };
    }),
    ...NOT_PARTICIPANT_TABLES.map((t): DataMapTable => ({
      table: t.table,
      title: t.table,
      category: null,
      kind: t.kind,
      columns: [],
      retention: null,
      erasure: null,
      note: t.why,
    })),
  ];
  const dataCategories = DATA_CATEGORIES.map((category) => ({
    category,
    title: DATA_CATEGORY_TITLES[category],
    tables: sourceTables.filter((t) => t.category === category).map((t) => t.table),
    purposes: PURPOSES.filter((p) => PURPOSE_INFO[p].dataCategories.includes(category)),
  })).filter((c) => c.tables.length > 0);
  const gaps: string[] = [];
  if (!org)
    gaps.push('Organisasjonens rolle (behandlingsansvarlig eller databehandler) og kontaktpunkt er ikke registrert.');
  for (const a of activities) {
    if (a.basis?.isDefault)
      gaps.push(`Grunnlaget for «${a.title}» er standardvalget og er ikke bekreftet av en administrator.`);
    if (!a.basis && a.state?.switchedOn)
      gaps.push(`«${a.title}» er slått på, men har ikke registrert grunnlag, så den kjører ikke.`);
    for (const w of a.warnings) if (w.code !== 'FOLLOW_UP_DEFAULT') gaps.push(`${a.title}: ${w.message}`);
  }
  return {
    format: 'inkludmi-records-of-processing',
    formatVersion: 1,
    generatedAt: ctx.now.toISOString(),
    organisation: {
      name: ctx.organisationName,
      role: org?.role ?? null,
      roleText: !org
        ? 'Ikke registrert'
        : org.role === 'controller'
          ? `${ctx.organisationName} er behandlingsansvarlig.`
          : `${ctx.organisationName} er databehandler for ${org.controller?.name ?? ''} (databehandleravtale ${org.controller?.agreementReference ?? ''}).`,
      controller: org?.controller ?? null,
      contact: org?.contact ?? null,
      dpo: org?.dpo ?? null,
    },
    activities,
    dataCategories,
    dataMap,
    retention,
    recipients,
    security: await securityMeasures(ctx),
    gaps,
  };
}
