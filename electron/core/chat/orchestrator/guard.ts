import { buildKnownMatcher, knownSurvives } from '../../scrub/known.js';
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
export function conversationScrubber(
  scrubber: Scrubber,
  vault: PseudonymVault,
  known: readonly KnownIdentity[],
): (text: string) => string {
  return (text) => {
    const result = scrubSafely(scrubber, text, { vault, known });
    if (!result.ok) throw new ScrubFailedError();
    return result.text;
  };
}

const NUMBER_TYPES: ReadonlySet<SpanType> = new Set([
  'NATIONAL_ID',
  'PHONE',
  'EMAIL',
  'BANK_ACCOUNT',
  'IBAN',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'CAR_REG',
]);

/**
 * The last check before anything is handed to the model process: no known identity anywhere in
 * the two prompt texts, and no personal number left in any part that came from a person (the
 * knowledge passages are public text and may hold public phone numbers). Throws ScrubFailedError.
 */
export function assertSafeForModel(
  view: Pick<ModelView, 'systemPrompt' | 'prompt' | 'context' | 'summary' | 'recent' | 'participantText'>,
  known: readonly KnownIdentity[],
  scrubber: Scrubber,
  vault: PseudonymVault,
): void {
  const whole = `${view.systemPrompt ?? ''}\n${view.prompt ?? ''}`;
  if (known.length > 0 && knownSurvives(whole, buildKnownMatcher(known), scrubber.lexicon))
    throw new ScrubFailedError();
  const personal = [
    view.participantText ?? '',
    ...view.context.map((c) => c.value),
    ...view.summary,
    ...view.recent.map((r) => r.text),
  ];
  for (const text of personal) {
    if (!/\d|@/.test(text)) continue;
    if (scrubber.detect(text, { vault }).some((s) => NUMBER_TYPES.has(s.type))) throw new ScrubFailedError();
  }
}
