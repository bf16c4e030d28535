import { correctTypo, correctTypos, mayCorrect } from './typos.js';

/**
 * Text normalisation shared by the safety detector and the talk classifier.
 *
 * Participants write in bokmål, nynorsk, dialect and chat spelling, often without Norwegian
 * letters ("aa" or "a" for å, "o"/"oe" for ø, "ae"/"e" for æ). Matching rules are therefore
 * written against a *folded* form in which every spelling of the same word collapses to one:
 *
 *   "Jeg vil ta livet mitt"  → "jeg vil ta livet mitt"
 *   "Eg vil døy"             → "eg vil doy"
 *   "orker ikke å leve"      → "orker ikke a leve"
 *   "orker ikke aa leve"     → "orker ikke a leve"
 *   "sjølvmord" / "sjolvmord"→ "sjolvmord"
 *   "skulle ønske" / "onske" → "skulle onske"
 *
 * English rules use the same folded text; folding only touches letters English rarely doubles in
 * the words the rules look for (the rules are written in folded spelling, see lexicon.ts).
 */
export function foldText(text: string): string {
  // The dispatcher folds a message to look for denials and the rules fold it again: the last
  // message folded is kept, so the second time costs a string comparison.
  if (text === lastFolded.text) return lastFolded.folded;
  const lower = text.toLowerCase();
  const plain = foldPlain(lower) ?? correctTypos(foldAnyText(lower));
  const unclitic = plain.includes('kke')
    ? plain.replace(NEG_CLITIC, (_, verb: string) => `${verb === 'ville' ? verb : CLITIC_VERB[verb[0] as string]} ikke`)
    : plain;
  const spoken = unclitic.includes('itt') ? unclitic.replace(DIALECT_NOT, 'ikke') : unclitic;
  const folded = spoken.replace(DIALECT_PRESENT, '$1 $2r');
  lastFolded.text = text;
  lastFolded.folded = folded;
  return folded;
}
const lastFolded = { text: '', folded: '' };

/**
 * Negation run onto the verb in chat spelling ("giddekke", "orkekke", "vikke", "ekke", "ska'kke"):
 * written out, so "giddekke leve mer" reads as "gidder ikke leve mer".
 */
const NEG_CLITIC = /\b(gidde?r?|orker?|vil?|ville|skal?|er?)'?i?kke\b/g;
/** "Not" in eastern and trøndersk speech spelled as said ("itte", "ittj"): read as "ikke". */
const DIALECT_NOT = /\bitt(?:e|j)\b/g;
/** Present tense without "-r" after the speaker ("æ orke", "eg klare"): read as "orker", "klarer". */
const DIALECT_PRESENT = /\b(jeg|eg|e|je|i)\s+(orke|klare|takle|makte)\b/g;
const CLITIC_VERB: Readonly<Record<string, string>> = { g: 'gidder', o: 'orker', v: 'vil', s: 'skal', e: 'er' };

/** The folding below, step by step, for any text (lower case already). */
function foldAnyText(lower: string): string {
  // Laughter emoji carry meaning for the idiom rules ("tok livet av meg 😂"): keep them as a word.
  let s = lower.replace(/[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F480}]/gu, ' haha ');
  // Norwegian letters first: NFKD would turn å into a + ring but leaves ø and æ alone.
  s = s.replace(/æ/g, 'e').replace(/ø/g, 'o').replace(/å/g, 'a');
  s = s.normalize('NFKD').replace(/\p{M}/gu, '');
  // Transliterations of the same letters in chat spelling ("aa", "oe", "ae"), word by word so that
  // real Norwegian words spelled with "oe" ("noe", "noen", "poeng", "poet") stay as they are.
  // Only words holding one of the pairs are visited: a run of letters with a pair in it matches
  // from its first letter to its last, as the whole word; the others are left as they are.
  s = s.replace(/\p{L}*(?:aa|oe|ae)\p{L}*/gu, (word) =>
    /^(?:noe|poe)/.test(word) ? word : word.replace(/aa/g, 'a').replace(/oe/g, 'o').replace(/ae/g, 'e'),
  );
  // Typographic apostrophes and quotes become plain ones; other symbols become spaces.
  s = s.replace(/[’‘`´]/g, "'");
  s = s.replace(/[“”«»"]/g, ' ');
  // Stretched words ("neeeei", "dreeepe") lose the stretch: three or more of a letter become one.
  s = s.replace(/(\p{L})\1{2,}/gu, '$1');
  s = s.replace(/[^\p{L}\p{N}'?!.,;:\s-]/gu, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

/**
 * The same folding in one pass for the usual text: lower-case ASCII with æ, ø and å (what almost
 * every message is once lower-cased). Any other character and the answer is null: the general
 * steps above handle it. The steps, as above: æøå to e/o/a; in a word holding "aa", "oe" or "ae"
 * (not starting "noe"/"poe") those pairs fold in that order; a run of three or more of a letter
 * becomes one; "`" becomes "'", and every character other than letters, digits, ' ? ! . , ; : -
 * and white space a space; runs of space become one, none at the ends.
 */
function foldPlain(s: string): string | null {
  const n = s.length;
  let out = '';
  let space = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 0xe6 || c === 0xf8 || c === 0xe5) {
      let j = i;
      let mapped = false;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d >= 97 && d <= 122) continue;
        if (d === 0xe6 || d === 0xf8 || d === 0xe5) mapped = true;
        else break;
      }
      let word = s.slice(i, j);
      if (mapped) word = word.replace(/æ/g, 'e').replace(/ø/g, 'o').replace(/å/g, 'a');
      if ((word.includes('aa') || word.includes('oe') || word.includes('ae')) && !/^(?:noe|poe)/.test(word))
        word = word.replace(/aa/g, 'a').replace(/oe/g, 'o').replace(/ae/g, 'e');
      if (hasStretch(word)) word = word.replace(/([a-z])\1{2,}/g, '$1');
      // Slips in risk words (typos.ts), for whole words only: not "m" in "i'm" or "5m".
      if (
        mayCorrect(word.length, word.charCodeAt(0)) &&
        !isWordJoiner(s.charCodeAt(i - 1)) &&
        !isWordJoiner(s.charCodeAt(j))
      )
        word = correctTypo(word);
      out += space && out.length > 0 ? ` ${word}` : word;
      space = false;
      i = j;
      continue;
    }
    if (c > 127) {
      // Emoji and other symbols outside ASCII fold here too (chat is full of them); a letter or a
      // digit outside ASCII ("é", "ü") needs the general steps.
      const cp = s.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      if (LAUGHTER_EMOJI.has(cp)) {
        out += out.length > 0 ? ' haha' : 'haha';
        space = true;
      } else if (cp === 0x2019 || cp === 0x2018) {
        out += space && out.length > 0 ? " '" : "'";
        space = false;
      } else if (!(cp >= 0xfe00 && cp <= 0xfe0f) && needsGeneralSteps(String.fromCodePoint(cp))) return null;
      else space = true; // a symbol, an emoji or its variation selector: a space
      i += width;
      continue;
    }
    i++;
    if ((c >= 48 && c <= 57) || KEPT_PUNCTUATION.has(c) || c === 96) {
      const ch = c === 96 ? "'" : (s[i - 1] as string);
      out += space && out.length > 0 ? ` ${ch}` : ch;
      space = false;
    } else space = true;
  }
  return out;
}

/** Laughter emoji (😂 🤣 😆 😅 💀): kept as the word "haha" for the idiom rules. */
const LAUGHTER_EMOJI: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f605, 0x1f480]);
/**
 * A character the general steps treat otherwise than as a space: a letter or digit outside ASCII,
 * a combining mark, or one NFKD rewrites ("…" is three full stops, "´" a space and a mark).
 */
function needsGeneralSteps(ch: string): boolean {
  return LETTER_DIGIT_OR_MARK.test(ch) || ch.normalize('NFKD') !== ch;
}
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

/** ' ? ! . , ; : - as char codes: kept by the folding (white space and other symbols are not). */
const KEPT_PUNCTUATION = new Set([39, 63, 33, 46, 44, 59, 58, 45]);

/** A digit, an apostrophe (plain or typographic) or a backtick: joined to the letters next to it, they make one word. */
function isWordJoiner(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 39 || c === 96 || c === 0x2019 || c === 0x2018;
}

/** Three of the same letter in a row. */
function hasStretch(word: string): boolean {
  for (let k = 2; k < word.length; k++)
    if (word.charCodeAt(k) === word.charCodeAt(k - 1) && word.charCodeAt(k) === word.charCodeAt(k - 2)) return true;
  return false;
}

const CLAUSE_BOUNDARY = /[.!?;:,]|\b(?:men|but|og|and|fordi|because|selv om)\b/g;
const PUNCTUATION_BOUNDARY = new Set(['.', '!', '?', ';', ':', ',']);

/**
 * Splits folded text into clauses at sentence punctuation and common conjunctions: where the
 * clause holding `index` starts. Only the text after the last punctuation mark is searched for a
 * conjunction (a punctuation mark is itself a boundary), so the cost does not grow with the
 * message.
 */
export function clauseStart(folded: string, index: number): number {
  let from = index;
  while (from > 0 && !PUNCTUATION_BOUNDARY.has(folded[from - 1] as string)) from--;
  const before = folded.slice(from, index);
  let start = from;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(before)) !== null) start = from + m.index + m[0].length;
  return start;
}

/** Sentences of a message; long ones are cut at 300 characters so the cost stays linear. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?\n])\s+|\n+/)
    .flatMap((s) => (s.length > 300 ? (s.match(/[\s\S]{1,300}(?:\s|$)/g) ?? [s]) : [s]))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Where a sentence turns to what the speaker means: after "men"/"but" (a contrast), or, for the
 * classifier, also at a comma that opens a new first-person clause, its subject said or left
 * out ("spilte FIFA og tapte, jeg har pillene her", "…, orker ikke mer"). What follows the turn
 * is what counts, so it is also read on its own, without the everyday news before it. A frame or
 * guard stops only at a contrast: a comma clause often goes on about the same story or game.
 */
const CONTRAST_TURN = /(?:,\s*|\s)(?:men|but)\s+/giu;
const SENTENCE_TURN =
  /(?:,\s*|\s)(?:men|but)\s+|,\s*(?=(?:jeg|eg|je|æ|i'm|im|har|hadde|vil|orker|orkar|skal|ska|tror|trur|gidder|klarer|klarar|tenker|tenkjer|kommer|kjem|vurderer)\s)/giu;

/**
 * The parts of a sentence after each turn (contrasts only unless `commaClauses`), each of at
 * least two words; sentence punctuation is not crossed.
 */
export function tailsAfterTurns(sentence: string, commaClauses = false): string[] {
  const tails: string[] = [];
  const turn = commaClauses ? SENTENCE_TURN : CONTRAST_TURN;
  turn.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = turn.exec(sentence)) !== null) {
    const tail = sentence.slice(m.index + m[0].length).trim();
    if (tail.includes(' ')) tails.push(tail);
  }
  return tails;
}

/** Where the text after the last contrast ("men", "but") in `text` starts (0 when it has none). */
export function lastTurnEnd(text: string): number {
  let end = 0;
  CONTRAST_TURN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTRAST_TURN.exec(text)) !== null) end = m.index + m[0].length;
  return end;
}

/**
 * A new sentence written without a full stop before it ("har pillene her nå Skal på skolen i
 * morgen"): a lowercase word, then a capitalised word that opens sentences (a pronoun, a verb,
 * a time word, never a name). A full stop is put in, so every layer reads the two as two
 * sentences and a frame or guard in one does not reach the other. Softeners ("Haha") and
 * conjunctions ("Men", "Og") stay with the sentence before.
 */
const UNPUNCTUATED_SENTENCE =
  /(?<=\p{Ll}|\d)(\s+)(?=(?:Jeg|Eg|Æ|Je|Det|Dette|Den|Der|Vi|Me|Han|Hun|Ho|De|Dei|Du|Skal|Ska|Har|Hadde|Er|Var|Vil|Kan|Må|Nå|Fikk|Gikk|Kom|Tror|Trur|Vet|Veit|Orker|Gidder|Uansett|Anyway|Ellers|Forresten|Takk|Sorry|Beklager|Hva|Kva|Hvorfor|Kvifor|Hvordan|Korleis)\b)/gu;

export function withMissingFullStops(text: string): string {
  return text.replace(UNPUNCTUATED_SENTENCE, '.$1');
}
