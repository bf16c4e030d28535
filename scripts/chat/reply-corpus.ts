/**
 * Reader of the reply corpus in scripts/chat/reply-corpus (format in its README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_CLASSES, type ReplyClass } from '../../electron/core/chat/checks/replyModel.js';
import { canonicalWords } from '../../electron/core/chat/safety/features.js';

export const REPLY_CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reply-corpus');

export interface ReplySentence {
  text: string;
  family: string;
  label: ReplyClass;
}

export function readReplyCorpus(dir: string = REPLY_CORPUS_DIR): ReplySentence[] {
  const out: ReplySentence[] = [];
  const seen = new Set<string>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    let family: { id: string; label: ReplyClass } | null = null;
    for (const [n, raw] of fs.readFileSync(path.join(dir, file), 'utf8').split('\n').entries()) {
      const line = raw.trim();
      if (line.length === 0 || /^#(?!#)/.test(line)) continue;
      if (line.startsWith('## ')) {
        const [id, label] = line
          .slice(3)
          .split('|')
          .map((s) => s.trim());
        if (!id || !label || !(REPLY_CLASSES as readonly string[]).includes(label))
          throw new Error(`${file}:${n + 1}: bad family header`);
        if (seen.has(id)) throw new Error(`${file}:${n + 1}: duplicate family ${id}`);
        seen.add(id);
        family = { id, label: label as ReplyClass };
        continue;
      }
      if (!family) throw new Error(`${file}:${n + 1}: sentence before a family header`);
      out.push({ text: line, family: family.id, label: family.label });
    }
  }
  return out;
}

/**
 * The reply benchmark sets (test/bench/chat/replies-*.json) the checks were studied and tuned on;
 * every other set there is unseen.
 */
export const STUDY_REPLY_SETS: ReadonlySet<string> = new Set([
  'replies-study.json',
  'replies-fresh-1.json',
  'replies-fresh-2.json',
  'replies-fresh-4.json',
  'replies-fresh-5.json',
]);

/** One labelled candidate reply of a reply benchmark set. */
export interface ReplyBenchItem {
  text: string;
  ok: boolean;
  kind: string;
}

/**
 * A reply benchmark set: either a bare list of items or {about, firstRun, replies}, the form that
 * records what the set is and its score on first run (before any change made after writing it).
 */
export function readReplyBenchSet(file: string): { items: ReplyBenchItem[]; firstRun?: string } {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as
    ReplyBenchItem[] | { about?: string; firstRun?: string; replies: ReplyBenchItem[] };
  return Array.isArray(data) ? { items: data } : { items: data.replies, firstRun: data.firstRun };
}

/** The unseen reply benchmark sets in a folder. */
export function unseenReplySets(benchDir: string): string[] {
  return fs
    .readdirSync(benchDir)
    .filter((f) => /^replies-.*\.json$/.test(f) && !STUDY_REPLY_SETS.has(f))
    .sort();
}

/**
 * Corpus sentences that are rewordings of a reply in an unseen benchmark set: half or more of
 * their words in common. Those sets measure generalisation only while nothing like them is
 * trained on.
 */
export function leaksIntoUnseen(corpus: readonly ReplySentence[], benchDir: string): string[] {
  const unseen = unseenReplySets(benchDir)
    .flatMap((f) => readReplyBenchSet(path.join(benchDir, f)).items)
    .map((item) => new Set(canonicalWords(item.text)));
  return corpus
    .filter((s) => {
      const a = new Set(canonicalWords(s.text));
      return unseen.some((b) => {
        const common = [...a].filter((w) => b.has(w)).length;
        return common / (a.size + b.size - common) >= 0.5;
      });
    })
    .map((s) => s.text);
}
