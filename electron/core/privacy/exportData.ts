import { accountNames, participantUserId } from '../auth/index.js';
import { AUDIT_EVENTS, REPEATED_READS, repeatedReadCounts } from '../audit/index.js';
import type { SqlRunner } from '../db/index.js';

import { describeArticle6, describeArticle9 } from './basisGuidance.js';
import { DATA_CATEGORIES, DATA_CATEGORY_TITLES, PURPOSE_INFO, type DataCategory, type Purpose } from './purposes.js';
import type { RegisterSnapshot } from './register.js';
import type { PersonalDataSource, PersonalDataTable } from './sources.js';

/** Kept where the schema test finds it: the parameters of a declared table's `where`. */
export { paramsFor } from '../db/index.js';

export interface ExportTable {
  table: string;
  title: string;
  columns: { name: string; label: string }[];
  rows: Record<string, unknown>[];
}

export interface ExportSection {
  category: DataCategory;
  title: string;
  tables: ExportTable[];
}

/** One line of the audit trail, as the participant reads it. */
export interface AuditTrailLine {
  at: string;
  who: string;
  role: string | null;
  action: string;
  /** What the action was, in Norwegian. */
  what: string;
  outcome: string;
}

/** Everything stored about a participant (art. 15 and 20): machine-readable and complete. */
export interface AccessExport {
  format: 'inkludmi-access-export';
  formatVersion: 1;
  generatedAt: string;
  organisation: { name: string };
  participant: { id: string; displayName: string };
  /** Every table with data about the participant, grouped by category, every column. */
  sections: ExportSection[];
  /** Who has read or changed their data and when (from the audit log). */
  auditTrail: AuditTrailLine[];
  /** Why their data is processed: each recorded purpose with its basis. */
  legalBases: { purpose: Purpose; title: string; basis: string; specialCategories: string | null }[];
  /** Recipients outside the organisation: none. */
  recipients: string[];
  /** The people behind the user ids in the rows (who wrote, recorded or saw what). */
  people: Record<string, { name: string; role: string }>;
}

const ROLE_TITLES: Readonly<Record<string, string>> = {
  admin: 'administrator',
  counselor: 'veileder',
  participant: 'deltaker',
};
const OUTCOME_TITLES: Readonly<Record<string, string>> = {
  ok: 'utført',
  denied: 'avvist',
  invalid: 'ugyldig',
  error: 'feilet',
  failed: 'mislyktes',
};

/**
 * What an audit entry says, in words: the procedure's summary, or the label of an event a service
 * wrote itself; a sealing entry of repeated reads names each kind of data read and how often.
 */
function describeAction(action: string, reason: string | null, titles: Readonly<Record<string, string>>): string {
  const title = (a: string) => titles[a] ?? AUDIT_EVENTS[a]?.label ?? a;
  if (action !== REPEATED_READS) return title(action);
  const counts = repeatedReadCounts(reason).map((c) => `${title(c.action)} (${c.count} ganger til)`);
  return `${title(action)}: ${counts.join('; ')}`;
}

function exportTable(t: PersonalDataTable, rows: Record<string, unknown>[]): ExportTable {
  return {
    table: t.table,
    title: t.title,
    columns: Object.entries(t.columns).map(([name, label]) => ({ name, label })),
    rows,
  };
}

export interface ExportContext {
  db: SqlRunner;
  participantId: string;
  organisationName: string;
  register: RegisterSnapshot;
  sources: readonly PersonalDataSource[];
  /** Procedure name → its one-line summary (Norwegian), for the audit trail. */
  actionTitles: Readonly<Record<string, string>>;
  now: Date;
}

/** Builds the access export: every table of every registered source, and the audit trail. */
export async function buildAccessExport(ctx: ExportContext): Promise<AccessExport> {
  const { db, participantId } = ctx;
  const userId = await participantUserId(db, participantId);
  const byCategory = new Map<DataCategory, ExportTable[]>();
  const add = (category: DataCategory, table: ExportTable) =>
    byCategory.set(category, [...(byCategory.get(category) ?? []), table]);
  const all: Record<string, Record<string, unknown>[]> = {};
  for (const source of ctx.sources) {
    const rows = await source.rows(db, participantId, { userId });
    for (const t of source.tables) {
      all[t.table] = (rows[t.table] ?? []).map((r) => ({ ...r }));
      add(t.category, exportTable(t, all[t.table]!));
    }
  }
  const auditRows = [...(all['audit_log'] ?? [])];
  const participant = all['participants']?.[0];
  const users = await accountNames(db);
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  const auditTrail: AuditTrailLine[] = auditRows
    .sort((a, b) => Number(a['seq']) - Number(b['seq']))
    .map((r) => {
      const action = String(r['action']);
      const actorId = typeof r['actor_id'] === 'string' ? r['actor_id'] : null;
      const role = typeof r['actor_role'] === 'string' ? r['actor_role'] : null;
      return {
        at: String(r['at']),
        who:
          actorId === null
            ? 'Ukjent (ikke innlogget)'
            : actorId === userId
              ? 'Deg selv'
              : (names.get(actorId) ?? 'Slettet bruker'),
        role: role ? (ROLE_TITLES[role] ?? role) : null,
        action,
        what: describeAction(action, typeof r['reason'] === 'string' ? r['reason'] : null, ctx.actionTitles),
        outcome: OUTCOME_TITLES[String(r['outcome'])] ?? String(r['outcome']),
      };
    });
  const legalBases = [...ctx.register.bases.values()].map((b) => ({
    purpose: b.purpose,
    title: PURPOSE_INFO[b.purpose].title,
    basis: describeArticle6(b),
    specialCategories: describeArticle9(b),
  }));
  return {
    format: 'inkludmi-access-export',
    formatVersion: 1,
    generatedAt: ctx.now.toISOString(),
    organisation: { name: ctx.organisationName },
    participant: {
      id: participantId,
      displayName: typeof participant?.['display_name'] === 'string' ? participant['display_name'] : '',
    },
    sections: DATA_CATEGORIES.filter((c) => byCategory.has(c)).map((c) => ({
      category: c,
      title: DATA_CATEGORY_TITLES[c],
      tables: byCategory.get(c)!,
    })),
    auditTrail,
    legalBases,
    recipients: [],
    people: Object.fromEntries(
      users
        .filter((u) => u.role !== 'participant' || u.id === userId)
        .map((u) => [
          u.id,
          { name: u.id === userId ? 'Deg selv' : u.display_name, role: ROLE_TITLES[u.role] ?? u.role },
        ]),
    ),
  };
}
