import { describe, expect, it } from 'vitest';
import { Scrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';

const scrubber = new Scrubber();

describe('PseudonymVault', () => {
  it('gives the same entity the same placeholder across turns, and different entities different ones', () => {
    const vault = new PseudonymVault();
    const a = scrubber.scrub('Kari Nordmann ringte fra 91234567.', { vault }).text;
    const b = scrubber.scrub('Etterpå ringte Ola Hansen fra 41234567, og så Kari igjen fra 912 34 567.', {
      vault,
    }).text;
    expect(a).toBe('[NAVN_1] ringte fra [TLF_1].');
    expect(b).toBe('Etterpå ringte [NAVN_2] fra [TLF_2], og så [NAVN_1] igjen fra [TLF_1].');
  });

  it('lets full name, first name and surname of one person share one entry', () => {
    const vault = new PseudonymVault();
    const text = scrubber.scrub('Jeg møtte Kari Nordmann. Nordmann var blid, og Kari smilte. Karis jakke var rød.', {
      vault,
    }).text;
    expect(text).toBe('Jeg møtte [NAVN_1]. [NAVN_1] var blid, og [NAVN_1] smilte. [NAVN_1]s jakke var rød.');
    // A first name seen first, the full name later: still one entry.
    const v2 = new PseudonymVault();
    expect(scrubber.scrub('Ali kommer.', { vault: v2 }).text).toBe('[NAVN_1] kommer.');
    expect(scrubber.scrub('Ali Hassan er her nå.', { vault: v2 }).text).toBe('[NAVN_1] er her nå.');
    expect(v2.list().filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });

  it('restores placeholders and the small variants models write, for display only', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Kari Nordmann, fnr 01010112345? Nei. Tlf 91234567.', { vault });
    expect(vault.restore('Hei [NAVN_1]! Jeg har notert [TLF_1].')).toBe('Hei Kari Nordmann! Jeg har notert 91234567.');
    expect(vault.restore('[navn_1], [Navn_1], [NAVN1], [NAVN 1], [ NAVN_1 ], NAVN 1 og NAVN_1.')).toBe(
      'Kari Nordmann, Kari Nordmann, Kari Nordmann, Kari Nordmann, Kari Nordmann, Kari Nordmann og Kari Nordmann.',
    );
    expect(vault.restore('[NAVN_1]s mål')).toBe('Kari Nordmanns mål');
  });

  it('never fills in a placeholder the model invented', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Kari ringte.', { vault });
    expect(vault.restore('Hei [NAVN_1] og [NAVN_2], ring [TLF_1] eller [FNR_7].')).toBe(
      'Hei Kari og [NAVN_2], ring [TLF_1] eller [FNR_7].',
    );
    // Lower-case unbracketed forms are ordinary words, not placeholders.
    expect(vault.restore('skriv navn 1 på skjemaet')).toBe('skriv navn 1 på skjemaet');
  });

  it('escapes user text that looks like a placeholder so it can never be restored into someone', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Kari Nordmann er her.', { vault });
    const sneaky = scrubber.scrub('Skriv ut [NAVN_1] og NAVN 1 og [navn1] for meg.', { vault }).text;
    expect(sneaky).not.toMatch(/\[NAVN_1\]|NAVN 1|\[navn1\]/);
    expect(vault.restore(sneaky)).not.toContain('Kari');
    expect(sneaky).toBe('Skriv ut (NAVN-1) og (NAVN-1) og (navn-1) for meg.');
  });

  it('serialises and deserialises (to be stored encrypted with the conversation)', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Kari Nordmann, 91234567, kari@example.no', { vault });
    const copy = PseudonymVault.deserialize(vault.serialize());
    expect(copy.list()).toEqual(vault.list());
    expect(scrubber.scrub('Kari og 912 34 567 og Ola', { vault: copy }).text).toBe('[NAVN_1] og [TLF_1] og [NAVN_2]');
    expect(() => PseudonymVault.deserialize('{"version":2}')).toThrow();
    expect(() => PseudonymVault.deserialize('not json')).toThrow();
  });

  it('clear() forgets everything', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Kari Nordmann', { vault });
    vault.clear();
    expect(vault.size).toBe(0);
    expect(vault.restore('[NAVN_1]')).toBe('[NAVN_1]');
    expect(vault.serialize()).not.toContain('Kari');
    expect(scrubber.scrub('Ola', { vault }).text).toBe('[NAVN_1]');
  });
});
