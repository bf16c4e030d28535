/**
 * The "is this answered here?" gate of knowledge search: the thresholds a passage's assessment
 * (coverage, topicality, evidence; see KnowledgeIndex.assess in search.ts) must meet to answer,
 * or to be offered as a weak hit. Calibrated with `npm run bench:knowledge -- --calibrate`.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.35;
export const DEFAULT_MIN_TOPICALITY = 2.0;

export interface GateThresholds {
  /** Share of the question a topical passage must cover. */
  minCoverage: number;
  /** Rarity (idf) of a matched word that is in the passage's title, tags or heading. */
  minTopicality: number;
  /** Summed rarity of the matched words of a topical passage. */
  minEvidence: number;
  /**
   * Rarity (idf) from which a matched word is specific evidence. Never specific: a stem several
   * words share (AMBIGUOUS_STEMS in wordLists.ts: "regn" of "regne", "valg" of "valget") and the
   * known tail of a word the knowledge base has never seen ("kort" of "bankkort"). A topical
   * passage, and a weak hit, needs at least one specific word.
   */
  specificIdf: number;
  /**
   * When the question also has a topic word the knowledge base has never seen ("passord",
   * "youtuber"), the coverage a topical passage needs to answer on a single specific word (two
   * answer at any coverage): one word shared in passing is weak evidence when the question is
   * about something else.
   */
  singleCoverage: number;
  /** Without a topical match: share of the question that must be covered … */
  strongCoverage: number;
  /** … and summed rarity of the matched words. */
  strongEvidence: number;
  /**
   * A passage with (nearly) every word of the question — this share of it — answers with less
   * summed rarity (`fullEvidence`): everyday words are telling when all of them are on one page
   * ("arbeidsgiver", "Nav", "dekker", "lønn").
   */
  fullCoverage: number;
  fullEvidence: number;
  /**
   * Weak hit: a passage about a rare word of the question that covers at least this share of it,
   * with at least `weakEvidence` summed rarity. Offered with a caveat instead of "no answer".
   */
  weakCoverage: number;
  weakEvidence: number;
  /**
   * The weak hit's topicality: a passage may be offered with a caveat when the rarest matched word
   * in what it is about is more common than an answer needs (`minTopicality`), if it has at least
   * `weakSpecific` specific words of the question ("samtalen", "sendt" on the page about the app's data).
   */
  weakTopicality: number;
  weakSpecific: number;
  /**
   * Weak hit on a topical passage that has (nearly) every word of the question (`fullCoverage`)
   * with less summed rarity than `weakEvidence`: a short question made of one of the page's topic
   * words ("hvem bør jeg ha som referanse").
   */
  weakFullEvidence: number;
  /**
   * Weak hit on a question the document lists (see listedQuestions.ts): asked with its content
   * words but at most `weakListedMissing` everyday ones, or word for word with more around it
   * (`PassageAssessment.listed`, the shared words' summed rarity, at least `weakListedEvidence`),
   * when the passage covers at least `weakListedCoverage` of the question and has a specific word
   * of it (see `specificIdf`).
   */
  weakListedEvidence: number;
  weakListedCoverage: number;
  /** How many of a listed question's content words the question may lack and still match it. */
  weakListedMissing: number;
  /**
   * Weight of a question word the knowledge base has never seen, as a share of the rarest known
   * word's: an unknown word is usually what the question is about ("oppskrift", "statsborgerskap").
   */
  unknownWeight: number;
  /**
   * The same for an unknown word general Norwegian uses as a verb, adjective or adverb
   * ("forsvinner", "altfor"): how a question is put, rarely what it is about.
   */
  everydayWeight: number;
  /**
   * The least rarity (idf) a need recognised in the question counts with (situations.ts): a need
   * that three pages serve is as telling as a word of one page. 0: its own rarity.
   */
  needIdf: number;
}

/**
 * The "is this answered here?" gate, per passage. A passage answers when it is about a rare word
 * of the question and covers a fair share of it, or when it covers most of the question with
 * several rare words even if none of them is in its title ("bytte utdanningsprogram").
 */
export const DEFAULT_GATE: GateThresholds = {
  minCoverage: DEFAULT_MIN_CONFIDENCE,
  minTopicality: DEFAULT_MIN_TOPICALITY,
  // Calibrated 2026-12-05 (round 4, `--calibrate`, grouped 5-fold splits of the tuning set, 263
  // in-scope and 120 out-of-scope questions): every fold chose evidence 2.8 (from 2.5): one rare
  // word merely named in passing on a page ("hvem er sjefen for nav") no longer answers alone. The
  // folds paired it with coverage 0.3, which on the never-tuned sets let far more out-of-scope
  // questions through (fresh 86.7 %, fresh-3 88.9 % rejected), so coverage stays 0.35. On the whole
  // tuning set: false "no answer" 1.9 %, top-3 96.6 %, out-of-scope rejected 95.0 %.
  minEvidence: 2.8,
  // Gate-evidence round, 2026-12-05 (`--calibrate`, grouped 5-fold splits of the tuning sets: 345
  // in-scope and 160 out-of-scope questions). Ambiguous stems and unknown words' tails (never
  // specific) cost no in-scope question and raised out-of-scope rejected from 95.0 % to 96.3 %.
  // Four of five folds left the rarity floor and the single-word coverage off: specificIdf 1.5 tied
  // on the tuning sets, singleCoverage 0.45 rejected 97.5 % but doubled false "no answer" (0.6 % →
  // 1.4 %). specificIdf 1.5 was also tried on the never-tuned sets and lost in-scope questions there
  // (held-out-2 top-3 95.0 % → 92.5 %), so both stay off.
  specificIdf: 0,
  // Round of helper kb10, 2026-12-05 (`--calibrate`, grouped 5-fold splits of the tuning sets with the
  // study set fresh-17: 1333 in-scope and 627 out-of-scope questions; generic money, feeling and
  // body words no longer specific about an unknown thing). Every fold chose singleCoverage 0.42
  // (0.42 to 0.5 tie) on the bench's cost (2 × false "no answer" + false acceptance): whole pool
  // false "no answer" 0.0 % → 0.4 % (5 questions: "har panikkanfall på bussen", "kan jeg få en
  // støtteperson på universitetet"), out-of-scope rejected 93.0 % → 94.4 %; cross-validated 0.4 %
  // and 94.4 %. Offering those questions as weak hits instead rescued none of them (they fail the
  // weak band too). Issue 22 asks for no in-scope "no answer" at all, and the never-tuned fresh-6
  // lost two more in-scope questions to "no answer" with it (as in the gate-evidence round), so it
  // stays off: the lead may trade it the other way.
  // Round of helper kb11 (study set fresh-18 joined the pool: 1430 in-scope, 677 out-of-scope; phrase
  // cues read with the verb second, a served need offered as a weak hit, "date" no longer "data"):
  // every fold again chose 0.42 (cross-validated false "no answer" 0.3 %, top-3 99.0 %, rejected
  // 94.2 %, against 0.0 %, 99.4 %, 92.6 % off). The questions it sends to "no answer" are the same
  // kind ("har panikk hver gang jeg skal ut døra": one page word and a circumstance the knowledge base
  // has never seen), and the served-need weak hit does not reach them (no need is told), so it stays off.
  // Round of helper kb12 (study set fresh-6 joined the pool: 1506 in-scope, 711 out-of-scope): every
  // fold chose 0.42 again (cross-validated false "no answer" 0.5 %, top-3 98.9 %, rejected 94.4 %,
  // against 0.0 %, 99.3 %, 92.8 % off, the shipped gate on the whole pool). Off, for the same reason.
  // Round of helper kb13 (study set fresh-20 joined the pool: 1630 in-scope, 753 out-of-scope; English
  // words, compounds met only by their last part): every fold chose 0.42 again (cross-validated false
  // "no answer" 0.4 %, top-3 99.0 %, rejected 94.4 %, against 0.0 %, 99.4 %, 93.0 % off). Off.
  singleCoverage: 0,
  strongCoverage: 0.55,
  strongEvidence: 7.5,
  // Calibrated 2026-12-05 (round 3, `npm run bench:knowledge -- --calibrate`, grouped 5-fold splits
  // of the tuning set): every fold chose full-coverage evidence 5 (flat from 4.5 to 5.5; off cost a
  // false "no answer" in 1 % more questions); round 4 kept it.
  fullCoverage: 0.9,
  fullEvidence: 5.0,
  // Weak hits (three outcomes: answer, weak hit with a caveat, "no answer"). Calibrated 2026-12-05
  // (`--calibrate`, grouped 5-fold splits of the tuning sets questions, heldout and fresh: 345
  // in-scope and 160 out-of-scope questions; a weak hit on an out-of-scope question counts as
  // accepting it). The band by coverage and evidence (0.4–0.6 and 2.0–2.5) stays closed: on the
  // tuning sets it admitted only out-of-scope questions ("nytt pass", "sjefen for nav") and rescued
  // no in-scope one, so it equals the answer gate. Listed-question evidence was chosen by four of
  // five folds (evidence 2.0; coverage 0.3 and 0.4 scored alike, the folds took 0.3; one missing
  // everyday word, two admitted "nytt pass" and "kjæreste"): false "no answer" 1.4 % → 0.6 %, top-3
  // 96.8 % → 97.7 %, out-of-scope rejected 95.0 % unchanged (no weak hit on any of them).
  //
  // No-answer-on-unseen-wording round, 2026-12-05 (`--calibrate`, grouped 5-fold splits of the tuning
  // sets questions, heldout and fresh to fresh-5 (fresh-2 to fresh-5 were studied this round): 588
  // in-scope and 268 out-of-scope questions). The band below the answer gate's topicality stays
  // closed: every fold kept weakTopicality 2.0; 1.5 with two specific words rescued one in-scope
  // question but offered "Hvordan sender jeg en pakke med posten?" and "Hvilken bok bør jeg lese i
  // ferien?" (common words, no specific evidence), 0 admitted nine out-of-scope questions. Every fold
  // chose coverage 0.25 and evidence 3.5 for a topical passage (a tie on these sets with 0.35 / 2.8,
  // the widest setting of the tie is taken: an unsure hit on a rare topic word is offered with the
  // caveat rather than answered "none"). Whole pool: false "no answer" 0.2 %, top-3 98.1 %,
  // out-of-scope rejected 93.7 % (questions.json alone 95.0 %).
  weakCoverage: 0.25,
  weakEvidence: 3.5,
  weakTopicality: DEFAULT_MIN_TOPICALITY,
  weakSpecific: 1,
  // Same round, with the study set fresh-7 in the pool (648 in-scope, 298 out-of-scope questions):
  // every fold chose full-coverage weak evidence 1.5, tied with 2.0 (false "no answer" 0.2 % → 0.0 %,
  // out-of-scope rejected unchanged); 2.0 is taken, the topicality floor a one-word question meets anyway.
  // Rerun at the end of the round with the study sets fresh-7 to fresh-11 (888 in-scope, 418
  // out-of-scope questions, many of them near the topics): every fold chose the same band, now no
  // longer a tie (coverage 0.25 / evidence 3.5 against 0.35 / 2.8: false "no answer" 1.1 % against
  // 1.4 %, out-of-scope rejected 93.1 % both); cross-validated top-3 95.9 %.
  // Situational-wording round, 2026-12-05, with its study sets fresh-13 to fresh-15 in the pool and
  // "tips"/"triks"/"ideer"/"forslag" as stop words (1068 in-scope, 508 out-of-scope questions): every
  // fold chose the same band with full-coverage weak evidence 1.5, tied with 2.0 on the whole pool
  // (false "no answer" 0.9 %, top-3 97.5 %, out-of-scope rejected 92.7 %); cross-validated the same.
  // Unchanged.
  // Situation-concept round, 2026-12-05, with the needs of situations.ts in the question and the
  // study set fresh-12 in the pool (1138 in-scope, 541 out-of-scope questions): every fold chose the
  // same band (full-coverage weak evidence 1.5 or 2.8; 1.5 ties with 2.0 on the whole pool: false
  // "no answer" 0.1 %, top-3 99.1 %, out-of-scope rejected 92.6 %); cross-validated false "no answer"
  // 0.4 %, top-3 98.9 %, rejected 92.6 %. Unchanged.
  // Short round of helper kb9 (cues read verb forms and pronoun classes, more facets; study set
  // fresh-16 joined the pool): the shipped band and needIdf 3.3 tie for best on the whole pool (false
  // "no answer" 0.0 %, top-3 99.4 %, rejected 92.8 %); cross-validated false "no answer" 0.2 %,
  // top-3 99.1 %, rejected 93.0 %. The probed "no answer" kinds were cues out of reach, not thresholds.
  // Round of helper kb10 (study set fresh-17 joined the pool: 1333 in-scope, 627 out-of-scope): the
  // shipped band, full-coverage weak evidence 1.5 and needIdf 4.0 tie for best after singleCoverage
  // (false "no answer" 0.0 %, top-3 99.4 %, rejected 93.0 %). Unchanged.
  // Round of helper kb11 (1430 in-scope, 677 out-of-scope): the shipped band and needIdf 0 to 4 tie
  // for best after singleCoverage (false "no answer" 0.0 %, top-3 99.4 %, rejected 92.6 %). Unchanged.
  // Round of helper kb12 (1506 in-scope, 711 out-of-scope): the shipped band and needIdf 0 to 4 tie
  // again (false "no answer" 0.0 %, top-3 99.3 %, rejected 92.8 %). Unchanged.
  weakFullEvidence: 2.0,
  weakListedEvidence: 2.0,
  weakListedCoverage: 0.3,
  weakListedMissing: 1,
  // Out-of-scope questions carry about ten times as many words the knowledge base has never seen
  // as in-scope ones …
  unknownWeight: 1.1,
  // … unless the word is an everyday verb, adjective or adverb (everydayWords.ts): every weight from
  // 0.2 to 0.7 scored alike in round 3, 1.0 and more lost in-scope questions; 0.4 is the middle.
  everydayWeight: 0.4,
  // Situation-concept round (same pool): a need's own rarity (0) against 2.5, 2.8, 3.3 and 4.0.
  // 2.8 to 4.0 tie (false "no answer" 0.1 %, top-3 99.1 %), 2.5 ranks below them, and its own
  // rarity loses two in-scope questions to "no answer" (0.3 %, top-3 98.9 %); out-of-scope rejected
  // is 92.6 % at 0 and at 2.8 to 4.0 alike: no out-of-scope question is let in by a need there.
  // 3.3, a word of one page of five passages, is taken.
  needIdf: 3.3,
};

export interface PassageAssessment {
  coverage: number;
  topicality: number;
  evidence: number;
  /** How many distinct matched words are specific evidence (see GateThresholds.specificIdf). */
  specific: number;
  /** Whether the question has a content word the knowledge base has never seen (not an everyday one). */
  unknown: boolean;
  /**
   * Summed rarity of the words the question shares with the best-matching question the document
   * lists (see listedQuestions.ts); 0 when none matches.
   */
  listed: number;
  answers: boolean;
  /** Below the answer gate, but about a rare word of the question: a hit to offer with a caveat. */
  weak: boolean;
}

/** Whether a topical passage's matched words are specific enough for its coverage of the question. */
function specificEnough(a: Pick<PassageAssessment, 'coverage' | 'specific' | 'unknown'>, g: GateThresholds): boolean {
  return a.specific >= 2 || (a.specific >= 1 && (!a.unknown || a.coverage >= g.singleCoverage));
}

/** Whether a passage below the answer gate is still offered, as a weak hit with a caveat. */
export function weaklyAnswers(
  a: Pick<PassageAssessment, 'coverage' | 'topicality' | 'evidence' | 'listed' | 'specific' | 'unknown'>,
  g: GateThresholds = DEFAULT_GATE,
): boolean {
  return (
    (a.topicality >= g.weakTopicality &&
      a.coverage >= g.weakCoverage &&
      (a.evidence >= g.weakEvidence || (a.coverage >= g.fullCoverage && a.evidence >= g.weakFullEvidence)) &&
      a.specific >= g.weakSpecific &&
      specificEnough(a, g)) ||
    (a.listed >= g.weakListedEvidence && a.coverage >= g.weakListedCoverage && a.specific >= 1)
  );
}

export function answersQuestion(
  a: Pick<PassageAssessment, 'coverage' | 'topicality' | 'evidence' | 'specific' | 'unknown'>,
  g: GateThresholds = DEFAULT_GATE,
): boolean {
  return (
    (a.topicality >= g.minTopicality &&
      a.coverage >= g.minCoverage &&
      a.evidence >= g.minEvidence &&
      specificEnough(a, g)) ||
    (a.coverage >= g.strongCoverage && a.evidence >= g.strongEvidence) ||
    (a.coverage >= g.fullCoverage && a.evidence >= g.fullEvidence)
  );
}
