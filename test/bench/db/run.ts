/**
 * Database benchmark (issue 3, acceptance 7; issue 20). Prints figures; asserts nothing.
 *
 *   node --import tsx test/bench/db/run.ts [--reps 500] [--kdf-reps 20] [--scale 1,2] [--cold-reps 30]
 *                                          [--keep] [--dir DIR] [--concurrent-chats 12] [--cache-mb N]
 *
 * --scale: one or more sizes of the organisation, comma-separated, measured one after the other in
 * this invocation (default 1 and 2: 5,000 participants and 500,000 messages, then twice that), with
 * a table of how each operation's p95 grows from the first to the last. A scale changes how many
 * counselors (and so participants), messages, notes and audit entries there are; every counselor
 * keeps a caseload of 100 at every scale, so each scale measures the same workload on more data.
 * --cold-reps: after the warm measurements, each side's database file is copied afresh and reopened
 * for every repetition, and the first call of each operation is timed (SQLite's page cache empty; the
 * OS cache is not dropped: that needs root and would slow everything else on a shared machine).
 * --concurrent-chats: how many conversations run at the same time across the organisation while
 * the message log is written (their turns interleave in the table). 1 is one counselor's machine
 * with one session at a time; 5000 is every message from a random participant, the worst case.
 * --cache-mb N is an experiment: `PRAGMA cache_size` of N MB on both connections for the
 * measurements, instead of the app's own setting (connection.ts).
 *
 * Builds the same synthetic organisation twice — in an SQLCipher database (the real
 * EncryptedStore: random 32-byte key, real migrations) and in a plain SQLite database (same driver,
 * schema, PRAGMAs and statement queue, no key: test/bench/db/plain.ts) — then measures, side by
 * side, what a counselor waits for: unlock, caseload, one participant with their last 50
 * messages, appending a message, searching one participant's notes. Every operation goes through
 * the production services and repositories; "as dispatched" adds the audit entry the dispatcher
 * writes after every audited call (its own IMMEDIATE transaction, fsync under synchronous=FULL).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AuditService } from '../../../electron/core/audit/service.js';
import { DEFAULT_KDF_COST } from '../../../electron/core/auth/kdf.js';
import { KeyFile } from '../../../electron/core/auth/keyFile.js';
import type { Principal } from '../../../electron/core/auth/types.js';
import { usersRepo } from '../../../electron/core/auth/users.js';
import { ChatMessageService } from '../../../electron/core/chat/messages.js';
import type { Database, SqlParams, SqlRunner, SqlValue } from '../../../electron/core/db/connection.js';
import { migrate, loadMigrations } from '../../../electron/core/db/migrate.js';
import { DB_FILE, EncryptedStore, KEY_FILE } from '../../../electron/core/db/store.js';
import { CaseloadService } from '../../../electron/core/followup/caseload.js';
import { FollowupService } from '../../../electron/core/followup/service.js';
import { ftsQuery } from '../../../electron/core/followup/notes.js';
import { participantsRepo } from '../../../electron/core/followup/participants.js';
import { PlainDatabase } from './plain.js';
import {
  FULL_SIZE,
  SEARCH_QUERIES,
  seededRng,
  pick,
  SyntheticOrg,
  type OrgSize,
  type ParticipantRow,
} from './synthetic.js';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '500' },
    'kdf-reps': { type: 'string', default: '20' },
    scale: { type: 'string', default: '1,2' },
    'cold-reps': { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
    dir: { type: 'string' },
    'cache-mb': { type: 'string' },
    'concurrent-chats': { type: 'string', default: '12' },
  },
});
const REPS = Number(values.reps);
const KDF_REPS = Number(values['kdf-reps']);
const SCALES = values.scale.split(',').map(Number);
if (SCALES.some((x) => !(x > 0))) throw new Error(`--scale: positive numbers, comma-separated (got ${values.scale})`);
const COLD_REPS = Number(values['cold-reps']);
const CACHE_MB = values['cache-mb'] ? Number(values['cache-mb']) : null;
const CONCURRENT_CHATS = Number(values['concurrent-chats']);
const PASSWORD = 'benk med lang nok passfrase';
const ORG = { id: '6f1c2a9e-3b7d-4c55-9a0e-2d4b8f1e7c3a', name: 'Benk Tiltak AS' };

/** The organisation at a scale: more counselors and more of everything, the same caseload of 100 each. */
const sizeAt = (scale: number): OrgSize => ({
  counselors: Math.max(1, Math.round(FULL_SIZE.counselors * scale)),
  participantsPerCounselor: FULL_SIZE.participantsPerCounselor,
  messages: Math.round(FULL_SIZE.messages * scale),
  notes: Math.round(FULL_SIZE.notes * scale),
  auditEntries: Math.round(FULL_SIZE.auditEntries * scale),
  concurrentChats: CONCURRENT_CHATS,
});
let size: OrgSize = sizeAt(SCALES[0]!);

const log = (line = '') => process.stdout.write(line + '\n');
const now = () => performance.now();
const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---------------------------------------------------------------------------------------------
// The two databases

/** Everything the services need from the store: the connection (and whether it is open). */
interface Side {
  name: 'encrypted' | 'plain';
  /** Statements outside transactions and transactions: `Database` or the bench's `PlainDatabase`. */
  db: SqlRunner & { transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> };
  followup: FollowupService;
  /** The "Mine deltakere" screen (caseload.list): flags, next step, last contact, next meeting. */
  caseload: CaseloadService;
  chat: ChatMessageService;
  audit: AuditService;
  close(): Promise<void>;
}

const root = values.dir ? path.resolve(values.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'inkludmi-bench-db-'));
let encDir = '';
let plainDir = '';
let plainFile = '';
const migrations = loadMigrations();

/**
 * The services take an EncryptedStore but only use `db`, `isOpen` and `dataDir`; the plain side
 * hands them its own connection through the same shape. Production code has no plaintext mode.
 */
function storeShim(db: PlainDatabase, dataDir: string): EncryptedStore {
  return {
    get db() {
      return db;
    },
    get isOpen() {
      return !db.isClosed;
    },
    dataDir,
  } as unknown as EncryptedStore;
}

function sideOf(name: Side['name'], store: EncryptedStore, close: () => Promise<void>): Side {
  return {
    name,
    db: store.db,
    followup: new FollowupService(store),
    caseload: new CaseloadService(store),
    chat: new ChatMessageService(store),
    audit: new AuditService(store),
    close,
  };
}

async function openEncrypted(store: EncryptedStore, key: Buffer): Promise<Side> {
  await store.open(key, ORG.id);
  return sideOf('encrypted', store, () => store.close());
}

/** The plain twin of EncryptedStore.open: open, check the organisation, migrate. */
async function openPlain(file = plainFile): Promise<PlainDatabase> {
  const db = await PlainDatabase.open(file);
  const org = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'organisation_id'");
  if (org?.value !== ORG.id) throw new Error('plain database: foreign organisation');
  await migrate(db as unknown as Database, migrations);
  return db;
}

// ---------------------------------------------------------------------------------------------
// Building the organisation

const insertSql = new Map<string, string>();
async function insertRows(tx: SqlRunner, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const cacheKey = `${table}|${rows.length}`;
  let sql = insertSql.get(cacheKey);
  if (!sql) {
    const one = `(${columns.map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows.length }, () => one).join(', ')}`;
    insertSql.set(cacheKey, sql);
  }
  await tx.run(sql, rows.flat() as SqlParams);
}

const ROWS_PER_STATEMENT = 500;
const STATEMENTS_PER_TRANSACTION = 40;
/**
 * Page cache for the build connections only (both sides): with the connection's own (16 MB), every
 * interleaved insert into the chat_messages indexes evicts and re-reads (and, encrypted,
 * re-decrypts) index pages, which made the build several times slower. The measurements reopen
 * the databases with the app's settings.
 */
const BUILD_CACHE_MB = 256;

async function insertStream<R>(
  db: Side['db'],
  label: string,
  total: number,
  batches: Generator<R[]>,
  table: string,
  columns: readonly string[],
  toRow: (r: R) => SqlValue[],
) {
  const started = now();
  let done = 0;
  let nextReport = total / 5;
  let pending: R[][] = [];
  const flush = async () => {
    const chunk = pending;
    pending = [];
    await db.transaction(async (tx) => {
      for (const b of chunk) await insertRows(tx, table, columns, b.map(toRow));
    });
  };
  for (const batch of batches) {
    pending.push(batch);
    done += batch.length;
    if (pending.length === STATEMENTS_PER_TRANSACTION) await flush();
    if (done >= nextReport) {
      log(`    ${label}: ${fmt(done)}/${fmt(total)}  ${((now() - started) / 1000).toFixed(1)} s`);
      nextReport += total / 5;
    }
  }
  if (pending.length) await flush();
}

async function populate(db: Side['db'], org: SyntheticOrg): Promise<void> {
  await db.exec(`PRAGMA cache_size = -${BUILD_CACHE_MB * 1024}`);
  await db.transaction(async (tx) => {
    for (const u of [org.admin, ...org.counselors]) await usersRepo.insert(tx, u);
    // Through the repository, one row at a time, as the app adds them.
    for (const p of org.participants)
      await participantsRepo.insert(tx, {
        id: p.id,
        displayName: p.displayName,
        counselorId: p.counselorId,
        nationalId: p.nationalId,
        at: p.createdAt,
      });
    for (const u of org.participantUsers) await usersRepo.insert(tx, u);
  });
  log(
    `    users ${fmt(1 + org.counselors.length + org.participantUsers.length)}, participants ${fmt(org.participants.length)}`,
  );
  await insertStream(
    db,
    'notes',
    org.size.notes,
    org.notes(ROWS_PER_STATEMENT),
    'notes',
    ['participant_id', 'author_id', 'kind', 'occurred_on', 'duration_minutes', 'attendance', 'body', 'created_at'],
    (n) => [n.participantId, n.authorId, n.kind, n.occurredOn, n.durationMinutes, n.attendance, n.body, n.createdAt],
  );
  await insertStream(
    db,
    'chat messages',
    org.size.messages,
    org.messages(ROWS_PER_STATEMENT),
    'chat_messages',
    ['participant_id', 'conversation_id', 'author', 'author_user_id', 'body', 'created_at'],
    (m) => [m.participantId, m.conversationId, m.author, m.authorUserId, m.body, m.createdAt],
  );
  await insertStream(
    db,
    'audit entries',
    org.size.auditEntries,
    org.audit(ROWS_PER_STATEMENT),
    'audit_log',
    [
      'seq',
      'at',
      'actor_id',
      'actor_role',
      'action',
      'target_type',
      'target_id',
      'outcome',
      'reason',
      'prev_hash',
      'hash',
    ],
    (e) => [
      e.seq,
      e.at,
      e.actorId,
      e.actorRole,
      e.action,
      e.targetType,
      e.targetId,
      e.outcome,
      e.reason,
      e.prevHash,
      e.hash,
    ],
  );
}

/** "SELECT participants", "INSERT chat_messages", "BEGIN": what a statement does, for the diagnostics. */
function statementKind(sql: string): string {
  const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
  const table = /\b(?:FROM|INTO|UPDATE)\s+(\w+)/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** The connection settings both sides must share for the comparison to mean anything. */
const SETTINGS = [
  'page_size',
  'cache_size',
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'secure_delete',
  'temp_store',
  'busy_timeout',
] as const;
async function settingsOf(db: SqlRunner): Promise<string> {
  const out: string[] = [];
  for (const name of SETTINGS) {
    const row = await db.get<Record<string, unknown>>(`PRAGMA ${name}`);
    out.push(`${name}=${String(row ? Object.values(row)[0] : '?')}`);
  }
  return out.join(' ');
}

function filesSize(dir: string): { db: number; other: number } {
  let db = 0;
  let other = 0;
  for (const f of fs.readdirSync(dir)) {
    const s = fs.statSync(path.join(dir, f)).size;
    if (f === DB_FILE) db += s;
    else if (f.startsWith(DB_FILE)) other += s;
  }
  return { db, other };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Stats {
  n: number;
  p50: number;
  p95: number;
  first: number;
}
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { n: samples.length, p50: at(0.5), p95: at(0.95), first: samples[0]! };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = now();
  await fn();
  return now() - t;
}

const principalOf = (counselorId: string): Principal => ({
  userId: counselorId,
  role: 'counselor',
  displayName: 'Veileder',
  sessionId: 'bench',
  participantId: null,
});

/** What the dispatcher's audit hook writes after an audited call (electron/core/index.ts auditOutcome). */
function auditAfter(side: Side, principal: Principal, action: string, target: { type: string; id: string | null }) {
  return side.audit.record({
    actorId: principal.userId,
    actorRole: principal.role,
    action,
    targetType: target.type,
    targetId: target.id,
    outcome: 'ok',
    reason: 'assigned_counselor',
  });
}

interface Operation {
  label: string;
  /** Groups the samples of repetition i (the search query), for the per-query figures. */
  tagOf?: (i: number) => string;
  /** One call; returns the service part's duration and the whole (service + audit entries). */
  run(side: Side, i: number): Promise<{ service: number; dispatched: number }>;
}

function operations(org: SyntheticOrg): Operation[] {
  // Every repetition draws its counselor/participant/query once; both sides get the same draw.
  const draw = (i: number, salt: number) => seededRng(1000 * i + salt);
  const participantFor = (i: number, salt: number): ParticipantRow => pick(draw(i, salt), org.participants);
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`bench sanity check failed: ${what}`);
  };
  const timedPair = async (service: () => Promise<void>, audit: () => Promise<void>) => {
    const t0 = now();
    await service();
    const t1 = now();
    await audit();
    return { service: t1 - t0, dispatched: now() - t0 };
  };
  return [
    {
      label: `caseload (${org.size.participantsPerCounselor} participants)`,
      run: (side, i) => {
        const counselor = pick(draw(i, 1), org.counselors);
        const pr = principalOf(counselor.id);
        return timedPair(
          async () =>
            check(
              (await side.caseload.list(pr, { limit: 100 })).rows.length === org.size.participantsPerCounselor,
              'caseload size',
            ),
          () => auditAfter(side, pr, 'caseload.list', { type: 'caseload', id: null }),
        );
      },
    },
    {
      label: 'participant + last 50 messages',
      run: (side, i) => {
        const p = participantFor(i, 2);
        const pr = principalOf(p.counselorId);
        return timedPair(
          async () => {
            check((await side.followup.participant(pr, p.id)).id === p.id, 'participant');
            check((await side.chat.list(pr, p.id, { limit: 50 })).length <= 50, 'messages');
          },
          async () => {
            // Two procedures (participants.get, chat.messages): two audit entries.
            await auditAfter(side, pr, 'participants.get', { type: 'participant', id: p.id });
            await auditAfter(side, pr, 'chat.messages', { type: 'participant', id: p.id });
          },
        );
      },
    },
    {
      label: 'append one message',
      run: (side, i) => {
        const p = participantFor(i, 3);
        const pr = principalOf(p.counselorId);
        const body = SyntheticOrg.chatLine(draw(i, 4));
        return timedPair(
          async () => void (await side.chat.append(pr, p.id, body)),
          () => auditAfter(side, pr, 'chat.append', { type: 'participant', id: p.id }),
        );
      },
    },
    {
      label: 'search one participant’s notes',
      tagOf: (i) => pick(draw(i, 6), SEARCH_QUERIES),
      run: (side, i) => {
        const p = participantFor(i, 5);
        const pr = principalOf(p.counselorId);
        const query = pick(draw(i, 6), SEARCH_QUERIES);
        return timedPair(
          async () => void (await side.followup.searchNotes(pr, p.id, query)),
          () => auditAfter(side, pr, 'notes.search', { type: 'participant', id: p.id }),
        );
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Output

const TARGET_MS = 50;
const TARGET_RATIO = 1.5;
const verdicts: string[] = [];
/** "scale 2: " in front of each verdict. */
let scaleTag = '';
const notes: string[] = [];
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function header(): void {
  log(
    `  ${pad('operation', 46)}${lpad('enc p50', 9)}${lpad('p95', 8)} | ${lpad('plain p50', 9)}${lpad('p95', 8)} | ${lpad('ratio p50', 9)}${lpad('p95', 6)}   target`,
  );
}

/**
 * One line of figures. `judge`: 'ratio' judges encrypted/plain (the database-only lines), 'ms' the
 * encrypted p95 against the 50 ms a person may wait (the lines as dispatched), 'both' does both.
 */
function row(label: string, enc: Stats, plain: Stats | null, judge: 'ratio' | 'ms' | 'both' | null): void {
  const r50 = plain ? enc.p50 / plain.p50 : NaN;
  const r95 = plain ? enc.p95 / plain.p95 : NaN;
  const parts: string[] = [];
  const said: string[] = [];
  if (judge === 'ms' || judge === 'both') {
    const underMs = enc.p95 < TARGET_MS;
    parts.push(`${underMs ? 'ok' : 'MISS'} <${TARGET_MS} ms`);
    said.push(`p95 ${ms(enc.p95)} ms ${underMs ? '<' : '≥'} ${TARGET_MS} ms`);
  }
  if (judge === 'ratio' || judge === 'both') {
    const ratioOk = r50 <= TARGET_RATIO && r95 <= TARGET_RATIO;
    parts.push(`${ratioOk ? 'ok' : 'MISS'} ratio≤${TARGET_RATIO}`);
    said.push(`ratio p50 ${r50.toFixed(2)}, p95 ${r95.toFixed(2)} ${ratioOk ? '≤' : '>'} ${TARGET_RATIO}`);
  }
  if (said.length) verdicts.push(`${scaleTag}${label}: ${said.join('; ')}`);
  const verdict = parts.join(', ');
  const p = plain ? `${lpad(ms(plain.p50), 9)}${lpad(ms(plain.p95), 8)}` : `${lpad('—', 9)}${lpad('—', 8)}`;
  const r = plain ? `${lpad(r50.toFixed(2), 9)}${lpad(r95.toFixed(2), 6)}` : `${lpad('—', 9)}${lpad('—', 6)}`;
  log(`  ${pad(label, 46)}${lpad(ms(enc.p50), 9)}${lpad(ms(enc.p95), 8)} | ${p} | ${r}   ${verdict}`);
}

// ---------------------------------------------------------------------------------------------
// The run

log('== InkludMI database benchmark (issue 3, acceptance 7) ==');
log(
  `machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, ${mb(os.totalmem())} RAM, Node ${process.version}`,
);
log(
  `scales: ${SCALES.join(', ')} (1 = ${fmt(FULL_SIZE.counselors * FULL_SIZE.participantsPerCounselor)} participants, ${fmt(FULL_SIZE.messages)} chat messages; every counselor has ${FULL_SIZE.participantsPerCounselor} participants at every scale)`,
);
log(
  `chat log: conversations of 4–40 turns, ${fmt(size.concurrentChats)} running at a time across the organisation (their turns interleave in the table; --concurrent-chats)`,
);
log(`files under ${root}${values.keep ? ' (kept)' : ' (removed at the end)'}`);
log(
  `bulk writes: ${ROWS_PER_STATEMENT}-row INSERTs, ${STATEMENTS_PER_TRANSACTION} per transaction, ${BUILD_CACHE_MB} MB page cache while building; users and participants through the repositories`,
);
log(`schema: migrations ${migrations.map((m) => String(m.version).padStart(3, '0')).join(', ')}`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
log(`load average at start: ${load()} (other work on this machine skews the figures, p95 most)`);
log();

interface ScaleResult {
  scale: number;
  ops: { label: string; service: Record<Side['name'], Stats>; dispatched: Record<Side['name'], Stats> }[];
  cold: { label: string; encrypted: Stats; plain: Stats }[];
}

async function runScale(scale: number): Promise<ScaleResult> {
  size = sizeAt(scale);
  scaleTag = SCALES.length > 1 ? `scale ${scale}: ` : '';
  encDir = path.join(root, `scale-${scale}`, 'encrypted');
  plainDir = path.join(root, `scale-${scale}`, 'plain');
  plainFile = path.join(plainDir, DB_FILE);
  log(`==== scale ${scale} ====`);
  log(
    `organisation: ${size.counselors} counselors × ${size.participantsPerCounselor} participants = ${fmt(size.counselors * size.participantsPerCounselor)}, ${fmt(size.messages)} chat messages, ${fmt(size.notes)} notes, ${fmt(size.auditEntries)} earlier audit entries`,
  );
  const verdictsBefore = verdicts.length;
  const notesBefore = notes.length;
  const org = new SyntheticOrg(size);
  const key = randomBytes(32);
  const store = new EncryptedStore({ dataDir: encDir, migrations });
  const firstCounselor = org.counselors[0]!;

  log('-- build --');
  const built: Record<Side['name'], { seconds: number; db: number; other: number }> = {
    encrypted: { seconds: 0, db: 0, other: 0 },
    plain: { seconds: 0, db: 0, other: 0 },
  };
  {
    log('  encrypted (EncryptedStore.create: random 32-byte key, real migrations)');
    const t = now();
    await store.create(key, ORG);
    await populate(store.db, org);
    await store.close();
    built.encrypted = { seconds: (now() - t) / 1000, ...filesSize(encDir) };
    // One key slot at the real cost, for the unlock measurement (the login path reads and unwraps it).
    const keys = KeyFile.create(path.join(encDir, KEY_FILE), ORG.id, DEFAULT_KDF_COST);
    await keys.setUserSlot(
      firstCounselor.id,
      firstCounselor.username,
      PASSWORD,
      { dbKey: key, auditKey: Buffer.alloc(32, 1) },
      DEFAULT_KDF_COST,
    );
    keys.save();
  }
  {
    log('  plain (same driver, schema and PRAGMAs, no key)');
    fs.mkdirSync(plainDir, { recursive: true });
    const t = now();
    const db = await PlainDatabase.open(plainFile, { create: true });
    await migrate(db as unknown as Database, migrations);
    await db.transaction((tx) =>
      tx.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)', [
        'organisation_id',
        ORG.id,
        'organisation_name',
        ORG.name,
        'created_at',
        new Date().toISOString(),
      ]),
    );
    await populate(db, org);
    await db.close();
    built.plain = { seconds: (now() - t) / 1000, ...filesSize(plainDir) };
  }
  for (const name of ['encrypted', 'plain'] as const) {
    const b = built[name];
    log(
      `  ${pad(name, 10)} built in ${b.seconds.toFixed(1)} s; database ${mb(b.db)}${b.other ? ` (+ ${mb(b.other)} -wal/-shm)` : ''}`,
    );
  }
  log(`  size ratio encrypted/plain: ${(built.encrypted.db / built.plain.db).toFixed(3)}`);
  const head = fs.readFileSync(path.join(encDir, DB_FILE)).subarray(0, 16).toString('latin1');
  log(`  encrypted file starts with "SQLite format 3": ${head.startsWith('SQLite format 3') ? 'YES (wrong!)' : 'no'}`);
  log();

  log('-- unlock --');
  log(
    `  KDF: read keys.json, scrypt N=2^${Math.log2(DEFAULT_KDF_COST.N)} r=${DEFAULT_KDF_COST.r} p=${DEFAULT_KDF_COST.p} (DEFAULT_KDF_COST), AES-256-GCM unwrap of the slot; ${KDF_REPS} repetitions (encrypted only: a plain database has no key)`,
  );
  const kdfSamples: number[] = [];
  for (let i = 0; i < KDF_REPS; i++) {
    kdfSamples.push(
      await time(async () => {
        const keys = KeyFile.read(path.join(encDir, KEY_FILE));
        const slot = keys.userSlotByLookup(await keys.lookup(firstCounselor.username));
        const unwrapped = slot ? await keys.unwrap(slot, PASSWORD) : null;
        if (!unwrapped || !unwrapped.current.dbKey.equals(key)) throw new Error('unwrap failed');
        unwrapped.current.dbKey.fill(0);
      }),
    );
  }
  log(
    `  open: EncryptedStore.open (PRAGMA key, cipher_compatibility, first read of page 1, PRAGMAs, organisation check, migrations up to date) + the login's first read (usersRepo.byId), then close; ${REPS} repetitions, encrypted and plain alternating`,
  );
  const openSamples: Record<Side['name'], number[]> = { encrypted: [], plain: [] };
  for (let i = 0; i < REPS; i++) {
    const order: Side['name'][] = i % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted'];
    for (const name of order) {
      if (name === 'encrypted') {
        openSamples.encrypted.push(
          await time(async () => {
            await store.open(key, ORG.id);
            await usersRepo.byId(store.db, firstCounselor.id);
          }),
        );
        await store.close();
      } else {
        let db: PlainDatabase | null = null;
        openSamples.plain.push(
          await time(async () => {
            db = await openPlain();
            await usersRepo.byId(db, firstCounselor.id);
          }),
        );
        await (db as PlainDatabase | null)?.close();
      }
    }
  }
  const kdf = stats(kdfSamples);
  const openEnc = stats(openSamples.encrypted);
  const openPl = stats(openSamples.plain);
  header();
  row('unlock: KDF + unwrap (deliberately slow)', kdf, null, null);
  row('unlock: open database + first read', openEnc, openPl, 'both');
  row(
    'unlock: total (KDF p50/p95 + open p50/p95)',
    { n: 0, p50: kdf.p50 + openEnc.p50, p95: kdf.p95 + openEnc.p95, first: 0 },
    null,
    null,
  );
  log();

  log(`-- operations -- (load average ${load()})`);
  log(
    '  Both databases were closed after the build (and after each unlock repetition) and are opened afresh here: SQLite’s page cache (cache_size below) starts cold, the OS file cache is warm (the files were just written).',
  );
  log(
    `  ${REPS} repetitions per operation, random counselor/participant/query per repetition (seeded; the same draw for both sides), encrypted and plain alternating which goes first.`,
  );
  log(
    '  "service": the FollowupService/ChatMessageService call with its access check — the database work, judged encrypted/plain. "as dispatched": + the audit entry the dispatcher writes after each audited procedure (own transaction, fsync) — what a person waits for, judged against 50 ms.',
  );
  const enc = await openEncrypted(store, key);
  const plainDb = await openPlain();
  if (CACHE_MB !== null) {
    log(
      `  EXPERIMENT: PRAGMA cache_size = -${CACHE_MB * 1024} (${CACHE_MB} MB) on both connections instead of the app's own setting`,
    );
    await enc.db.exec(`PRAGMA cache_size = -${CACHE_MB * 1024}`);
    await plainDb.exec(`PRAGMA cache_size = -${CACHE_MB * 1024}`);
  }
  const plain = sideOf('plain', storeShim(plainDb, plainDir), () => plainDb.close());
  const sides = { encrypted: enc, plain };
  {
    const e = await settingsOf(enc.db);
    const p = await settingsOf(plainDb);
    if (e !== p)
      throw new Error(
        `the plain adapter (test/bench/db/plain.ts) is out of step with connection.ts:\n  encrypted: ${e}\n  plain:     ${p}`,
      );
    log(`  connection settings (both): ${e}`);
  }
  const ops = operations(org);
  const results: { label: string; service: Record<Side['name'], Stats>; dispatched: Record<Side['name'], Stats> }[] =
    [];
  const perTag = new Map<string, Record<Side['name'], number[]>>();
  for (const op of ops) {
    const samples = {
      encrypted: { service: [] as number[], dispatched: [] as number[] },
      plain: { service: [] as number[], dispatched: [] as number[] },
    };
    for (let i = 0; i < REPS; i++) {
      const order: Side['name'][] = i % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted'];
      for (const name of order) {
        const r = await op.run(sides[name], i);
        samples[name].service.push(r.service);
        samples[name].dispatched.push(r.dispatched);
        if (op.tagOf) {
          const tag = op.tagOf(i);
          const t = perTag.get(tag) ?? { encrypted: [], plain: [] };
          t[name].push(r.service);
          perTag.set(tag, t);
        }
      }
    }
    results.push({
      label: op.label,
      service: { encrypted: stats(samples.encrypted.service), plain: stats(samples.plain.service) },
      dispatched: { encrypted: stats(samples.encrypted.dispatched), plain: stats(samples.plain.dispatched) },
    });
  }
  header();
  for (const r of results) {
    row(`${r.label}: service`, r.service.encrypted, r.service.plain, 'ratio');
    row(`${r.label}: as dispatched`, r.dispatched.encrypted, r.dispatched.plain, 'ms');
  }
  log();
  log('  first call of each operation after the reopen (one sample each, ms; as dispatched):');
  for (const r of results)
    log(
      `    ${pad(r.label, 40)} encrypted ${lpad(ms(r.dispatched.encrypted.first), 7)}   plain ${lpad(ms(r.dispatched.plain.first), 7)}`,
    );
  log();

  log('-- diagnostics --');
  {
    // Per query (service part; each query drawn for several random participants).
    const rows = [...perTag.entries()]
      .map(([q, t]) => ({ q, enc: stats(t.encrypted), plain: stats(t.plain) }))
      .sort((a, b) => b.enc.p50 - a.enc.p50);
    const matches = async (q: string) =>
      (await plainDb.get<{ n: number }>('SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH ?', [ftsQuery(q)!]))
        ?.n ?? 0;
    log(
      '  notes search by query, slowest first (service, ms; n = repetitions that drew it; matches = notes matching in the whole organisation):',
    );
    for (const r of [...rows.slice(0, 5), ...rows.slice(-2)]) {
      log(
        `    ${pad(`"${r.q}"`, 24)} n=${lpad(String(r.enc.n), 2)}  encrypted p50 ${lpad(ms(r.enc.p50), 6)}  plain p50 ${lpad(ms(r.plain.p50), 6)}  matches ${lpad(fmt(await matches(r.q)), 6)}`,
      );
    }
    // How scattered a participant's newest messages are: rows are stored in id order, so ids that
    // fall into different page-sized runs sit on different table pages (an estimate, from dbstat).
    try {
      const leaf = await plainDb.get<{ pages: number }>(
        "SELECT count(*) AS pages FROM dbstat WHERE name = 'chat_messages' AND pagetype = 'leaf'",
      );
      const rowsPerPage = size.messages / Math.max(1, leaf?.pages ?? 1);
      const spread: number[] = [];
      for (let i = 0; i < 200; i++) {
        const p = pick(seededRng(77 + i), org.participants);
        const r = await plainDb.get<{ pages: number }>(
          'SELECT count(DISTINCT CAST(id / ? AS INTEGER)) AS pages FROM (SELECT id FROM chat_messages WHERE participant_id = ? ORDER BY id DESC LIMIT 50)',
          [rowsPerPage, p.id],
        );
        spread.push(r?.pages ?? 0);
      }
      const sp = stats(spread);
      log(
        `  a participant's newest 50 messages lie on ≈ ${sp.p50} table pages (p50; p95 ${sp.p95}) of ~${rowsPerPage.toFixed(0)} messages each: every page not in SQLite's cache is read and, encrypted, decrypted and its HMAC checked`,
      );
      // Migration 014's covering index holds them side by side, in the order the statement reads them.
      const indexLeaf = await plainDb.get<{ pages: number }>(
        "SELECT count(*) AS pages FROM dbstat WHERE name = 'chat_messages_shown_by_participant' AND pagetype = 'leaf'",
      );
      if (indexLeaf?.pages) {
        const perIndexPage = size.messages / indexLeaf.pages;
        log(
          `  in the covering index chat_messages_shown_by_participant (read instead of the table when the plan below names it) they lie on ≈ ${Math.ceil(50 / perIndexPage) + 1} adjacent pages of ~${perIndexPage.toFixed(0)} messages each`,
        );
      }
    } catch {
      log('  (dbstat not available: no page-spread estimate)');
    }
    // The statements each operation runs, and their plans (recorded on the plain side: same schema, same SQLite).
    log(
      '  statements per operation (service part, as dispatched adds 2 per audit entry + BEGIN/COMMIT), and query plans:',
    );
    const plans = new Map<string, string>();
    for (const op of ops) {
      const seen: { sql: string; params: SqlParams }[] = [];
      plainDb.onStatement = (sql, params) => seen.push({ sql, params });
      await op.run(plain, REPS);
      plainDb.onStatement = null;
      const audit = seen.findIndex((x) => /FROM audit_log ORDER BY seq DESC/.test(x.sql));
      const own = audit >= 0 ? seen.slice(0, audit - 1) : seen; // drop the audit entry's BEGIN and what follows
      log(`    ${pad(op.label, 34)} ${own.length} statements: ${own.map((x) => statementKind(x.sql)).join(', ')}`);
      for (const st of own.filter((x) => /^\s*SELECT/i.test(x.sql))) {
        const normal = st.sql.replace(/\s+/g, ' ').trim();
        if (plans.has(normal)) continue;
        const plan = await plainDb.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params);
        plans.set(normal, plan.map((p) => p.detail).join('; '));
      }
    }
    for (const [sql, plan] of plans) log(`    ${sql.length > 110 ? sql.slice(0, 107) + '...' : sql}\n      → ${plan}`);
  }
  {
    const queued: number[] = [];
    const unqueued: number[] = [];
    for (let i = 0; i < 2000; i++) {
      queued.push(await time(() => plainDb.get('SELECT 1')));
      unqueued.push(await time(() => plainDb.unqueuedGet('SELECT 1')));
    }
    const q = stats(queued);
    const u = stats(unqueued);
    log(
      `  per-call cost of one trivial statement (SELECT 1): through the queue p50 ${(q.p50 * 1000).toFixed(0)} µs, straight to the driver p50 ${(u.p50 * 1000).toFixed(0)} µs`,
    );
    // One audit entry as the dispatcher writes it (part of every "as dispatched" figure above).
    const audit: Record<Side['name'], number[]> = { encrypted: [], plain: [] };
    for (let i = 0; i < REPS; i++) {
      const c = pick(seededRng(5000 + i), org.counselors);
      for (const name of i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const)) {
        audit[name].push(
          await time(() =>
            auditAfter(sides[name], principalOf(c.id), 'participants.list', { type: 'caseload', id: null }),
          ),
        );
      }
    }
    const ae = stats(audit.encrypted);
    const ap = stats(audit.plain);
    log(
      '  one audit entry (own IMMEDIATE transaction: read the chain head, insert, commit with fsync), reported apart from the database-only verdicts:',
    );
    header();
    row('audit entry', ae, ap, null);
    const empty: number[] = [];
    for (let i = 0; i < 100; i++) empty.push(await time(() => enc.db.transaction(async () => undefined)));
    const tx = stats(empty);
    log(
      `  an empty IMMEDIATE transaction on the encrypted database (BEGIN/COMMIT; nothing to fsync): p50 ${ms(tx.p50)} ms`,
    );
  }
  log();

  await enc.close();
  await plain.close();
  const cold = await coldRun(org, key);
  log();

  log('-- targets (encrypted: database-only ratio ≤ 1.5 on the service lines, p95 < 50 ms as dispatched) --');
  for (const v of verdicts.slice(verdictsBefore)) log(`  ${v}`);
  for (const n of notes.slice(notesBefore)) log(`  NOTE ${n}`);
  log(
    `  KDF: p50 ${ms(kdf.p50)} ms, p95 ${ms(kdf.p95)} ms — the memory-hard key derivation is slow on purpose (it is what makes a stolen key file expensive to attack); it is reported apart from the 50 ms target and has no plain counterpart.`,
  );
  log();

  const after = { encrypted: filesSize(encDir), plain: filesSize(plainDir) };
  log(`load average at the end of scale ${scale}: ${load()}`);
  log(`files after the run: encrypted ${mb(after.encrypted.db)}, plain ${mb(after.plain.db)}`);
  log();
  if (!values.keep && !values.dir) fs.rmSync(path.join(root, `scale-${scale}`), { recursive: true, force: true });
  return { scale, ops: results, cold };
}

/**
 * The cold run: each side's database file is copied to a fresh path once, then reopened for every
 * repetition (a new connection: SQLite's page cache is empty, nothing decrypted yet) and the first
 * call of each operation is timed. The OS file cache stays warm (dropping it needs root and would
 * slow every other process on a shared machine).
 */
async function coldRun(org: SyntheticOrg, key: Buffer): Promise<ScaleResult['cold']> {
  const coldEnc = path.join(path.dirname(encDir), 'cold', 'encrypted');
  const coldPlain = path.join(path.dirname(encDir), 'cold', 'plain');
  fs.mkdirSync(coldEnc, { recursive: true });
  fs.mkdirSync(coldPlain, { recursive: true });
  fs.copyFileSync(path.join(encDir, DB_FILE), path.join(coldEnc, DB_FILE));
  fs.copyFileSync(plainFile, path.join(coldPlain, DB_FILE));
  log(
    `-- cold -- (load average ${load()}): the database files copied to a fresh path, reopened before every call; first call after the open, ${COLD_REPS} repetitions (service, ms)`,
  );
  const out: ScaleResult['cold'] = [];
  header();
  for (const op of operations(org)) {
    const samples: Record<Side['name'], number[]> = { encrypted: [], plain: [] };
    for (let i = 0; i < COLD_REPS; i++) {
      for (const name of i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const)) {
        let side: Side;
        if (name === 'encrypted') {
          const store = new EncryptedStore({ dataDir: coldEnc, migrations });
          side = await openEncrypted(store, key);
        } else {
          const db = await openPlain(path.join(coldPlain, DB_FILE));
          side = sideOf('plain', storeShim(db, coldPlain), () => db.close());
        }
        samples[name].push((await op.run(side, REPS + i)).service);
        await side.close();
      }
    }
    const r = { label: op.label, encrypted: stats(samples.encrypted), plain: stats(samples.plain) };
    row(`${r.label}: cold`, r.encrypted, r.plain, null);
    out.push(r);
  }
  fs.rmSync(path.dirname(coldEnc), { recursive: true, force: true });
  return out;
}

const all: ScaleResult[] = [];
for (const scale of SCALES) all.push(await runScale(scale));

if (all.length > 1) {
  const [a, b] = [all[0]!, all.at(-1)!];
  log(`-- growth from scale ${a.scale} to scale ${b.scale} (p95, ms; encrypted, plain, and their ratio) --`);
  log(
    `  ${pad('operation', 46)}${lpad(`enc ${a.scale}`, 9)}${lpad(`enc ${b.scale}`, 9)}${lpad('growth', 8)} | ${lpad(`plain ${a.scale}`, 9)}${lpad(`plain ${b.scale}`, 9)}${lpad('growth', 8)} | ${lpad(`ratio ${a.scale}`, 9)}${lpad(`ratio ${b.scale}`, 9)}`,
  );
  const growth = (label: string, x: Record<Side['name'], Stats>, y: Record<Side['name'], Stats>) =>
    log(
      `  ${pad(label, 46)}${lpad(ms(x.encrypted.p95), 9)}${lpad(ms(y.encrypted.p95), 9)}${lpad(`×${(y.encrypted.p95 / x.encrypted.p95).toFixed(2)}`, 8)} | ${lpad(ms(x.plain.p95), 9)}${lpad(ms(y.plain.p95), 9)}${lpad(`×${(y.plain.p95 / x.plain.p95).toFixed(2)}`, 8)} | ${lpad((x.encrypted.p95 / x.plain.p95).toFixed(2), 9)}${lpad((y.encrypted.p95 / y.plain.p95).toFixed(2), 9)}`,
    );
  for (const op of a.ops) {
    const other = b.ops.find((o) => o.label === op.label);
    if (!other) continue;
    growth(`${op.label}: service`, op.service, other.service);
    growth(`${op.label}: as dispatched`, op.dispatched, other.dispatched);
  }
  for (const c of a.cold) {
    const other = b.cold.find((o) => o.label === c.label);
    if (other) growth(`${c.label}: cold`, c, other);
  }
  log();
}
log('-- all verdicts --');
for (const v of verdicts) log(`  ${v}`);
log(`load average at the end: ${load()}`);
if (!values.keep && !values.dir) fs.rmSync(root, { recursive: true, force: true });
