/**
 * Golden comparison for speed work on the safety layers: runs every sentence of the corpus
 * (scripts/safety/corpus, all files), the labelled sets in test/core/chat and long multi-sentence
 * messages through the whole assessment (rules, concepts, classifier, conversation layer) and the
 * talk classifier, and either writes the results or checks them against a file written earlier.
 *
 *   node --import tsx scripts/safety/golden-safety.ts --write /tmp/golden.json   (before a change)
 *   node --import tsx scripts/safety/golden-safety.ts --check /tmp/golden.json   (after it)
 *
 * --check exits 1 and prints the differences when any level, category, matched id, talk class
 * or classifier score (to 1e-9) changed.
 */
import fs from 'node:fs';
import { assessRisk, defaultCrisisModel } from '../../electron/core/chat/safety/index.js';
import { classifyTalk } from '../../electron/core/chat/talk/index.js';
import { readCorpus, sentencesOf } from './corpus.js';

const [mode, file] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: golden-safety.ts --write|--check FILE');
  process.exit(2);
}

const texts = sentencesOf(readCorpus()).map((s) => s.text);
// Long messages: neighbouring corpus sentences joined, so sentence pairs and crisis sentences
// inside everyday text are exercised too.
const long: string[] = [];
for (let i = 0; i + 12 <= texts.length; i += 7) long.push(texts.slice(i, i + 12).join('. '));
const conversation = {
  recentParticipantTexts: ['Jeg har gitt bort en del ting i det siste.', 'Det går greit med skolen.', 'Hei igjen.'],
  lastAssistantWasCheckIn: false,
};
const model = defaultCrisisModel();

interface Row {
  level: string;
  categories: string[];
  matched: string[];
  risk: number;
  category: string;
  talk: string;
  withConversation: string;
}
const rows: Record<string, Row> = {};
for (const text of [...texts, ...long]) {
  const r = assessRisk(text);
  const c = assessRisk(text, { conversation: { ...conversation, lastAssistantWasCheckIn: text.length < 40 } });
  const s = model.score(text);
  rows[text] = {
    level: r.level,
    categories: r.categories,
    matched: [...r.matched].sort(),
    risk: s.risk,
    category: s.category,
    talk: classifyTalk(text).talk,
    withConversation: `${c.level}|${c.categories.join(',')}|${[...c.matched].sort().join(',')}`,
  };
}

if (mode === '--write') {
  fs.writeFileSync(file, JSON.stringify(rows));
  console.log(`wrote ${Object.keys(rows).length} results to ${file}`);
} else {
  const golden = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Row>;
  let diffs = 0;
  for (const [text, g] of Object.entries(golden)) {
    const r = rows[text];
    const same =
      r &&
      r.level === g.level &&
      r.categories.join() === g.categories.join() &&
      r.matched.join() === g.matched.join() &&
      Math.abs(r.risk - g.risk) < 1e-9 &&
      r.category === g.category &&
      r.talk === g.talk &&
      r.withConversation === g.withConversation;
    if (!same) {
      diffs++;
      if (diffs <= 20)
        console.log(`DIFF: ${text.slice(0, 120)}\n  was ${JSON.stringify(g)}\n  now ${JSON.stringify(r)}`);
    }
  }
  console.log(`${Object.keys(golden).length} texts compared, ${diffs} differ`);
  process.exit(diffs === 0 && Object.keys(rows).length === Object.keys(golden).length ? 0 : 1);
}
