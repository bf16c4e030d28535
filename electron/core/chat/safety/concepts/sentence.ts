import { sharedSentences } from '../canonical.js';
import type { RiskCategory, RiskLevel } from '../types.js';
import { CONTEXT, ENGLISH_AFTER_DO, ENGLISH_BEFORE_DO, PHRASES, PHRASES_BY_GATE } from './phrases.js';
import { RECOVERED_OTHER } from '../lexicon/tokens.js';
import { guardHolds } from '../lexicon/frames.js';
import { SLOT_BIT, slotsOf, type Slot } from './slots.js';

/** A sentence as the concept layer reads it: its canonical words and the slots each fills. */
export interface Sentence {
  words: string[];
  bits: number[];
  text: string;
  present: ReadonlySet<string>;
  /** All slots of the sentence's words, or-ed. */
  all: number;
}

export function has(bits: number, slot: Slot): boolean {
  return (bits & SLOT_BIT[slot]) !== 0;
}

export function positions(s: Sentence, slot: Slot): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.bits.length; i++) if (has(s.bits[i] as number, slot)) out.push(i);
  return out;
}

/** A word of `a` and a word of `b` at most `span` words apart (b after a unless `either`). */
export function near(s: Sentence, a: Slot, b: Slot, span: number, either = false): boolean {
  const pa = positions(s, a);
  if (pa.length === 0) return false;
  const pb = positions(s, b);
  for (const i of pa)
    for (const j of pb) if (j !== i && (either ? Math.abs(j - i) <= span : j > i && j - i <= span)) return true;
  return false;
}

/**
 * The concept layer and the classifier's slot features read the same sentences. Inside
 * assessRisk the assessment's shared memo (canonical.ts) holds them; outside it (the layers
 * called alone, training) the last few are kept here.
 */
const recentSentences = new Map<string, Sentence>();

export function sentenceOf(words: string[]): Sentence {
  const key = words.join(' ');
  const shared = sharedSentences() as Map<string, Sentence> | null;
  const memo = shared ?? recentSentences;
  const cached = memo.get(key);
  if (cached) return cached;
  const made = makeSentence(words, key);
  if (!shared && recentSentences.size >= 64) recentSentences.clear();
  memo.set(key, made);
  return made;
}

export function makeSentence(words: string[], text = words.join(' ')): Sentence {
  const bits = words.map(slotsOf);
  // Word offsets, to map a phrase match to the word it starts at.
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const present = new Set(words);
  // The phrases whose gate word is in the sentence, found word by word, then run in table order.
  let gated: boolean[] | null = null;
  for (const w of present) {
    const ids = PHRASES_BY_GATE.get(w);
    if (!ids) continue;
    gated ??= new Array<boolean>(PHRASES.length).fill(false);
    for (const id of ids) gated[id] = true;
  }
  for (let p = 0; gated && p < PHRASES.length; p++) {
    if (!gated[p]) continue;
    const { slot, re } = PHRASES[p] as (typeof PHRASES)[number];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let idx = 0;
      while (idx + 1 < starts.length && (starts[idx + 1] as number) <= m.index) idx++;
      bits[idx] = (bits[idx] as number) | SLOT_BIT[slot] | (slot === 'METHOD' ? SLOT_BIT.DEATH : 0);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // English "do" is not "dø" written without ø; "dør" after an article is a door.
    if (w === 'do' && (ENGLISH_AFTER_DO.has(words[i + 1] ?? '') || ENGLISH_BEFORE_DO.has(words[i - 1] ?? '')))
      bits[i] = (bits[i] as number) & ~SLOT_BIT.DEATH;
    if (w === 'dor' && /^(?:en|ei|the|a|ny|den)$/.test(words[i - 1] ?? ''))
      bits[i] = (bits[i] as number) & ~SLOT_BIT.DEATH;
    if (/^\d+$/.test(w) && Number(w) >= 10) bits[i] = (bits[i] as number) | SLOT_BIT.QUANT;
    // "klare" (ready, plural) is written "klarer" (manage) by canonicalWords: ready after a means.
    if (w === 'klarer' && i > 0 && ((bits[i - 1] as number) & SLOT_BIT.MEANS) !== 0)
      bits[i] = (bits[i] as number) | SLOT_BIT.READY;
  }
  let all = 0;
  for (const b of bits) all |= b;
  return { words, bits, text, present, all };
}

/** Someone else is the subject: a third-person word opens the sentence and no first person comes before the signal. */
export function otherSubject(s: Sentence, before: number): boolean {
  for (let i = 0; i < Math.min(before, s.words.length); i++) {
    if (has(s.bits[i] as number, 'SELF')) return false;
    if (has(s.bits[i] as number, 'OTHER')) return true;
  }
  return false;
}

/** A negation right before the first word of the slot ("vil ikke dø", "tenker aldri på å dø"). */
export function negatedBefore(s: Sentence, slot: Slot, span = 3): boolean {
  const p = positions(s, slot);
  if (p.length === 0) return false;
  const first = p[0] as number;
  for (let i = Math.max(0, first - span); i < first; i++) if (has(s.bits[i] as number, 'NEG')) return true;
  return false;
}

export interface Hit {
  id: string;
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
}

export function anyOf(s: Sentence, slot: Slot): boolean {
  return (s.all & SLOT_BIT[slot]) !== 0;
}

export function ctxOf(s: Sentence, k: keyof typeof CONTEXT): boolean {
  const context = CONTEXT[k];
  // A speaker who puts themself into a framed sentence is not guarded by the frame's words.
  return context !== undefined && guardHolds(context, s.text, s.text);
}

export function firstOfSlot(s: Sentence, slot: Slot): number {
  const bit = SLOT_BIT[slot];
  for (let i = 0; i < s.bits.length; i++) if (((s.bits[i] as number) & bit) !== 0) return i;
  return 0;
}

export function thirdOf(s: Sentence, slot: Slot): boolean {
  return otherSubject(s, firstOfSlot(s, slot));
}

export function wordIn(s: Sentence, ...ws: string[]): boolean {
  for (const x of ws) if (s.present.has(x)) return true;
  return false;
}

export function prefixIn(s: Sentence, ...ps: string[]): boolean {
  for (const x of s.words) for (const p of ps) if (x.startsWith(p)) return true;
  return false;
}

const RECOVERED = new RegExp(RECOVERED_OTHER);

/**
 * Adds a hit; someone else's wish or act tells the counselor (concern) but asks the person
 * nothing, and someone else's crisis that is over ("kusina mi prøvde …, nå har hun det fint") is
 * no hit.
 */
export function push(
  hits: Hit[],
  s: Sentence,
  id: string,
  category: RiskCategory,
  level: Exclude<RiskLevel, 'none'>,
  about: Slot,
): void {
  const otherIsSubject = category !== 'violence' && category !== 'abuse' && thirdOf(s, about);
  if (otherIsSubject && RECOVERED.test(s.text)) return;
  hits.push({ id, category, level: otherIsSubject && level === 'acute' ? 'concern' : level });
}
