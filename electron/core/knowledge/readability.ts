/**
 * LIX (läsbarhetsindex), the readability measure used for Scandinavian text: words per sentence
 * plus the percentage of long words (more than six letters). Around 30 is easy (youth books),
 * 40 is average (newspapers), 50 and above is hard (official and legal prose).
 *
 * Sentences end at . ! ? and : ; a list item, a heading and a paragraph are sentences of their
 * own (they are read as such). Markdown emphasis and link syntax are ignored.
 */
export interface Readability {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function readability(markdown: string): Readability {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^#+\s+/gm, '');
  const units = text
    .split(/\n\s*\n|\n\s*[-*+]\s+|\n(?=\S)/)
    .flatMap((block) => block.split(/(?<=[.!?:])\s+/))
    .filter((s) => /\p{L}/u.test(s));
  const words = text.match(WORD) ?? [];
  const longWords = words.filter((w) => w.replace(/-/g, '').length > 6).length;
  const sentences = Math.max(1, units.length);
  const lix = words.length === 0 ? 0 : words.length / sentences + (100 * longWords) / words.length;
  return { words: words.length, sentences, longWords, lix: Math.round(lix * 10) / 10 };
}
