import { canonicalWords } from './canonical.js';
import { SLOT_FEATURE_NAMES, slotFeatures } from './concepts.js';
import { CONCEPTS } from './featureConcepts.js';

export { canonicalWords };

/**
 * Features of the crisis classifier (layer 2), shared by the training script
 * (scripts/safety/train-crisis-model.ts) and run time, so both see exactly the same thing.
 *
 * The text is folded (normalize.ts), then every word is mapped to one canonical spelling:
 * nynorsk, dialect, chat spelling and common misspellings collapse onto the bokmål form
 * ("eg/æ/e" → "jeg", "ikkje/itj" → "ikke", "døy" → "do", "sjølv/sjæl" → "selv"). On the canonical
 * words the model sees
 *   - words, and a crude stem of each word (inflection endings cut off: "tankene" → "tank"),
 *   - word pairs (so "ta livet" differs from "livet"), and
 *   - character 3- to 5-grams inside each word (typos, compounds: "selvmordstanker" shares
 *     "mord", "selvm", with "selvmord").
 * A word after a negation ("ikke", "aldri") also gives a negated copy ("neg:leve"), so
 * "vil ikke leve" and "vil leve" are different evidence. The concept slots of concepts.ts
 * ("q:MEANS", "qq:DESIRE>DEATH") give the model meanings that carry over to wordings it has
 * never seen. The word concepts ("k:WANT", "kk:WANT>DEATH") are in featureConcepts.ts.
 */
const NEGATIONS = new Set(['ikke', 'aldri', 'ingen', 'not', 'never', "don't", "can't", 'no']);

/** Inflection endings cut off for the stem feature (longest first). */
const ENDINGS = [
  'ene',
  'ane',
  'ers',
  'ert',
  'ede',
  'ende',
  'het',
  'ing',
  'ingen',
  'er',
  'ar',
  'et',
  'en',
  'te',
  'de',
  'ne',
  'a',
  'e',
  's',
];

function stem(word: string): string {
  for (const end of ENDINGS) {
    if (word.length - end.length >= 3 && word.endsWith(end)) return word.slice(0, -end.length);
  }
  return word;
}

/**
 * The features that come from fixed tables rather than from the words themselves (concepts,
 * concept pairs, concept sets, slots, slot pairs, shortness), by number: a scorer looks their
 * weights up by number instead of by name. Concept `a` (its place in CONCEPTS) gives "k:<a>" at
 * K + a, the pair "kk:<a>><b>" at KK + a·C + b and "ks:<a>+<b>" at KS + a·C + b; the slot features
 * of concepts.ts follow at SLOT, and "len:short" is last.
 */
const C = CONCEPTS.length;
const CONCEPT_NAMES = CONCEPTS.map(([name]) => name);
const K = 0;
const KK = K + C;
const KS = KK + C * C;
const SLOT = KS + C * C;
const LEN_SHORT = SLOT + SLOT_FEATURE_NAMES.length;
export const FIXED_FEATURES: readonly string[] = [
  ...CONCEPT_NAMES.map((a) => `k:${a}`),
  ...CONCEPT_NAMES.flatMap((a) => CONCEPT_NAMES.map((b) => `kk:${a}>${b}`)),
  ...CONCEPT_NAMES.flatMap((a) => CONCEPT_NAMES.map((b) => `ks:${a}+${b}`)),
  ...SLOT_FEATURE_NAMES,
  'len:short',
];

/**
 * What the features need of one word, worked out once per word: its stem, its own features (word,
 * stem, character 3–5-grams), its concept (place in CONCEPTS, or -1), whether it negates, and
 * its word-pair features by the next word (the same strings each time).
 */
interface WordInfo {
  stem: string;
  features: readonly string[];
  concept: number;
  negation: boolean;
  pairs: Map<string, string>;
}

const wordInfoCache = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  const cached = wordInfoCache.get(w);
  if (cached) return cached;
  const s = stem(w);
  const info: WordInfo = {
    stem: s,
    features: ownFeatures(w, s),
    concept: conceptOf(w),
    negation: NEGATIONS.has(w),
    pairs: new Map(),
  };
  if (wordInfoCache.size < 50_000) wordInfoCache.set(w, info);
  return info;
}

/** The concept of a word: its place in CONCEPTS, or -1. */
function conceptOf(word: string): number {
  for (let c = 0; c < CONCEPTS.length; c++) {
    const prefixes = (CONCEPTS[c] as (typeof CONCEPTS)[number])[1];
    if (prefixes.some((p) => word === p || (p.length >= 3 && word.startsWith(p)))) return c;
  }
  return -1;
}

/** The features of one word on its own: word, stem, character 3–5-grams. */
function ownFeatures(w: string, s: string): readonly string[] {
  const out = [`w:${w}`];
  if (s !== w) out.push(`s:${s}`);
  if (w.length >= 3) {
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) out.push(`c:${padded.slice(j, j + n)}`);
    }
  }
  return out;
}

/** The word-pair feature of a word and the next ("b:<stem>_<next stem>"). */
function pairFeature(info: WordInfo, next: string): string {
  let f = info.pairs.get(next);
  if (f === undefined) {
    f = `b:${info.stem}_${wordInfo(next).stem}`;
    if (info.pairs.size < 2_000) info.pairs.set(next, f);
  }
  return f;
}

/** Where a scorer takes the features of a text (see crisisFeatures). */
export interface FeatureSink {
  /** The features of one word on its own (once per occurrence), so a scorer can cache their weight per word. */
  word(word: string, features: readonly string[]): void;
  /** A feature of FIXED_FEATURES, by number (after the word features, in the order of the list without a sink). */
  fixed(id: number): void;
}

/**
 * The feature names of one text, with repeats (the model counts them). With a `sink`, the word
 * features and the fixed features go to it and only the rest (word pairs, negated stems) is
 * returned; without one, everything is returned by name, in the same order.
 */
export function crisisFeatures(text: string, sink?: FeatureSink): string[] {
  const words = canonicalWords(text);
  const feats: string[] = [];
  const fixed = sink ? (id: number) => sink.fixed(id) : (id: number) => void feats.push(FIXED_FEATURES[id] as string);
  let negScope = 0;
  const concepts: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const info = wordInfo(w);
    if (sink) sink.word(w, info.features);
    else for (const f of info.features) feats.push(f);
    if (negScope > 0) {
      feats.push(`n:${info.stem}`);
      negScope--;
    }
    if (info.negation) negScope = 3;
    const next = words[i + 1];
    if (next !== undefined) feats.push(pairFeature(info, next));
    concepts.push(info.concept);
  }
  // Concepts and ordered concept pairs within four words ("WANT>DEATH", "INTENT>MEANS"), then
  // each pair of the concepts present, in the order of their names.
  let seen: number[] = [];
  for (let i = 0; i < concepts.length; i++) {
    const a = concepts[i] as number;
    if (a < 0) continue;
    fixed(K + a);
    if (!seen.includes(a)) seen.push(a);
    for (let j = i + 1; j < Math.min(concepts.length, i + 5); j++) {
      const b = concepts[j] as number;
      if (b >= 0 && b !== a) fixed(KK + a * C + b);
    }
  }
  if (seen.length > 1) seen = seen.sort(byConceptName);
  for (let i = 0; i < seen.length; i++) {
    const a = seen[i] as number;
    for (let j = i + 1; j < seen.length; j++) fixed(KS + a * C + (seen[j] as number));
  }
  slotFeatures(words, (id) => fixed(SLOT + id));
  if (words.length <= 3) fixed(LEN_SHORT);
  return feats;
}

const byConceptName = (a: number, b: number): number => {
  const x = CONCEPT_NAMES[a] as string;
  const y = CONCEPT_NAMES[b] as string;
  return x < y ? -1 : x > y ? 1 : 0;
};
