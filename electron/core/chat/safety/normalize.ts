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
  // Laughter emoji carry meaning for the idiom rules ("tok livet av meg 😂"): keep them as a word.
  let s = text.toLowerCase().replace(/[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F480}]/gu, ' haha ');
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
