import { describe, expect, it } from 'vitest';
import { scrubSafely, Scrubber } from '../../../electron/core/scrub/scrubber.js';
import type { KnownIdentity } from '../../../electron/core/scrub/types.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';

const scrubber = new Scrubber();
const known: KnownIdentity[] = [
  {
    kind: 'participant',
    fullName: 'Sunniva Kvalheim-Berg',
    nationalId: '01010112345',
    phone: '+47 912 34 567',
    email: 'sunniva.kb@example.no',
    address: 'Løkkeveien 14 B, 4008 Stavanger',
  },
  { kind: 'relative', fullName: 'Per Kvalheim', names: ['Pelle'] },
  { kind: 'employer_contact', fullName: 'Grete Olsen' },
  { kind: 'counselor', fullName: 'Dag Solstad' },
];

function scrub(text: string, vault = new PseudonymVault()): string {
  const result = scrubSafely(scrubber, text, { vault, known });
  if (!result.ok) throw new Error(result.error.message);
  return result.text;
}

describe('known identities from the record', () => {
  it('removes the full name, first name alone and surname alone, in any case', () => {
    const vault = new PseudonymVault();
    expect(scrub('Sunniva Kvalheim-Berg er deltakeren.', vault)).toBe('[NAVN_1] er deltakeren.');
    expect(scrub('sunniva kom for sent', vault)).toBe('[NAVN_1] kom for sent');
    expect(scrub('SUNNIVA svarte ikke', vault)).toBe('[NAVN_1] svarte ikke');
    expect(scrub('Familien Kvalheim-Berg', vault)).toBe('Familien [NAVN_1]');
    expect(scrub('Berg-familien er hyggelig', vault)).toBe('[NAVN_1]-familien er hyggelig');
  });

  it('removes a name written right beside a known one, as its own person; ordinary words beside it stay', () => {
    const vault = new PseudonymVault();
    // Only the participant's surname is in the record; her mother shares it.
    expect(scrub('Jeg bor med mamma Hodan Kvalheim-Berg.', vault)).toBe('Jeg bor med mamma [NAVN_1] [NAVN_2].');
    expect(scrub('Amina Hodan Kvalheim-Berg kom også.', vault)).toBe('[NAVN_3] [NAVN_1] [NAVN_2] kom også.');
    expect(scrub('Hei Kvalheim-Berg. Ring Sunniva i dag, Mamma Sunniva sa det.', vault)).toBe(
      'Hei [NAVN_2]. Ring [NAVN_2] i dag, Mamma [NAVN_2] sa det.',
    );
  });

  it('removes genitive forms', () => {
    expect(scrub('Sunnivas mål er jobb.')).toBe('[NAVN_1]s mål er jobb.');
    expect(scrub('Gretes kontor', new PseudonymVault())).toBe('[NAVN_1]s kontor');
    expect(scrub("Grete's kontor")).toBe("[NAVN_1]'s kontor");
  });

  it('gives relatives, employer contact and counselor their own placeholders', () => {
    const vault = new PseudonymVault();
    expect(scrub('Sunniva og pappa Per snakket med Grete Olsen og Dag Solstad.', vault)).toBe(
      '[NAVN_1] og pappa [NAVN_2] snakket med [NAVN_3] og [NAVN_4].',
    );
    expect(scrub('pelle ringte', vault)).toBe('[NAVN_2] ringte');
    expect(scrub('olsen sa ja', vault)).toBe('[NAVN_3] sa ja');
  });

  it('keeps very common lower-case words that happen to be a known name ("per dag")', () => {
    expect(scrub('Hun jobber fire timer per dag i dag.')).toBe('Hun jobber fire timer per dag i dag.');
    expect(scrub('Dag sa at Per kommer.')).toBe('[NAVN_1] sa at [NAVN_2] kommer.');
    expect(scrub('Jeg har et godt liv.')).toBe('Jeg har et godt liv.');
    // With a cue, or capitalised, the same word is the person.
    expect(scrub('Veilederen heter dag.')).toBe('Veilederen heter [NAVN_1].');
  });

  it('removes the national id, phone, e-mail and address in any grouping', () => {
    const vault = new PseudonymVault();
    expect(scrub('fnr 010101 12345, mob 91234567, e-post Sunniva.KB@example.no', vault)).toBe(
      'fnr [FNR_1], mob [TLF_1], e-post [EPOST_1]',
    );
    expect(scrub('ring 912 34 567 eller +4791234567', vault)).toBe('ring [TLF_1] eller [TLF_1]');
    expect(scrub('Hun bor i Løkkeveien 14 B, 4008 Stavanger.', vault)).toBe('Hun bor i [ADRESSE_1].');
    expect(scrub('løkkeveien 14 b er adressen', vault)).toBe('[ADRESSE_1] er adressen');
  });

  it('leaves other people with the same first letters alone ("Sunnivas" ≠ "Sunniva-Marie")', () => {
    expect(scrub('Perfekt, sa Peder.')).toBe('Perfekt, sa [NAVN_1].');
  });
});
