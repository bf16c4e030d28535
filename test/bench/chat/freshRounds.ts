/**
 * The fresh sets in test/bench/chat (written after training, never trained on): recall, false
 * alarms and talk accuracy of each, as bench:talk prints them. A set's misses and false alarms
 * are printed only once it is marked READ (its `read` field), so running this does not show an
 * unseen set's errors.
 *
 *   node --import tsx test/bench/chat/freshRounds.ts [fresh-roundN.json ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk, RISK_CATEGORIES, type RiskAssessment } from '../../../electron/core/chat/safety/index.js';
import { classifyTalk, type TalkClass } from '../../../electron/core/chat/talk/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface FreshItem {
  text: string;
  category?: string;
  /** Talk class of a non-crisis message, where it is clear (round 9 on). */
  talk?: TalkClass;
  /** The assistant's last reply was the check-in question; `previous` is the message before it. */
  afterCheckIn?: boolean;
  previous?: string;
  /** The assistant's last question, when the message answers it (talk fresh set 5 on). */
  asked?: string;
}

export const FRESH_ROUNDS = [
  ['Round 4 fresh set', 'fresh-round4.json'],
  ['Round 5 fresh set', 'fresh-round5.json'],
  ['Round 7 fresh set', 'fresh-round7.json'],
  ['Round 8 fresh set', 'fresh-round8.json'],
  ['Round 9 fresh set', 'fresh-round9.json'],
  ['Round 10 fresh set', 'fresh-round10.json'],
  ['Round 11 fresh set', 'fresh-round11.json'],
  ['Round 12 fresh set', 'fresh-round12.json'],
  ['Round 13 fresh set', 'fresh-round13.json'],
  ['Round 14 fresh set', 'fresh-round14.json'],
  ['Round 15 fresh set (tester-style)', 'fresh-round15.json'],
  ['Round 16 fresh set', 'fresh-round16.json'],
  ['Round 17 fresh set', 'fresh-round17.json'],
  ['Round 18 fresh set (suicide said plainly)', 'fresh-round18.json'],
  ['Round 19 fresh set (everyday twins)', 'fresh-round19.json'],
  ['Round 20 fresh set (crisis buried in a long message)', 'fresh-round20.json'],
  ['Talk fresh set 1', 'fresh-talk1.json'],
  ['Talk fresh set 2', 'fresh-talk2.json'],
  ['Talk fresh set 3', 'fresh-talk3.json'],
  ['Talk fresh set 4', 'fresh-talk4.json'],
  ['Talk fresh set 5', 'fresh-talk5.json'],
  ['Talk fresh set 6', 'fresh-talk6.json'],
] as const;

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

/** An item as the chat path assesses it: an answer to the check-in is read with the conversation. */
export const assessFresh = (c: FreshItem): RiskAssessment =>
  assessRisk(
    c.text,
    c.afterCheckIn
      ? { conversation: { recentParticipantTexts: c.previous ? [c.previous] : [], lastAssistantWasCheckIn: true } }
      : {},
  );

export function freshReport(title: string, file: string): void {
  const fresh = JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')) as {
    firstRun: string;
    read?: string;
    crisis: FreshItem[];
    nonCrisis: FreshItem[];
  };
  const found = fresh.crisis.filter((c) => assessFresh(c).level !== 'none');
  const alarms = fresh.nonCrisis.filter((c) => assessFresh(c).level !== 'none');
  const change = fresh.crisis.filter(
    (c) => classifyTalk(c.text, { riskFired: assessFresh(c).level !== 'none' }).talk === 'change',
  );
  const byCategory = RISK_CATEGORIES.map((cat) => {
    const of = fresh.crisis.filter((c) => c.category === cat);
    return `${cat} ${of.filter((c) => found.includes(c)).length}/${of.length}`;
  }).join(', ');
  const labelled = fresh.nonCrisis.filter((c) => c.talk !== undefined);
  // An answer is read with the assistant's question it answers, as the chat reads it.
  const talkOf = (c: FreshItem): TalkClass => classifyTalk(c.text, c.asked ? { asked: c.asked } : {}).talk;
  const talkWrong = labelled.filter((c) => talkOf(c) !== c.talk);
  const talkOk = labelled.length - talkWrong.length;
  const status = fresh.read
    ? 'READ: its misses were studied, so no longer unseen'
    : 'never trained on; misses not printed';
  console.log(
    `\n${title} (test/bench/chat/${file}, ${status}): recall ${found.length}/${fresh.crisis.length} ${pct(found.length, fresh.crisis.length)}, false alarms ${alarms.length}/${fresh.nonCrisis.length} ${pct(alarms.length, fresh.nonCrisis.length)}, crisis messages labelled change talk ${change.length}`,
  );
  console.log(`  by category: ${byCategory}`);
  if (labelled.length > 0)
    console.log(
      `  talk accuracy on its non-crisis messages: ${talkOk}/${labelled.length} ${pct(talkOk, labelled.length)}`,
    );
  console.log(`  first run: ${fresh.firstRun}`);
  if (fresh.read) {
    // A READ set is a development set: its misses, false alarms and talk errors are listed to work on.
    console.log(`  ${fresh.read}`);
    for (const c of fresh.crisis.filter((x) => !found.includes(x)))
      console.log(`    missed (${c.category}): ${c.text}`);
    for (const c of alarms) console.log(`    false alarm (${assessFresh(c).matched.join(',')}): ${c.text}`);
    for (const c of talkWrong) console.log(`    talk ${c.talk}→${talkOf(c)}: ${c.text}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const [title, file] of FRESH_ROUNDS) if (wanted.length === 0 || wanted.includes(file)) freshReport(title, file);
}
