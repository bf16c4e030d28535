import fs from 'node:fs';
import path from 'node:path';
import { norwegianErrorMap } from '../errors/index.js';
import { DEFAULT_SETTINGS, policyFileSchema, type PolicyFile, type SettingKey, type Settings } from './schema.js';

/** The machine-wide policy location IT staff deploy to, per OS. */
export function policyFilePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env['INKLUDMI_POLICY_FILE'];
  if (override) return override;
  switch (platform) {
    case 'win32':
      return path.join(env['ProgramData'] ?? 'C:\\ProgramData', 'InkludMI', 'policy.json');
    case 'darwin':
      return '/Library/Application Support/InkludMI/policy.json';
    default:
      return '/etc/inkludmi/policy.json';
  }
}

export type PolicyStatus =
  | { kind: 'none'; path: string }
  | { kind: 'applied'; path: string }
  /** The file exists but is broken: the app runs on safe defaults and says so. */
  | { kind: 'invalid'; path: string; problems: string[] };

export interface LoadedPolicy {
  status: PolicyStatus;
  /** Values the policy sets (merged over the defaults). */
  settings: Partial<Settings>;
  locked: ReadonlySet<SettingKey>;
}

const EMPTY: Omit<LoadedPolicy, 'status'> = { settings: {}, locked: new Set() };

/**
 * Reads and validates the policy file. Never throws: a missing file means no policy, a malformed
 * one is reported (Norwegian messages) and ignored as a whole, so the app starts on safe defaults.
 */
export function loadPolicy(file: string = policyFilePath()): LoadedPolicy {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: { kind: 'none', path: file }, ...EMPTY };
    return {
      status: { kind: 'invalid', path: file, problems: ['Policyfilen kunne ikke leses (mangler lesetilgang?).'] },
      ...EMPTY,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { status: { kind: 'invalid', path: file, problems: ['Policyfilen er ikke gyldig JSON.'] }, ...EMPTY };
  }
  const parsed = policyFileSchema.safeParse(raw, { error: norwegianErrorMap });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(hele filen)'}: ${issue.message}`);
    return { status: { kind: 'invalid', path: file, problems }, ...EMPTY };
  }
  return {
    status: { kind: 'applied', path: file },
    settings: toSettings(parsed.data),
    locked: new Set(parsed.data.locked),
  };
}

function toSettings(policy: PolicyFile): Partial<Settings> {
  const { features, retentionMonths, decisionOversight, ...rest } = policy.settings;
  const out: Partial<Settings> = { ...rest };
  if (features) out.features = { ...DEFAULT_SETTINGS.features, ...features };
  if (retentionMonths) out.retentionMonths = { ...DEFAULT_SETTINGS.retentionMonths, ...retentionMonths };
  if (decisionOversight) out.decisionOversight = { ...DEFAULT_SETTINGS.decisionOversight, ...decisionOversight };
  return out;
}
