import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModelFile, SCHEMA_MESSAGES_NN } from '../../../electron/core/decisions/model.js';
import { baselineText, root } from './helpers.js';

interface Editable {
  covariates: { grading: { levels: { hazardRatio: number }[] } };
  horizonWeek?: number;
}

/** A copy of the bundled model with one change made by `edit`. */
function broken(edit: (m: Editable) => void): string {
  const model = JSON.parse(baselineText()) as Editable;
  edit(model);
  return JSON.stringify(model);
}

describe('a refused model file is explained in the admin’s written standard (issue 17, acceptance 4)', () => {
  it('lists the problems in nynorsk for a nynorsk admin and in bokmål otherwise', () => {
    const file = broken((m) => {
      m.covariates.grading.levels[1]!.hazardRatio = 40;
      delete m.horizonWeek;
    });
    const nn = parseModelFile(file, 'nn');
    const nb = parseModelFile(file, 'nb');
    expect(nn.ok || nb.ok).toBe(false);
    const messages = (r: typeof nn) => (r.ok ? [] : (r.error.fields ?? []).map((f) => f.message));
    expect(messages(nn)).toEqual(
      expect.arrayContaining(['Hasardratio over 10 er ikkje truverdig.', 'Feltet manglar.']),
    );
    expect(messages(nb)).toEqual(expect.arrayContaining(['Hasardratio over 10 er ikke troverdig.', 'Feltet mangler.']));
    // The same problems, at the same places.
    expect(nn.ok ? [] : nn.error.fields?.map((f) => f.path)).toEqual(nb.ok ? [] : nb.error.fields?.map((f) => f.path));
  });

  it('has a nynorsk text for every message the schema writes itself', () => {
    const schema = fs.readFileSync(path.join(root, 'electron/core/decisions/modelFileSchema.ts'), 'utf8');
    const written = [...schema.matchAll(/'([A-ZÆØÅ][^'\n]*\.)'/g)].map((m) => m[1]!);
    // The scan must find the schema's messages (hazard ratios, intervals, risk bands, …).
    expect(written.length).toBeGreaterThanOrEqual(15);
    for (const message of written) expect(SCHEMA_MESSAGES_NN[message], message).toBeDefined();
    for (const [nb, nn] of Object.entries(SCHEMA_MESSAGES_NN)) expect(nn, nb).not.toBe(nb);
  });
});
