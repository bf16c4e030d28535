/**
 * Reader of the crisis and talk corpus in scripts/safety/corpus (format in its README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

export type CorpusCategory = 'none' | 'suicide' | 'self_harm' | 'violence' | 'abuse' | 'welfare';
export type CorpusTalk = 'change' | 'sustain' | 'neutral' | 'question';

export interface CorpusFamily {
  id: string;
  /** Held out: never trained or tuned on. */
  heldOut: boolean;
  category: CorpusCategory;
  talk: CorpusTalk | null;
  sentences: string[];
  file: string;
}

const CATEGORIES = new Set<CorpusCategory>(['none', 'suicide', 'self_harm', 'violence', 'abuse', 'welfare']);
const TALKS = new Set<CorpusTalk>(['change', 'sustain', 'neutral', 'question']);

export function readCorpus(dir: string = CORPUS_DIR): CorpusFamily[] {
  const families: CorpusFamily[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    let current: CorpusFamily | null = null;
    for (const [n, raw] of fs.readFileSync(path.join(dir, file), 'utf8').split('\n').entries()) {
      const line = raw.trim();
      // Blank lines and comments ("# …", one hash) are skipped; "## " opens a family.
      if (line.length === 0 || /^#(?!#)/.test(line)) continue;
      if (line.startsWith('## ')) {
        const [idPart, cat, talk] = line
          .slice(3)
          .split('|')
          .map((s) => s.trim());
        if (!idPart || !cat || !talk || !CATEGORIES.has(cat as CorpusCategory))
          throw new Error(`${file}:${n + 1}: bad family header`);
        if (talk !== '-' && !TALKS.has(talk as CorpusTalk)) throw new Error(`${file}:${n + 1}: bad talk class ${talk}`);
        const heldOut = idPart.endsWith('*');
        current = {
          id: idPart.replace(/\s*\*$/, ''),
          heldOut,
          category: cat as CorpusCategory,
          talk: talk === '-' ? null : (talk as CorpusTalk),
          sentences: [],
          file,
        };
        if (families.some((f) => f.id === current?.id))
          throw new Error(`${file}:${n + 1}: duplicate family ${current.id}`);
        families.push(current);
        continue;
      }
      if (!current) throw new Error(`${file}:${n + 1}: sentence before a family header`);
      current.sentences.push(line);
    }
  }
  return families;
}

export interface CorpusSentence {
  text: string;
  family: string;
  category: CorpusCategory;
  talk: CorpusTalk | null;
  heldOut: boolean;
}

export function sentencesOf(families: readonly CorpusFamily[]): CorpusSentence[] {
  return families.flatMap((f) =>
    f.sentences.map((text) => ({ text, family: f.id, category: f.category, talk: f.talk, heldOut: f.heldOut })),
  );
}
