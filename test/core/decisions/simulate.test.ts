import { describe, expect, it } from 'vitest';
import { simulateStrategies } from '../../../electron/core/decisions/simulate.js';
import { runInkludmi } from '../../cli/run.js';
import { loadBaseline } from './helpers.js';

interface Verdict {
  strategy: string;
  autopilot: boolean;
  agreement: number | null;
  switchRate: number | null;
  summonRate: number | null;
}

const byStrategy = (counselors: Verdict[]) => Object.fromEntries(counselors.map((c) => [c.strategy, c]));

describe('inkludmi decisions simulate (issue 17, acceptance 1)', () => {
  it('flags follow-model and switch-to-model as autopilot, not always-summon or own-judgement', async () => {
    const { code, stdout, stderr } = await runInkludmi([
      'decisions',
      'simulate',
      '--strategy',
      'follow-model',
      '--strategy',
      'switch-to-model',
      '--strategy',
      'always-summon',
      '--strategy',
      'own-judgement',
      '--cases',
      '60',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { counselors: Verdict[] };
    const v = byStrategy(result.counselors);
    expect(Object.keys(v).sort()).toEqual(['always-summon', 'follow-model', 'own-judgement', 'switch-to-model']);
    for (const c of result.counselors)
      expect(c).toEqual(expect.objectContaining({ autopilot: expect.any(Boolean), agreement: expect.any(Number) }));
    expect(v['follow-model']!.autopilot).toBe(true);
    expect(v['switch-to-model']!.autopilot).toBe(true);
    expect(v['switch-to-model']!.switchRate).toBe(1);
    // Summoning everyone is the legal main rule, not deference: it no longer reads as agreement.
    expect(v['always-summon']!.summonRate).toBe(1);
    expect(v['always-summon']!.autopilot).toBe(false);
    expect(v['always-summon']!.agreement!).toBeLessThan(0.9);
    expect(v['own-judgement']!.autopilot).toBe(false);
    expect(v['own-judgement']!.switchRate).toBe(0);
  }, 120_000);

  it('holds for other people and counselors who know the person less well', async () => {
    const result = await simulateStrategies({ model: loadBaseline(), cases: 45, seed: 90210, ownAccuracy: 0.62 });
    const v = byStrategy(result.counselors);
    expect([
      v['follow-model']!.autopilot,
      v['switch-to-model']!.autopilot,
      v['always-summon']!.autopilot,
      v['own-judgement']!.autopilot,
    ]).toEqual([true, true, false, false]);
  }, 120_000);

  it('refuses an unknown strategy with a Norwegian message and exit code 2', async () => {
    const { code, stderr } = await runInkludmi(['decisions', 'simulate', '--strategy', 'coin-flip', '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('Ukjent strategi: coin-flip');
  });
});
