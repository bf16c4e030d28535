import type { Row, SqlRunner } from '../db/index.js';
import { describeArticle6, describeArticle9 } from './legalBasis.js';
import { PARTICIPANT_TABLES, type CatalogueTable } from './catalogue.js';
import { DATA_CATEGORIES, DATA_CATEGORY_TITLES, PURPOSE_INFO, type DataCategory, type Purpose } from './purposes.js';
import type { RegisterSnapshot } from './register.js';
import type { PersonalDataSource, PersonalDataTable } from './sources.js';

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

/** Audit actions that are not API procedures (accounts and sessions). */
const OTHER_ACTIONS: Readonly<Record<string, string>> = {
  'org.setup': 'Organisasjonen ble satt opp',
  'auth.login': 'Logget inn',
  'auth.logout': 'Logget ut',
  'auth.lock': 'Låste appen',
  'auth.idle_lock': 'Appen låste seg etter inaktivitet',
  'auth.password_change': 'Byttet passord',
  'auth.recover': 'Nytt passord med gjenopprettingsnøkkel',
  'user.create': 'Opprettet brukerkonto',
  'user.activate': 'Aktiverte brukerkonto',
  'user.deactivate': 'Deaktiverte brukerkonto',
  'user.reset_password': 'Satte nytt passord',
};

export function paramsFor(where: string, participantId: string, userId: string | null): (string | null)[] {
  return where.includes('?2') ? [participantId, userId] : [participantId];
}

export async function userIdOf(db: SqlRunner, participantId: string): Promise<string | null> {
  return (await db.get<{ id: string }>('SELECT id FROM users WHERE participant_id = ?', [participantId]))?.id ?? null;
}

/** The participant's rows of one catalogue table, every column (JSON columns parsed). */
export async function tableRows(
  db: SqlRunner,
  t: CatalogueTable,
  participantId: string,
  userId: string | null,
): Promise<Record<string, unknown>[]> {
  const cols = Object.keys(t.columns);
  const rows = await db.all<Row>(
    `SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t.table}" WHERE ${t.where} ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}`,
    paramsFor(t.where, participantId, userId),
  );
  return rows.map((r) => parseJsonColumns(r, t.json ?? []));
}

function parseJsonColumns(row: Row, json: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const c of json) {
    const v = out[c];
    if (typeof v === 'string') {
      try {
        out[c] = JSON.parse(v);
      } catch {
        // kept as text
      }
    }
  }
  return out;
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

/** Builds the access export: every catalogue table and every source, and the audit trail. */
export async function buildAccessExport(ctx: ExportContext): Promise<AccessExport> {
  const { db, participantId } = ctx;
  const userId = await userIdOf(db, participantId);
  const byCategory = new Map<DataCategory, ExportTable[]>();
  const add = (category: DataCategory, table: ExportTable) =>
    byCategory.set(category, [...(byCategory.get(category) ?? []), table]);
  let auditRows: Record<string, unknown>[] = [];
  for (const t of PARTICIPANT_TABLES) {
    const rows = await tableRows(db, t, participantId, userId);
    if (t.table === 'audit_log') auditRows = rows;
    add(t.category, exportTable(t, rows));
  }
  for (const source of ctx.sources) {
    const rows = await source.rows(db, participantId);
    for (const t of source.tables)
      add(
        t.category,
        exportTable(
          t,
          (rows[t.table] ?? []).map((r) => ({ ...r })),
        ),
      );
  }
  const participant = await db.get<{ display_name: string }>('SELECT display_name FROM participants WHERE id = ?', [
    participantId,
  ]);
  const users = await db.all<{ id: string; display_name: string; role: string }>(
    'SELECT id, display_name, role FROM users',
  );
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
        what: ctx.actionTitles[action] ?? OTHER_ACTIONS[action] ?? action,
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
    participant: { id: participantId, displayName: participant?.display_name ?? '' },
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
