import * as phrases from './concepts/phrases.js';
import * as suicideHits from './concepts/suicideHits.js';
import * as frames from './lexicon/frames.js';
import * as lexicon from './lexicon.js';

/**
 * Every regular expression the crisis layers export, for the chat's warm-up to compile before a
 * participant's turn needs it. V8 compiles a regular expression the first time it runs (to
 * bytecode) and again, to machine code, the next time; a message in new words reaches rules no
 * earlier message reached, and its assessment paid for those compilations (1–9 ms instead of
 * 0.2–0.5 ms, measured on everyday sentences after the chat's warm-up texts).
 */
export function safetyPatterns(): RegExp[] {
  const seen = new Set<RegExp>();
  const collect = (value: unknown, depth: number): void => {
    if (value instanceof RegExp) seen.add(value);
    else if (depth > 0 && value !== null && typeof value === 'object')
      for (const inner of Object.values(value)) collect(inner, depth - 1);
  };
  for (const module of [lexicon, phrases, suicideHits, frames]) collect(module, 3);
  return [...seen];
}

/**
 * Runs each expression twice on made-up folded texts (machine code after the second run); keeps
 * nothing. V8 compiles an expression separately for text stored one byte per character (Latin-1)
 * and two (any character beyond it: "’", "–", an emoji, common in typed chat), so the samples
 * come in both forms.
 */
export function compilePatterns(patterns: readonly RegExp[]): void {
  for (let round = 0; round < 2; round++) {
    for (const re of patterns) {
      for (const text of SAMPLES) {
        re.lastIndex = 0;
        re.test(text);
      }
      re.lastIndex = 0;
    }
  }
}

const SAMPLES = [
  'jeg orker ikke mer og har tenkt pa a gi opp alt i kveld, ingen vil savne meg',
  'det gikk fint pa jobben i dag og jeg skal sende to soknader for fredag',
].flatMap((text) => [text, twoByte(text)]);

/** The same text stored two bytes per character (one character beyond Latin-1 added). */
export function twoByte(text: string): string {
  return `${text} \u2026`;
}
