import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDiscrimination } from '../../../electron/core/decisions/discrimination.js';
import { predict } from '../../../electron/core/decisions/model.js';
import { FIXED_CASES } from './fixed-cases.js';
import { loadBaseline, root } from './helpers.js';

const model = loadBaseline();
const card = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.md'), 'utf8');
const cardNn = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.nn.md'), 'utf8');
const nb = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');

describe('discrimination and the recommendation (issue 17, acceptance 3)', () => {
  it('the model card states the discrimination figures the code computes', () => {
    const d = modelDiscrimination(model);
    expect(d.auc).toBeGreaterThan(0.5);
    expect(d.auc).toBeLessThan(0.7);
    expect(card).toContain(`AUC: **${nb(d.auc, 3)}**`);
    expect(card).toContain(`Brier-skår ${nb(d.brierScore, 4)} mot ${nb(d.brierScoreBaseRateOnly, 4)}`);
    expect(card).toContain(`Brier-ferdighet **${nb(d.brierSkill * 100, 1)} %**`);
    expect(cardNn).toContain(`AUC: **${nb(d.auc, 3)}**`);
    expect(cardNn).toContain(`Brier-skåre ${nb(d.brierScore, 4)} mot ${nb(d.brierScoreBaseRateOnly, 4)}`);
    expect(cardNn).toContain(`Brier-ferdigheit **${nb(d.brierSkill * 100, 1)} %**`);
    expect(card).not.toContain('kompy.info');
    expect(card).not.toMatch(/45 %\)/);
    // Nor in what the model page shows from the model file (an assumption still said «45 %»).
    expect(JSON.stringify(model)).not.toMatch(/45\s?%/);
  });

  it('a model that separates people well is not called weak', () => {
    const strong = structuredClone(model);
    strong.covariates.ageBand.levels.forEach((l, i) => (l.hazardRatio = [4, 2, 1, 0.4, 0.2][i]!));
    strong.covariates.diagnosisGroup.levels.forEach((l, i) => (l.hazardRatio = i % 2 === 0 ? 3 : 0.3));
    const d = modelDiscrimination(strong);
    expect(d.auc).toBeGreaterThan(0.7);
    expect(d.weak).toBe(false);
    expect(predict(strong, FIXED_CASES[0]!.c).discrimination.text).toBeNull();
  });

  it('shows the weak-discrimination warning with every prediction of the bundled model', () => {
    for (const { c } of FIXED_CASES)
      expect(predict(model, c).discrimination.text).toMatch(/^Anslaget skiller lite mellom personer/);
  });

  it('recommends "not needed" below the base rate and "needed" otherwise, or at the policy threshold', () => {
    const kinds = FIXED_CASES.map(({ c }) => predict(model, c));
    for (const p of kinds)
      expect(p.recommendation.kind).toBe(p.probability < p.baseRate.population.probability ? 'notNeeded' : 'summon');
    // The bundled model gives both recommendations on the fixed cases (a fixed 50 % cut gave "summon" for all).
    expect(new Set(kinds.map((p) => p.recommendation.kind))).toEqual(new Set(['summon', 'notNeeded']));
    const policy = predict(model, FIXED_CASES[0]!.c, model.defaultAsOfWeek, { notNeededBelow: 0.99 });
    expect(policy.recommendation).toMatchObject({ kind: 'notNeeded', threshold: 0.99, thresholdSource: 'policy' });
  });

  it('names the reference level in every factor text, not «gjennomsnittet»', () => {
    for (const f of predict(model, FIXED_CASES[1]!.c).factors) {
      const reference = model.covariates[f.covariate].levels.find((l) => l.evidence === 'reference');
      expect(f.text).toContain(
        reference
          ? `Sammenlignet med samme person med ${model.covariates[f.covariate].label.toLowerCase()} «${reference.label}»`
          : 'som for alle samlet (hasardratio 1)',
      );
    }
  });
});
