import { detectLanguage } from './language.js';
import { isKnownWord } from './words.js';

/**
 * Does a reply read as Norwegian prose? The check a broken or tiny model's output must fail
 * ("forO isZ en kan veilederIZ4I …"), while every sentence of the phrase library passes:
 *
 * - chat-template or control tokens (`<|im_start|>`, `</s>`, `[INST]`) never reach a person;
 * - most words must be known Norwegian word forms (resources/safety/norwegian-words.json; a
 *   word also counts when it is a compound or inflection of known parts);
 * - no sentence cut off on a word that needs a continuation ("… vanskelig å");
 * - no run of unknown words, no garbled tokens (capitals or digits inside a word: "isZ",
 *   "veilederIZ4I"), no stuttering (the same word three times in a row, words doubled twice, a
 *   repeated phrase).
 *
 * Placeholders from tekstvask (`[NAVN_1]`) are not words and are skipped.
 */
export type ProseFailure = 'template_token' | 'nonsense' | 'garbled_token' | 'repetition';

const TEMPLATE_TOKEN =
  /<\|[^|>]{0,40}\|>|<\/?s>|<\/?(?:unk|pad|bos|eos)>|\[\/?INST\]|<<\/?SYS>>|\bim_(?:start|end)\b|<\/?think>|\bendoftext\b|<0x[0-9A-F]{2}>/i;
/**
 * A prompt's scaffolding: an upper-case tag in brackets ("[REFLEKSJON]"; tekstvask's placeholders
 * carry a number, "[NAVN_1]"), a markdown heading mark ("### Svar:") or a speaker's label opening
 * the reply ("Assistent:", "Svar:").
 */
const SCAFFOLD =
  /\[\p{Lu}{3,}\]|#{2,}|^\s*(?:assistant|assistent|assistenten|bot|ai|veileder|veilederen|rådgiver|svar|answer|response|user|bruker|system|deltaker)\s*:/iu;

/**
 * A token with letters and digits mixed, or a capital after a lower-case letter ("isZ", "IZ4I").
 * Short codes of a few letters and a number are Norwegian writing, not noise: school levels
 * ("Vg1", "vg3"), paper sizes ("A4"), levels ("B2"), and a number with a capital ("2G", "10A"),
 * each perhaps with an ending ("Vg2-elever").
 */
const CODE = /^(?:\p{L}{1,3}\d{1,2}|\d{1,3}\p{Lu})(?:-\p{Ll}+)?$/u;
function garbled(token: string): boolean {
  if (
    /\p{L}/u.test(token) &&
    /\d/.test(token) &&
    !/^\d+(?:[.,]\d+)?(?:-?(?:åring|årig|tallet|prosent|kr))?$/u.test(token) &&
    !CODE.test(token)
  )
    return true;
  return /\p{Ll}\p{Lu}/u.test(token) && !/^(?:i|e|mc|mac)\p{Lu}/u.test(token);
}

/**
 * Words a Norwegian sentence cannot end on: the infinitive mark, a subjunction or a conjunction
 * still waiting for its clause ("… det er vanskelig å", "… redd for at", "Hvis når fordi men."). A
 * reply cut off mid-sentence ends on one; a preposition may end a sentence ("Hva er du redd for?"),
 * an article may stand for a noun ("du vil gjerne ha en") and "som" may close a comparison ("enn det
 * virker som"), so none of them is listed.
 */
const DANGLING = new Set(['å', 'at', 'og', 'eller', 'men', 'fordi', 'hvis', 'dersom', 'viss', 'mens']);
/** A subordinate clause with its subject and no verb at the end of a sentence ("… bra at du"). */
const CLAUSE_WITHOUT_VERB =
  /\b(?:at|om|hvis|når|fordi|dersom|viss|mens|siden)\s+(?:du|jeg|eg|vi|me|de|dei|han|hun|ho|dere|dykk)\s*[.!?…]*$/iu;
/** A sentence (or the text's unfinished tail) that stops on a word that needs a continuation. */
function cutOff(text: string): boolean {
  return text
    .split(/(?<=[.!?…])\s+|[.!?…]+$/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/[«»"“”'’)]\s*[.!?…]*$/u.test(s))
    .some((s) => {
      const last = /(\p{L}+)\s*[.!?…,;:–-]*$/u.exec(s)?.[1];
      return (last !== undefined && DANGLING.has(last.toLowerCase())) || CLAUSE_WITHOUT_VERB.test(s);
    });
}

export interface ProseCheck {
  failures: ProseFailure[];
  /** Share of words that are known Norwegian forms (1 when there are no words). */
  knownShare: number;
}

/** Minimum share of known words, and the longest run of unknown words allowed. */
const MIN_KNOWN_SHARE = 0.75;
const MAX_UNKNOWN_RUN = 2;

/**
 * A reply of this many words says something, and a Norwegian clause that says something has a
 * verb: a string of known words without one ("Blomst tastatur hvor gjerne siden ut fjell brød")
 * is a model's word salad, not prose.
 */
const MIN_WORDS_FOR_VERB = 6;
/** Short finite verbs and imperatives that no ending gives away (bokmål and nynorsk). */
const SHORT_VERBS = new Set(
  (
    'er var har hadde kan kunne vil ville skal skulle må måtte bør burde får fikk går gikk gjør gjorde gjer sa ' +
    'ser såg står sto stod tar tok tek vet veit blir ble vart vert kom kjem ga gav gir fant lå satt dro slo lot ' +
    'bad ba bor tror trur heter het finnes fins dør fløy løp sov drakk spiste si se ta gi la'
  ).split(' '),
);
const SUBJECT = new Set(['jeg', 'eg', 'du', 'han', 'hun', 'ho', 'vi', 'me', 'de', 'dei', 'det', 'dere', 'dykk', 'man']);
/**
 * Can a word be the verb of a clause? A short verb, a present or past ending ("-er", "-ar", "-te",
 * "-de", "-et", "-es", "-est", "betyr", "gjør"), the word after a subject pronoun that opens the
 * text (Norwegian puts the verb second: "Du mista …"), or an opening imperative ("Send", "Fortell":
 * the infinitive without its "-e").
 */
function mayBeVerb(word: string, before: string | undefined, first: boolean): boolean {
  const w = word.toLowerCase();
  if (SHORT_VERBS.has(w)) return true;
  if (w.length > 3 && /(?:er|ar|te|de|et|es|ast|est|yr|ør|år)$/.test(w)) return true;
  if (before !== undefined && SUBJECT.has(before.toLowerCase())) return true;
  return first && isKnownWord(`${w}e`);
}

/** The tokens of a text, placeholders and surrounding punctuation removed. */
function proseTokens(text: string): string[] {
  return text
    .replace(/\[[A-ZÆØÅ_]+_\d+\]/g, ' ')
    .split(/[\s«»"“”()\[\]{}]+/)
    .map((t) => t.replace(/^[.,:;!?'’–-]+|[.,:;!?'’–-]+$/g, ''))
    .filter((t) => t.length > 0);
}
const wordsOf = (tokens: readonly string[]) => tokens.filter((t) => /^\p{L}[\p{L}-]*$/u.test(t));

/**
 * `complete`: the text is a whole reply (default). A draft being streamed may not have reached its
 * verb yet ("Den nye jobben på lageret i sentrum …"), so the verb is asked of whole replies only.
 */
export function checkProse(text: string, complete = true): ProseCheck {
  const failures = new Set<ProseFailure>();
  if (TEMPLATE_TOKEN.test(text) || SCAFFOLD.test(text)) failures.add('template_token');
  const tokens = proseTokens(text);
  if (tokens.some(garbled)) failures.add('garbled_token');
  const words = wordsOf(tokens);
  let knownCount = 0;
  let run = 0;
  let longestRun = 0;
  for (const w of words) {
    if (isKnownWord(w)) {
      knownCount++;
      run = 0;
    } else {
      run++;
      longestRun = Math.max(longestRun, run);
    }
  }
  const knownShare = words.length === 0 ? 1 : knownCount / words.length;
  if ((words.length >= 3 && knownShare < MIN_KNOWN_SHARE) || longestRun > MAX_UNKNOWN_RUN) failures.add('nonsense');
  if (tokens.length === 0 && text.trim().length > 0) failures.add('nonsense');
  if (complete && cutOff(text)) failures.add('nonsense');
  if (complete && words.length >= MIN_WORDS_FOR_VERB && !words.some((w, i) => mayBeVerb(w, words[i - 1], i === 0)))
    failures.add('nonsense');
  const lower = words.map((w) => w.toLowerCase());
  let doubled = 0;
  for (let i = 1; i < lower.length; i++) {
    if (lower[i] !== lower[i - 1]) continue;
    // "veldig veldig" or "det det" once can be speech; a word doubled twice, or thrice in a row, is a stutter.
    doubled++;
    if (doubled >= 2 || (i >= 2 && lower[i] === lower[i - 2])) failures.add('repetition');
  }
  const trigrams = new Map<string, number>();
  for (let i = 0; i + 2 < lower.length; i++) {
    const key = `${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`;
    trigrams.set(key, (trigrams.get(key) ?? 0) + 1);
    if ((trigrams.get(key) ?? 0) >= 3) failures.add('repetition');
  }
  return { failures: [...failures], knownShare };
}

/** Words a streamed draft needs before any of it is shown. */
const DRAFT_MIN_WORDS = 4;
/** An opening still without a word that carries meaning by this many words is not prose. */
const DRAFT_MAX_OPENING_WORDS = 8;

/**
 * Words that carry no meaning of their own (pronouns, prepositions, conjunctions, auxiliaries,
 * question words; bokmål and nynorsk). Any sentence a person should see has at least one word
 * besides these; a small model's noise is mostly made of them, because they are its most
 * frequent tokens ("det det for det", "I hva hvordan det").
 */
const FUNCTION_WORDS = new Set(
  (
    'jeg eg du han hun ho den det vi me dere de dei meg deg seg oss dykk dem deim min mi mitt mine din di ditt dine ' +
    'sin si sitt sine vår vårt våre hans hennes hennar deres deira en ein ei et eit i på til av for med om fra frå ' +
    'ved mot over under etter før bak hos mellom uten utan gjennom og eller men så at som da då når om hvis viss ' +
    'dersom fordi ikke ikkje også bare berre nå no her der hva kva hvordan korleis hvorfor kvifor hvem kven ' +
    'hvor kvar hvilken kva for er var har hadde kan kunne skal skulle vil ville må måtte bli blir ble vert vart være ' +
    'vere vært å dette denne disse desse noe noko noen nokon alle all alt hver kvar seg selv sjølv jo vel nok'
  ).split(' '),
);
/** The letters that are words on their own ("i", "å"); any other single letter in an opening is noise. */
const LETTER_WORDS = new Set(['i', 'å']);

/** A reply begins as a sentence does: a capital letter (after an opening quote), or a placeholder for a name. */
const SENTENCE_START = /^(?:[«"“(]?\p{Lu}|\[[A-ZÆØÅ_]+_\d+\])/u;

/**
 * The first words shown of a reply are held to more than the whole reply: it begins as a
 * sentence, every word is a known Norwegian form, no word comes twice in a row, and at least one
 * word carries meaning (waiting for it up to eight words). A person who sees the first words and
 * then a replacement has seen noise; a person who waits a word longer has not.
 */
function openingReadsAsProse(draft: string, words: readonly string[]): 'wait' | 'yes' | 'no' {
  if (!SENTENCE_START.test(draft.trimStart())) return 'no';
  const lower = words.map((w) => w.toLowerCase());
  for (const [i, w] of lower.entries()) {
    if (w.length === 1 ? !LETTER_WORDS.has(w) : !isKnownWord(w)) return 'no';
    if (i > 0 && w === lower[i - 1]) return 'no';
  }
  if (lower.every((w) => FUNCTION_WORDS.has(w))) return lower.length < DRAFT_MAX_OPENING_WORDS ? 'wait' : 'no';
  return 'yes';
}

/**
 * For a reply being streamed: 'wait' until the first words are there, then 'yes' while the text
 * so far reads as Norwegian prose, 'no' as soon as it does not (the stream then goes quiet and
 * the checked final reply, or the fallback, replaces it). `opening`: nothing of it is shown yet.
 */
export function draftReadsAsProse(draft: string, opening = false): 'wait' | 'yes' | 'no' {
  const check = checkProse(draft, false);
  if (check.failures.includes('template_token') || check.failures.includes('garbled_token')) return 'no';
  const words = wordsOf(proseTokens(draft));
  if (words.length < DRAFT_MIN_WORDS) return 'wait';
  if (check.failures.length > 0) return 'no';
  if (opening) {
    const first = openingReadsAsProse(draft, words);
    if (first !== 'yes') return first;
  }
  const lang = detectLanguage(draft);
  if (lang === 'en' || lang === 'sv' || lang === 'da' || (words.length >= 6 && lang !== 'nb' && lang !== 'nn'))
    return 'no';
  return 'yes';
}
