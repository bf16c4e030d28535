import {
  asciiVariant,
  correctTypo,
  decompound,
  foldNorwegian,
  isStopWord,
  knownTail,
  normalize,
  spellingVariant,
  stem,
  tokenize,
  verbOfNoun,
  type QueryTerm,
} from './analyzer.js';
import { LOANWORD_STEMS, STOP_WORDS } from './wordLists.js';

/**
 * A question's terms (analyzeQuery): its words as the analyser reads them (analyzer.ts), with the
 * corrections a quickly typed question needs against the knowledge base's vocabulary.
 */

/** Function words typed without æ, ø and å ("pa", "fa", "na", "gjor"): still function words. */
const ASCII_STOP_WORDS: ReadonlySet<string> = new Set(
  [...STOP_WORDS].filter((w) => /[æøå]/.test(w)).map(foldNorwegian),
);

/**
 * An abbreviation inflected without its hyphen ("cven", "navs", "aften" is not one: only
 * abbreviations the knowledge base writes in capitals count): the abbreviation itself.
 */
export function inflectedAbbreviation(word: string, abbreviations: ReadonlySet<string>): string | null {
  const m = /^([a-zæøå]{2,4}?)(?:en|et|er|ene|a|s|ens|n)$/.exec(normalize(word));
  return m?.[1] && abbreviations.has(m[1]) ? m[1] : null;
}

/**
 * A compound written apart ("ungdoms garantien", "skatte kort"), as young people often write them:
 * two neighbouring words whose join is a word the knowledge base has are also read as that word.
 */
function withJoinedCompounds(tokens: string[], vocabulary: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i] ?? '', tokens[i + 1] ?? ''];
    if (isStopWord(a) || isStopWord(b) || a.length < 3 || b.length < 3) continue;
    if (vocabulary.has(stem(a + b))) joined.push(a + b);
  }
  return [...tokens, ...joined];
}

const compoundsByParts = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** The knowledge base's compound made of these parts in this order, if it has one. */
function compoundOfParts(parts: readonly string[], vocabulary: ReadonlySet<string>): string | undefined {
  let byParts = compoundsByParts.get(vocabulary);
  if (!byParts) {
    byParts = new Map();
    for (const w of vocabulary) {
      const p = decompound(w, vocabulary);
      if (p.length >= 2 && !byParts.has(p.join('+'))) byParts.set(p.join('+'), w);
    }
    compoundsByParts.set(vocabulary, byParts);
  }
  return byParts.get(parts.join('+'));
}

export function analyzeQuery(
  query: string,
  vocabulary: ReadonlySet<string>,
  abbreviations: ReadonlySet<string> = new Set(),
): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of withJoinedCompounds(tokenize(query), vocabulary)) {
    if (isStopWord(token) || (ASCII_STOP_WORDS.has(token) && !vocabulary.has(stem(token)))) continue;
    const loanword = LOANWORD_STEMS.get(token);
    const s = loanword ?? stem(token);
    if (s.length < 2 || seen.has(s) || isStopWord(s)) continue;
    seen.add(s);
    if (loanword) {
      terms.push({ word: token, stem: s, parts: [], tailOnly: false });
      continue;
    }
    // A word the knowledge base has never seen is split as the word, not its stem: decompound stems
    // it, and a stem stemmed again may lose a letter more ("arbeidstreningsplasser" →
    // "arbeidstreningsplas" → "arbeidstreningspl", no known last part). A known word is split as the
    // index splits it (from its stem), so both sides have the same parts.
    const parts = decompound(vocabulary.has(s) ? s : token, vocabulary).filter((p) => !isStopWord(p));
    // A verbal noun of a known verb is that verb, not a compound of chance parts ("forklaring" is
    // "forklare", not "forkl" + "ring").
    // A compound of the knowledge base's parts in their order is that compound, spelled with another
    // linking letter or a consonant written single ("lønslipp" is "lønnsslipp").
    const compound = parts.length >= 2 && !vocabulary.has(s) ? compoundOfParts(parts, vocabulary) : undefined;
    if (compound !== undefined) {
      if (!seen.has(compound)) terms.push({ word: token, stem: compound, parts, tailOnly: false });
      seen.add(compound);
      continue;
    }
    const verb = parts.length > 0 && !vocabulary.has(s) ? verbOfNoun(s, vocabulary) : null;
    if (verb) {
      if (!seen.has(verb)) terms.push({ word: token, stem: verb, parts: [], tailOnly: false });
      seen.add(verb);
      continue;
    }
    if (parts.length === 0 && !vocabulary.has(s)) {
      const corrected =
        inflectedAbbreviation(token, abbreviations) ??
        verbOfNoun(s, vocabulary) ??
        spellingVariant(token, vocabulary) ??
        asciiVariant(token, vocabulary) ??
        correctTypo(s, vocabulary);
      if (corrected) {
        // Already asked for in another form ("leser … lesing"): one concept, counted once.
        if (seen.has(corrected)) continue;
        seen.add(corrected);
        terms.push({
          word: token,
          stem: corrected,
          parts: decompound(corrected, vocabulary).filter((p) => !isStopWord(p)),
          tailOnly: false,
        });
        continue;
      }
      const tail = knownTail(s, vocabulary);
      if (tail) {
        terms.push({ word: token, stem: s, parts: [tail], tailOnly: true });
        continue;
      }
    }
    terms.push({ word: token, stem: s, parts, tailOnly: false });
  }
  return terms;
}
