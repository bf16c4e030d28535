import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoResult } from '../../../electron/cli/commands/demo.js';
import { syntheticNationalId } from '../../../electron/cli/demoParticipants.js';
import { verifyAudit } from '../../../electron/core/audit/log.js';
import { hasValidNationalIdControlDigits, nationalIdKind } from '../../../electron/core/scrub/checksums.js';
import { runInkludmi } from '../../cli/run.js';
import { login, makeCore, type TestCore } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let cleanup: (() => Promise<void>) | undefined;
let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  await cleanup?.();
  cleanup = undefined;
});

describe('inkludmi demo', () => {
  it('creates a fictional organisation in an empty folder that a counselor and a participant can use at once', async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    const dataDir = path.join(temp.dir, 'demo');
    const r = await runInkludmi(['demo', '--data-dir', dataDir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as DemoResult;
    expect(result.organisation).toMatch(/demo/);
    expect(result.logins.map((l) => [l.role, l.username])).toEqual([
      ['admin', 'demo-admin'],
      ['counselor', 'vera'],
      ['counselor', 'viktor'],
      ['participant', 'ada'],
      ['participant', 'bo'],
      ['participant', 'frode'],
    ]);

    t = await makeCore({ dataDir });
    const pw = (u: string) => result.logins.find((l) => l.username === u)!.password;
    const vera = await login(t, 'vera', pw('vera'));
    const caseload = await t.ok(vera, 'caseload.list', {});
    expect(caseload.rows.map((row) => row.displayName)).toEqual([
      'Ada Eksempel',
      'Bo Prøvesen',
      'Cato Fiktivsen',
      'Dina Demosen',
      'Eli Testesen',
    ]);
    // Every quick filter has someone to show.
    expect(caseload.counts).toMatchObject({ all: 5, isNew: 1, awaitingReply: 1, overdue: 2, meetingToday: 1 });
    expect(caseload.counts.noContact).toBeGreaterThanOrEqual(1);
    const ada = caseload.rows.find((row) => row.displayName === 'Ada Eksempel')!;
    expect(ada).toMatchObject({ stage: 'job_search', reminder: expect.stringContaining('butikken') });
    const revealed = await t.ok(vera, 'participants.revealNationalId', { participantId: ada.participantId });
    expect(nationalIdKind(revealed.nationalId!)).toBe('synthetic');
    expect(hasValidNationalIdControlDigits(revealed.nationalId!)).toBe(true);
    expect(await t.ok(vera, 'gamification.get', { participantId: ada.participantId })).toMatchObject({
      status: 'on',
      sharedWithCounselor: true,
    });

    const adaConn = await login(t, 'ada', pw('ada'));
    const overview = await t.ok(adaConn, 'me.overview', { participantId: ada.participantId });
    expect(overview.goal?.text).toMatch(/butikk/);
    expect(overview.motivation.length).toBeGreaterThanOrEqual(3);
    expect(overview.gamification).toMatchObject({
      status: 'on',
      points: 1,
      badges: expect.arrayContaining([{ badge: 'cv_done', awardedAt: expect.any(String) }]),
    });

    // Everything went through the API: the audit log is whole and names the fictional users.
    expect((await verifyAudit(t.core.services.store.db)).ok).toBe(true);
  });

  it('refuses a folder that is not empty and changes nothing', async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    await fs.writeFile(path.join(temp.dir, 'something.txt'), 'x');
    const r = await runInkludmi(['demo', '--data-dir', temp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ikke tom.*Ingenting ble endret/s);
    expect(await fs.readdir(temp.dir)).toEqual(['something.txt']);
  });

  it('prints the demo logins, clearly marked as demo', async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    const r = await runInkludmi(['demo', '--data-dir', path.join(temp.dir, 'd')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ALT HER ER FIKTIVT/);
    expect(r.stdout).toMatch(/DEMO-PÅLOGGINGER/);
    expect(r.stdout).toMatch(/veileder\s+vera\s+\S+/);
  });

  it('makes synthetic national ids (month + 80) with valid control digits', () => {
    for (let serial = 0; serial < 50; serial++) {
      const id = syntheticNationalId(14, 3, 2004, serial);
      expect(id.slice(0, 6)).toBe('148304');
      expect(nationalIdKind(id)).toBe('synthetic');
      expect(hasValidNationalIdControlDigits(id)).toBe(true);
    }
  });
});
