import { softmax } from '../safety/classifier.js';
import { canonicalWords } from '../safety/features.js';
import type { CheckCode } from './checkMoveOutput.js';
import { isKnownWord } from './words.js';
import { REPORTING_VERBS, sentences } from './text.js';

/**
 * A trained vote on what a reply does to the person: MI-consistent, or advice, confrontation
 * (blame, scorn, disbelief), labelling, a warning of loss, or a claim of fact, law, money or
 * statistics. Multinomial logistic regression over the features below (canonical words, word
 * pairs, word classes and their ordered pairs, inside or outside a reported "du sier at …" or a
 * negation, and how the sentence opens and ends), trained by
 * scripts/chat/train-reply-model.ts on the paraphrase families in scripts/chat/reply-corpus and
 * shipped as resources/mi/reply-model.json. The phrase lists in checkMoveOutput.ts and stance.ts
 * name the common wordings; this vote carries the same acts over to wordings nobody listed.
 * It can only add a failure: it never clears what a list found.
 */
export const REPLY_CLASSES = ['ok', 'advice', 'confrontation', 'labelling', 'warning', 'claim'] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];

/** The check code each class fails with (the codes the lists use for the same act). */
export const REPLY_CLASS_CODE: Readonly<Record<Exclude<ReplyClass, 'ok'>, CheckCode>> = {
  advice: 'advice_without_permission',
  confrontation: 'confrontation',
  labelling: 'labelling',
  warning: 'warning',
  claim: 'unsupported_claim',
};

export interface ReplyModelData {
  format: 'inkludmi-reply-lr';
  version: number;
  classes: readonly string[];
  /** 1 − P(ok) of the most suspect sentence from which the vote fails a reply. */
  threshold: number;
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
  trainedOn: { sentences: number; families: number };
}

/**
 * Word classes that carry meaning across wordings (folded, canonical forms as canonicalWords
 * gives them: "bør" → "bor", "må" → "ma", nynorsk → bokmål). A word belongs to the first class
 * with one of its prefixes (a prefix of three or more letters also covers inflections).
 */
const WORD_CLASSES: readonly (readonly [string, readonly string[]])[] = [
  ['YOU', ['du', 'deg', 'din', 'ditt', 'dine', 'dere', 'di']],
  ['ME', ['jeg', 'meg', 'mitt', 'min', 'mine']],
  ['MODAL', ['bor', 'burde', 'ma', 'matte', 'skal', 'skulle', 'trenger', 'nodt']],
  ['REPORT', []],
  ['NEG', ['ikke', 'aldri', 'ingen', 'ingenting']],
  ['COND', ['hvis', 'dersom', 'viss', 'ellers', 'uten', 'om']],
  [
    'LOSS',
    [
      'mist',
      'tap',
      'stans',
      'stopp',
      'kutt',
      'trekk',
      'borte',
      'fjern',
      'sperr',
      'sparke',
      'kastet',
      'angre',
      'galt',
      'ille',
      'verre',
      'konsekvens',
    ],
  ],
  [
    'HELD',
    ['penge', 'stonad', 'ytelse', 'plass', 'tiltak', 'utbetal', 'dagpeng', 'aap', 'lonn', 'jobb', 'kurs', 'vitnemal'],
  ],
  ['NUM', ['prosent', 'kroner', 'halvpart', 'flertall', 'fleste', 'gjennomsnitt', 'hver', 'nesten']],
  ['LAW', ['lov', 'forskrift', 'paragraf', 'regel', 'regler', 'krav', 'rett', 'plikt', 'palagt', 'ifolge']],
  ['FACT', ['forskning', 'undersokels', 'statistikk', 'studier', 'bevist', 'viser', 'alltid', 'pleier']],
  ['QWORD', ['hva', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'hvem', 'nar', 'hvor']],
  ['FAULT', ['skyld', 'feil', 'unnskyld', 'bortforklar', 'ansvar', 'takke']],
  [
    'BEST',
    [
      'beste',
      'lureste',
      'lurt',
      'lurest',
      'smart',
      'klokt',
      'klokeste',
      'viktigste',
      'losningen',
      'nokkelen',
      'tips',
      'rad',
      'forslag',
      'anbefal',
    ],
  ],
];
/**
 * The REPORT class is the reporting verbs of text.ts (the one list the checks share), in their
 * canonical forms and matched whole: the words of its phrases other than "er", "har", "fått", "på".
 */
const REPORT_WORDS: ReadonlySet<string> = new Set(
  REPORTING_VERBS.flatMap((v) => canonicalWords(v)).filter((w) => !['er', 'var', 'har', 'fatt', 'pa'].includes(w)),
);
const CLASS_OF = new Map<string, string>();
function wordClass(word: string): string | undefined {
  const hit = CLASS_OF.get(word);
  if (hit !== undefined) return hit || undefined;
  let found = '';
  for (const [name, prefixes] of WORD_CLASSES) {
    if (
      name === 'REPORT'
        ? REPORT_WORDS.has(word)
        : prefixes.some((p) => word === p || (p.length >= 3 && word.startsWith(p)))
    ) {
      found = name;
      break;
    }
  }
  if (CLASS_OF.size < 20_000) CLASS_OF.set(word, found);
  return found || undefined;
}

/**
 * Words that begin a sentence without being a verb in the imperative, though "<word>e" is a
 * word ("du" → "due", "det" → …): pronouns, question words, conjunctions and the like.
 */
const NOT_IMPERATIVE = new Set(
  'du det den de dei eg jeg vi hva kva hvor kvar når så om og men at for med til fra på i er var har kan vil skal må få ja nei takk hei her der da nå bare kanskje også ikke'.split(
    ' ',
  ),
);

/**
 * Does a sentence open with a verb in the imperative ("Ring", "Send", "Skriv", "Gå")? An
 * imperative is the infinitive without its final -e: "ring" + "e" is a word. A verb ending in a
 * vowel ("gå", "ta", "bli") is its own infinitive and is taken as an imperative only when
 * followed by an object-like word; the model weighs the verb itself too (so "Fortell", "Beskriv"
 * learn their own, harmless weight).
 */
function opensWithImperative(first: string, second: string | undefined): boolean {
  if (first.length < 2 || NOT_IMPERATIVE.has(first)) return false;
  if (/[aeiouyæøå]$/.test(first))
    return second !== undefined && ['deg', 'den', 'det', 'en', 'et', 'til', 'inn'].includes(second);
  return isKnownWord(`${first}e`);
}

/** The features of one sentence of a reply. */
export function replyFeatures(sentence: string): string[] {
  const words = canonicalWords(sentence);
  const raw = sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  const classes: (string | undefined)[] = [];
  let reportedFrom = -1;
  let negated = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.push(`w:${w}`);
    const next = words[i + 1];
    if (next !== undefined) out.push(`b:${w}_${next}`);
    const cls = /^\d/.test(w) ? 'DIGIT' : wordClass(w);
    classes.push(cls);
    if (cls) {
      out.push(`k:${cls}`);
      // What comes after "du sier/tenker/føler …" is the person's own words, reflected; what comes
      // just after a negation is denied ("ikke din feil").
      if (reportedFrom !== -1) out.push(`r:${cls}`);
      if (negated > 0) out.push(`n:${cls}`);
    }
    if (negated > 0) negated--;
    if (cls === 'NEG') negated = 3;
    if (cls === 'REPORT' && classes.slice(Math.max(0, i - 3), i).includes('YOU') && reportedFrom === -1)
      reportedFrom = i;
  }
  // Ordered pairs of word classes within four words ("YOU>MODAL", "COND>LOSS", "YOU>REPORT").
  for (let i = 0; i < classes.length; i++) {
    const a = classes[i];
    if (!a) continue;
    for (let j = i + 1; j < Math.min(classes.length, i + 5); j++) {
      const b = classes[j];
      if (b && b !== a) out.push(`${reportedFrom !== -1 && i >= reportedFrom ? 'rkk' : 'kk'}:${a}>${b}`);
    }
  }
  const first = raw[0];
  if (first !== undefined) {
    out.push(`f:${words[0] ?? first}`);
    if (words[1] !== undefined) out.push(`f2:${words[0] ?? first}_${words[1]}`);
    if (opensWithImperative(first, raw[1])) out.push('f:IMP');
    const firstClass = classes[0];
    if (firstClass) out.push(`f:${firstClass}`);
  }
  if (/\?\s*$/.test(sentence)) out.push('end:?');
  if (/!\s*$/.test(sentence)) out.push('end:!');
  if (/\d/.test(sentence)) out.push('has:digit');
  if (/§|%/.test(sentence)) out.push('has:§%');
  if (words.length <= 4) out.push('len:short');
  return out;
}

export interface ReplyVote {
  /** 1 − P(ok) of the most suspect sentence. */
  risk: number;
  /** The most likely act of that sentence (never 'ok'). */
  act: Exclude<ReplyClass, 'ok'>;
}

export class ReplyModel {
  private readonly weights: Map<string, readonly number[]>;
  private readonly bias: readonly number[];
  readonly threshold: number;
  readonly version: number;

  constructor(data: ReplyModelData) {
    if (data.format !== 'inkludmi-reply-lr') throw new Error('not a reply model file');
    if (data.classes.join(',') !== REPLY_CLASSES.join(',')) throw new Error('reply model classes do not match');
    this.weights = new Map(Object.entries(data.weights));
    this.bias = data.bias;
    this.threshold = data.threshold;
    this.version = data.version;
  }

  /** Class probabilities of one sentence. */
  probabilities(sentence: string): number[] {
    const feats = replyFeatures(sentence);
    const k = REPLY_CLASSES.length;
    const z = this.bias.slice(0, k);
    const norm = 1 / Math.sqrt(Math.max(1, feats.length));
    for (const f of feats) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (w[c] ?? 0) * norm;
    }
    return softmax(z);
  }

  /** The most suspect sentence of a reply: how likely it is not MI-consistent, and what it does. */
  vote(text: string): ReplyVote {
    const best: ReplyVote = { risk: 0, act: 'advice' };
    for (const s of sentences(text)) {
      const p = this.probabilities(s);
      const risk = 1 - (p[0] as number);
      if (risk <= best.risk) continue;
      best.risk = risk;
      let top = 1;
      for (let c = 2; c < REPLY_CLASSES.length; c++) if ((p[c] as number) > (p[top] as number)) top = c;
      best.act = REPLY_CLASSES[top] as Exclude<ReplyClass, 'ok'>;
    }
    return best;
  }

  /** The check code the vote fails a reply with, or null when it lets the reply pass. */
  failure(text: string): CheckCode | null {
    const v = this.vote(text);
    return v.risk >= this.threshold ? REPLY_CLASS_CODE[v.act] : null;
  }
}
