import { describe, expect, it } from 'vitest';
import { HELP_LINES } from '../../../electron/core/chat/safety/index.js';
import { ALLOWED_NUMBERS, isAllowedNumber } from '../../../electron/core/scrub/allowlist.js';
import { detectInOutput } from '../../../electron/core/scrub/output.js';
import { Scrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';

const scrubber = new Scrubber();
const scrub = (text: string): string => scrubber.scrub(text, { vault: new PseudonymVault() }).text;

describe('help lines and emergency numbers stay in the text', () => {
  it('keeps every help line the crisis reply gives, as written and as dialled, in every language', () => {
    for (const line of HELP_LINES) {
      expect(isAllowedNumber(line.number), line.number).toBe(true);
      expect(isAllowedNumber(line.dial), line.dial).toBe(true);
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const text = `• ${line.number} – ${line.name[lang]}: ${line.purpose[lang]}. Ring ${line.dial}.`;
        expect(scrub(text), `${line.id} ${lang}`).toBe(text);
      }
    }
  });

  it('recognises allowed numbers with +47 or 0047 in front and any spacing', () => {
    expect(isAllowedNumber('+47 22 40 00 40')).toBe(true);
    expect(isAllowedNumber('0047 116 123')).toBe(true);
    expect(isAllowedNumber('22400040')).toBe(true);
    expect(isAllowedNumber('116-117')).toBe(true);
    // An ordinary number is not on the list, and neither is part of a help line.
    expect(isAllowedNumber('22 40 00 41')).toBe(false);
    expect(isAllowedNumber('40 00 40')).toBe(false);
  });

  it('does not flag a help line the model repeats as a number it made up', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Jeg heter Kari og har det tungt.', { vault });
    const reply = `[NAVN_1], du kan ringe ${ALLOWED_NUMBERS.map((n) => n.number).join(', ')} når som helst.`;
    const check = detectInOutput(reply, vault, scrubber);
    expect(check.findings).toEqual([]);
    expect(check.unknownPlaceholders).toEqual([]);
  });

  it('still removes a private number that sits next to a help line', () => {
    expect(scrub('Ring 116 123 eller meg på 912 34 567.')).toBe('Ring 116 123 eller meg på [TLF_1].');
  });
});
