import { DomainError, type ErrorCode, type FeatureRefusalReason } from '../errors/index.js';
import type { LoadedPolicy, PolicyStatus } from '../policy/index.js';
import { DEFAULT_SETTINGS, FEATURES, type Feature, type SettingKey, type Settings } from '../policy/index.js';

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

/**
 * Why a purpose may not run even though the organisation has it switched on: the legal-basis
 * register (core/privacy) answers. `participantId` narrows it to one person (an objection).
 */
export interface PurposeGate {
  /** Reads what it needs from the store once it is open (called with the settings at unlock). */
  load(): Promise<void>;
  /** The app locked: forget it. */
  forget(): void;
  refusal(feature: Feature, participantId?: string | null): FeatureRefusal | null;
}

export interface FeatureRefusal {
  reason: Exclude<FeatureRefusalReason, 'FEATURE_OFF'>;
  /** Norwegian, for the person who asked: says why and who can change it. */
  message: string;
}

/** Whether a feature runs, and if not, why (for the UI to explain). */
export interface FeatureState {
  enabled: boolean;
  /** The organisation's switch (settings and policy). */
  switchedOn: boolean;
  reason: 'ENABLED' | FeatureRefusalReason;
  message: string | null;
}

const FEATURE_NAMES: Record<Feature, string> = {
  chatbot: 'Chatboten',
  gamification: 'Poeng og merker',
  decisionSupport: 'Beslutningsstøtte',
  statistics: 'Statistikk',
};

/** A feature that may not run: UNAVAILABLE (or the caller's code) with the reason for the UI. */
export class FeatureUnavailableError extends DomainError {
  declare readonly reason: FeatureState['reason'];
  constructor(code: ErrorCode, message: string, reason: FeatureState['reason']) {
    super(code, message, undefined, reason);
    this.name = 'FeatureUnavailableError';
  }
}

/** Settings that only IT staff set, through the policy file (they decide where data lives). */
export const POLICY_ONLY: ReadonlySet<SettingKey> = new Set(['dataDir', 'modelDir']);

export interface SettingsView {
  settings: Settings;
  /** Keys IT staff have locked: shown as locked in the UI and refused by `update`. */
  locked: SettingKey[];
  policy: { state: PolicyStatus['kind']; path: string; problems: string[] };
  /** Whether each feature actually runs and, if not, why (switched off, or no recorded legal basis). */
  featureStates: Record<Feature, FeatureState>;
}

/**
 * Effective settings, weakest first: the app's defaults, values the policy file sets without
 * locking (organisation defaults), what the admin chose in the app, and values the policy locks.
 */
export class SettingsService {
  private stored: Partial<Settings> = {};

  private gate: PurposeGate | null = null;

  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly policy: LoadedPolicy,
    private readonly store: SettingsStore = new MemorySettingsStore(),
  ) {}

  /** The legal-basis register: a feature runs only when it is switched on AND its purpose has a recorded basis. */
  usePurposeGate(gate: PurposeGate): void {
    this.gate = gate;
  }

  /**
   * Called with the effective settings whenever they may have changed: the organisation's choices
   * loaded at login, forgotten at lock, or changed by an admin (the desktop shell applies content
   * protection this way). Returns the unsubscribe function.
   */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async load(): Promise<void> {
    this.stored = await this.store.load();
    await this.gate?.load();
    this.changed();
  }

  /** The app locked: forget the organisation's own choices (they live in the encrypted database). */
  forgetStored(): void {
    this.stored = {};
    this.gate?.forget();
    this.changed();
  }

  private changed(): void {
    const settings = this.effective();
    for (const listener of this.listeners) listener(settings);
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

  /**
   * THE feature check every service uses: switched on by the organisation, a legal basis recorded
   * for its purpose, and (for one participant) no objection of theirs standing.
   */
  isFeatureEnabled(feature: Feature, participantId?: string | null): boolean {
    return this.featureState(feature, participantId).enabled;
  }

  featureState(feature: Feature, participantId?: string | null): FeatureState {
    const switchedOn = this.effective().features[feature];
    if (!switchedOn)
      return {
        enabled: false,
        switchedOn,
        reason: 'FEATURE_OFF',
        message: `${FEATURE_NAMES[feature]} er slått av i denne organisasjonen.`,
      };
    const refusal = this.gate?.refusal(feature, participantId) ?? null;
    if (refusal) return { enabled: false, switchedOn, reason: refusal.reason, message: refusal.message };
    return { enabled: true, switchedOn, reason: 'ENABLED', message: null };
  }

  /**
   * Throws FeatureUnavailableError unless the feature may run. `offMessage` replaces the message
   * when the organisation has switched it off; a missing legal basis or an objection always says so.
   */
  assertFeature(
    feature: Feature,
    options: { participantId?: string | null; code?: ErrorCode; offMessage?: string } = {},
  ): void {
    const state = this.featureState(feature, options.participantId);
    if (state.enabled) return;
    const message = state.reason === 'FEATURE_OFF' ? (options.offMessage ?? state.message!) : state.message!;
    throw new FeatureUnavailableError(options.code ?? 'UNAVAILABLE', message, state.reason);
  }

  view(): SettingsView {
    const status = this.policy.status;
    return {
      settings: this.effective(),
      locked: [...new Set([...this.policy.locked, ...POLICY_ONLY])],
      policy: { state: status.kind, path: status.path, problems: status.kind === 'invalid' ? status.problems : [] },
      featureStates: Object.fromEntries(FEATURES.map((f) => [f, this.featureState(f)])) as Record<
        Feature,
        FeatureState
      >,
    };
  }

  /** Applies an admin's change; a locked key refuses the whole change and nothing is written. */
  async update(patch: Partial<Settings>): Promise<SettingsView> {
    const lockedKeys = (Object.keys(patch) as SettingKey[]).filter((key) => this.isLocked(key));
    if (lockedKeys.length > 0) {
      throw new DomainError(
        'FORBIDDEN',
        'Innstillingen er låst av IT-ansvarlig (sentral policy) og kan ikke endres her.',
        lockedKeys.map((key) => ({ path: key, message: 'Låst av IT-ansvarlig.' })),
      );
    }
    const next = { ...this.stored, ...patch };
    await this.store.save(next);
    this.stored = next;
    this.changed();
    return this.view();
  }
}
