import { describe, expect, it } from 'vitest';
import { genitiveStem } from '../../../electron/core/scrub/names/wordShape.js';
import { personFeatures } from '../../../electron/core/scrub/names/features.js';
import { scorerFor } from '../../../electron/core/scrub/names/scorer.js';
import { Scrubber } from '../../../electron/core/scrub/scrubber.js';
import { tokenize } from '../../../electron/core/scrub/tokens.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';

const scrubber = new Scrubber();
const scrub = (text: string, vault = new PseudonymVault()): string => scrubber.scrub(text, { vault }).text;

describe('person names', () => {
  it.each([
    ['Jeg snakket med Kari i går.', 'Jeg snakket med [NAVN_1] i går.'],
    ['Ola Nordmann kommer på møtet.', '[NAVN_1] kommer på møtet.'],
    ['Hun heter Amina Abdi og er 19 år.', 'Hun heter [NAVN_1] og er 19 år.'],
    ['Sjefen min, Tor Egil Hansen, er streng.', 'Sjefen min, [NAVN_1], er streng.'],
    ['Vi var hos Mohammed Ali etter skolen.', 'Vi var hos [NAVN_1] etter skolen.'],
    ['Jeg jobber sammen med Thi Nguyen og Piotr Kowalski.', 'Jeg jobber sammen med [NAVN_1] og [NAVN_2].'],
    ['Faren min heter Yonas Tesfay.', 'Faren min heter [NAVN_1].'],
    ['Læreren var Anne-Lise Berg.', 'Læreren var [NAVN_1].'],
    ['Dommer Finn Eilertsen sa nei.', 'Dommer [NAVN_1] sa nei.'],
    ['Vi leste om Ingrid van der Berg i avisa.', 'Vi leste om [NAVN_1] i avisa.'],
  ])('replaces the names in "%s"', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('keeps the genitive s outside the placeholder', () => {
    expect(scrub('Jeg var hjemme hos Karis mamma.')).toBe('Jeg var hjemme hos [NAVN_1]s mamma.');
    expect(scrub("Det var Ahmed's idé.")).toBe("Det var [NAVN_1]'s idé.");
    // Names that end in s themselves are whole names.
    expect(scrub('Jeg møtte Hans og Lars i går.')).toBe('Jeg møtte [NAVN_1] og [NAVN_2] i går.');
  });

  it('understands "Kari sin" and lower-case names with a cue', () => {
    expect(scrub('Det er Kari sin jakke.')).toBe('Det er [NAVN_1] sin jakke.');
    expect(scrub('det er kari sin jakke')).toBe('det er [NAVN_1] sin jakke');
    expect(scrub('jeg heter ahmed og er 18')).toBe('jeg heter [NAVN_1] og er 18');
    expect(scrub('mamma kari er syk')).toBe('mamma [NAVN_1] er syk');
    expect(scrub('sjefen min ola er sur')).toBe('sjefen min [NAVN_1] er sur');
  });

  it('finds lower-case given names in chat after "med", "hos", "sa", "hei" and after another name', () => {
    expect(scrub('jeg snakka med kari i går')).toBe('jeg snakka med [NAVN_1] i går');
    expect(scrub('jeg var hos fatima etter skolen')).toBe('jeg var hos [NAVN_1] etter skolen');
    expect(scrub('sa ahmed til meg')).toBe('sa [NAVN_1] til meg');
    expect(scrub('hei lars, takk for sist')).toBe('hei [NAVN_1], takk for sist');
    expect(scrub('jeg var hos karis mamma')).toBe('jeg var hos [NAVN_1]s mamma');
    expect(scrub('jeg møtte ali og hodan')).toBe('jeg møtte [NAVN_1] og [NAVN_2]');
  });

  it('keeps ordinary lower-case words after those cue words, also when a name list has them', () => {
    for (const text of [
      'til mai skal jeg på ferie',
      'jeg kom med rose og sjokolade',
      'fire timer per dag og per uke',
      'sammen med gutta fra skolen',
      'jeg skal til legen og så hos nav',
      'sa ja til jobben, takk for hjelpen',
      'hei alle sammen',
      'havet har fisk og marin vegetasjon',
      'jeg og andre fikk jobb fra mandag',
    ]) {
      expect(scrub(text), text).toBe(text);
    }
  });

  it('does not pull a cue or an everyday word into the name before it', () => {
    expect(scrub('Til Jonas: husk møtet.')).toBe('Til [NAVN_1]: husk møtet.');
    const vault = new PseudonymVault();
    expect(scrub('Som Kari sa, det går bra.', vault)).toBe('Som [NAVN_1] sa, det går bra.');
    // "Som" did not become part of Kari's name, so it stays a word later in the conversation.
    expect(scrub('Som sagt: Kari er grei.', vault)).toBe('Som sagt: [NAVN_1] er grei.');
    expect(scrub('Per Borten var statsminister.')).toBe('[NAVN_1] var statsminister.');
  });

  it('keeps the first half of a compound with a hyphen ("Vold- og overgrepslinjen")', () => {
    expect(scrub('Ring 116 006 – Vold- og overgrepslinjen.')).toBe('Ring 116 006 – Vold- og overgrepslinjen.');
    expect(scrub('Hun jobber i Barne- og familiedepartementet.')).toBe('Hun jobber i Barne- og familiedepartementet.');
    expect(scrub('Jeg snakket med Kari Vold i går.')).toBe('Jeg snakket med [NAVN_1] i går.');
  });

  it('finds the genitive stem of a name token', () => {
    expect(genitiveStem('karis')).toBe('kari');
    expect(genitiveStem("kari's")).toBe('kari');
    expect(genitiveStem('kari’s')).toBe('kari');
    expect(genitiveStem("lars'")).toBe('lars');
    expect(genitiveStem('hans')).toBe('han');
    expect(genitiveStem('as')).toBeNull();
    expect(genitiveStem('kari')).toBeNull();
  });

  it('scores with the fast scorer exactly as the trained model over personFeatures does', () => {
    const sentences = [
      'Dommer Finn Eilertsen sa nei til NAV i Oslo.',
      'Hei! Jeg heter Amina Abdi, og sjefen min Tor Egil Hansen er streng.',
      '«Per Borten» skrev Karis mor – Vold- og overgrepslinjen, 116 006.',
      'Mandag møtte jeg Ingrid van der Berg, Mehmet Yılmaz og Oksana Shevchenko.',
      'DNB, Rema 1000 og Kiwi søker folk; Ring Lise på 912 34 567.',
      'I går var Liv, Dag og Sol på kafeen med Hans-Petter.',
    ];
    let compared = 0;
    for (const text of sentences) {
      const tokens = tokenize(text);
      const scorer = scorerFor(scrubber.model, scrubber.lexicon);
      for (let pass = 0; pass < 2; pass++) {
        tokens.forEach((t, i) => {
          if (t.kind !== 'w' || !t.cap) return;
          expect(scorer.probability(tokens, i), t.text).toBe(
            scrubber.model.probability(personFeatures(tokens, i, scrubber.lexicon)),
          );
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('finds a lower-case name that was written with a capital earlier in the conversation', () => {
    const vault = new PseudonymVault();
    expect(scrub('Jeg har en venn som heter Sigrid.', vault)).toBe('Jeg har en venn som heter [NAVN_1].');
    expect(scrub('sigrid var med på intervjuet', vault)).toBe('[NAVN_1] var med på intervjuet');
    expect(scrub('Sigrids bror også', vault)).toBe('[NAVN_1]s bror også');
  });

  it('treats names that are also common words as words unless cued or capitalised inside a sentence', () => {
    expect(scrub('Liv og helse er viktig.')).toBe('Liv og helse er viktig.');
    expect(scrub('Dag etter dag går det bedre.')).toBe('Dag etter dag går det bedre.');
    expect(scrub('Sol og varme i dag.')).toBe('Sol og varme i dag.');
    expect(scrub('Håp er det viktigste.')).toBe('Håp er det viktigste.');
    expect(scrub('Jeg har et godt liv, og i dag er det sol.')).toBe('Jeg har et godt liv, og i dag er det sol.');
    expect(scrub('Jeg så en bjørn og en rose i mai.')).toBe('Jeg så en bjørn og en rose i mai.');
    // Cued or capitalised inside a sentence: a name.
    expect(scrub('Hun heter Liv.')).toBe('Hun heter [NAVN_1].');
    expect(scrub('hun heter liv')).toBe('hun heter [NAVN_1]');
    expect(scrub('Jeg møtte Dag og Sol på kafeen.')).toBe('Jeg møtte [NAVN_1] og [NAVN_2] på kafeen.');
    expect(scrub('I går ringte Bjørn og Rose.')).toBe('I går ringte [NAVN_1] og [NAVN_2].');
    expect(scrub('Vi besøkte Håp i helgen.')).toBe('Vi besøkte [NAVN_1] i helgen.');
    expect(scrub('Kollegaen min Mai er snill.')).toBe('Kollegaen min [NAVN_1] er snill.');
  });

  it('leaves ordinary capitalised words at the start of sentences and messages alone', () => {
    for (const text of [
      'Hei! Jeg trenger hjelp med CV-en.',
      'Takk for i dag. Vi ses neste uke.',
      'Kanskje jeg skal søke på den jobben?',
      'Mandag skal jeg på intervju. Tirsdag har jeg fri.',
      'Jobben er grei. Sjefen er grei. Kollegaene også.',
      'Nei, det går ikke. Ok, da prøver vi.',
      'NAV har sendt et brev om AAP.',
    ]) {
      expect(scrub(text), text).toBe(text);
    }
  });

  it('keeps well-known places and organisations more often than not', () => {
    expect(scrub('Jeg bor i Oslo og jobber på Rema 1000 i Bergen.')).toBe(
      'Jeg bor i Oslo og jobber på Rema 1000 i Bergen.',
    );
    expect(scrub('Vi dro til Trondheim og Tromsø i fjor.')).toBe('Vi dro til Trondheim og Tromsø i fjor.');
  });

  it('finds names from the many languages spoken in Norway', () => {
    for (const name of [
      'Abdirahman Warsame',
      'Fatima Hassan',
      'Agnieszka Nowak',
      'Vytautas Kazlauskas',
      'Muhammad Iqbal',
      'Merhawi Tesfay',
      'Zahra Hosseini',
      'Mehmet Yılmaz',
      'Rebin Barzani',
      'Nguyen Van Minh',
      'Tharshan Sivakumar',
      'Oksana Shevchenko',
    ]) {
      const text = `Jeg har avtale med ${name} i morgen.`;
      expect(scrub(text), name).toBe('Jeg har avtale med [NAVN_1] i morgen.');
    }
  });

  it('reports spans in the original text', () => {
    const text = 'Hilsen Kari Nordmann, tlf 91234567';
    const result = scrubber.scrub(text, { vault: new PseudonymVault() });
    expect(result.spans.map((s) => [text.slice(s.start, s.end), s.type, s.placeholder])).toEqual([
      ['Kari Nordmann', 'PERSON', '[NAVN_1]'],
      ['91234567', 'PHONE', '[TLF_1]'],
    ]);
  });
});
