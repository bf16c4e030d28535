import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION_ERROR_REASONS } from '../../../electron/core/decisions/errors.js';
import { FEATURE_REFUSAL_REASONS } from '../../../electron/core/errors/index.js';
import { predict } from '../../../electron/core/decisions/model.js';
import { FIXED_CASES } from './fixed-cases.js';
import { loadBaseline, root } from './helpers.js';

/**
 * Issue 17, acceptance 4: every user-facing text of decision support exists in bokmål AND nynorsk,
 * and no text in any locale file calls a retention period law without citing the provision.
 */
type Bundle = { [key: string]: string | Bundle };
const localesDir = path.join(root, 'renderer/src/i18n/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8')) as Bundle;

function flatten(b: Bundle, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(b)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Every locale file, bokmål and nynorsk (the shared files and every feature's). */
function localeFiles(lang: 'nb' | 'nn'): string[] {
  const files = [`${lang}.json`];
  for (const entry of fs.readdirSync(localesDir, { withFileTypes: true }))
    if (entry.isDirectory() && fs.existsSync(path.join(localesDir, entry.name, `${lang}.json`)))
      files.push(`${entry.name}/${lang}.json`);
  return files;
}

const RETENTION = /(oppbevar|lagr|slett|behold|beheld|behald|ta(ke|kast)? vare på|kept|retention|stored)/i;
const LAW =
  /\b(lov|loven|lova|lovkrav|lovpålagt|lovpålagd|lovbestemt|etter loven|etter lova|required by law|the law|by law|legally required)\b/i;
const CITATION = /§\s*\d|artikkel\s*\d|article\s*\d|\bforskrift(a|en)?\b\s+§/i;

/**
 * A text that says keeping (for a period) follows from law, without naming the provision. A heading
 * such as «Dette må beholdes etter loven:» counts too: the periods listed under it read as law.
 */
function uncitedRetentionLawClaim(text: string): boolean {
  return RETENTION.test(text) && LAW.test(text) && !CITATION.test(text);
}

describe('decision-support texts in both written standards (issue 17, acceptance 4)', () => {
  const nb = flatten(read('decisions/nb.json'));
  const nn = flatten(read('decisions/nn.json'));

  it('has every bokmål key in nynorsk and the other way round, none empty', () => {
    expect([...nb.keys()].filter((k) => !nn.has(k))).toEqual([]);
    expect([...nn.keys()].filter((k) => !nb.has(k))).toEqual([]);
    expect([...nn.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('writes nynorsk in nynorsk: longer texts are not bokmål copies', () => {
    const copies = [...nb.entries()].filter(([k, v]) => v.length > 60 && nn.get(k) === v).map(([k]) => k);
    expect(copies).toEqual([]);
  });

  it('has every reason a decision-support step can be refused with, in both (the app shows these, not the core message)', () => {
    for (const [name, texts] of [
      ['nb', nb],
      ['nn', nn],
    ] as const)
      expect(
        DECISION_ERROR_REASONS.filter((r) => !texts.get(`decisions.errors.${r}`)?.trim()),
        `${name}: reasons without a text`,
      ).toEqual([]);
    // …and every reason the feature may not run for (switched off, no basis, an objection …).
    for (const [name, texts] of [
      ['nb', nb],
      ['nn', nn],
    ] as const)
      expect(
        FEATURE_REFUSAL_REASONS.filter((r) => !texts.get(`decisions.unavailable.reasons.${r}`)?.trim()),
        `${name}: refusals without a text`,
      ).toEqual([]);
  });

  it('keeps the same placeholders in both', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(
      [...nb.entries()]
        .filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(nn.get(k) ?? '')))
        .map(([k]) => k),
    ).toEqual([]);
  });
});

describe('the factor texts of the bundled model in both written standards (issue 17, acceptance 4)', () => {
  const model = loadBaseline();
  it('has a nynorsk label and explanation for every covariate and level, not copies of the bokmål ones', () => {
    const missing: string[] = [];
    const copies: string[] = [];
    for (const [key, cov] of Object.entries(model.covariates)) {
      if (!cov.labelNn) missing.push(key);
      for (const level of cov.levels) {
        if (!level.labelNn || !level.explanationNn) missing.push(`${key}.${level.value}`);
        else if (level.explanationNn === level.explanation) copies.push(`${key}.${level.value}`);
      }
    }
    expect(missing).toEqual([]);
    expect(copies).toEqual([]);
  });

  it('has nynorsk for every text of the model page: description, legal note, use, calibration, assumptions, source figures', () => {
    const pairs: [string, string, string | undefined][] = [
      ['description', model.provenance.description, model.provenance.descriptionNn],
      ['legalBasisNote', model.provenance.legalBasisNote, model.provenance.legalBasisNoteNn],
      ['intendedUse', model.intendedUse, model.intendedUseNn],
      ['notIntendedUse', model.notIntendedUse, model.notIntendedUseNn],
      ['calibration', model.calibration.description, model.calibration.descriptionNn],
      ...model.assumptions.map((a): [string, string, string | undefined] => [`assumption ${a.id}`, a.text, a.textNn]),
      ...model.sources.flatMap((s) =>
        s.numbers.flatMap((n, i): [string, string, string | undefined][] => [
          [`${s.id}[${i}].label`, n.label, n.labelNn],
          [`${s.id}[${i}].unit`, n.unit, n.unitNn],
          [`${s.id}[${i}].where`, n.where, n.whereNn],
        ]),
      ),
    ];
    expect(pairs.filter(([, , nn]) => !nn?.trim()).map(([k]) => k)).toEqual([]);
    expect(pairs.filter(([, nb, nn]) => nb.length > 30 && nn === nb).map(([k]) => k)).toEqual([]);
  });

  it('gives every factor of a prediction its nynorsk words, and compares an age group with the reference group, not «gjennomsnittet»', () => {
    for (const { c } of FIXED_CASES) {
      for (const f of predict(model, c).factors) {
        expect(f.nn?.explanation).toBeTruthy();
        if (f.covariate === 'ageBand') {
          expect(f.explanation).not.toContain('gjennomsnittet');
          if (f.evidence !== 'reference')
            expect([f.explanation, f.nn!.explanation]).toEqual([
              expect.stringContaining('40–49 år (referansen)'),
              expect.stringContaining('40–49 år (referansen)'),
            ]);
        }
      }
    }
  });
});

describe('the model card in nynorsk (issue 17, acceptance 4)', () => {
  const cardNb = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.md'), 'utf8');
  const cardNn = fs.readFileSync(path.join(root, 'models/decision/MODEL_CARD.nn.md'), 'utf8');
  /** Every figure in the text (addresses aside), so the two cards cannot drift apart in what they state. */
  const figures = (md: string) =>
    [...md.replace(/https?:\/\/\S+/g, '').matchAll(/\d+(?:[ ,.]\d+)*/g)].map((m) => m[0]).sort();
  /** Prose only: publications' own titles «…», code and addresses keep their language. */
  const prose = (md: string) =>
    md
      .replace(/https?:\/\/\S+/g, '')
      .replace(/«[^»]*»/g, '')
      .replace(/`[^`]*`/g, '');

  it('states the same figures as the bokmål card, under as many headings', () => {
    expect(figures(cardNn)).toEqual(figures(cardNb));
    const headings = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l)).length;
    expect(headings(cardNn)).toBe(headings(cardNb));
  });

  it('is written in nynorsk, not bokmål', () => {
    expect(
      prose(cardNn).match(/\b(ikke|uker|veileder|sykmeldt|sykmeldte|hvis|fortsatt|beslutning|antakelse)\b/gi),
    ).toBeNull();
    expect(prose(cardNn)).toMatch(/\bikkje\b/);
  });
});

describe('no retention period is called law without a provision (issue 17, acceptance 4)', () => {
  it('recognises the claims it must catch, and lets a cited one through', () => {
    expect(uncitedRetentionLawClaim('Beslutningsloggen må etter loven oppbevares i seks måneder.')).toBe(true);
    expect(uncitedRetentionLawClaim('Loggen er lovpålagt å lagre i minst 12 måneder.')).toBe(true);
    expect(uncitedRetentionLawClaim('Avgjerdsloggen skal etter lova lagrast i seks månader.')).toBe(true);
    expect(uncitedRetentionLawClaim('Bokføringsloven § 13 krever at regnskapet oppbevares i fem år.')).toBe(false);
    expect(uncitedRetentionLawClaim('Organisasjonen har valgt å beholde loggen i seks måneder.')).toBe(false);
    expect(uncitedRetentionLawClaim('Dette må takast vare på etter lova:')).toBe(true);
  });

  for (const lang of ['nb', 'nn'] as const) {
    it(`finds no such claim in the ${lang} locale files`, () => {
      const claims: string[] = [];
      for (const file of localeFiles(lang))
        for (const [k, v] of flatten(read(file))) if (uncitedRetentionLawClaim(v)) claims.push(`${file}: ${k}: ${v}`);
      expect(claims).toEqual([]);
    });
  }
});
