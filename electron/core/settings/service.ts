import { ApiError } from '../api/errors.js';
import type { LoadedPolicy, PolicyStatus } from '../policy/policy.js';
import { DEFAULT_SETTINGS, type Feature, type SettingKey, type Settings } from '../policy/schema.js';

/** Where the organisation's own choices are kept (the encrypted database once unlocked). */
export interface SettingsStore {
  load(): Promise<Partial<Settings>>;
  save(values: Partial<Settings>): Promise<void>;
}

export class MemorySettingsStore implements SettingsStore {
  private values: Partial<Settings> = {};
  async load(): Promise<Partial<Settings>> {
    return structuredClone(this.values);
  }
  async save(values: Partial<Settings>): Promise<void> {
    this.values = structuredClone(values);
  }
}

/** Settings that only IT staff set, through the policy file (they decide where data lives). */
export const POLICY_ONLY: ReadonlySet<SettingKey> = new Set(['dataDir', 'modelDir']);

export interface SettingsView {
  settings: Settings;
  /** Keys IT staff have locked: shown as locked in the UI and refused by `update`. */
  locked: SettingKey[];
  policy: { state: PolicyStatus['kind']; path: string; problems: string[] };
}

/**
 * Effective settings, weakest first: the app's defaults, values the policy file sets without
 * locking (organisation defaults), what the admin chose in the app, and values the policy locks.
 */
export class SettingsService {
  private stored: Partial<Settings> = {};

  constructor(
    private readonly policy: LoadedPolicy,
    private readonly store: SettingsStore = new MemorySettingsStore(),
  ) {}

  async load(): Promise<void> {
    this.stored = await this.store.load();
  }

  /** The app locked: forget the organisation's own choices (they live in the encrypted database). */
  forgetStored(): void {
    this.stored = {};
  }

  effective(): Settings {
    const preset: Partial<Settings> = {};
    const locked: Partial<Settings> = {};
    for (const [key, value] of Object.entries(this.policy.settings) as [SettingKey, Settings[SettingKey]][]) {
      Object.assign(this.isLocked(key) ? locked : preset, { [key]: value });
    }
    return { ...DEFAULT_SETTINGS, ...preset, ...this.stored, ...locked };
  }

  isLocked(key: SettingKey): boolean {
    return this.policy.locked.has(key) || POLICY_ONLY.has(key);
  }

  isFeatureEnabled(feature: Feature): boolean {
    return this.effective().features[feature];
  }

  view(): SettingsView {
    const status = this.policy.status;
    return {
      settings: this.effective(),
      locked: [...new Set([...this.policy.locked, ...POLICY_ONLY])],
      policy: { state: status.kind, path: status.path, problems: status.kind === 'invalid' ? status.problems : [] },
    };
  }

  /** Applies an admin's change; a locked key refuses the whole change and nothing is written. */
  async update(patch: Partial<Settings>): Promise<SettingsView> {
    const lockedKeys = (Object.keys(patch) as SettingKey[]).filter((key) => this.isLocked(key));
    if (lockedKeys.length > 0) {
      throw new ApiError(
        'FORBIDDEN',
        'Innstillingen er låst av IT-ansvarlig (sentral policy) og kan ikke endres her.',
        lockedKeys.map((key) => ({ path: key, message: 'Låst av IT-ansvarlig.' })),
      );
    }
    const next = { ...this.stored, ...patch };
    await this.store.save(next);
    this.stored = next;
    return this.view();
  }
}
