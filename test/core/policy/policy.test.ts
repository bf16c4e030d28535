import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index.js';
import { silentLogger } from '../../../electron/core/log.js';
import { loadPolicy, policyFilePath } from '../../../electron/core/policy/policy.js';
import { ADMIN_PASSWORD, login, makeCore, setupOrg } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

async function writePolicy(content: unknown): Promise<string> {
  const file = path.join(dir, 'policy.json');
  await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const model = {
  status: () => ({ state: 'not-installed' as const, activeModel: null, progress: null, message: null }),
  binding: async () => ({ buildType: 'prebuilt', gpu: false as const, threads: 2 }),
};

describe('central policy file', () => {
  it('lives in the machine-wide location for each OS', () => {
    expect(policyFilePath({}, 'linux')).toBe('/etc/inkludmi/policy.json');
    expect(policyFilePath({}, 'darwin')).toBe('/Library/Application Support/InkludMI/policy.json');
    expect(policyFilePath({ ProgramData: 'C:\\ProgramData' }, 'win32')).toMatch(/ProgramData.InkludMI.policy\.json$/);
    expect(policyFilePath({ INKLUDMI_POLICY_FILE: '/x/p.json' }, 'linux')).toBe('/x/p.json');
  });

  it('no file means no policy and the defaults', () => {
    const policy = loadPolicy(path.join(dir, 'missing.json'));
    expect(policy.status.kind).toBe('none');
    expect(policy.locked.size).toBe(0);
  });

  it('a policy that locks the inactivity time and disables gamification is honoured through the API', async () => {
    const file = await writePolicy({
      version: 1,
      settings: { inactivityLockMinutes: 5, features: { gamification: false } },
      locked: ['inactivityLockMinutes', 'features'],
    });
    const core = createCore({ dataDir: dir, appVersion: '1', logger: silentLogger, model, policy: loadPolicy(file) });
    const got = await core.dispatch({ name: 'settings.get', input: {}, connectionId: null, emit: () => undefined });
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const view = got.data as {
      settings: { inactivityLockMinutes: number; features: Record<string, boolean> };
      locked: string[];
      policy: { state: string };
    };
    expect(view.settings.inactivityLockMinutes).toBe(5);
    expect(view.settings.features['gamification']).toBe(false);
    expect(view.settings.features['chatbot']).toBe(true);
    expect(view.locked).toEqual(expect.arrayContaining(['inactivityLockMinutes', 'features']));
    expect(view.policy.state).toBe('applied');
    expect(core.services.settings.isFeatureEnabled('gamification')).toBe(false);

    // Even a direct service update cannot change a locked key, and nothing is written.
    await expect(core.services.settings.update({ inactivityLockMinutes: 30 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(core.services.settings.effective().inactivityLockMinutes).toBe(5);
  });

  it('unlocked policy values are organisation defaults the admin may change', async () => {
    const file = await writePolicy({ version: 1, settings: { language: 'nn', contentProtection: false } });
    const t = await makeCore({ dataDir: path.join(dir, 'org'), policy: loadPolicy(file) });
    try {
      expect(t.core.services.settings.effective().language).toBe('nn');
      const { admin } = await setupOrg(t);
      await t.ok(admin, 'settings.update', { language: 'en' });
      expect(t.core.services.settings.effective().language).toBe('en');
      // The organisation's own choice lives in the encrypted database: gone from memory while locked, back at login.
      await t.ok(admin, 'auth.lock', {});
      expect(t.core.services.settings.effective().language).toBe('nn');
      await login(t, 'admin', ADMIN_PASSWORD);
      expect(t.core.services.settings.effective().language).toBe('en');
    } finally {
      await t.close();
    }
  });

  it("content protection follows the effective setting: on while locked, the organisation's choice after login, at once when changed", async () => {
    const t = await makeCore({ dataDir: path.join(dir, 'org'), policy: loadPolicy(path.join(dir, 'no-policy.json')) });
    try {
      const applied: boolean[] = [];
      t.core.services.settings.onChange((settings) => applied.push(settings.contentProtection));
      expect(t.core.services.settings.effective().contentProtection).toBe(true);
      const { admin } = await setupOrg(t);
      await t.ok(admin, 'settings.update', { contentProtection: false });
      expect(applied.at(-1)).toBe(false);
      // Locked: the organisation's choice is gone with the key, so the window is protected again.
      await t.ok(admin, 'auth.lock', {});
      expect(applied.at(-1)).toBe(true);
      await login(t, 'admin', ADMIN_PASSWORD);
      expect(applied.at(-1)).toBe(false);
    } finally {
      await t.close();
    }
  });

  it.each([
    ['not JSON', '{ version: 1,', 'Policyfilen er ikke gyldig JSON.'],
    ['unknown version', { version: 2 }, 'version: Verdien er ikke et av de tillatte valgene.'],
    [
      'value out of range',
      { version: 1, settings: { inactivityLockMinutes: 0 } },
      'settings.inactivityLockMinutes: Må være minst 1.',
    ],
    ['unknown setting', { version: 1, settings: { telemetry: true } }, 'settings: Ukjente felt: telemetry.'],
    [
      'locked without a value',
      { version: 1, locked: ['language'] },
      'locked.0: «language» er låst, men har ingen verdi i policyen.',
    ],
  ])(
    'a malformed policy (%s) is reported clearly and the app starts on safe defaults',
    async (_label, content, problem) => {
      const file = await writePolicy(content);
      const policy = loadPolicy(file);
      expect(policy.status).toEqual({ kind: 'invalid', path: file, problems: expect.arrayContaining([problem]) });
      const core = createCore({ dataDir: dir, appVersion: '1', logger: silentLogger, model, policy });
      expect(core.services.settings.effective().inactivityLockMinutes).toBe(10);
      expect(core.services.settings.view().policy.problems).toContain(problem);
    },
  );
});

describe('data folder choice', () => {
  it('a locked policy folder wins over --data-dir; otherwise --data-dir, then the policy preset, then the default', async () => {
    const { chooseDataDir } = await import('../../../electron/core/paths.js');
    expect(chooseDataDir({ explicit: '/a', policyDir: '/p', policyLocked: true })).toBe('/p');
    expect(chooseDataDir({ explicit: '/a', policyDir: '/p', policyLocked: false })).toBe('/a');
    expect(chooseDataDir({ policyDir: '/p' })).toBe('/p');
    expect(chooseDataDir({ fallback: '/f' })).toBe('/f');
  });
});
