import { canonicalWords, messageSentences } from './canonical.js';
import { addHarmHits } from './concepts/harmHits.js';
import { IDIOM, JOKING, NOT_JOKING } from './concepts/phrases.js';
import { anyOf, sentenceOf, type Hit, type Sentence } from './concepts/sentence.js';
import { SLOT_NAMES, SLOT_WORDS } from './concepts/slots.js';
import { addSoftHits } from './concepts/softHits.js';
import { addSuicideHits, EVERYDAY_PLAN } from './concepts/suicideHits.js';
import { addUnsaidHits } from './concepts/unsaidHits.js';
import { isFramed } from './lexicon/frames.js';
import { foldText, tailsAfterTurns } from './normalize.js';
import type { RiskAssessment, RiskLevel } from './types.js';

/**
 * Layer 1b of the crisis detector: a semantic lexicon of concept slots, combined
 * compositionally. Where lexicon.ts recognises phrasings, this layer recognises meanings: a
 * sentence that puts a *wish or intent* next to *one's own death*, *a means* next to
 * *readiness*, *a farewell* next to *everyone* or *tonight*, *a question about how* next to
 * *dying* is a risk however it is worded, because each slot is filled by any of many words
 * (bokmål, nynorsk, dialect, chat spelling and English, on the canonical words of features.ts).
 *
 *   "Jeg har så lyst til å gi opp alt og bare dø"   DESIRE … DEATH            → acute
 *   "Hva er den minst smertefulle måten å dø på?"   WAY … DEATH (question)    → acute
 *   "Jeg har kniven klar"                           MEANS … READY             → acute
 *   "Skal ta farvel med alle i kveld"               FAREWELL … ALL/TIME       → acute
 *   "Jeg har lyst til å forsvinne for godt"         DISAPPEAR … FOREVER       → check_in
 *   "Jeg har en plan for hvordan … gjøre det slutt" PLAN … END                → acute
 *   "Det intervjuet tok livet av meg, haha"         idiom (laughter)          → nothing
 *
 * Guards are meanings too: laughter and hyperbole ("av latter", "dødslei", "drepe tida"),
 * everyday contexts that own the same words (cooking for a knife, climbing for a rope, a
 * headache for pills, a relationship for "gjøre det slutt", work or school for a farewell),
 * media and history, and someone else as the subject. A guard only stops this layer's own
 * match; it never lowers what another layer found.
 *
 * The slots and their words are in concepts/slot*.ts, whole phrases and guards in
 * concepts/phrases.ts, the sentence and its helpers in concepts/sentence.ts, and the hits by
 * risk in concepts/suicideHits.ts, harmHits.ts and softHits.ts.
 */

/** The slot words, for the check that each is spelled as canonicalWords() writes it. */
export const CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = SLOT_WORDS;

/** Ids this layer reports in `matched`. */
export const CONCEPT_IDS: readonly string[] = [
  'concept.abuse',
  'concept.acute_need',
  'concept.against_will',
  'concept.arson',
  'concept.bruises',
  'concept.burden',
  'concept.coercion',
  'concept.death_tempting',
  'concept.disappear',
  'concept.disguised',
  'concept.end_it',
  'concept.farewell',
  'concept.fear_of_violence',
  'concept.giving_away',
  'concept.hidden_marks',
  'concept.gone_by_then',
  'concept.hopeless',
  'concept.intent_to_die',
  'concept.means_access',
  'concept.means_amount',
  'concept.means_question',
  'concept.means_ready',
  'concept.method',
  'concept.method_question',
  'concept.night_visits',
  'concept.not_your_fault',
  'concept.overdose',
  'concept.own_funeral',
  'concept.plan',
  'concept.plan_unnamed',
  'concept.self_harm',
  'concept.stalked',
  'concept.threatened',
  'concept.unmissed',
  'concept.violence_intent',
  'concept.weapon',
  'concept.wish_it_ended',
  'concept.wish_to_die',
];

function assessSentence(s: Sentence, isQuestion: boolean): Hit[] {
  const hits: Hit[] = [];
  if (IDIOM.test(s.text) || (JOKING.test(s.text) && !NOT_JOKING.test(s.text))) return hits;
  addSuicideHits(s, isQuestion, hits);
  addHarmHits(s, hits);
  addSoftHits(s, isQuestion, hits);
  addUnsaidHits(s, hits);
  return hits;
}

/**
 * Slot features of one sentence's canonical words for the classifier (features.ts): each slot
 * present ("q:MEANS") and each ordered pair of slots within eight words ("qq:DESIRE>DEATH"), so
 * the classifier, too, learns meanings rather than wordings. Each is given to `emit` as its
 * number in SLOT_FEATURE_NAMES, in order.
 */
export function slotFeatures(words: string[], emit: (id: number) => void): void {
  if (words.length === 0) return;
  const s = sentenceOf(words);
  const lists = s.bits.map(slotIndexes);
  const slots = SLOT_NAMES.length;
  let seen = 0;
  for (let i = 0; i < lists.length; i++) {
    const li = lists[i] as readonly number[];
    for (const a of li) {
      if ((seen & (1 << a)) === 0) {
        seen |= 1 << a;
        emit(a);
      }
      for (let j = i + 1; j < Math.min(lists.length, i + 9); j++) {
        for (const b of lists[j] as readonly number[]) if (b !== a) emit(slots + a * slots + b);
      }
    }
  }
}

/** The slot features' names by number: "q:<slot>" for each slot, then "qq:<a>><b>" for each pair. */
export const SLOT_FEATURE_NAMES: readonly string[] = [
  ...SLOT_NAMES.map((n) => `q:${n}`),
  ...SLOT_NAMES.flatMap((a) => SLOT_NAMES.map((b) => `qq:${a}>${b}`)),
];
const indexCache = new Map<number, readonly number[]>();

/** The slot numbers in a bit mask, in slot order (cached per mask). */
function slotIndexes(bits: number): readonly number[] {
  const cached = indexCache.get(bits);
  if (cached) return cached;
  const out: number[] = [];
  for (let i = 0; i < SLOT_NAMES.length; i++) if ((bits & (1 << i)) !== 0) out.push(i);
  if (indexCache.size < 10_000) indexCache.set(bits, out);
  return out;
}

/** Sentences of a message for this layer (the classifier's split): at most 60 words each. */
function sentencesOf(rawText: string): { words: string[]; question: boolean; raw: string }[] {
  const out: { words: string[]; question: boolean; raw: string }[] = [];
  for (const part of messageSentences(rawText)) {
    const words = canonicalWords(part);
    const question =
      /\?\s*$/.test(part) || /^(?:hva|hvor|hvordan|hvilken|hvilke|kor|korleis|kva|how|what|which)\b/i.test(part);
    if (words.length <= 60) out.push({ words, question, raw: part });
    else for (let i = 0; i < words.length; i += 60) out.push({ words: words.slice(i, i + 60), question, raw: part });
  }
  return out;
}

/**
 * A plan is often said over two short sentences: the decision in one, what it is (an end, a
 * means, a time) in the next ("Har en plan. I natt er det slutt."). A sentence holding a plan or
 * a decision is therefore also read together with the sentence after it, and the plan concepts
 * that only the two together give are added. Only these concepts: a wish in one sentence and a
 * death in the next ("Vil hjem. Katten døde.") are not one thought.
 */
const PLAN_ACROSS_SENTENCES: ReadonlySet<string> = new Set([
  'concept.plan',
  'concept.plan_unnamed',
  'concept.means_ready',
]);
const PAIR_MAX_WORDS = 16;
const PLAN_OBJECT_SLOTS = ['END', 'DEATH', 'MEANS', 'TIME', 'READY', 'DISAPPEAR'] as const;

/** A sentence's hits, or none when the sentence is framed (lexicon/frames.ts: a story, history, cooking …). */
function unlessFramed(hits: Hit[], rawSentence: string): Hit[] {
  return hits.length > 0 && isFramed(foldText(rawSentence)) ? [] : hits;
}

/**
 * One sentence's hits. A sentence that gives none as a whole is also read after each turn
 * ("jobben gikk fint, men …", normalize.ts): the everyday clause before it neither frames nor
 * dilutes what follows.
 */
function sentenceHits(part: { words: string[]; question: boolean; raw: string }): Hit[] {
  if (part.words.length === 0) return [];
  const hits = unlessFramed(assessSentence(sentenceOf(part.words), part.question), part.raw);
  if (hits.length > 0) return hits;
  for (const tail of tailsAfterTurns(part.raw)) {
    const words = canonicalWords(tail);
    const after = words.length === 0 ? [] : unlessFramed(assessSentence(sentenceOf(words), part.question), tail);
    if (after.length > 0) return after;
  }
  return [];
}

/** What the concept layer says about one message (never lowers; the caller raises). */
export function assessConcepts(rawText: string): RiskAssessment {
  const out: RiskAssessment = { level: 'none', categories: [], matched: [] };
  const rank: Record<RiskLevel, number> = { none: 0, check_in: 1, concern: 2, acute: 3 };
  const add = (hit: Hit): void => {
    if (rank[hit.level] > rank[out.level]) out.level = hit.level;
    if (!out.categories.includes(hit.category)) out.categories.push(hit.category);
    if (!out.matched.includes(hit.id)) out.matched.push(hit.id);
  };
  const parts = sentencesOf(rawText);
  // Each sentence's own hits, computed once (a sentence is also read with the one before it).
  const own: (Hit[] | undefined)[] = new Array<Hit[] | undefined>(parts.length);
  const hitsOf = (k: number): Hit[] => {
    const part = parts[k] as { words: string[]; question: boolean; raw: string };
    return (own[k] ??= sentenceHits(part));
  };
  for (let i = 0; i < parts.length; i++) {
    const { words } = parts[i] as { words: string[]; question: boolean };
    const hits = hitsOf(i);
    for (const hit of hits) add(hit);
    const next = parts[i + 1];
    if (!next || next.words.length === 0 || words.length > PAIR_MAX_WORDS || next.words.length > PAIR_MAX_WORDS)
      continue;
    const s = sentenceOf(words);
    if (!anyOf(s, 'PLAN') || hits.some((h) => PLAN_ACROSS_SENTENCES.has(h.id))) continue;
    // The next sentence must say what the plan is: an end, a death, a means, a time, being gone.
    const n = sentenceOf(next.words);
    if (!PLAN_OBJECT_SLOTS.some((slot) => anyOf(n, slot))) continue;
    const joint = sentenceOf([...words, ...next.words]);
    // A plan that names what it is for (a party, an exam, a trip) is an everyday plan.
    if (EVERYDAY_PLAN.test(joint.text)) continue;
    const alone = new Set(hitsOf(i + 1).map((h) => h.id));
    for (const hit of unlessFramed(assessSentence(joint, false), `${parts[i]?.raw ?? ''} ${next.raw}`))
      if (PLAN_ACROSS_SENTENCES.has(hit.id) && !alone.has(hit.id)) add(hit);
  }
  return out;
}
