import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../electron/core/db/connection.js';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.js';
import { caseloadQuery } from '../../../electron/core/followup/caseload.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('migration 002 (follow-up workspace)', () => {
  it('upgrades a database at version 1 with its data, and its constraints refuse bad rows', async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    const db = await Database.open(path.join(temp.dir, 'm.db'), { key: Buffer.alloc(32, 9), create: true });
    const all = loadMigrations();
    expect(all.map((m) => m.name).slice(0, 2)).toEqual(['foundation', 'followup_workspace']);
    await migrate(db, all.slice(0, 1));
    expect(await schemaVersion(db)).toBe(1);
    const at = '2026-12-01T10:00:00.000Z';
    await db.run(
      "INSERT INTO users (id, username, display_name, role, created_at) VALUES ('u1', 'anna', 'Anna', 'counselor', ?)",
      [at],
    );
    await db.run(
      "INSERT INTO participants (id, display_name, counselor_id, created_at, updated_at) VALUES ('p1', 'Petter', 'u1', ?, ?)",
      [at, at],
    );

    await migrate(db, all);
    expect(await schemaVersion(db)).toBe(all.length);
    expect(await db.get('SELECT display_name FROM participants')).toEqual({ display_name: 'Petter' });

    const refused = async (sql: string, params: (string | number)[] = []) =>
      expect(db.run(sql, params)).rejects.toThrow(/constraint/i);
    await refused(
      "INSERT INTO participant_profiles (participant_id, start_date, planned_end_date, updated_at) VALUES ('p1', '2026-12-01', '2026-11-30', ?)",
      [at],
    );
    await refused("INSERT INTO participant_profiles (participant_id, programme, updated_at) VALUES ('p1', 'kurs', ?)", [
      at,
    ]);
    await refused(
      "INSERT INTO participant_stages (participant_id, stage, started_on, recorded_by, recorded_at) VALUES ('p1', 'assessment', '2026-02-30', 'u1', ?)",
      [at],
    );
    await refused(
      "INSERT INTO motivation_rulers (participant_id, measured_on, importance, confidence, entered_by, recorded_by, created_at) VALUES ('p1', '2026-12-01', 11, 5, 'participant', 'u1', ?)",
      [at],
    );
    await refused(
      "INSERT INTO activity_steps (participant_id, title, status, proposed_by, created_by, created_at, updated_at) VALUES ('p1', 'CV', 'done', 'participant', 'u1', ?, ?)",
      [at, at],
    );
    await refused(
      "INSERT INTO activity_goals (participant_id, body, set_by_role, set_by, set_at) VALUES ('p1', '', 'participant', 'u1', ?)",
      [at],
    );
    await refused(
      "INSERT INTO appointments (uid, participant_id, counselor_id, starts_at, duration_minutes, kind, created_at) VALUES ('x', 'p1', 'u1', ?, 0, 'meeting', ?)",
      [at, at],
    );
    await refused(
      "INSERT INTO gamification_points (participant_id, step_id, points, earned_on) VALUES ('p1', 1, 1, '2026-12-01')",
    ); // no profile: foreign key
    await refused(
      "INSERT INTO participant_stages (participant_id, stage, started_on, recorded_by, recorded_at) VALUES ('nobody', 'assessment', '2026-12-01', 'u1', ?)",
      [at],
    );

    // Erasing the profile takes points and badges with it.
    await db.run(
      "INSERT INTO gamification_profiles (participant_id, enabled_at, explanation_version) VALUES ('p1', ?, 1)",
      [at],
    );
    await db.run("INSERT INTO gamification_badges (participant_id, badge, awarded_at) VALUES ('p1', 'first_step', ?)", [
      at,
    ]);
    await db.run("DELETE FROM gamification_profiles WHERE participant_id = 'p1'");
    expect(await db.get('SELECT count(*) AS n FROM gamification_badges')).toEqual({ n: 0 });

    // The caseload statement looks every value up through an index: no scan of a table, only of its own CTEs.
    // The latest message and note come from caseload_summary (migration 012; caseload-summary.test.ts).
    const q = caseloadQuery(
      'u1',
      { awaitingReply: true, overdue: true, search: 'pe', stages: ['job_search'] },
      new Date(),
    );
    const plan = (await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, q.params)).map((r) => r.detail);
    expect(plan.filter((d) => /^SCAN /.test(d) && !/^SCAN (base|counts|hits|\(subquery-\d+\))/.test(d))).toEqual([]);
    for (const index of [
      'participants_caseload',
      'participant_stages_latest',
      'activity_steps_open',
      'appointments_by_participant',
      'USING PRIMARY KEY (participant_id=?)',
    ]) {
      expect(plan.join('\n')).toContain(index);
    }
    await db.close();
  });
});
