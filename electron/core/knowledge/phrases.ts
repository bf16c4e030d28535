import { contentStems, isStopWord, stem, tokenize, type QueryTerm } from './analyzer.js';
import { FUNCTION_WORD_READINGS } from './wordLists.js';

/**
 * Everyday phrases whose meaning is in their function words ("nav sa nei", "hva jeg vil bli",
 * "ble enige om"): the content-word analysis keeps at most one word of them ("nav") or none, so
 * each is indexed whole, as one term of its document, and a question with all of its words (in
 * any order, inflected alike) has that term. Phrases of two words are too common ("lov til").
 */
const MIN_PHRASE_WORDS = 3;

/** Marks a phrase's index term, so it is never a word or the prefix of one. */
const KEY_MARK = 'phr';

/** The stems of all words of an everyday entry that is such a phrase, or null. */
export function phraseWords(entry: string): string[] | null {
  const tokens = tokenize(entry);
  if (tokens.length < MIN_PHRASE_WORDS) return null;
  if (!tokens.some(isStopWord) && contentStems(entry).length === tokens.length) return null;
  return [...new Set(tokens.map(stem))];
}

/** The index term of a phrase: one token of letters, as FTS5 and TermIndex take it. */
export function phraseKey(words: readonly string[]): string {
  return KEY_MARK + words.join('').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The phrase terms of a knowledge base: index term → stems of the phrase's words. */
export function collectPhrases(everyday: Iterable<readonly string[]>): Map<string, readonly string[]> {
  const phrases = new Map<string, readonly string[]>();
  for (const entries of everyday)
    for (const e of entries) {
      const words = phraseWords(e);
      if (words) phrases.set(phraseKey(words), words);
    }
  return phrases;
}

/** The everyday phrases a question has every word of, as query terms. */
export function phraseTerms(words: ReadonlySet<string>, phrases: ReadonlyMap<string, readonly string[]>): QueryTerm[] {
  const all = new Set(words);
  for (const w of words) {
    const bokmål = FUNCTION_WORD_READINGS.get(w);
    if (bokmål) all.add(stem(bokmål));
  }
  const terms: QueryTerm[] = [];
  for (const [key, stems] of phrases)
    if (stems.every((s) => all.has(s))) terms.push({ word: stems.join(' '), stem: key, parts: [], tailOnly: false });
  return terms;
}
