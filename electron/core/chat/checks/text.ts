/** Small text helpers the reply checks share. */

/**
 * `\b` in JavaScript only knows ASCII letters, so "må\b" never matches. Patterns here are written
 * with `\b` for readability and rebuilt with a Unicode-aware word boundary.
 */
const UB = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
export function u(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll(String.raw`\b`, UB), re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

/** The sentences of a reply, opening quotes and dashes removed. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().replace(/^[«"'–-]\s*/, ''))
    .filter((s) => s.length > 0);
}
