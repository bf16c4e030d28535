import type { ESLint, Rule } from 'eslint';

export interface LayeringViolation {
  kind: 'deep' | 'upward';
  /** The module reached into, or `api` / a composition-root file for an import upward. */
  to: string;
  /** The importing file's path inside electron/core. */
  from: string;
}
export interface LayerException {
  from: string;
  to: string;
  reason: string;
}
export function corePlace(file: string): { root: string; inCore: string; module: string | null } | null;
export function layeringViolation(file: string, specifier: string): LayeringViolation | null;
export const coreLayering: Rule.RuleModule;
export const localPlugin: ESLint.Plugin;
