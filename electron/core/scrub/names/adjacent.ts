import type { Span } from '../types.js';
import { CUE_KIND } from './cues.js';
import type { Lexicon } from './lexicon.js';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** A capitalised word ending right before `…  <name>` (only spaces between). */
const WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${NAME_WORD})[ \u00A0]+$`, 'u');
/** A capitalised word right after `<name>  …` (only spaces between). */
const WORD_AFTER = new RegExp(String.raw`^[ \u00A0]+(${NAME_WORD})(?![\p{L}\p{N}])`, 'u');

/** Written lower-case fewer times than this in NorNE: not an everyday word. */
const RARE_AS_WORD = 10;
const WORD_CHAR = /[\p{L}\p{N}.]/u;

/** At most this many words are added on each side of a name ("Amina Hodan Kvalheim"). */
const MAX_ROUNDS = 3;

/**
 * A capitalised word right beside a detected person name is most likely the rest of that name,
 * or a relative's first name before a shared surname ("mamma Hodan Kvalheim" where only the
 * participant's surname Kvalheim was known). When the word is in the name lists, or a word the
 * lexicon has never seen, it becomes a person span of its own (a different person may share the
 * surname); ordinary words ("Hei", "Mamma", "Ring") stay.
 */
export function adjacentNameSpans(text: string, spans: readonly Span[], lexicon: Lexicon): Span[] {
  const added: Span[] = [];
  const taken = (start: number, end: number) =>
    spans.some((s) => s.start < end && start < s.end) || added.some((s) => s.start < end && start < s.end);
  const isName = (word: string) => {
    const lower = word.toLowerCase();
    const stats = lexicon.stats(lower);
    if (stats === undefined) return true;
    if (stats.midPer + stats.iniPer > 0) return true;
    // In a name list but never part of a name in NorNE: only when it is rarely an ordinary word
    // ("Til", "Som" and "Sa" are in the lists, and cues).
    return (lexicon.isFirstName(lower) || lexicon.isSurname(lower)) && stats.low < RARE_AS_WORD && !CUE_KIND.has(lower);
  };
  let frontier = spans.filter((s) => s.type === 'PERSON');
  for (let round = 0; round < MAX_ROUNDS && frontier.length > 0; round++) {
    const next: Span[] = [];
    for (const span of frontier) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 64), span.start));
      if (before?.[1]) {
        const start = span.start - before[0].length;
        const end = start + before[1].length;
        // The window may cut a word: the character before it in the whole text decides.
        const cut = start > 0 && WORD_CHAR.test(text[start - 1] ?? '');
        if (!cut && !taken(start, end) && isName(before[1]))
          next.push({ start, end, type: 'PERSON', confidence: Math.min(span.confidence, 0.9) });
      }
      const after = WORD_AFTER.exec(text.slice(span.end, span.end + 64));
      if (after?.[1]) {
        const start = span.end + after[0].length - after[1].length;
        const end = start + after[1].length;
        if (!taken(start, end) && isName(after[1]))
          next.push({ start, end, type: 'PERSON', confidence: Math.min(span.confidence, 0.9) });
      }
    }
    added.push(...next);
    frontier = next;
  }
  return added;
}
