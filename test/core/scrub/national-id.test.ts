import { describe, expect, it } from 'vitest';
import {
  hasValidNationalIdControlDigits,
  isValidNationalId,
  nationalIdKind,
} from '../../../electron/core/scrub/checksums.js';
import { detectNationalIds } from '../../../electron/core/scrub/detectors/national-id.js';
import { breakChecksum, controlDigits, makeNationalId, seededRng } from './ids.js';

const rng = seededRng(42);
const found = (text: string): string[] => detectNationalIds(text).map((s) => text.slice(s.start, s.end));

describe('fødselsnummer checksums (independent generator vs detector)', () => {
  it('accepts generated fødselsnummer, D-, H- and synthetic numbers', () => {
    for (const kind of ['fnr', 'dnr', 'hnr', 'synthetic'] as const) {
      for (let i = 0; i < 200; i++) {
        const id = makeNationalId(rng, kind);
        expect(isValidNationalId(id), `${kind} ${id}`).toBe(true);
      }
    }
  });

  it('knows the kind from the date part (D: day + 40, H: month + 40, synthetic: month + 80)', () => {
    expect(nationalIdKind(makeNationalId(rng, 'fnr'))).toBe('fnr');
    expect(nationalIdKind(makeNationalId(rng, 'dnr'))).toBe('dnr');
    expect(nationalIdKind(makeNationalId(rng, 'hnr'))).toBe('hnr');
    expect(nationalIdKind(makeNationalId(rng, 'synthetic'))).toBe('synthetic');
  });

  it('accepts the 2032 scheme: the first control digit may take four values', () => {
    // Skatteetaten's published examples.
    expect(hasValidNationalIdControlDigits('02013299997')).toBe(true);
    expect(hasValidNationalIdControlDigits('30108299920')).toBe(true);
    expect(hasValidNationalIdControlDigits('30108299939')).toBe(true);
    for (let i = 0; i < 200; i++) {
      const remainder = (1 + (i % 3)) as 1 | 2 | 3;
      const id = makeNationalId(rng, i % 2 ? 'fnr' : 'dnr', remainder);
      expect(isValidNationalId(id), id).toBe(true);
      expect(found(`fnr ${id}`)).toEqual([id]);
      expect(found(`Nummeret ${id} står på brevet.`)).toEqual([id]);
    }
  });

  it('rejects a wrong second control digit and a k1 remainder above 3', () => {
    for (let i = 0; i < 200; i++) expect(isValidNationalId(breakChecksum(makeNationalId(rng)))).toBe(false);
    // Same nine digits, every k1 whose remainder would be 4..10, with a k2 that fits it.
    const nine = '010190123';
    const good = new Set([0, 1, 2, 3].map((r) => controlDigits(nine, r as 0 | 1 | 2 | 3)?.[0]));
    for (let k1 = 0; k1 <= 9; k1++) {
      if (good.has(String(k1))) continue;
      for (let k2 = 0; k2 <= 9; k2++) expect(hasValidNationalIdControlDigits(`${nine}${k1}${k2}`)).toBe(false);
    }
  });

  it('rejects impossible dates even with valid control digits', () => {
    // 31 February, month 13, day 00: never valid under any offset.
    for (const nine of ['310290123', '011390123', '000190123', '015390123']) {
      const k = controlDigits(nine);
      if (k) expect(isValidNationalId(nine + k)).toBe(false);
    }
  });
});

describe('national id detector', () => {
  it('finds valid numbers with or without a space after the date', () => {
    const id = makeNationalId(rng);
    const spaced = `${id.slice(0, 6)} ${id.slice(6)}`;
    expect(found(`Fødselsnummeret mitt er ${id}.`)).toEqual([id]);
    expect(found(`Her: ${spaced}, takk`)).toEqual([spaced]);
    expect(detectNationalIds(`${id}`)[0]?.type).toBe('NATIONAL_ID');
  });

  it('finds D-, H- and synthetic numbers without a cue', () => {
    for (const kind of ['dnr', 'hnr', 'synthetic'] as const) {
      const id = makeNationalId(rng, kind);
      expect(found(`Saken gjelder ${id} i systemet.`)).toEqual([id]);
    }
  });

  it('removes an 11-digit run with a bad checksum only after a cue word', () => {
    const bad = breakChecksum(makeNationalId(rng));
    expect(found(`Referanse ${bad} gjelder fakturaen.`)).toEqual([]);
    for (const cue of [
      'fnr',
      'Fnr:',
      'fødselsnummer',
      'fødselsnummeret mitt er',
      'personnummer',
      'd-nummer',
      'D-nummeret hans er',
      'pnr.',
    ]) {
      expect(found(`${cue} ${bad}`), cue).toEqual([bad]);
    }
  });

  it('removes a number with its date part written as a date only after a cue word', () => {
    const id = makeNationalId(rng);
    const dotted = `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`;
    expect(found(`fødselsnr ${dotted}`)).toEqual([dotted]);
    expect(found(`Fnr: ${dotted.replace(' ', '-')}.`)).toEqual([dotted.replace(' ', '-')]);
    expect(found(`Møtet var ${dotted} ganger`)).toEqual([]);
  });

  it('leaves shorter and longer digit runs alone', () => {
    const id = makeNationalId(rng);
    expect(found(`${id}9`)).toEqual([]);
    expect(found(`Ordrenummer 1${id}`)).toEqual([]);
    expect(found('Det kostet 12345678901234 kroner')).toEqual([]);
  });
});
