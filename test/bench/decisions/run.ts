/**
 * Benchmark for decision support (issue 8, acceptance 6):
 *   node --import tsx test/bench/decisions/run.ts
 *
 * Prints the bundled baseline's predictions on the fixed case set and its calibration on SYNTHETIC
 * outcomes drawn from the same published distributions (predicted vs observed per band, Brier
 * score), plus two what-if checks that show how far off the model is if an assumption is wrong.
 * Figures only; nothing here is asserted (ARCHITECTURE.md: benchmarks print, tests assert).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModelFile, predict, type SurvivalModel } from '../../../electron/core/decisions/model.js';
import {
  calibrationTable,
  drawSyntheticCases,
  type CalibrationResult,
} from '../../../electron/core/decisions/synthetic.js';
import { modelDiscrimination } from '../../../electron/core/decisions/discrimination.js';
import { FIXED_CASES } from '../../core/decisions/fixed-cases.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const parsed = parseModelFile(fs.readFileSync(path.join(root, 'models/decision/baseline-v1.json'), 'utf8'));
if (!parsed.ok) {
  console.error(parsed.error.message);
  process.exit(1);
}
const model = parsed.model;
const pct = (x: number | null) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)} %`);

console.log(`# Decision support benchmark — ${model.name} ${model.modelVersion}`);
console.log(
  `baseline: Weibull shape ${model.baseline.shape}, scale ${model.baseline.scaleWeeks} weeks; built from ${model.provenance.builtFrom}`,
);
const population = predict(model, FIXED_CASES[0]!.c).baseRate.population;
console.log(
  `population base rate P(on leave at week ${model.horizonWeek} | on leave at week ${model.defaultAsOfWeek}) = ${population.probability} (${population.per100} av 100)\n`,
);

console.log('## Predictions on the fixed case set (asOfWeek 17, horizon 26)');
console.log('case                 P(26|17)  per100  band    p10   p50   p90  dots≥cap  factors (HR)');
for (const { name, c } of FIXED_CASES) {
  const p = predict(model, c);
  const factors = p.factors
    .map((f) => `${f.covariate}=${f.level}:${f.hazardRatio}${f.evidence === 'assumption' ? '*' : ''}`)
    .join(' ');
  console.log(
    `${name.padEnd(20)} ${p.probability.toFixed(6)}  ${String(p.per100).padStart(6)}  ${p.riskBand.padEnd(6)} ${p.remainingWeeks.p10.toFixed(1).padStart(5)} ${p.remainingWeeks.p50.toFixed(1).padStart(5)} ${p.remainingWeeks.p90.toFixed(1).padStart(5)}  ${String(p.remainingWeeks.dotsAtCap).padStart(8)}  ${factors}`,
  );
}
console.log('(* = hazard ratio is an assumption, not a published number)\n');

// Discrimination, exact over the model's own population (the figures the model card states).
const disc = modelDiscrimination(model);
console.log(
  "## Discrimination (exact over the model file's population; outcomes as the model expects: a ceiling, not a validation)",
);
console.log(
  `AUC ${disc.auc}; Brier ${disc.brierScore} vs base rate only ${disc.brierScoreBaseRateOnly} (Brier skill ${(disc.brierSkill * 100).toFixed(1)} %); base rate ${disc.baseRate}; predictions ${disc.minPredicted}–${disc.maxPredicted}; weak: ${disc.weak}`,
);
const rec = predict(model, FIXED_CASES[0]!.c).recommendation;
const notNeeded = FIXED_CASES.filter(({ c }) => predict(model, c).recommendation.kind === 'notNeeded').length;
console.log(
  `recommendation threshold (default = population base rate): ${rec.threshold.toFixed(4)}; "møte trolig ikke nødvendig" for ${notNeeded} of ${FIXED_CASES.length} fixed cases\n`,
);

function printCalibration(title: string, cal: CalibrationResult) {
  console.log(`## ${title}`);
  console.log(`n = ${cal.n}, observed still on leave at week 26: ${pct(cal.observedRate)}`);
  console.log('band          n      mean predicted   observed   diff (pp)');
  for (const b of cal.bands) {
    const diff =
      b.meanPredicted === null || b.observedRate === null
        ? '   –'
        : ((b.observedRate - b.meanPredicted) * 100).toFixed(1).padStart(6);
    console.log(
      `${b.label.padEnd(12)} ${String(b.n).padStart(6)}   ${pct(b.meanPredicted)}        ${pct(b.observedRate)}   ${diff}`,
    );
  }
  console.log(
    `Brier score: model ${cal.brierScore}  vs base rate only ${cal.brierScoreBaseRateOnly}  (skill ${((1 - cal.brierScore / cal.brierScoreBaseRateOnly) * 100).toFixed(2)} %)\n`,
  );
}

const N = 50_000;
const SEED = 7;
const t0 = performance.now();
const selfConsistent = drawSyntheticCases(model, N, SEED);
const elapsed = performance.now() - t0;
printCalibration(
  'Calibration on SYNTHETIC outcomes drawn from the model itself (self-consistency; not a validation)',
  calibrationTable(selfConsistent),
);

/** What if an assumption is wrong? Outcomes from a "truth" that differs, predictions from the bundled model. */
function variant(mutate: (m: SurvivalModel) => void): SurvivalModel {
  const copy = structuredClone(model);
  mutate(copy);
  return copy;
}
const noAgeEffect = variant((m) => m.covariates.ageBand.levels.forEach((l) => (l.hazardRatio = 1)));
printCalibration(
  'What-if: the assumed age effects do not exist (truth has age HR = 1)',
  calibrationTable(drawSyntheticCases(model, N, SEED, noAgeEffect)),
);
const slowerToday = variant((m) => (m.baseline.scaleWeeks = m.baseline.scaleWeeks * 1.5));
printCalibration(
  'What-if: sick leave lasts longer today than in the 2011–2017 figures (truth scale × 1.5)',
  calibrationTable(drawSyntheticCases(model, N, SEED, slowerToday)),
);

const t1 = performance.now();
let sink = 0;
for (let i = 0; i < 20_000; i++) sink += predict(model, FIXED_CASES[i % FIXED_CASES.length]!.c).probability;
const perPrediction = (performance.now() - t1) / 20_000;
console.log(
  `## Speed (informational)\nsynthetic draw + predict: ${((elapsed / N) * 1000).toFixed(1)} µs per person; predict(): ${(perPrediction * 1000).toFixed(1)} µs per call (checksum ${sink.toFixed(3)})`,
);
