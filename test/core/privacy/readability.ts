/**
 * Readability measures for the notice tests. LIX (Björnsson): words per sentence plus the share of
 * long words (more than six letters) in per cent. A sentence ends at . ! ? : or a line break (a
 * heading on its own line is a sentence); a word is a run of letters or digits.
 */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

export function sentences(text: string): number {
  return text
    .split(/[.!?:]+(?:\s|$)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0).length;
}

export function lix(text: string): number {
  const w = words(text);
  if (w.length === 0) return 0;
  const long = w.filter((x) => [...x.replace(/[-'’]/gu, '')].length > 6).length;
  return w.length / sentences(text) + (100 * long) / w.length;
}
