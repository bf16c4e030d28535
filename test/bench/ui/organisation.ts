/**
 * The store issue's benchmark organisation (test/bench/db: 50 counselors × 100 participants,
 * 500,000 chat messages, 50,000 notes) in a real data folder the app can open, plus what the
 * follow-up screens show: profiles, stage histories, goals, activity steps, motivation rulers,
 * appointments and the counselor's reminders. One counselor has a real login; the rest of the
 * organisation is written straight into the encrypted store in large transactions (through the
 * same core the app runs), deterministic from a seed. Audit history is left out: the app's own
 * chain starts at setup, and the screens only append to it.
 */
import path from 'node:path';
import { TEST_KDF_COST } from '../../../electron/core/auth/kdf.js';
import { usersRepo } from '../../../electron/core/auth/users.js';
import type { SqlParams, SqlRunner, SqlValue } from '../../../electron/core/db/connection.js';
import { participantsRepo } from '../../../electron/core/followup/participants.js';
import { createCore } from '../../../electron/core/index.js';
import { silentLogger } from '../../../electron/core/log.js';
import type { LoadedPolicy } from '../../../electron/core/policy/policy.js';
import { FULL_SIZE, pick, seededRng, SyntheticOrg, uuid, type OrgSize, type Rng } from '../db/synthetic.js';

export const BENCH_COUNSELOR = {
  username: 'benk',
  displayName: 'Benk Veileder',
  password: 'benk med lang nok passfrase',
};
const ADMIN = { username: 'admin', displayName: 'Astrid Admin', password: 'benk admin med lang passfrase' };

const noPolicy: LoadedPolicy = {
  status: { kind: 'none', path: '/nonexistent/policy.json' },
  settings: {},
  locked: new Set(),
};
const model = {
  status: () => ({ state: 'not-installed' as const, activeModel: null, progress: null, message: null }),
  binding: async () => ({ buildType: 'prebuilt', gpu: false as const, threads: 2 }),
};

const ROWS_PER_STATEMENT = 500;
const STATEMENTS_PER_TRANSACTION = 40;
const BUILD_CACHE_MB = 256;

type Db = SqlRunner & { transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> };

const statements = new Map<string, string>();
async function insertRows(tx: SqlRunner, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const key = `${table}|${rows.length}`;
  let sql = statements.get(key);
  if (!sql) {
    const one = `(${columns.map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows.length }, () => one).join(', ')}`;
    statements.set(key, sql);
  }
  await tx.run(sql, rows.flat() as SqlParams);
}

/** Writes rows in multi-row statements, many statements per transaction. */
async function insertAll(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: Iterable<SqlValue[]>,
): Promise<number> {
  let batch: SqlValue[][] = [];
  let pending: SqlValue[][][] = [];
  let count = 0;
  const flush = async () => {
    const chunk = pending;
    pending = [];
    await db.transaction(async (tx) => {
      for (const b of chunk) await insertRows(tx, table, columns, b);
    });
  };
  for (const row of rows) {
    batch.push(row);
    count++;
    if (batch.length === ROWS_PER_STATEMENT) {
      pending.push(batch);
      batch = [];
      if (pending.length === STATEMENTS_PER_TRANSACTION) await flush();
    }
  }
  if (batch.length) pending.push(batch);
  if (pending.length) await flush();
  return count;
}

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dayOffset = (days: number, now: Date) =>
  localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const PROGRAMMES = ['aft', 'work_training', 'follow_up', 'vta', 'ips', 'other'] as const;
const STAGES = ['assessment', 'clarification', 'work_trial', 'job_search', 'in_work_or_school', 'ended'] as const;
const OFFICES = [
  'NAV Grünerløkka',
  'NAV Bergenhus',
  'NAV Midtbyen',
  'NAV Stavanger',
  'NAV Tromsø',
  'NAV Drammen',
  'NAV Fredrikstad',
  'NAV Kristiansand',
];
const STEP_TITLES = [
  'Skrive CV-en ferdig',
  'Søke på tre jobber i butikk',
  'Ringe arbeidsgiver om praksisplass',
  'Ta truckførerkurs',
  'Møte på arbeidstreningen fire dager',
  'Bestille time hos fastlegen',
  'Øve på jobbintervju',
  'Melde seg på norskkurs',
  'Lage budsjett for måneden',
  'Besøke verkstedet',
];
const GOALS = [
  'Jeg vil ha en deltidsjobb i butikk før sommeren.',
  'Komme i gang med faste arbeidstider.',
  'Fullføre videregående.',
  'Få læreplass som elektriker.',
  'Finne en jobb der jeg trives.',
];

export interface BenchOrganisation {
  dataDir: string;
  counselorId: string;
  /** The bench counselor's participants, by name order (what the caseload shows first). */
  participants: { id: string; displayName: string }[];
  counts: Record<string, number>;
}

/** Builds the organisation in `dataDir` (an empty folder). Logs progress with `log`. */
export async function buildBenchOrganisation(
  dataDir: string,
  log: (line: string) => void,
  size: OrgSize = FULL_SIZE,
  now = new Date(),
  /** How many participants the counselor with a login has (the caseloads of this many synthetic counselors' worth). */
  caseload = size.participantsPerCounselor,
): Promise<BenchOrganisation> {
  const core = createCore({
    dataDir: path.resolve(dataDir),
    appVersion: '0.0.0-bench',
    model,
    logger: silentLogger,
    policy: noPolicy,
    kdfCost: TEST_KDF_COST,
  });
  const call = async (conn: string, name: string, input: object) => {
    const r = await core.dispatch({ name, input, connectionId: conn, emit: () => undefined });
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  try {
    await call('admin', 'auth.setup', { organisationName: 'Benk Tiltak AS', admin: ADMIN });
    const counselorId = (await call('admin', 'users.create', { ...BENCH_COUNSELOR, role: 'counselor' })).id as string;

    const org = new SyntheticOrg(size);
    // The first synthetic counselors' participants are the caseload of the one with a login (the
    // first `caseload` of them; the rest stay with their own counselor).
    const taken = Math.ceil(caseload / size.participantsPerCounselor);
    const firsts = new Set(org.counselors.slice(0, taken).map((c) => c.id));
    let moved = 0;
    for (const p of org.participants)
      if (firsts.has(p.counselorId) && moved < caseload) {
        p.counselorId = counselorId;
        moved++;
      } else if (firsts.has(p.counselorId)) p.counselorId = org.counselors[taken]!.id;
    const others = org.counselors.filter((c) => !firsts.has(c.id));
    const db = core.services.store.db as unknown as Db;
    await db.exec(`PRAGMA cache_size = -${BUILD_CACHE_MB * 1024}`);
    const counts: Record<string, number> = {};
    const t0 = performance.now();
    const step = (label: string, n: number) => {
      counts[label] = n;
      log(`    ${label}: ${n.toLocaleString('en-US')}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    };

    await db.transaction(async (tx) => {
      for (const u of others) await usersRepo.insert(tx, u);
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
    step('participants', org.participants.length);

    step(
      'notes',
      await insertAll(
        db,
        'notes',
        ['participant_id', 'author_id', 'kind', 'occurred_on', 'duration_minutes', 'attendance', 'body', 'created_at'],
        (function* () {
          for (const batch of org.notes(ROWS_PER_STATEMENT))
            for (const n of batch)
              yield [
                n.participantId,
                n.authorId,
                n.kind,
                n.occurredOn,
                n.durationMinutes,
                n.attendance,
                n.body,
                n.createdAt,
              ];
        })(),
      ),
    );
    step(
      'chat messages',
      await insertAll(
        db,
        'chat_messages',
        ['participant_id', 'conversation_id', 'author', 'author_user_id', 'body', 'created_at'],
        (function* () {
          for (const batch of org.messages(ROWS_PER_STATEMENT))
            for (const m of batch)
              yield [m.participantId, m.conversationId, m.author, m.authorUserId, m.body, m.createdAt];
        })(),
      ),
    );

    const rng = seededRng(org.seed ^ 0xf011);
    const w = workspaceRows(org, rng, now);
    step(
      'profiles',
      await insertAll(
        db,
        'participant_profiles',
        ['participant_id', 'phone', 'email', 'programme', 'start_date', 'planned_end_date', 'nav_office', 'updated_at'],
        w.profiles,
      ),
    );
    step(
      'stage entries',
      await insertAll(
        db,
        'participant_stages',
        ['participant_id', 'stage', 'started_on', 'recorded_by', 'recorded_at'],
        w.stages,
      ),
    );
    step(
      'goals',
      await insertAll(db, 'activity_goals', ['participant_id', 'body', 'set_by_role', 'set_by', 'set_at'], w.goals),
    );
    step(
      'activity steps',
      await insertAll(
        db,
        'activity_steps',
        [
          'participant_id',
          'title',
          'description',
          'kind',
          'status',
          'due_on',
          'proposed_by',
          'agreed',
          'created_by',
          'created_at',
          'updated_at',
          'completed_at',
          'cancelled_at',
        ],
        w.steps,
      ),
    );
    step(
      'motivation readings',
      await insertAll(
        db,
        'motivation_rulers',
        ['participant_id', 'measured_on', 'importance', 'confidence', 'entered_by', 'recorded_by', 'created_at'],
        w.rulers,
      ),
    );
    step(
      'appointments',
      await insertAll(
        db,
        'appointments',
        [
          'uid',
          'participant_id',
          'counselor_id',
          'starts_at',
          'duration_minutes',
          'kind',
          'location',
          'created_at',
          'cancelled_at',
        ],
        w.appointments,
      ),
    );
    step(
      'reminders',
      await insertAll(db, 'counselor_reminders', ['participant_id', 'counselor_id', 'body', 'updated_at'], w.reminders),
    );
    await db.exec('PRAGMA optimize');

    const mine = org.participants
      .filter((p) => p.counselorId === counselorId)
      .map((p) => ({ id: p.id, displayName: p.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb') || a.id.localeCompare(b.id));
    return { dataDir, counselorId, participants: mine, counts };
  } finally {
    await core.close();
    await core.services.store.close().catch(() => undefined);
  }
}

/** The follow-up data of every participant, deterministic from `rng`, around `now`. */
function workspaceRows(org: SyntheticOrg, rng: Rng, now: Date) {
  const profiles: SqlValue[][] = [];
  const stages: SqlValue[][] = [];
  const goals: SqlValue[][] = [];
  const steps: SqlValue[][] = [];
  const rulers: SqlValue[][] = [];
  const appointments: SqlValue[][] = [];
  const reminders: SqlValue[][] = [];
  const at = now.toISOString();
  org.participants.forEach((p, i) => {
    const c = p.counselorId;
    const startDays = -int(rng, 20, 400);
    profiles.push([
      p.id,
      `000 00 ${String(i % 1000).padStart(3, '0')}`,
      `deltaker${i + 1}@eksempel.invalid`,
      pick(rng, PROGRAMMES),
      dayOffset(startDays, now),
      dayOffset(startDays + int(rng, 120, 500), now),
      pick(rng, OFFICES),
      at,
    ]);
    const nStages = int(rng, 1, 4);
    let day = startDays;
    for (let s = 0; s < nStages; s++) {
      stages.push([p.id, STAGES[Math.min(s + (rng() < 0.3 ? 1 : 0), STAGES.length - 1)]!, dayOffset(day, now), c, at]);
      day = Math.min(-1, day + int(rng, 10, 60));
    }
    if (rng() < 0.7) goals.push([p.id, pick(rng, GOALS), rng() < 0.6 ? 'participant' : 'counselor', c, at]);
    const nSteps = int(rng, 0, 6);
    for (let s = 0; s < nSteps; s++) {
      const r = rng();
      const status =
        r < 0.15 ? 'proposed' : r < 0.45 ? 'planned' : r < 0.65 ? 'in_progress' : r < 0.9 ? 'done' : 'cancelled';
      const due = rng() < 0.8 ? dayOffset(int(rng, -30, 45), now) : null;
      const kind = pick(rng, ['other', 'other', 'other', 'cv', 'application', 'work_start'] as const);
      const byParticipant = rng() < 0.4;
      steps.push([
        p.id,
        pick(rng, STEP_TITLES),
        rng() < 0.3 ? 'Avtalt i samtalen.' : null,
        kind,
        status,
        due,
        byParticipant ? 'participant' : 'counselor',
        byParticipant ? 0 : rng() < 0.7 ? 1 : 0,
        c,
        at,
        at,
        status === 'done' ? at : null,
        status === 'cancelled' ? at : null,
      ]);
    }
    const nRulers = int(rng, 0, 6);
    for (let s = 0; s < nRulers; s++)
      rulers.push([
        p.id,
        dayOffset(-int(rng, 0, 365), now),
        int(rng, 2, 10),
        int(rng, 1, 10),
        rng() < 0.5 ? 'participant' : 'session',
        c,
        at,
      ]);
    const nAppointments = int(rng, 0, 3);
    for (let s = 0; s < nAppointments; s++) {
      const inDays = rng() < 0.05 ? 0 : int(rng, -60, 30);
      const start = new Date(
        now.getFullYear(),
        now.getMonth(),
        now.getDate() + inDays,
        int(rng, 8, 15),
        pick(rng, [0, 30]),
      );
      appointments.push([
        `${uuid(rng)}@inkludmi`,
        p.id,
        c,
        start.toISOString(),
        pick(rng, [30, 45, 60, 90]),
        pick(rng, ['meeting', 'phone', 'digital', 'other'] as const),
        rng() < 0.5 ? 'Møterom 2' : null,
        at,
        rng() < 0.08 ? at : null,
      ]);
    }
    if (rng() < 0.2)
      reminders.push([
        p.id,
        c,
        pick(rng, [
          'Spør om søknaden.',
          'Ring før fredag.',
          'Sjekk oppmøtet på praksisplassen.',
          'Følg opp timen hos fastlegen.',
        ]),
        at,
      ]);
  });
  return { profiles, stages, goals, steps, rulers, appointments, reminders };
}
