import { defaultScrubber, type Scrubber } from './scrubber.js';
import type { Span } from './types.js';
import type { PseudonymVault } from './vault.js';

export interface OutputFinding {
  span: Span;
  /**
   * 'invented': personal data the model wrote that is not in the vault (it made it up, or it
   * reached the model some other way); 'known': the same value as a vault entry (the model
   * wrote out something it should only have seen as a placeholder).
   */
  kind: 'invented' | 'known';
}

export interface OutputCheck {
  findings: OutputFinding[];
  /** Placeholders in the output with no vault entry (the model invented them); never restored. */
  unknownPlaceholders: { start: number; end: number; text: string }[];
}

/**
 * Runs the same detectors on model output. Placeholders are blanked first (same length, so
 * positions hold), then every name or number found is reported as invented or known.
 */
export function detectInOutput(
  modelText: string,
  vault: PseudonymVault,
  scrubber: Scrubber = defaultScrubber(),
): OutputCheck {
  const placeholders = vault.placeholdersIn(modelText);
  let masked = modelText;
  for (const p of placeholders) masked = masked.slice(0, p.start) + ' '.repeat(p.end - p.start) + masked.slice(p.end);
  const spans = scrubber.detect(masked, { vault });
  const findings: OutputFinding[] = spans.map((span) => {
    const value = modelText.slice(span.start, span.end);
    return { span: { ...span, text: value }, kind: vault.hasValue(span.type, value) ? 'known' : 'invented' };
  });
  const unknownPlaceholders = placeholders
    .filter((p) => !p.known)
    .map((p) => ({ start: p.start, end: p.end, text: modelText.slice(p.start, p.end) }));
  return { findings, unknownPlaceholders };
}
