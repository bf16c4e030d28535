import { detectLanguage } from './language.js';
import { sentences } from './text.js';
import { isKnownWord, isListedWord } from './words.js';

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
 * Markup a model leaves in when it answers in the wrong format: an HTML tag ("<p>", "</b>"), a code
 * fence, an object or list of JSON keys ('{"svar": …'), or a bold markdown label ("**Refleksjon:**").
 * Guillemets and a lone "*" for emphasis are Norwegian writing; none of these is.
 */
const MARKUP =
  /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,80})?\/?>|```|^\s*[{[]\s*"|"\s*:\s*["{[\d]|\*\*[^*\n]{1,40}:\s*\*\*|\*\*[^*\n]{1,40}\*\*\s*:/iu;

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
/**
 * A subjunction whose clause never comes: only words that cannot be a verb follow it to the end of
 * the sentence ("… når hunden skriver planen hvis kanskje."). "om" and "siden" are prepositions too
 * ("snakke om det", "for lenge siden") and are not asked.
 */
const SUBJUNCTION = new Set(['at', 'hvis', 'fordi', 'dersom', 'viss', 'mens']);
function clauseNeverComes(sentence: string): boolean {
  const words = wordsOf(proseTokens(sentence));
  for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
    const tail = words.slice(i + 1);
    if (!SUBJUNCTION.has((words[i] ?? '').toLowerCase()) || tail.some((w, j) => mayBeVerb(w, tail[j - 1], false)))
      continue;
    // An elliptical condition ends there: "hvis ikke", "hvis mulig", "dersom nødvendig".
    const only = tail.length === 1 ? (tail[0] ?? '').toLowerCase() : '';
    if (!/^(?:ikke|ikkje|så|det|ja|nei)$|i?g$/u.test(only)) return true;
  }
  return false;
}

/**
 * The reply stops where no reply ends: without a closing mark, on a word that carries nothing
 * ("… men på den andre siden er det", "2. Hva du"), or on a list marker with nothing after it
 * ("- søke lærlingplass\n-", "1. Sov nok\n2.").
 */
function endsUnfinished(text: string): boolean {
  const t = text.trimEnd();
  if (/(?:^|\n)\s*(?:[-*•]|\d{1,2}[.)])\s*$/u.test(t)) return true;
  if (/[.!?…»"”')\]:]$/u.test(t)) return false;
  const last = /(\p{L}+)$/u.exec(t)?.[1]?.toLowerCase();
  if (last === undefined || !(NEEDS_MORE.has(last) || (last === 'det' && /\b(?:er|var|har|blir|ble)\s+det$/iu.test(t))))
    return false;
  // A whole question that lost its question mark ("Hva tenker du om det") is not cut off.
  const words = wordsOf(proseTokens(sentences(t).at(-1) ?? ''));
  return !(QUESTION_OPENING.test(words[0] ?? '') && words.some((w, i) => i > 0 && mayBeVerb(w, words[i - 1], false)));
}
/**
 * Words a clause does not end on when nothing closes it: articles, subject pronouns, auxiliaries and
 * modals, conjunctions and the infinitive mark ("… men på den andre siden er du"); "nå", "her", "deg"
 * or "din" may end a reply that only lost its full stop.
 */
const NEEDS_MORE = new Set(
  (
    'en ei et ein eit jeg eg du han hun ho vi me de dei dere dykk man er var har hadde kan kunne vil ville skal ' +
    'skulle må måtte bør burde blir ble vert vart og eller men at som fordi hvis viss dersom når mens å'
  ).split(' '),
);
const QUESTION_OPENING = /^(?:hva|hvordan|hvorfor|hvem|hvilke\p{L}*|hvor|når|kva|korleis|kvifor|kven|kor)$/iu;

/** A sentence (or the text's unfinished tail) that stops on a word that needs a continuation. */
function cutOff(text: string): boolean {
  if (endsUnfinished(text)) return true;
  return text
    .split(/(?<=[.!?…])\s+|[.!?…]+$/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/[«»"“”'’)]\s*[.!?…]*$/u.test(s))
    .some((s) => {
      const last = /(\p{L}+)\s*[.!?…,;:–-]*$/u.exec(s)?.[1];
      return (
        (last !== undefined && DANGLING.has(last.toLowerCase())) || CLAUSE_WITHOUT_VERB.test(s) || clauseNeverComes(s)
      );
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
  if (TEMPLATE_TOKEN.test(text) || SCAFFOLD.test(text) || MARKUP.test(text)) failures.add('template_token');
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
  if (repeatsPhrase(text) || repeatsSentence(text)) failures.add('repetition');
  if (complete && sentences(text).some((s) => verblessOpening(s) || subjectWithInfinitive(s))) failures.add('nonsense');
  return { failures: [...failures], knownShare };
}

/**
 * A phrase of three words said three times is a loop ("Det er helt forståelig at du … Det er helt
 * forståelig at du …"), unless it is the short frame of a list, each item going on in words of its
 * own: "du sier at du burde søke flere jobber, at du burde trene mer og at du burde legge deg før
 * midnatt", "Du vil ha ro. Du vil ha trygghet." (A sentence said again with a word or two changed
 * is repeatsSentence's.)
 */
function repeatsPhrase(text: string): boolean {
  // Numbered by clause: an item that ends at its comma goes on in no words of its own.
  const clauses = sentences(text).flatMap((s) => s.split(/[,;:]/u));
  const tokens = clauses.flatMap((s, n) => wordsOf(proseTokens(s)).map((w) => ({ w: w.toLowerCase(), n })));
  const at = new Map<string, number[]>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!a || !b || !c || a.n !== c.n) continue;
    const key = `${a.w} ${b.w} ${c.w}`;
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  }
  const wordAt = (i: number, n: number): string | undefined => (tokens[i]?.n === n ? tokens[i]?.w : undefined);
  for (const starts of at.values()) {
    if (starts.length < 3) continue;
    let len = 3;
    const next = (): (string | undefined)[] => starts.map((i) => wordAt(i + len, tokens[i]?.n ?? -1));
    while (new Set(next()).size === 1 && next()[0] !== undefined) len++;
    const after = next();
    if (len > MAX_LIST_FRAME || after.includes(undefined) || new Set(after).size < after.length) return true;
  }
  return false;
}
/** The longest frame a list repeats ("at du burde ha …"); a longer one said thrice is a loop. */
const MAX_LIST_FRAME = 4;

/**
 * A sentence said again with small changes: a sentence of three or more words whose words stand
 * in two other sentences of the reply, each with at most two words added ("Du savner skolen. Du
 * savner skolen litt. Du savner skolen mye."). Said twice it may be emphasis; thrice it is a loop.
 */
function repeatsSentence(text: string): boolean {
  const sets = sentences(text).map((s) => new Set(wordsOf(proseTokens(s)).map((w) => w.toLowerCase())));
  return sets.some(
    (a, i) =>
      a.size >= 3 &&
      sets.filter((b, j) => j !== i && b.size - a.size <= 2 && [...a].every((w) => b.has(w))).length >= 2,
  );
}

/**
 * A verb by its forms, not by its ending alone: a past in "-te", "-de" or "-et" whose infinitive is
 * another listed word ("kjøpte", "jobbet"; not "bøtte", "gresset"), a present whose infinitive is
 * listed ("spiser"), or whatever mayBeVerb takes without an ending.
 */
function surelyVerb(word: string, before: string | undefined, first: boolean): boolean {
  const w = word.toLowerCase();
  const past = /^(.{2,})(?:te|de|et)$/u.exec(w)?.[1];
  if (past !== undefined) return isListedWord(`${past}e`) && `${past}e` !== w;
  if (/(?:er|ar)$/u.test(w) && w.length > 3) return isListedWord(w.slice(0, -1)) || isListedWord(w.slice(0, -2));
  return mayBeVerb(word, before, first);
}

/** The subjunctions that open a clause whose verb must follow its subject. */
const CLAUSE_OPENER = new Set([...SUBJUNCTION, 'når', 'om', 'som']);

/**
 * A main clause with no verb before its subordinate clause: three or more words that carry meaning
 * and none of them a verb, then "fordi", "når", "hvis" … with no main clause after ("Sykkel blå
 * tirsdag fordi vinduet spiser matte", "Praksis grønn søndag når hunden skriver planen"). A time
 * fronted before a subordinate clause has its main clause after the comma ("Mandag morgen når du
 * står opp, er det tungt").
 */
function verblessOpening(sentence: string): boolean {
  const words = wordsOf(proseTokens(sentence));
  let run = 0;
  while (run < words.length) {
    const w = words[run] ?? '';
    if (FUNCTION_WORDS.has(w.toLowerCase()) || surelyVerb(w, words[run - 1], run === 0)) break;
    run++;
  }
  const opener = words[run]?.toLowerCase();
  if (run < 3 || opener === undefined || !CLAUSE_OPENER.has(opener) || opener === 'som') return false;
  const head = new RegExp(String.raw`^[^,]*?\b${opener}\b`, 'iu').exec(sentence);
  return head !== null && !/,\s*\p{L}+/u.test(sentence.slice(head[0].length));
}

/**
 * After a subjunction the subject takes a finite verb; an infinitive there ("… at du forstå kjenner
 * meg …") is a string of words, not a clause. The infinitive is known by its present: "forstå" has
 * "forstår", "kjenne" has "kjenner" (the adverbs "gjerne" and "ikke" have none).
 */
const CLAUSE_SUBJECT = new Set(['jeg', 'eg', 'du', 'vi', 'me', 'dere', 'dykk', 'han', 'hun', 'ho']);
/** Adverbs, adjectives and numbers that may stand there and have a word in "-r" too ("at du lenge har …"). */
const NOT_INFINITIVE = new Set(['lenge', 'stille', 'tre', 'egne', 'unge', 'nære']);
function subjectWithInfinitive(sentence: string): boolean {
  const words = wordsOf(proseTokens(sentence)).map((w) => w.toLowerCase());
  return words.some((w, i) => {
    const [subject, verb] = [words[i + 1], words[i + 2]];
    if (!CLAUSE_OPENER.has(w) || subject === undefined || verb === undefined || !CLAUSE_SUBJECT.has(subject))
      return false;
    // A past in "-te"/"-de" is finite ("at du spurte"), though "spurter" is a word too.
    return (
      /[aeiouyæøå]$/u.test(verb) &&
      !/(?:te|de)$/u.test(verb) &&
      !FUNCTION_WORDS.has(verb) &&
      !NOT_INFINITIVE.has(verb) &&
      isListedWord(verb) &&
      isListedWord(`${verb}r`)
    );
  });
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
