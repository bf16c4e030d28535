/**
 * Tuning view of tekstvask's chat-style person names (benchmark only, prints figures): the
 * `tune` half of the written chat set and NorNE TRAIN written as chat (lower case, no
 * punctuation). The held-out half and NorNE dev are reported by run.ts and never looked at here.
 *
 *   node --import tsx test/bench/scrub/tune-chat.ts /path/to/no_bokmaal-train.conll [--details]
 */
import { Scrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { mentions, readConll } from '../../../scripts/scrub/norne.js';
import { chatNameFreeLines, chatNameLines } from './chat-corpus.js';
import { chatStyleSentence } from './norne-eval.js';

const args = process.argv.slice(2);
const trainPath = args.find((a) => !a.startsWith('--'));
const details = args.includes('--details');
const scrubber = new Scrubber();
const covered = (spans: readonly { start: number; end: number }[], text: string, a: number, b: number): boolean => {
  for (let i = a; i < b; i++)
    if (/[\p{L}\d]/u.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
};

let names = 0;
let removed = 0;
const missed: string[] = [];
for (const line of chatNameLines('tune', 2000)) {
  const r = scrubber.scrub(line.text, { vault: new PseudonymVault() });
  for (const n of line.names) {
    names++;
    if (covered(r.spans, line.text, n.start, n.end)) removed++;
    else missed.push(`${n.value}  ⟨${line.text}⟩ → ${r.text}`);
  }
}
const altered: string[] = [];
const free = chatNameFreeLines('tune');
for (const text of free) {
  const r = scrubber.scrub(text, { vault: new PseudonymVault() });
  if (r.spans.length > 0) altered.push(`⟨${text}⟩ → ${r.text}`);
}
console.log(
  `tune chat set: full names removed ${(removed / names).toFixed(4)} (${removed}/${names}); name-free lines altered ${altered.length}/${free.length}`,
);
if (details) console.log([...new Set(missed)].slice(0, 60).join('\n') + '\n--\n' + altered.join('\n'));

if (trainPath) {
  const sentences = readConll(trainPath).map(chatStyleSentence);
  let per = 0;
  let caught = 0;
  let freeN = 0;
  let freeAltered = 0;
  const miss: string[] = [];
  const fp = new Map<string, number>();
  for (const s of sentences) {
    const r = scrubber.scrub(s.text, { vault: new PseudonymVault() });
    for (const m of mentions(s.tokens)) {
      if (m.type !== 'PER') continue;
      per++;
      const toks = s.tokens.slice(m.from, m.to);
      if (toks.every((t) => covered(r.spans, s.text, t.start, t.end))) caught++;
      else miss.push(toks.map((t) => t.form).join(' '));
    }
    if (s.tokens.every((t) => t.label === 'O')) {
      freeN++;
      if (r.spans.length > 0) freeAltered++;
    }
    for (const t of s.tokens)
      if (t.label === 'O' && r.spans.some((x) => x.start < t.end && t.start < x.end))
        fp.set(t.form, (fp.get(t.form) ?? 0) + 1);
  }
  console.log(
    `NorNE train as chat: PER recall ${(caught / per).toFixed(4)} (${caught}/${per}); entity-free sentences altered ${(freeAltered / freeN).toFixed(4)} (${freeAltered}/${freeN})`,
  );
  if (details) {
    console.log(
      '-- false positives (O tokens) --\n' +
        [...fp.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 80)
          .map(([w, n]) => `${w} ${n}`)
          .join(', '),
    );
    console.log(
      '-- missed sample --\n' +
        miss
          .filter((_, i) => i % 7 === 0)
          .slice(0, 80)
          .join(' | '),
    );
  }
}
