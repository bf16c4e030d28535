import wordData from '../../../../resources/safety/norwegian-words.json' with { type: 'json' };

/** Known Norwegian word forms (resources/safety/norwegian-words.json, bokmål and nynorsk). */
let known: Set<string> | undefined;
function knownWords(): Set<string> {
  known ??= new Set((wordData as { words: string }).words.split('\n'));
  return known;
}

/** Known as it stands, or as a compound of two known parts ("jobbsøknaden" = "jobb" + "søknaden"). */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  const words = knownWords();
  if (words.has(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => p.length === 0 || words.has(p));
  for (let i = 3; i <= w.length - 3; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if ((words.has(head) || (head.endsWith('s') && words.has(head.slice(0, -1)))) && words.has(tail)) return true;
  }
  return false;
}

/** Listed as it stands (no compound reading): for telling a verb's forms from chance compounds. */
export function isListedWord(word: string): boolean {
  return knownWords().has(word.toLowerCase());
}
