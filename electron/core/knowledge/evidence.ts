import { AMBIGUOUS_STEMS } from './wordLists.js';
import { foldNorwegian, isEverydayWord, PREFIX_MIN, type QueryTerm } from './analyzer.js';
import type { IndexedPassage, TermIndex } from './index-store.js';
import { listedQuestionMatch } from './listedQuestions.js';
import { facetStemsOf } from './situationMatch.js';
import { answersQuestion, weaklyAnswers, type GateThresholds, type PassageAssessment } from './gate.js';

/**
 * The evidence the answer gate (gate.ts) judges: how much of a question a passage covers, how
 * topical its matched words are for it, and how rare and specific they are.
 */

/** Numbers the knowledge base does not contain ("22 år") say little about the topic. */
const UNKNOWN_NUMBER_WEIGHT = 0.2;
/** The most a number the knowledge base has weighs: as much as a word found in every third passage. */
const KNOWN_NUMBER_WEIGHT = 1.0;
/** Credit for a compound whose head is unknown but whose last part matched. */
const TAIL_ONLY_CREDIT = 0.7;
/** Credit when a known compound is missing but some of its parts are present … */
const PART_CREDIT = 0.5;
/** … and when all of them are. */
const ALL_PARTS_CREDIT = 0.85;
/**
 * Credit for a question word the passage has only as the first part of a compound ("ferie" in
 * "feriepenger"): related, but the passage is about something else (the compound's last part).
 */
const MODIFIER_CREDIT = 0.5;

const NONE: ReadonlySet<string> = new Set();

/** A question word the knowledge base has never seen, nor its parts, that is no everyday word or number. */
function unknownTopicWord(t: QueryTerm, index: EvidenceContext): boolean {
  return (
    index.df(t.stem) === 0 &&
    !t.parts.some((p) => index.df(p) > 0) &&
    !/^\d+$/.test(t.stem) &&
    !isEverydayWord(t.word, t.stem)
  );
}

/** Whether the index has the stem: exactly, or as a prefix for long stems (see termMatches). */
export function matches(index: TermIndex, stem: string): boolean {
  return index.has(stem) || (stem.length >= PREFIX_MIN && index.hasPrefix(stem));
}

/** What evidence gathering needs of the index: word rarities in the knowledge base and the gate in use. */
export interface EvidenceContext {
  /** Number of passages with a term matching the stem. */
  df(stem: string): number;
  idf(stem: string): number;
  /** The rarity of a word found in no passage. */
  maxIdf(): number;
  thresholds(): GateThresholds;
}

/**
 * How well a passage answers the question: `coverage` is the rarity-weighted share of the
 * question's words the passage contains (words the knowledge base has never seen count, with a
 * reduced weight, as not covered); `topicality` is the rarity of the rarest matched word that is
 * also in what the passage is about (document title, tags, heading), so that matching everyday
 * words in passing ("koster", "passer") is not enough. `words` are the stems of all the
 * question's words, function words too (for a listed question asked word for word).
 */
export function assessPassage(
  terms: readonly QueryTerm[],
  passage: IndexedPassage,
  words: ReadonlySet<string>,
  index: EvidenceContext,
): PassageAssessment {
  const thresholds = index.thresholds();
  let total = 0;
  let hit = 0;
  let topical = 0;
  let evidence = 0;
  /** The matched words that are specific evidence (GateThresholds.specificIdf). */
  const specific = new Set<string>();
  let unknown = false;
  // A need's one-word facet cue (situations.ts: "penger", "søvn", "nervøs") does not carry a page
  // serving the need when the question is about a thing the knowledge base has never seen and does
  // not tell the need: then it is a money, feeling or body word about that thing ("hvor mye penger
  // tjener en youtuber"). It still counts as covered.
  // Two or more such words of the page's needs ("hjertet", "puste") describe the situation.
  const toldHere = terms.some((t) => t.covers !== undefined && passage.termIndex.has(t.stem));
  const facets = facetStemsOf(passage.docId);
  const facetWords = terms.filter((t) => [t.stem, ...t.parts].some((s) => facets.has(foldNorwegian(s)))).length;
  const facetOnly = toldHere || facetWords >= 2 || !terms.some((t) => unknownTopicWord(t, index)) ? NONE : facets;
  /** Credit (0–1) for the passage having the stem; `exact`: no prefix match (a compound's known tail). */
  /** `bare`: the word counts as covered and as evidence, never as specific or topical. */
  const has = (stem: string, share = 1, exact = false, bare = false): number => {
    const found = exact ? passage.termIndex.has(stem) : matches(passage.termIndex, stem);
    if (found) {
      evidence += index.idf(stem) * share;
      if (bare || facetOnly.has(foldNorwegian(stem))) return 1;
      // A known tail of an unknown compound ("tjeneste" of "førstegangstjenesten") is not specific.
      if (!exact && index.idf(stem) >= thresholds.specificIdf && !AMBIGUOUS_STEMS.has(stem)) specific.add(stem);
      // The known last part of an unknown compound ("maskin" of "kaffemaskin") may name another
      // thing than a section heading does ("Alt blir på denne maskinen"): only the document's own
      // topic words make it topical.
      if (matches(exact ? passage.documentTopicIndex : passage.topicIndex, stem))
        topical = Math.max(topical, index.idf(stem));
      return 1;
    }
    if (passage.modifierIndex.has(stem)) {
      evidence += index.idf(stem) * share * MODIFIER_CREDIT;
      return MODIFIER_CREDIT;
    }
    return 0;
  };
  // The words that told a need this passage serves (situations.ts) are covered by it: the page is
  // about the situation they describe ("starter", "mandag", "nervøs" on the first-weeks page).
  const told = new Set(terms.flatMap((t) => (t.covers && passage.termIndex.has(t.stem) ? t.covers : [])));
  for (const t of terms) {
    if (told.size > 0 && index.df(t.stem) > 0 && !t.covers && told.has(foldNorwegian(t.stem))) {
      const w = index.idf(t.stem);
      total += w;
      hit += w;
      has(t.stem);
      continue;
    }
    // A word the knowledge base has never seen that told the need ("rommet", "gamer" of sitting in
    // one's room gaming all day) is part of the situation the page serves, not another topic: it
    // neither counts against the page's share of the question nor as evidence.
    if (told.size > 0 && index.df(t.stem) === 0 && !t.covers && told.has(foldNorwegian(t.stem))) continue;
    if (index.df(t.stem) > 0) {
      // A number the knowledge base has ("24", "30") is usually an age or an amount, rarely the topic.
      const w = /^\d+$/.test(t.stem) ? Math.min(index.idf(t.stem), KNOWN_NUMBER_WEIGHT) : index.idf(t.stem);
      total += w;
      const credit = has(t.stem);
      if (credit === 1) {
        hit += w;
        // "inkassokrav" in a page about "inkasso": the question's compound is about the page's topic.
        for (const part of t.parts) if (matches(passage.topicIndex, part)) topical = Math.max(topical, index.idf(part));
        continue;
      }
      if (credit > 0 && t.parts.length === 0) {
        hit += w * credit;
        continue;
      }
    }
    const knownParts = t.parts.filter((p) => index.df(p) > 0);
    if (index.df(t.stem) === 0 && knownParts.length > 0) {
      const w = knownParts.reduce((a, p) => a + index.idf(p), 0) / knownParts.length;
      total += w;
      // An unknown compound of known words whose last part alone is on the page ("treningssenteret"
      // on the career page, which has it in "karrieresenter") names another thing of that kind: the
      // head is covered, but no specific or topical evidence. Unless the page's title names things
      // of that kind ("støttetelefon" and "Hjelpetelefoner og nødnumre").
      const head = t.parts[t.parts.length - 1];
      const headOnly =
        !t.tailOnly &&
        knownParts.length >= 2 &&
        head !== undefined &&
        !matches(passage.titleIndex, head) &&
        knownParts.every((p) => p === head || !(matches(passage.termIndex, p) || passage.modifierIndex.has(p)));
      const matched = knownParts.reduce(
        (a, p) => a + has(p, 1 / knownParts.length, t.tailOnly, headOnly && p === head),
        0,
      );
      hit += (w * matched * (t.tailOnly ? TAIL_ONLY_CREDIT : 1)) / knownParts.length;
      // A compound of two or more of what the page is about ("opplæringstiltak" on the page tagged
      // "opplæring" and "tiltak") names its topic, as an everyday phrase of it does (below): together
      // the parts are as telling as one rare word, however common each is in the other pages.
      if (!t.tailOnly && knownParts.length >= 2 && knownParts.every((p) => matches(passage.documentTopicIndex, p)))
        topical = Math.max(
          topical,
          knownParts.reduce((a, p) => a + index.idf(p), 0),
        );
    } else if (index.df(t.stem) === 0) {
      const weight = /^\d+$/.test(t.stem)
        ? UNKNOWN_NUMBER_WEIGHT
        : isEverydayWord(t.word, t.stem)
          ? thresholds.everydayWeight
          : thresholds.unknownWeight;
      if (weight === thresholds.unknownWeight) unknown = true;
      total += weight * index.maxIdf();
    } else if (t.parts.length > 0) {
      // Known word not in this passage, but its parts may be: all of them ("inkasso" and "krav"
      // for "inkassokrav") is nearly the word itself, some of them a related topic.
      const w = index.idf(t.stem);
      const matched = t.parts.reduce((a, p) => a + has(p, PART_CREDIT / t.parts.length), 0);
      hit += w * (matched >= t.parts.length ? ALL_PARTS_CREDIT : (PART_CREDIT * matched) / t.parts.length);
    }
  }
  // The questions the document lists: one asked in nearly its words is on topic, or a weak hit.
  const stems = new Set(terms.map((t) => t.stem));
  const questions = listedQuestionMatch(passage, stems, words, (x) => index.idf(x), thresholds);
  topical = Math.max(topical, questions.topicality);
  const listed = questions.listed;
  // An everyday phrase of the document whose words are all in the question ("si videre") makes
  // the passage topical: together the words are as telling as one rare word.
  for (const phrase of passage.topicPhrases) {
    if (phrase.every((s) => stems.has(s)))
      topical = Math.max(
        topical,
        phrase.reduce((a, s) => a + index.idf(s), 0),
      );
  }
  const coverage = total > 0 ? hit / total : 0;
  // "Hva er arbeidstrening?": a question whose every word is in the page's title asks for that
  // page, however common its name is in the other pages; the known tail of a word it has never
  // seen does not ("julekort" is no "skattekort").
  const namesPage =
    terms.length > 0 &&
    terms.every(
      (t) =>
        matches(passage.titleIndex, t.stem) ||
        (t.parts.length > 0 && !t.tailOnly && t.parts.every((p) => matches(passage.titleIndex, p))),
    );
  const assessment = { coverage, topicality: topical, evidence, listed, specific: specific.size, unknown };
  const answers = namesPage || answersQuestion(assessment, thresholds);
  // A need of the question this page serves (situations.ts) is real evidence of what it is about:
  // below the answer gate, the page is offered with the caveat rather than "no answer".
  const weak = !answers && (weaklyAnswers(assessment, thresholds) || toldHere);
  return { ...assessment, answers, weak };
}
