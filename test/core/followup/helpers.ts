import { addUser, login, makeCore, recordBases, setupOrg, showNotice, type TestCore } from '../../helpers/org.js';

/**
 * A small organisation for follow-up tests: counselors Anna and Bjørn, participant Petter (with a
 * login) on Anna's caseload and Kaja (with a login) on Bjørn's.
 */
export async function followupOrg() {
  const t = await makeCore();
  const { admin } = await setupOrg(t, 'Oppfølging Test AS');
  // Setup leaves the legal-basis register empty; gamification needs its basis recorded (issue 9).
  await recordBases(t, admin);
  const anna = await addUser(t, admin, 'anna', 'Anna Veileder', 'counselor');
  const bjorn = await addUser(t, admin, 'bjorn', 'Bjørn Veileder', 'counselor');
  const petter = await addUser(t, admin, 'petter', 'Petter Fiktiv', 'participant', anna.id);
  const kaja = await addUser(t, admin, 'kaja', 'Kaja Fiktiv', 'participant', bjorn.id);
  const annaConn = await login(t, 'anna');
  const bjornConn = await login(t, 'bjorn');
  // Gamification waits until each participant has been shown the current notice (issue 18).
  await showNotice(t, annaConn, [petter.participantId!]);
  await showNotice(t, bjornConn, [kaja.participantId!]);
  return {
    t,
    admin,
    annaId: anna.id,
    bjornId: bjorn.id,
    petterId: petter.participantId!,
    kajaId: kaja.participantId!,
    annaConn,
    bjornConn,
    petterConn: await login(t, 'petter'),
    kajaConn: await login(t, 'kaja'),
  };
}

export type FollowupOrg = Awaited<ReturnType<typeof followupOrg>>;

/** Rows in a table (a test checks that refused or invalid calls wrote nothing). */
export async function count(t: TestCore, table: string, where = '1', params: string[] = []): Promise<number> {
  const row = await t.core.services.store.db.get<{ n: number }>(
    `SELECT count(*) AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return row?.n ?? 0;
}

/** Every table the workspace writes, with its row count. */
export const WORKSPACE_TABLES = [
  'participants',
  'participant_profiles',
  'counselor_reminders',
  'participant_stages',
  'activity_goals',
  'activity_steps',
  'motivation_rulers',
  'appointments',
  'gamification_profiles',
  'gamification_points',
  'gamification_badges',
  'notes',
  'chat_messages',
] as const;

/** Row counts of every workspace table, and the participants' rows themselves (edits show). */
export async function snapshot(t: TestCore): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const table of WORKSPACE_TABLES) out[table] = await count(t, table);
  const rows = await t.core.services.store.db.get<{ v: string | null }>(
    "SELECT group_concat(id || display_name || coalesce(national_id, '') || updated_at, '|') AS v FROM (SELECT * FROM participants ORDER BY id)",
  );
  out['participants.rows'] = rows?.v ?? '';
  const steps = await t.core.services.store.db.get<{ v: string | null }>(
    "SELECT group_concat(id || status || title || coalesce(due_on, '') || agreed, '|') AS v FROM activity_steps",
  );
  out['activity_steps.rows'] = steps?.v ?? '';
  return out;
}

/** The audit entries of one actor for one action (codes and ids only). */
export async function auditOf(t: TestCore, actorId: string, action: string) {
  return t.core.services.store.db.all<{
    action: string;
    target_type: string | null;
    target_id: string | null;
    outcome: string;
    reason: string | null;
  }>(
    'SELECT action, target_type, target_id, outcome, reason FROM audit_log WHERE actor_id = ? AND action = ? ORDER BY seq',
    [actorId, action],
  );
}

/** Today's local date and a local time today as an ISO instant. */
export function todayAt(hour: number, minute = 0, dayOffset = 0): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, hour, minute).toISOString();
}

export function localDay(offset = 0): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
