import { canonicalWords } from './canonical.js';
import { slotFeatures } from './concepts.js';
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

/** The concept feature names, built once (the same strings every time: no concatenation per word). */
const conceptFeature = (prefix: string, a: string, b?: string): string =>
  `${prefix}:${a}${b === undefined ? '' : `${prefix === 'ks' ? '+' : '>'}${b}`}`;
const K_FEATURE = new Map(CONCEPTS.map(([a]) => [a, conceptFeature('k', a)]));
const KK_FEATURE = new Map(CONCEPTS.map(([a]) => [a, new Map(CONCEPTS.map(([b]) => [b, conceptFeature('kk', a, b)]))]));
const KS_FEATURE = new Map(CONCEPTS.map(([a]) => [a, new Map(CONCEPTS.map(([b]) => [b, conceptFeature('ks', a, b)]))]));

const conceptCache = new Map<string, string | null>();

function conceptOf(word: string): string | null {
  const cached = conceptCache.get(word);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const [name, prefixes] of CONCEPTS) {
    if (prefixes.some((p) => word === p || (p.length >= 3 && word.startsWith(p)))) {
      found = name;
      break;
    }
  }
  if (conceptCache.size < 50_000) conceptCache.set(word, found);
  return found;
}

/** The feature names of one text (with repeats; the model counts them). */
const wordFeatureCache = new Map<string, readonly string[]>();

/** The features of one word on its own (word, stem, character 3–5-grams), computed once per word. */
function wordFeatures(w: string, s: string): readonly string[] {
  const cached = wordFeatureCache.get(w);
  if (cached) return cached;
  const out = [`w:${w}`];
  if (s !== w) out.push(`s:${s}`);
  if (w.length >= 3) {
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) out.push(`c:${padded.slice(j, j + n)}`);
    }
  }
  if (wordFeatureCache.size < 50_000) wordFeatureCache.set(w, out);
  return out;
}

/** Stems and word-pair feature names, built once per word and pair: the same string each time. */
const stemCache = new Map<string, string>();

function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

const bigramCache = new Map<string, Map<string, string>>();

function bigramFeature(s: string, next: string): string {
  let inner = bigramCache.get(s);
  if (!inner) {
    inner = new Map();
    if (bigramCache.size < 20_000) bigramCache.set(s, inner);
  }
  let f = inner.get(next);
  if (f === undefined) {
    f = `b:${s}_${next}`;
    if (inner.size < 2_000) inner.set(next, f);
  }
  return f;
}

/**
 * With `wordSink`, the features of each word on its own go to the sink (once per occurrence)
 * instead of into the returned list, so a scorer can cache their weight per word.
 */
export function crisisFeatures(text: string, wordSink?: (word: string, features: readonly string[]) => void): string[] {
  const words = canonicalWords(text);
  const feats: string[] = [];
  let negScope = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const s = stemOf(w);
    if (wordSink) wordSink(w, wordFeatures(w, s));
    else for (const f of wordFeatures(w, s)) feats.push(f);
    if (negScope > 0) {
      feats.push(`n:${s}`);
      negScope--;
    }
    if (NEGATIONS.has(w)) negScope = 3;
    const next = words[i + 1];
    if (next !== undefined) feats.push(bigramFeature(s, stemOf(next)));
  }
  // Concepts and ordered concept pairs within four words ("WANT>DEATH", "INTENT>MEANS").
  const concepts = words.map(conceptOf);
  const seen = new Set<string>();
  for (let i = 0; i < concepts.length; i++) {
    const a = concepts[i];
    if (!a) continue;
    feats.push(K_FEATURE.get(a) as string);
    seen.add(a);
    for (let j = i + 1; j < Math.min(concepts.length, i + 5); j++) {
      const b = concepts[j];
      if (b && b !== a) feats.push(KK_FEATURE.get(a)?.get(b) as string);
    }
  }
  const list = [...seen].sort();
  for (let i = 0; i < list.length; i++) {
    const ks = KS_FEATURE.get(list[i] as string) as Map<string, string>;
    for (let j = i + 1; j < list.length; j++) feats.push(ks.get(list[j] as string) as string);
  }
  for (const f of slotFeatures(words)) feats.push(f);
  if (words.length <= 3) feats.push('len:short');
  return feats;
}
