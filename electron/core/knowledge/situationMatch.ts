import { foldNorwegian, isStopWord, stem, tokenize, type QueryTerm } from './analyzer.js';
import { SITUATION_NEEDS, type SituationNeed } from './situations.js';
import { FUNCTION_WORD_READINGS } from './wordLists.js';

/**
 * Recognises the needs of situations.ts in a question and turns each into one query term: the
 * need's index term, which the documents serving it carry as a topic word (index-store.ts). So a
 * recognised need is evidence in ranking (bm25 on the term) and in the answer gate (a matched,
 * topical word of the question; see evidence.ts), like any rare word the question would have used.
 */

/** Marks a need's index term, so it is never a word or the prefix of one. */
const KEY_MARK = 'sitn';

/**
 * A cue's word stems, folded (æ, ø, å as a, o, a). They must all be in the question, in any order;
 * a phrase with a function word ("hva jeg sier", "passe på meg", "på jobben") only as written, in
 * its order (or with the verb second, see `orders`) and at most one other word apart: its meaning is in its order, and such words are
 * everywhere ("hvorfor jeg ikke har jobbet på lenge" is not "på jobben").
 */
interface Cue {
  stems: readonly string[];
  inOrder: boolean;
  /**
   * The orders a phrase cue may be written in: as written, and with a subject pronoun moved across
   * the word next to it, as Norwegian puts the verb second ("hva jeg skal bli" is "hva skal jeg bli",
   * "jeg kan få" is "kan jeg få"). Other words keep their order.
   */
  orders: readonly (readonly string[])[];
}

/**
 * The cue's stems with each subject pronoun swapped with a neighbour (verb-second inversion). The
 * inverted phrase is a question, and it tells the asker's need only when the asker asks about
 * themself ("hva skal jeg bli", "hvor får man hjelp"; not "hva skal de bli"): there the pronoun is
 * one of SELF_PRONOUNS.
 */
function invertedOrders(stems: readonly string[]): string[][] {
  const orders = [[...stems]];
  stems.forEach((s, i) => {
    if (s !== '#subject') return;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= stems.length || stems[j]!.startsWith('#')) continue;
      const o = [...stems];
      o[i] = o[j]!;
      o[j] = '#self';
      orders.push(o);
    }
  });
  return orders;
}

interface CompiledNeed {
  need: SituationNeed;
  key: string;
  strong: readonly Cue[];
  facets: readonly (readonly Cue[])[];
  quorum: number;
}

/**
 * Personal pronouns by word class, bokmål and nynorsk: in a phrase cue any pronoun of the class
 * stands for the one written ("hva jeg skal bli" is "hva de skal bli" in "alle andre vet hva de skal
 * bli"); the phrase's meaning is in its other words and their order.
 */
const SUBJECT_PRONOUNS = new Set(['jeg', 'eg', 'æ', 'du', 'han', 'hun', 'ho', 'vi', 'me', 'dere', 'de', 'dei', 'man']);
const OBJECT_PRONOUNS = new Set(['meg', 'deg', 'seg', 'oss', 'dykk', 'dem', 'henne', 'ham']);
/** The subject pronouns of a person asking about themself (or anyone in their place). */
const SELF_PRONOUNS = new Set(['jeg', 'eg', 'æ', 'vi', 'me', 'man']);
const pronounClass = (w: string) =>
  SUBJECT_PRONOUNS.has(w) ? '#subject' : OBJECT_PRONOUNS.has(w) ? '#object' : undefined;

/**
 * A word's present-tense form read as its infinitive: a verb's present tense adds "r" to a vowel
 * ("ser" of "se", "får" of "få", "starter" of "starte", "begynner" of "begynne"), and the stemmer
 * does not always bring both to one stem ("ser"/"se", "starter"/"starte" give "ser"/"se",
 * "start"/"star"). Cues are compiled, and questions read, with this form too, so a cue matches
 * whichever of the two forms it and the question use.
 */
function infinitiveStem(w: string): string | undefined {
  return /[aeiouyæøå]r$/.test(w) && w.length >= 3 ? foldNorwegian(stem(w.slice(0, -1))) : undefined;
}

/** Whether an index term is a need's (situationKey). */
export function isSituationKey(term: string): boolean {
  return term.startsWith(KEY_MARK);
}

/** The index term of a need: one token of letters, as FTS5 and TermIndex take it. */
export function situationKey(need: Pick<SituationNeed, 'id'>): string {
  return KEY_MARK + need.id.replace(/[^a-z]/g, '');
}

function cueOf(text: string): Cue {
  const words = tokenize(text);
  const inOrder = words.length >= 2 && words.some((w) => isStopWord(w) || w.length <= 2);
  const stems = words.map(
    (w) => (inOrder ? pronounClass(w) : undefined) ?? infinitiveStem(w) ?? foldNorwegian(stem(w)),
  );
  return inOrder
    ? { stems, inOrder, orders: invertedOrders(stems) }
    : { stems: [...new Set(stems)], inOrder, orders: [] };
}

let compiled: CompiledNeed[] | null = null;

function compiledNeeds(): readonly CompiledNeed[] {
  compiled ??= SITUATION_NEEDS.map((need) => ({
    need,
    key: situationKey(need),
    strong: need.strong.map(cueOf),
    facets: need.facets.map((f) => f.map(cueOf)),
    quorum: need.quorum ?? 2,
  }));
  return compiled;
}

let facetStems: Map<string, Set<string>> | null = null;

/**
 * The one-word cues of the generic facets (money, feeling, body words) of the needs a document
 * serves, as folded stems ("penger", "lån", "søvn", "nervøs"): words that tell the need only with a
 * cue of another facet, so that alone they may be about anything (evidence.ts).
 */
export function facetStemsOf(docId: string): ReadonlySet<string> {
  if (!facetStems) {
    facetStems = new Map();
    for (const n of compiledNeeds())
      for (const doc of n.need.docs) {
        const set = facetStems.get(doc) ?? new Set<string>();
        for (const i of n.need.generic ?? [])
          for (const c of n.facets[i] ?? []) if (c.stems.length === 1) set.add(c.stems[0]!);
        facetStems.set(doc, set);
      }
  }
  return facetStems.get(docId) ?? new Set();
}

/** The index terms of the needs a document serves. */
export function situationKeysOf(docId: string): string[] {
  return compiledNeeds()
    .filter((n) => n.need.docs.includes(docId))
    .map((n) => n.key);
}

/**
 * What the question offers the cues: the stems of all its words (function words too, with their
 * bokmål readings) and the stems and compound parts the analyser found (typos corrected, words typed
 * without æ, ø and å, "eksamensangst" as "eksamen" + "angst"), all folded.
 */
interface QuestionStems {
  whole: Set<string>;
  /** Each word's stems in the question's order (the word's own, and its bokmål reading). */
  sequence: readonly (readonly string[])[];
  /** The words (by position) each stem came from: the parts of a compound come from its one word. */
  origin: ReadonlyMap<string, ReadonlySet<number>>;
}

function questionStems(query: string, terms: readonly QueryTerm[]): QuestionStems {
  const whole = new Set<string>();
  const sequence: string[][] = [];
  const origin = new Map<string, Set<number>>();
  const from = (s: string, i: number) => {
    whole.add(s);
    const o = origin.get(s) ?? new Set<number>();
    o.add(i);
    origin.set(s, o);
  };
  const words = tokenize(query);
  words.forEach((w, i) => {
    const reading = FUNCTION_WORD_READINGS.get(w);
    const stems = [
      foldNorwegian(stem(w)),
      ...(reading ? [foldNorwegian(stem(reading))] : []),
      ...[infinitiveStem(w), pronounClass(w), SELF_PRONOUNS.has(w) ? '#self' : undefined].filter(
        (x): x is string => x !== undefined,
      ),
    ];
    for (const s of stems) from(s, i);
    sequence.push(stems);
  });
  for (const t of terms) {
    const at = words.indexOf(t.word);
    for (const s of [t.stem, ...t.parts]) from(foldNorwegian(s), at >= 0 ? at : words.length);
  }
  return { whole, sequence, origin };
}

/** The words of the question (by position) a matched cue stands on. */
function cueOrigins(cue: Cue, q: QuestionStems): Set<number> {
  return new Set(cue.stems.flatMap((s) => [...(q.origin.get(s) ?? [])]));
}

/** Words a cue in order may have between two of its own ("passe litt på meg"). */
const MAX_GAP = 1;

/**
 * Whether stems[k..] occur in this order in the question from word `from` to word `last`, each at
 * most MAX_GAP other words after the one before.
 */
function inSequence(
  stems: readonly string[],
  sequence: QuestionStems['sequence'],
  k = 0,
  from = 0,
  last = sequence.length - 1,
): boolean {
  const stem = stems[k];
  if (stem === undefined) return true;
  for (let i = from; i <= last; i++)
    if (
      sequence[i]?.includes(stem) &&
      inSequence(stems, sequence, k + 1, i + 1, Math.min(sequence.length - 1, i + 1 + MAX_GAP))
    )
      return true;
  return false;
}

/** A cue is in the question: all of its words (in order, for a phrase with a function word). */
function cueMatches(cue: Cue, q: QuestionStems): boolean {
  if (cue.stems.length === 0 || !cue.stems.every((s) => q.whole.has(s))) return false;
  return !cue.inOrder || cue.orders.some((o) => inSequence(o, q.sequence));
}

/**
 * The needs a question is about: one strong cue, or cues of `quorum` different facets (two unless
 * the need says) standing on at least as many words of the question, each with the stems of the
 * cues it was told by.
 */
function needMatches(query: string, terms: readonly QueryTerm[]): { need: SituationNeed; told: string[] }[] {
  const q = questionStems(query, terms);
  const found: { need: SituationNeed; told: string[] }[] = [];
  for (const n of compiledNeeds()) {
    const strong = n.strong.filter((c) => cueMatches(c, q));
    const matched = n.facets.map((facet) => facet.filter((c) => cueMatches(c, q))).filter((cs) => cs.length > 0);
    if (strong.length > 0) {
      // The facets' cues in the question tell the same situation ("rommet" with "gamer hele dagen").
      found.push({ need: n.need, told: [...strong, ...matched.flat()].flatMap((c) => c.stems) });
      continue;
    }
    // Facets are kinds of evidence from different words: the parts of one compound ("sparekonto":
    // "spare" and "konto") are one thing named, not a situation told.
    const words = new Set(matched.flat().flatMap((c) => [...cueOrigins(c, q)]));
    if (matched.length >= n.quorum && words.size >= n.quorum)
      found.push({ need: n.need, told: matched.flat().flatMap((c) => c.stems) });
  }
  return found;
}

/** The needs a question is about (see needMatches). */
export function recognisedNeeds(query: string, terms: readonly QueryTerm[]): SituationNeed[] {
  return needMatches(query, terms).map((m) => m.need);
}

/** The query terms of the needs a question is about, among those the index has (`indexed` keys). */
export function situationTerms(query: string, terms: readonly QueryTerm[], indexed: ReadonlySet<string>): QueryTerm[] {
  return needMatches(query, terms)
    .map(({ need, told }) => ({ need, told, key: situationKey(need) }))
    .filter(({ key }) => indexed.has(key))
    .map(({ need, told, key }) => ({ word: need.id, stem: key, parts: [], tailOnly: false, covers: told }));
}
