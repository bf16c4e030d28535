import { describe, expect, it } from 'vitest';
import { RISK_RULES } from '../../../electron/core/chat/safety/index.js';
import { assessRules } from '../../../electron/core/chat/safety/assessRisk.js';
import { foldText } from '../../../electron/core/chat/safety/normalize.js';
import { requirementOf, staysInSentence, withTextIndex } from '../../../electron/core/chat/safety/prefilter.js';
import evalSet from './crisis-eval.json' with { type: 'json' };

const texts: string[] = [
  ...evalSet.crisis,
  ...evalSet.nonCrisis,
  ...evalSet.ambiguous,
  ...evalSet.heldOut.crisis,
  ...evalSet.heldOut.nonCrisis,
].map((x) => x.text);
// Long messages: crisis sentences inside everyday ones, as a participant writes them.
const long: string[] = [];
for (let i = 0; i + 6 < texts.length; i += 5) long.push(texts.slice(i, i + 6).join(' '));

describe('the rules pre-check (a rule is skipped only where it cannot match)', () => {
  it('lets every rule run on every sentence where its pattern matches', () => {
    const reqs = RISK_RULES.map((r) => requirementOf(r.pattern));
    const inSentence = RISK_RULES.map((r) => staysInSentence(r.pattern));
    let matches = 0;
    for (const text of [...texts, ...long].map(foldText)) {
      withTextIndex(text, (index) => {
        RISK_RULES.forEach((rule, r) => {
          const bits = index.partsMeeting(reqs[r] ?? true, !inSentence[r]);
          for (const m of text.matchAll(rule.pattern)) {
            matches++;
            const part = index.parts.findIndex((p) => m.index >= p.from && m.index < p.to);
            if ((bits & (1 << part)) === 0) expect.fail(`${rule.id} skipped where it matches: "${text}"`);
          }
        });
      });
    }
    expect(matches).toBeGreaterThan(200);
  });

  it('finds a crisis sentence in the middle of a long everyday message', () => {
    const everyday = evalSet.nonCrisis.slice(0, 12).map((x) => x.text);
    for (const c of evalSet.crisis.slice(0, 30)) {
      const alone = assessRules(c.text);
      if (alone.level === 'none') continue;
      const inside = assessRules([...everyday.slice(0, 6), c.text, ...everyday.slice(6)].join('. '));
      expect(inside.matched, c.text).toEqual(expect.arrayContaining(alone.matched));
    }
  });

  it('derives what rules require: most rules are skipped on text without their words', () => {
    const derived = RISK_RULES.filter((r) => requirementOf(r.pattern) !== true);
    expect(derived.length).toBeGreaterThan(RISK_RULES.length * 0.9);
    withTextIndex(foldText('Vi spiste middag og så på fotball i går kveld.'), (index) => {
      const run = derived.filter((r) => index.partsMeeting(requirementOf(r.pattern), true) !== 0);
      expect(run.length).toBeLessThan(derived.length / 3);
    });
  });
});
