import { isEverydayStem } from './analyzer.js';
import type { GateThresholds } from './gate.js';
import type { IndexedPassage } from './index-store.js';

/** What the questions a passage's document lists say about a question asked. */
export interface ListedQuestionMatch {
  /** Summed rarity of the shared words of a listed question asked in nearly its words (0: none). */
  topicality: number;
  /** Evidence for a weak hit (PassageAssessment.listed). */
  listed: number;
}

/**
 * Matches a question against the questions the passage's document lists (front matter
 * `questions`). `stems`: the question's content stems; `words`: the stems of all its words.
 *
 * - A listed question asked in nearly its words (all of its content words but one, two or more of
 *   them shared) makes the passage topical.
 * - A listed question whose content words the question has, but for at most `weakListedMissing`
 *   everyday ones ("sende" where the question says "levere"), is evidence for a weak hit. The words
 *   it lacks must be everyday ones, never what the listed question is about ("Koster det noe å gå
 *   til psykolog?" says nothing about a coffee machine's price).
 * - So is a listed question asked word for word with more around it ("… når jeg er 22 år").
 */
export function listedQuestionMatch(
  passage: Pick<IndexedPassage, 'questionStems' | 'questionWords'>,
  stems: ReadonlySet<string>,
  words: ReadonlySet<string>,
  idf: (stem: string) => number,
  g: Pick<GateThresholds, 'weakListedMissing'>,
): ListedQuestionMatch {
  let topicality = 0;
  let listed = 0;
  for (const question of passage.questionStems) {
    const shared = question.filter((s) => stems.has(s));
    if (shared.length === 0) continue;
    const rarity = shared.reduce((a, s) => a + idf(s), 0);
    if (
      shared.length >= question.length - g.weakListedMissing &&
      question.every((s) => stems.has(s) || isEverydayStem(s))
    )
      listed = Math.max(listed, rarity);
    if (shared.length >= 2 && shared.length >= question.length - 1 && question.length >= 3)
      topicality = Math.max(topicality, rarity);
  }
  for (const question of passage.questionWords)
    if (question.words.every((w) => words.has(w)))
      listed = Math.max(
        listed,
        question.content.reduce((a, s) => a + idf(s), 0),
      );
  return { topicality, listed };
}
