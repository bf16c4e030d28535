import { classifyTalk } from '../talk/classifyTalk.js';
import type { TalkClassification } from '../talk/types.js';

/**
 * Turns a participant's words into a short second-person statement for a fallback reflection:
 * "jeg vil egentlig gjerne ha en jobb" → "du vil egentlig gjerne ha en jobb". Works on the
 * scrubbed text (placeholders like [NAVN_1] are kept). Returns null when the words do not make a
 * safe statement (a question, something said to the assistant, nothing left).
 *
 * Main-clause word order is kept, so templates put the paraphrase where a main clause can stand
 * (at the start of a sentence, or after a colon or a dash).
 */
const SWAP: Readonly<Record<string, string>> = {
  jeg: 'du',
  eg: 'du',
  je: 'du',
  æ: 'du',
  meg: 'deg',
  mæ: 'deg',
  min: 'din',
  mitt: 'ditt',
  mine: 'dine',
  mi: 'di',
  i: 'du',
};
const FILLERS =
  /^(?:(?:ja|jo|nei|ok|okei|altså|asså|eh+|hm+|men|og|så|liksom|vel|tja|nja|haha|lol|egentlig)(?![\p{L}])[,.!]?\s*)+/iu;
/** Chat often drops the subject ("vet ikke helt", "har søkt"): the paraphrase puts "du" back. */
const VERB_FIRST =
  /^(?:vet|veit|har|hadde|skal|er|var|kan|vil|må|ma|tror|trur|syns|synes|føler|orker|gidder|klarer|liker|fikk|gikk|sendte|søkte|ringte|kommer|prøver|prøvde|gleder|tenker|driver|holder|jobber|bor|sliter|gjorde|gjør|lurer|håper|ønsker|trenger)(?![\p{L}])/iu;
const ADDRESSED_TO_ASSISTANT = /(?<![\p{L}])(?:du|deg|din|ditt|dine)(?![\p{L}])/iu;
const MAX_WORDS = 16;

export function paraphraseForReflection(text: string): string | null {
  let s = text.replace(/\s+/g, ' ').trim();
  if (s.length === 0 || /\?/.test(s)) return null;
  if (ADDRESSED_TO_ASSISTANT.test(s)) return null;
  s = s.split(/(?<=[.!;])\s+/)[0] ?? s;
  s = s
    .replace(FILLERS, '')
    .replace(/[.!;,:\s]+$/u, '')
    .trim();
  if (s.length === 0) return null;
  const words = s.split(' ');
  if (words.length > MAX_WORDS)
    s = words
      .slice(0, MAX_WORDS)
      .join(' ')
      .replace(/[,:;]$/u, '');
  const swapped = s.replace(/(?<![\p{L}[_])\p{L}+(?![\p{L}\]_])/gu, (w) => {
    const lower = w.toLowerCase();
    // English "I" only in an English sentence; Norwegian "i" is a preposition.
    if (lower === 'i' && w !== 'I') return w;
    return SWAP[lower] ?? w;
  });
  if (swapped.replace(/[^\p{L}]/gu, '').length < 3) return null;
  if (VERB_FIRST.test(swapped)) return `du ${swapped.charAt(0).toLowerCase()}${swapped.slice(1)}`;
  // Lower-case the first letter unless it starts a placeholder or a name kept in capitals.
  return /^\[/.test(swapped) || /^\p{Lu}{2}/u.test(swapped)
    ? swapped
    : swapped.charAt(0).toLowerCase() + swapped.slice(1);
}

export interface ReflectionSlots {
  /** The utterance as a second-person statement, whatever its talk class. */
  statement_paraphrase?: string;
  change_talk_paraphrase?: string;
  sustain_paraphrase?: string;
}

/**
 * Slots for fallback reflections from the participant's last utterance: the change-talk side,
 * the sustain-talk side, or both when they said both ("jeg vil, men jeg klarer det ikke").
 */
export function reflectionSlots(text: string, talk: TalkClassification): ReflectionSlots {
  const slots: ReflectionSlots = {};
  const parts = text.split(/\s*,?\s+\bmen\b\s+|\s*,?\s+\bbut\b\s+/i).filter((p) => p.trim().length > 0);
  if (parts.length > 1) {
    for (const part of parts) {
      const c = classifyTalk(part);
      const p = paraphraseForReflection(part);
      if (!p) continue;
      if (c.talk === 'change' && !slots.change_talk_paraphrase) slots.change_talk_paraphrase = p;
      if (c.talk === 'sustain' && !slots.sustain_paraphrase) slots.sustain_paraphrase = p;
    }
    const whole = paraphraseForReflection(text);
    if (whole) slots.statement_paraphrase = whole;
    if (slots.change_talk_paraphrase || slots.sustain_paraphrase) return slots;
  }
  const p = paraphraseForReflection(text);
  if (!p) return slots;
  slots.statement_paraphrase = p;
  if (talk.talk === 'change') slots.change_talk_paraphrase = p;
  else if (talk.talk === 'sustain') slots.sustain_paraphrase = p;
  return slots;
}
