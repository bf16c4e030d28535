/**
 * Idioms of living: "kan ikke leve uten mobilen", "vil ikke leve sånn som foreldrene mine". The
 * words "ikke leve" are there, but the sentence is about how to live or a small pleasure one
 * cannot do without, not about staying alive. Like a denial (denial.ts), the idiom is taken out
 * before any layer reads the message, so no layer fires on those words and each reads the rest:
 * "kan ikke leve uten kaffe, og jeg vil egentlig bare dø" keeps its alarm.
 *
 * Not an idiom: living like this or like now ("sånn som nå", "som dette"), or without a person
 * ("uten henne"); those are about one's own life (tokens.ts, LIVING_LIKE_OR_WITHOUT).
 *
 * Patterns are on folded text (normalize.ts).
 */
import { LIVING_LIKE_OR_WITHOUT, NEG, SUBJ } from './tokens.js';

const CAN_OR_WILL = String.raw`(?:kan|klarer|klarar|greier|greiar|vil|ville|orker|orkar|gidder|gidd|makter|maktar|onsker)`;

const LIVING_IDIOM = new RegExp(
  String.raw`\b${CAN_OR_WILL}\s+(?:${SUBJ}\s+)?${NEG}\s+(?:(?:til\s+)?a\s+)?(?:leve|leva)\s+(?:${LIVING_LIKE_OR_WITHOUT})`,
  'g',
);

/** A cheap test on the raw text: only a message with "leve"/"leva" can hold the idiom. */
const MAY_HOLD = /\blev[ea]\s/i;

export function mayHoldLivingIdiom(rawText: string): boolean {
  return MAY_HOLD.test(rawText);
}

/** The folded message with its idioms of living taken out, or null when it holds none. */
export function withoutLivingIdioms(folded: string): string | null {
  let found = false;
  const out = folded.replace(LIVING_IDIOM, () => {
    found = true;
    return ' ';
  });
  return found ? out : null;
}
