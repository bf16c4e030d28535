/**
 * Builds resources/safety/norwegian-words.json, the word list of the prose check
 * (electron/core/chat/checks/prose.ts):
 *
 *   node --import tsx scripts/safety/build-wordlist.ts [path/to/no_bokmaal-train.conll]
 *
 * Sources (see resources/safety/SOURCES.md): word forms of NorNE Bokmål train (CC0 annotations,
 * the same file the tekstvask gazetteer counts), every word of the MI phrase library, the
 * help-line and crisis texts, and scripts/safety/sources/nynorsk-common.txt (written for
 * InkludMI). Debian's hunspell-no dictionaries are GPL-2 and are NOT used, so nothing GPL ships
 * inside the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from '../scrub/norne.js';
import { crisisResponse } from '../../electron/core/chat/safety/crisisResponse.js';
import { CRISIS_LANGUAGES } from '../../electron/core/chat/safety/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORD = /^[a-zæøåéèêóòôüäö]+(?:-[a-zæøåéèêóòôüäö]+)*$/;

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0 && WORD.test(w));
}

function main(): void {
  const conll = process.argv[2] ?? '/work/shared/data/norne/no_bokmaal-train.conll';
  const counts = new Map<string, number>();
  const add = (w: string, n = 1): void => {
    counts.set(w, (counts.get(w) ?? 0) + n);
  };
  // Only forms written in lower case somewhere: capitalised-only forms are mostly names.
  for (const s of readConll(conll))
    for (const t of s.tokens) if (t.form === t.form.toLowerCase()) for (const w of wordsOf(t.form)) add(w);
  const phraseFile = path.join(root, 'resources/mi/phrases.nb.json');
  for (const w of wordsOf(fs.readFileSync(phraseFile, 'utf8'))) add(w, 5);
  for (const lang of CRISIS_LANGUAGES)
    for (const w of wordsOf(
      crisisResponse(lang, {
        level: 'check_in',
        categories: ['suicide', 'abuse', 'welfare', 'violence'],
        matched: ['violence.intent'],
      }).text,
    ))
      add(w, 5);
  const nynorsk = fs.readFileSync(path.join(root, 'scripts/safety/sources/nynorsk-common.txt'), 'utf8');
  for (const w of wordsOf(nynorsk)) add(w, 5);
  const words = [...counts.keys()].sort();
  const out = {
    version: 1,
    about: 'Lower-cased Norwegian word forms for the prose check. Sources: resources/safety/SOURCES.md.',
    words: words.join('\n'),
  };
  const file = path.join(root, 'resources/safety/norwegian-words.json');
  fs.writeFileSync(file, JSON.stringify(out) + '\n');
  console.log(`${file}: ${words.length} word forms`);
}

main();
