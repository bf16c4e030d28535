import { buildKnownMatcher, knownSurvives } from '../../scrub/known.js';
import type { Lexicon } from '../../scrub/names/lexicon.js';
import { scrubSafely, type Scrubber } from '../../scrub/scrubber.js';
import type { KnownIdentity, SpanType } from '../../scrub/types.js';
import type { PseudonymVault } from '../../scrub/vault.js';
import type { ModelView } from './view.js';

/** Thrown when text bound for the model could not be made safe: nothing is sent. */
export class ScrubFailedError extends Error {
  constructor() {
    super('scrub failed');
    this.name = 'ScrubFailedError';
  }
}

/**
 * Tekstvask for one conversation: every text bound for the model goes through this, with the
 * conversation's vault (consistent placeholders) and the participant's known identities. Fails
 * closed: any failure throws ScrubFailedError and the caller sends nothing.
 */
export function conversationScrubber(scrubber: Scrubber, vault: PseudonymVault, known: readonly KnownIdentity[]): (text: string) => string {
  return (text) => {
    const result = scrubSafely(scrubber, text, { vault, known });
    if (!result.ok) throw new ScrubFailedError();
    return absorbAdjacentNames(result.text, vault, scrubber.lexicon);
  };
}

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const PLACEHOLDER = String.raw`\[NAVN_\d+\]`;
const BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}.])${NAME_WORD}(?=[ \u00A0]+${PLACEHOLDER})`, 'gu');
const AFTER_NAME = new RegExp(String.raw`(?<=${PLACEHOLDER}[ \u00A0]+)${NAME_WORD}(?![\p{L}\p{N}])`, 'gu');

/**
 * Defence in depth after tekstvask: a capitalised word right beside a name placeholder is most
 * likely the rest of that person's name, or a relative's first name before a shared surname
 * ("mamma Hodan [NAVN_1]" where only the participant's surname was known). When it is in the
 * name lists, or a word tekstvask has never seen, it gets a placeholder of its own; ordinary words
 * ("Hei", "Mamma", "Ring") stay.
 */
export function absorbAdjacentNames(text: string, vault: PseudonymVault, lexicon: Lexicon): string {
  if (!text.includes('[NAVN_')) return text;
  const hits = new Map<number, number>();
  for (const re of [BEFORE_NAME, AFTER_NAME]) {
    for (const m of text.matchAll(re)) {
      const lower = m[0].toLowerCase();
      if (lexicon.isKnownName(lower) || lexicon.stats(lower) === undefined) hits.set(m.index, m.index + m[0].length);
    }
  }
  if (hits.size === 0) return text;
  let out = text;
  for (const [start, end] of [...hits.entries()].sort((a, b) => b[0] - a[0])) {
    const placeholder = vault.placeholderFor({ start, end, type: 'PERSON', confidence: 0.9 }, text);
    out = out.slice(0, start) + placeholder + out.slice(end);
  }
  return out;
}

const NUMBER_TYPES: ReadonlySet<SpanType> = new Set(['NATIONAL_ID', 'PHONE', 'EMAIL', 'BANK_ACCOUNT', 'IBAN', 'ADDRESS', 'DATE_OF_BIRTH', 'CAR_REG']);

/**
 * The last check before anything is handed to the model process: no known identity anywhere in
 * the two prompt texts, and no personal number left in any part that came from a person (the
 * knowledge passages are public text and may hold public phone numbers). Throws ScrubFailedError.
 */
export function assertSafeForModel(view: Pick<ModelView, 'systemPrompt' | 'prompt' | 'context' | 'summary' | 'recent' | 'participantText'>, known: readonly KnownIdentity[], scrubber: Scrubber, vault: PseudonymVault): void {
  const whole = `${view.systemPrompt ?? ''}\n${view.prompt ?? ''}`;
  if (known.length > 0 && knownSurvives(whole, buildKnownMatcher(known), scrubber.lexicon)) throw new ScrubFailedError();
  const personal = [view.participantText ?? '', ...view.context.map((c) => c.value), ...view.summary, ...view.recent.map((r) => r.text)];
  for (const text of personal) {
    if (!/\d|@/.test(text)) continue;
    if (scrubber.detect(text, { vault }).some((s) => NUMBER_TYPES.has(s.type))) throw new ScrubFailedError();
  }
}
