import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ICPC2_CHAPTER_LETTERS, type CaseCovariates } from '../../../electron/core/decisions/case.js';
import {
  ActiveModel,
  QUANTILE_DOTS,
  parseModelFile,
  predict,
  readModelFile,
  type SurvivalModel,
} from '../../../electron/core/decisions/model.js';
import { FIXED_CASES } from './fixed-cases.js';
import { baselinePath, baselineText, loadBaseline, root } from './helpers.js';

const clone = (m: SurvivalModel): Record<string, unknown> => JSON.parse(JSON.stringify(m)) as Record<string, unknown>;

describe('model file validation (acceptance 4)', () => {
  it('the bundled baseline is valid, versioned, labelled as built from published aggregates, and carries a synthetic calibration table', () => {
    const m = loadBaseline();
    expect(m.schemaVersion).toBe(1);
    expect(m.modelVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(m.provenance.builtFrom).toBe('published-aggregates');
    expect(m.calibration.synthetic).toBe(true);
    expect(m.calibration.bands.length).toBeGreaterThan(0);
    expect(m.calibration.description).toMatch(/SYNTETISK/);
  });

  it('the bundled baseline is exactly what build-baseline.ts derives from the cited numbers', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'models/decision/build-baseline.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/reproducible/);
  });

  const bad: [string, (m: Record<string, unknown>) => unknown, RegExp][] = [
    ['not JSON', () => '{"schemaVersion": 1,', /ikke gyldig JSON/],
    ['an array', () => [], /JSON-objekt/],
    ['an unsupported schema version', (m) => ({ ...m, schemaVersion: 2 }), /skjemaversjon 2/],
    ['no schema version', (m) => ({ ...m, schemaVersion: undefined }), /skjemaversjon null/],
    ['no calibration table', (m) => ({ ...m, calibration: undefined }), /kalibreringstabell/],
    [
      'an empty calibration table',
      (m) => ({ ...m, calibration: { ...(m.calibration as object), bands: [] } }),
      /kalibreringstabell/,
    ],
    ['a bad version string', (m) => ({ ...m, modelVersion: 'nyeste' }), /ikke gyldig/],
    ['a negative shape', (m) => ({ ...m, baseline: { ...(m.baseline as object), shape: -1 } }), /ikke gyldig/],
    ['a zero scale', (m) => ({ ...m, baseline: { ...(m.baseline as object), scaleWeeks: 0 } }), /ikke gyldig/],
    [
      'an absurd hazard ratio',
      (m) => {
        const c = structuredClone(m.covariates) as { ageBand: { levels: { hazardRatio: number }[] } };
        c.ageBand.levels[0]!.hazardRatio = 1000;
        return { ...m, covariates: c };
      },
      /ikke gyldig/,
    ],
    [
      'an ICPC-2 chapter without a group',
      (m) => {
        const c = structuredClone(m.covariates) as { diagnosisGroup: { chapterToLevel: Record<string, string> } };
        delete c.diagnosisGroup.chapterToLevel.Z;
        return { ...m, covariates: c };
      },
      /ikke gyldig/,
    ],
    [
      'a reference to a source that is not listed',
      (m) => ({ ...m, baseline: { ...(m.baseline as object), sourceIds: ['finnes-ikke'] } }),
      /ikke gyldig/,
    ],
    ['an extra unknown field', (m) => ({ ...m, secret: 'x' }), /ikke gyldig/],
  ];

  for (const [what, mutate, message] of bad) {
    it(`refuses a file with ${what}, with a Norwegian message, and keeps the active model`, () => {
      const base = loadBaseline();
      const active = new ActiveModel(base);
      const mutated = mutate(clone(base));
      const content = typeof mutated === 'string' ? mutated : JSON.stringify(mutated);
      const result = active.import(content);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.reason).toBe('MODEL_FILE_INVALID');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/aktive modellen er beholdt/);
      expect(result.activeVersion).toBe(base.modelVersion);
      expect(active.current).toBe(base);
    });
  }

  it('accepts a valid replacement file and reports both versions', () => {
    const base = loadBaseline();
    const active = new ActiveModel(base);
    const next = { ...clone(base), modelVersion: '1.1.0' };
    const result = active.import(JSON.stringify(next));
    expect(result).toEqual({ ok: true, activeVersion: '1.1.0', previousVersion: base.modelVersion });
    expect(active.current.modelVersion).toBe('1.1.0');
  });

  it('reads a missing file as a refusal, not a crash', () => {
    const r = readModelFile(path.join(root, 'models/decision/does-not-exist.json'));
    expect(r.ok).toBe(false);
    expect(readModelFile(baselinePath).ok).toBe(true);
  });
});

describe('prediction', () => {
  const m = loadBaseline();

  it('is reproducible on the fixed case set (exact numbers)', () => {
    const rows = FIXED_CASES.map(({ name, c }) => {
      const p = predict(m, c);
      return [
        name,
        p.probability,
        p.per100,
        p.riskBand,
        p.remainingWeeks.p10,
        p.remainingWeeks.p50,
        p.remainingWeeks.p90,
        p.remainingWeeks.dotsAtCap,
      ];
    });
    expect(rows).toEqual([
      ['L full 40-49 0', 0.712641, 71, 'medium', 2.5, 21.2, 35, 18],
      ['L graded 40-49 0', 0.712641, 71, 'medium', 2.5, 21.2, 35, 18],
      ['P full 16-29 0', 0.701198, 70, 'medium', 2.4, 20, 35, 17],
      ['P graded 50-59 2', 0.747945, 75, 'medium', 3, 25.8, 35, 21],
      ['R full 30-39 7', 0.543439, 54, 'low', 1.4, 10.4, 35, 8],
      ['K full 60+ 0', 0.778196, 78, 'high', 3.5, 31.4, 35, 24],
      ['Z graded 16-29 4', 0.668013, 67, 'medium', 2.1, 17, 35, 15],
      ['A full 40-49 6', 0.657285, 66, 'medium', 2, 16.2, 35, 14],
    ]);
  });

  it('gives the same numbers every time (deterministic)', () => {
    for (const { c } of FIXED_CASES) expect(predict(m, c)).toEqual(predict(m, c));
  });

  const allCases: CaseCovariates[] = ICPC2_CHAPTER_LETTERS.flatMap((icpc2Chapter) =>
    [100, 50].flatMap((sickLeavePercent) =>
      AGE_BANDS.flatMap((ageBand) =>
        [0, 1, 3, 6, 20].map((previousSpells3y) => ({ icpc2Chapter, sickLeavePercent, ageBand, previousSpells3y })),
      ),
    ),
  );

  it('keeps every probability within [0, 1] and every frequency within 0–100', () => {
    for (const c of allCases) {
      const p = predict(m, c);
      expect(p.probability).toBeGreaterThanOrEqual(0);
      expect(p.probability).toBeLessThanOrEqual(1);
      expect(p.per100).toBeGreaterThanOrEqual(0);
      expect(p.per100).toBeLessThanOrEqual(100);
      expect(p.baseRate.population.probability).toBeGreaterThan(0);
      expect(p.baseRate.population.probability).toBeLessThan(1);
    }
  });

  it('is monotone where the published data give a direction', () => {
    for (const c of allCases) {
      // Grading: the published graded share is the same at 9 weeks and 9 months, so full ≥ graded (equal here).
      expect(predict(m, { ...c, sickLeavePercent: 100 }).probability).toBeGreaterThanOrEqual(
        predict(m, { ...c, sickLeavePercent: 40 }).probability,
      );
      // Later assessment week ⇒ closer to week 26 ⇒ more likely still on leave at 26.
      expect(predict(m, c, 20).probability).toBeGreaterThan(predict(m, c, 17).probability);
    }
    const base: CaseCovariates = { sickLeavePercent: 100, icpc2Chapter: 'L', ageBand: '40-49', previousSpells3y: 0 };
    // Psychological spells last longer than respiratory ones in NAV's tables.
    expect(predict(m, { ...base, icpc2Chapter: 'P' }).probability).toBeGreaterThan(
      predict(m, { ...base, icpc2Chapter: 'R' }).probability,
    );
    // Age (assumption, direction from the literature): older ⇒ slower return.
    const byAge = AGE_BANDS.map((ageBand) => predict(m, { ...base, ageBand }).probability);
    expect([...byAge].sort((a, b) => a - b)).toEqual(byAge);
    // Frequent spells are shorter on average (NAV 2024).
    expect(predict(m, { ...base, previousSpells3y: 8 }).probability).toBeLessThan(predict(m, base).probability);
  });

  it('gives 50 ascending quantile dots of the remaining weeks, capped where sickness benefit ends, with 10/50/90 % marks', () => {
    for (const c of allCases.slice(0, 60)) {
      const r = predict(m, c).remainingWeeks;
      expect(r.dots).toHaveLength(QUANTILE_DOTS);
      expect(QUANTILE_DOTS).toBe(50);
      expect([...r.dots].sort((a, b) => a - b)).toEqual(r.dots);
      expect(r.dots[0]).toBeGreaterThanOrEqual(0);
      expect(r.dots[49]).toBeLessThanOrEqual(r.capWeeks);
      expect(r.capWeeks).toBe(m.maxWeek - m.defaultAsOfWeek);
      expect(r.p10).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p90);
      expect(r.dotsAtCap).toBe(r.dots.filter((d) => d >= r.capWeeks).length);
    }
  });

  it('says the base rate and the estimate as frequencies, and explains each factor in plain Norwegian, flagging assumptions', () => {
    const p = predict(m, { sickLeavePercent: 100, icpc2Chapter: 'P', ageBand: '50-59', previousSpells3y: 0 });
    expect(p.baseRate.text).toMatch(
      /^Av 100 personer som fortsatt er sykmeldt etter 17 uker, er om lag \d+ fortsatt sykmeldt etter 26 uker\.$/,
    );
    expect(p.frequencyText).toMatch(/^Av 100 personer i samme situasjon/);
    expect(p.factors.map((f) => f.covariate)).toEqual(['grading', 'diagnosisGroup', 'ageBand', 'previousSpells']);
    const age = p.factors.find((f) => f.covariate === 'ageBand')!;
    expect(age.evidence).toBe('assumption');
    expect(age.text).toMatch(/antakelse/);
    expect(age.direction).toBe('up');
    const diag = p.factors.find((f) => f.covariate === 'diagnosisGroup')!;
    expect(diag.evidence).toBe('derived');
    expect(diag.sourceIds.length).toBeGreaterThan(0);
    expect(p.caveat).toMatch(/beslutningsstøtte, ikke en beslutning/);
  });

  it('refuses an assessment week outside the model', () => {
    expect(() => predict(m, FIXED_CASES[0]!.c, 26)).toThrow(/Vurderingstidspunktet/);
    expect(() => predict(m, FIXED_CASES[0]!.c, 0)).toThrow(/Vurderingstidspunktet/);
  });
});

describe('model card (acceptance 5)', () => {
  const card = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.md'), 'utf8');
  const cardNn = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.nn.md'), 'utf8');
  const m = loadBaseline();

  it('names the model version and lists every source of the bundled baseline, in bokmål and nynorsk', () => {
    for (const text of [card, cardNn]) {
      expect(text).toContain(m.modelVersion);
      for (const s of m.sources) {
        expect(text, `source ${s.id}`).toContain(s.id);
        expect(text, `url of ${s.id}`).toContain(s.url);
      }
    }
  });

  it('carries the calibration table generated from the file and says it is synthetic', () => {
    for (const b of m.calibration.bands) {
      expect(card).toContain(`| ${b.label} | ${b.n} |`);
      expect(cardNn).toContain(`| ${b.label} | ${b.n} |`);
    }
    expect(cardNn).toMatch(/syntetisk/i);
    expect(card).toMatch(/syntetisk/i);
    expect(card).toMatch(/rettsgrunnlag/i);
  });

  it('the parse of the raw text equals the parse of the object', () => {
    const a = parseModelFile(baselineText());
    const b = parseModelFile(JSON.parse(baselineText()));
    expect(a).toEqual(b);
  });
});
