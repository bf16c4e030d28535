/**
 * Builds resources/scrub/gazetteer.json, the name and word lists tekstvask uses to find person
 * names. Run from the repository root:
 *
 *   node --import tsx scripts/scrub/build-gazetteer.ts [path/to/no_bokmaal-train.conll]
 *
 * Inputs (see resources/scrub/SOURCES.md):
 *   - scripts/scrub/sources/curated-names.txt  given names and surnames written for the project
 *   - scripts/scrub/sources/faker-names.txt    name tokens from @faker-js/faker locale data (MIT)
 *   - scripts/scrub/sources/common-words.txt   everyday and chat words that are never names
 *   - NorNE train (../shared/data/norne/no_bokmaal-train.conll): counts per word form of how it
 *     occurs (lower case; capitalised inside a sentence or first in it; as part of a PER mention,
 *     another entity, or none). Only word forms and counts are written, never sentences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyStats, type WordStats } from '../../electron/core/scrub/names/lexicon.js';
import { tokenize } from '../../electron/core/scrub/tokens.js';
import { readConll, type LabelledSentence } from './norne.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sources = path.join(root, 'scripts/scrub/sources');

export interface NameLists {
  first: Set<string>;
  last: Set<string>;
}

/** Reads "[section]" / "first: …" / "last: …" files; names are stored lower-cased. */
export function readNameLists(): NameLists {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const file of ['curated-names.txt', 'faker-names.txt']) {
    for (const line of fs.readFileSync(path.join(sources, file), 'utf8').split('\n')) {
      const m = /^(first|last):\s*(.*)$/.exec(line);
      if (!m) continue;
      const target = m[1] === 'first' ? first : last;
      for (const name of (m[2] ?? '').split(/\s+/)) {
        const clean = name.trim().toLowerCase();
        if (clean.length >= 2 && /^\p{L}/u.test(clean)) target.add(clean);
      }
    }
  }
  return { first, last };
}

export function readCommonWords(): string[] {
  return fs
    .readFileSync(path.join(sources, 'common-words.txt'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
}

export const COMMON_WORD_BOOST = 20;

/** scripts/scrub/sources/name-words.txt (built by build-name-words.ts). */
export function readNameWords(): string[] {
  const file = path.join(sources, 'name-words.txt');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** scripts/scrub/sources/places-brands.txt: lower-cased phrases, tokenised as tekstvask does. */
export function readPlaces(): string[] {
  const out = new Set<string>();
  for (const line of fs.readFileSync(path.join(sources, 'places-brands.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('[')) continue;
    for (const phrase of line.split('|')) {
      const words = tokenize(phrase.trim())
        .filter((t) => t.kind !== 'p' || t.text === '&')
        .map((t) => t.lower);
      if (words.length > 0) out.add(words.join(' '));
    }
  }
  return [...out].sort();
}

/** Label of each tokenizer token: the NorNE token its first character falls in. */
export function tokenLabels(sentence: LabelledSentence): { tokens: ReturnType<typeof tokenize>; labels: string[] } {
  const tokens = tokenize(sentence.text);
  const labels = tokens.map((t) => {
    const hit = sentence.tokens.find((n) => t.start >= n.start && t.start < n.end);
    return hit ? hit.label : 'O';
  });
  return { tokens, labels };
}

/** Adds one sentence's occurrences to the word statistics. */
export function countSentence(stats: Map<string, WordStats>, sentence: LabelledSentence): void {
  const { tokens, labels } = tokenLabels(sentence);
  tokens.forEach((t, i) => {
    if (t.kind !== 'w') return;
    let s = stats.get(t.lower);
    if (!s) {
      s = emptyStats();
      stats.set(t.lower, s);
    }
    const label = labels[i] ?? 'O';
    const per = label.endsWith('-PER');
    const ent = !per && label !== 'O';
    if (!t.cap) s.low++;
    else if (t.initial) {
      if (per) s.iniPer++;
      else if (ent) s.iniEnt++;
      else s.iniO++;
    } else if (per) s.midPer++;
    else if (ent) s.midEnt++;
    else s.midO++;
  });
}

function statsLine(word: string, s: WordStats): string {
  return [word, s.low, s.midO, s.midPer, s.midEnt, s.iniO, s.iniPer, s.iniEnt].join(' ');
}

function main(): void {
  const trainPath = process.argv[2] ?? path.resolve(root, '../shared/data/norne/no_bokmaal-train.conll');
  const names = readNameLists();
  const stats = new Map<string, WordStats>();
  for (const sentence of readConll(trainPath)) countSentence(stats, sentence);
  for (const w of readCommonWords()) {
    let s = stats.get(w);
    if (!s) {
      s = emptyStats();
      stats.set(w, s);
    }
    s.low += COMMON_WORD_BOOST;
  }
  const words = [...stats.entries()]
    .filter(([w, s]) => {
      const total = s.low + s.midO + s.midPer + s.midEnt + s.iniO + s.iniPer + s.iniEnt;
      // Single occurrences matter only when capitalised (names, places) or a name-list word.
      return total >= 2 || s.midPer + s.iniPer + s.midEnt + s.iniEnt > 0 || names.first.has(w) || names.last.has(w);
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, s]) => statsLine(w, s));
  const out = {
    version: 1,
    about:
      'Tekstvask gazetteer. first/last: lower-cased given names and surnames (curated list written for InkludMI; @faker-js/faker locale data, MIT). ' +
      'words: "form low midO midPer midEnt iniO iniPer iniEnt" counts from NorNE Bokmål train (CC0 annotations; counts only, no text) plus everyday words. ' +
      'nameWords: name-list tokens that are also Norwegian words (everyday-words.txt, or lower-case in NorNE train; no dictionary data). places: places, organisations and brands written for InkludMI. See SOURCES.md.',
    first: [...names.first].sort().join(' '),
    last: [...names.last].sort().join(' '),
    words: words.join('\n'),
    nameWords: readNameWords().join(' '),
    places: readPlaces().join('|'),
  };
  const target = path.join(root, 'resources/scrub/gazetteer.json');
  fs.writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(
    `first names ${names.first.size}, surnames ${names.last.size}, word forms ${words.length} → ${path.relative(root, target)}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
