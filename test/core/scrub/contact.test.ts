import { describe, expect, it } from 'vitest';
import { ALLOWED_NUMBERS, isAllowedNumber } from '../../../electron/core/scrub/allowlist.js';
import { detectAddresses } from '../../../electron/core/scrub/detectors/address.js';
import { detectBankAccounts } from '../../../electron/core/scrub/detectors/bank-account.js';
import { detectCarRegs } from '../../../electron/core/scrub/detectors/car-reg.js';
import { detectDatesOfBirth } from '../../../electron/core/scrub/detectors/date-of-birth.js';
import { detectEmails } from '../../../electron/core/scrub/detectors/email.js';
import { detectIbans } from '../../../electron/core/scrub/detectors/iban.js';
import { detectOrgNumbers } from '../../../electron/core/scrub/detectors/org-number.js';
import { detectPhones } from '../../../electron/core/scrub/detectors/phone.js';
import { Scrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import type { Detector } from '../../../electron/core/scrub/types.js';
import { groupIban, makeBankAccount, makeNationalId, makeNorwegianIban, makeOrgNumber, seededRng } from './ids.js';

const rng = seededRng(7);
const texts = (detector: Detector, text: string): string[] => detector(text).map((s) => text.slice(s.start, s.end));
const scrubber = new Scrubber();
const scrub = (text: string): string => scrubber.scrub(text, { vault: new PseudonymVault() }).text;

describe('phone numbers', () => {
  it.each([
    ['Ring meg på 91234567.', '91234567'],
    ['Mobil: 912 34 567', '912 34 567'],
    ['tlf 91 23 45 67 etter fire', '91 23 45 67'],
    ['Nummeret er 4123 4567', '4123 4567'],
    ['+47 912 34 567 er jobbnummeret', '+47 912 34 567'],
    ['0047 91234567', '0047 91234567'],
    ['+4791234567', '+4791234567'],
    ['Fasttelefon 22 33 44 55.', '22 33 44 55'],
    ['Svensk nummer +46 70 123 45 67', '+46 70 123 45 67'],
    ['912.34.567 er nytt', '912.34.567'],
    ['Ring (+47) 912-34-567 i kveld', '(+47) 912-34-567'],
  ])('finds %s', (text, expected) => {
    expect(texts(detectPhones, text)).toEqual([expected]);
  });

  it('keeps every emergency and help-line number on the allowlist', () => {
    for (const n of ALLOWED_NUMBERS) {
      const text = `Hvis det er krise, ring ${n.number} med en gang.`;
      expect(texts(detectPhones, text), n.number).toEqual([]);
      expect(scrub(text), n.number).toBe(text);
      expect(isAllowedNumber(n.number)).toBe(true);
    }
    expect(scrub('Ring +47 22 40 00 40 eller 116 123.')).toBe('Ring +47 22 40 00 40 eller 116 123.');
    expect(scrub('Ring (+47) 22 40 00 40.')).toBe('Ring (+47) 22 40 00 40.');
  });

  it('leaves amounts, counts, times, year ranges and dates alone', () => {
    for (const text of [
      'Lønna er 45 000 000 kroner i året? Nei, 450 000 kr.',
      'Det kostet kr 12345678 totalt.',
      'Budsjettet er 12 345 678 kr.',
      'Fra 2019-2020 jobbet jeg i butikk, og 1990 2000 var før min tid.',
      'Vi møtes 12.03.2025 klokka 14.30.',
      'Jeg har 3 barn og 20 timer i uka, 50 % stilling.',
      'Det er 12.500.000 innbyggere? Nei.',
      'Saksnummer 2024/12345.',
    ]) {
      expect(texts(detectPhones, text), text).toEqual([]);
    }
  });
});

describe('e-mail', () => {
  it('finds addresses, also with Norwegian letters', () => {
    expect(texts(detectEmails, 'Skriv til kari.nordmann@example.no i dag')).toEqual(['kari.nordmann@example.no']);
    expect(texts(detectEmails, 'bjørn.åsmund@nav.no.')).toEqual(['bjørn.åsmund@nav.no']);
    expect(texts(detectEmails, 'a+b_c@sub.domene.com, ok')).toEqual(['a+b_c@sub.domene.com']);
  });
  it('leaves @-mentions and bare at-signs alone', () => {
    expect(texts(detectEmails, 'Møtes @ kafeen, spør @kari')).toEqual([]);
  });
});

describe('bank accounts and IBAN', () => {
  it('finds valid account numbers with dots, spaces or none', () => {
    for (let i = 0; i < 50; i++) {
      const a = makeBankAccount(rng);
      for (const form of [
        `${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`,
        `${a.slice(0, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
      ]) {
        expect(texts(detectBankAccounts, `Lønn til ${form}.`)).toEqual([form]);
      }
      expect(texts(detectBankAccounts, `kontonummer ${a}`)).toEqual([a]);
    }
  });

  it('leaves an account-shaped number with a bad check digit unless "konto" stands before it', () => {
    const a = makeBankAccount(rng);
    const bad = `${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6, 10)}${(Number(a[10]) + 1) % 10}`;
    expect(texts(detectBankAccounts, `Artikkel ${bad} i katalogen`)).toEqual([]);
    expect(texts(detectBankAccounts, `Kontonummeret mitt er ${bad}`)).toEqual([bad]);
  });

  it('types an unseparated number after "konto" as an account even when it is also a valid fødselsnummer', () => {
    const id = makeNationalId(rng);
    const spans = new Scrubber().detect(`Kontonummer ${id}`, {});
    expect(spans.map((s) => s.type)).toEqual(['BANK_ACCOUNT']);
    expect(new Scrubber().detect(`Fnr ${id}`, {}).map((s) => s.type)).toEqual(['NATIONAL_ID']);
  });

  it('finds IBANs with a valid mod-97 check, grouped or compact, and not with a bad one', () => {
    const iban = makeNorwegianIban(makeBankAccount(rng));
    expect(texts(detectIbans, `IBAN ${iban} takk`)).toEqual([iban]);
    expect(texts(detectIbans, `IBAN: ${groupIban(iban)}`)).toEqual([groupIban(iban)]);
    expect(texts(detectIbans, 'GB82 WEST 1234 5698 7654 32 i London')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    const broken = `${iban.slice(0, 2)}${(Number(iban.slice(2, 4)) + 1) % 100}`.padEnd(4, '0') + iban.slice(4);
    expect(texts(detectIbans, `IBAN ${broken}`)).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['Jeg bor i Storgata 5B, 0155 Oslo nå.', 'Storgata 5B, 0155 Oslo'],
    ['Adressen er Parkveien 12.', 'Parkveien 12'],
    ['Flyttet til Nedre Slottsgate 3 A i fjor', 'Nedre Slottsgate 3 A'],
    ['Hun bor i Karl Johans gate 22, 0159 Oslo.', 'Karl Johans gate 22, 0159 Oslo'],
    ['Kontoret ligger i Dronning Eufemias gate 16.', 'Dronning Eufemias gate 16'],
    ['Send det til Granstien 4, H0201.', 'Granstien 4, H0201'],
    ['Besøk meg i Sandvikvegen 12b', 'Sandvikvegen 12b'],
    ['jeg bor i storgata 7 sammen med mamma', 'storgata 7'],
    ['Adressen min er Hoelsveien 3, 2750 Gran', 'Hoelsveien 3, 2750 Gran'],
    ['Postboks 123, 0102 Oslo', 'Postboks 123, 0102 Oslo'],
    ['adr: storgata 5, 0155 oslo', 'storgata 5, 0155 oslo'],
    ['Adr. Løkkeveien 14 B', 'Løkkeveien 14 B'],
    ['Hun har flyttet til St. Olavs gate 5 nå', 'St. Olavs gate 5'],
    ['Kontoret er i Kong Oscars gt. 12.', 'Kong Oscars gt. 12'],
  ])('finds the address in "%s"', (text, expected) => {
    const spans = new Scrubber().detect(text, {}).filter((s) => s.type === 'ADDRESS');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([expected]);
  });

  it('leaves week numbers, law references, pages and "bor i <town>" alone', () => {
    for (const text of [
      'Vi starter i uke 26.',
      'Etter folketrygdloven § 8-7 a har du rett.',
      'Se side 12 i veilederen.',
      'Jeg bor i Oslo med 3 venner.',
      'Veien videre er 2 år.',
      // Not across a sentence end, and never into a help line.
      'Møtet er flyttet til onsdag klokka ni. Ring 116 111 hvis det er akutt.',
      'Vi flytter til Bergen kl 14 i morgen.',
    ]) {
      expect(texts(detectAddresses, text), text).toEqual([]);
    }
  });
});

describe('dates of birth', () => {
  it.each([
    ['Jeg er født 12.03.1998 i Bergen.', '12.03.1998'],
    ['født 3. mai 2001', '3. mai 2001'],
    ['f. 24.12.99', '24.12.99'],
    ['Fødselsdato: 1998-03-12', '1998-03-12'],
    ['Hun er fødd 7. juni 2004', '7. juni 2004'],
    ['Født den 1/2/2000', '1/2/2000'],
    ['Bursdagen min er 17. mai', '17. mai'],
    ['Min bursdag: 12.03', '12.03'],
    ['født 12. mars -98', '12. mars -98'],
  ])('finds the date in "%s"', (text, expected) => {
    expect(texts(detectDatesOfBirth, text)).toEqual([expected]);
  });

  it('leaves other dates, "f.eks." and bare birth years alone', () => {
    for (const text of [
      'Møtet er 12.03.2025.',
      'Frist 1. juli 2026',
      'f.eks. 12 timer',
      'Jeg er født i 1998.',
      'Han ble født på Ahus.',
      'Vakt f. 12.30 til 14.00',
      'Bursdag 12.30 i kantina',
    ]) {
      expect(texts(detectDatesOfBirth, text), text).toEqual([]);
    }
  });
});

describe('organisation numbers and car registration numbers', () => {
  it("finds a sole proprietor's organisation number only with an ENK cue", () => {
    const org = makeOrgNumber(rng);
    const spaced = `${org.slice(0, 3)} ${org.slice(3, 6)} ${org.slice(6)}`;
    expect(texts(detectOrgNumbers, `Jeg har et ENK med org.nr ${spaced}.`)).toEqual([spaced]);
    expect(texts(detectOrgNumbers, `Enkeltpersonforetaket mitt har nummer ${org}`)).toEqual([org]);
    expect(texts(detectOrgNumbers, `Arbeidsgiveren har org.nr ${spaced}.`)).toEqual([]);
  });

  it('leaves an organisation number with a bad check digit alone, even with an ENK cue', () => {
    const org = makeOrgNumber(rng);
    const bad = org.slice(0, 8) + String((Number(org[8]) + 1) % 10);
    expect(texts(detectOrgNumbers, `Jeg har et ENK med org.nr ${bad}.`)).toEqual([]);
  });

  it('finds plates with two letters and five digits', () => {
    expect(texts(detectCarRegs, 'Bilen har skilt EL 12345.')).toEqual(['EL 12345']);
    expect(texts(detectCarRegs, 'AB12345 står parkert')).toEqual(['AB12345']);
    expect(texts(detectCarRegs, 'regnr el 12345')).toEqual(['el 12345']);
    expect(texts(detectCarRegs, 'Ring 12345 eller se uke 26, ABC123456')).toEqual([]);
  });
});

describe('things that are not personal data stay in the text', () => {
  it.each([
    'Etter folketrygdloven § 8-7 a kan du få sykepenger.',
    'Vi har møte i uke 26 kl. 14.30.',
    'Du får 66 % av lønna, altså 23 450 kr i måneden.',
    'Det var 1 234 deltakere og 12 ledere i 2024.',
    'Fristen er 12.03.2025, og møtet er 3. mars.',
    'Ring 113 ved akutt fare, 116 117 til legevakta.',
    'Tiltaket varer i 12 uker fra 01.08.2025 til 31.10.2025.',
  ])('keeps "%s"', (text) => {
    expect(scrub(text)).toBe(text);
  });
});
