import { describe, expect, it } from 'vitest';
import { stem } from '../../../electron/core/knowledge/analyzer.js';
import { analyzeQuery } from '../../../electron/core/knowledge/queryTerms.js';
import { expectFirstPages, shippedIndex } from './fixtures.js';

describe("questions in English, the app's third language (round of helper kb13)", () => {
  it('finds the Norwegian page for an English question by its topic words', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [
      ['Who can read the conversations I have with the assistant?', 'slik-behandler-inkludmi-dataene-dine'],
      ['My debts are a mess, who can help me?', 'gjeld-og-okonomisk-radgivning'],
      ['Any advice before my first job interview?', 'jobbintervju'],
      ['Can an employer get a wage subsidy for hiring me?', 'lonnstilskudd'],
      ['I have felt depressed for weeks and need someone to talk to', 'psykisk-helse-hjelp'],
      ['What is the youth guarantee?', 'ungdomsgarantien'],
      ['I quit upper secondary school last year, can I start again?', 'videregaende-opplaering'],
      ['Do I have to attend activities to get social assistance?', 'aktivitetsplikt'],
      ['Which helpline can I call in the middle of the night?', 'hjelpetelefoner'],
    ]);
    await close();
  });

  it('still says "none" to everyday English questions, also those sharing a word with a page', async () => {
    const { index, close } = await shippedIndex();
    for (const q of [
      'How do I bake sourdough bread?',
      'Where can I buy cheap flights to London?',
      'How do I reset my iPhone password?',
      'Is ice cream bad for you?',
      'Can I appeal a parking ticket?',
      'How do I save money on groceries?',
      'How do I delete my Instagram account?',
      'I need help with my maths homework',
      'What time does the football match start?',
      'How do I train for a half marathon?',
      'How much does an electrician earn?',
      'How do I plan a birthday party?',
    ])
      expect((await index.search(q)).answer, q).toBe('none');
    await close();
  });

  it('still says "none" when a bokmål word it reads as an English function word is the topic', async () => {
    const { index, close } = await shippedIndex();
    // "is" (ice cream), "and" (duck) and "do" (toilet) are stop words now; what is left is no topic of ours.
    for (const q of ['hvor kjøper jeg billig is', 'hva koster en is på kiosken', 'hvordan steker jeg and til jul'])
      expect((await index.search(q)).answer, q).toBe('none');
    await close();
  });

  it('reads an English word by its exact form, never a bokmål word whose stem it shares', () => {
    // "delete" stems to "del", the stem of "deles" (to be shared): only "delete" itself is "slette".
    expect(stem('delete')).toBe(stem('slette'));
    expect(stem('deles')).not.toBe(stem('slette'));
    expect(stem('job')).toBe(stem('jobb'));
    // Nynorsk infinitives in -je ("ringje", "følgje") are the bokmål verbs.
    expect(stem('ringje')).toBe(stem('ringe'));
    expect(stem('følgje')).toBe(stem('følge'));
    // English function words are no topic words.
    expect(analyzeQuery('Where can I find the number?', new Set()).map((t) => t.stem)).toEqual([stem('nummer')]);
  });
});

describe('compounds the knowledge base has never seen (round of helper kb13)', () => {
  it('splits an unknown compound from the word, not from its stem stemmed again', () => {
    const vocabulary = new Set(['arbeid', 'trening', 'arbeidstrening', stem('plass')]);
    const [term] = analyzeQuery('arbeidstreningsplasser', vocabulary);
    expect(term?.parts).toEqual(['arbeid', 'trening', stem('plass')]);
  });

  it('offers the page whose topic words an unknown compound joins, instead of "no answer"', async () => {
    const { index, close } = await shippedIndex();
    // "opplæring" and "tiltak", both common in the knowledge base, are what the page is about.
    await expectFirstPages(index, [
      ['Hvilke opplæringstiltak finnes hos Nav?', 'opplaering-gjennom-nav'],
      ['kan jeg søke på et opplæringstiltak selv?', 'opplaering-gjennom-nav'],
    ]);
    await close();
  });

  it('takes an unknown compound whose last part alone is on a page as another thing of that kind', async () => {
    const { index, close } = await shippedIndex();
    // "senter" of "karrieresenter" on the career page: a gym is no answer.
    for (const q of ['Hvordan blir jeg sterk fort på treningssenteret?', 'Hvor ligger nærmeste treningssenter?'])
      expect((await index.search(q)).answer, q).toBe('none');
    // With the compound's first part on the page too, it is what the page is about; and a page whose
    // title names things of the compound's kind ("Hjelpetelefoner") is about a "støttetelefon".
    await expectFirstPages(index, [
      ['hvordan fyller jeg ut meldekortskjemaet', 'meldekort'],
      ['Finnes det et karrieresenter i nærheten av meg?', 'karriereveiledning'],
      ['er det en støttetelefon jeg kan ringe i kveld', 'hjelpetelefoner'],
    ]);
    await close();
  });
});

describe('the older name of a benefit (round of helper kb13)', () => {
  it('finds the page about work with uføretrygd by "uførepensjon", its name before 2015', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [['kan man ha uførepensjon og jobbe litt likevel', 'varig-tilrettelagt-arbeid']]);
    await close();
  });
});

describe('words written as people write them (round of helper kb13)', () => {
  it('reads a compound spelled with another linking letter or a single consonant as the known compound', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [
      ['hva er alle tallene på lønslippen', 'lonnsslipp-og-feriepenger'],
      ['lønslipp forklaring', 'lonnsslipp-og-feriepenger'],
      ['trenger hjelp med jobsøknaden', 'cv-og-jobbsoknad'],
    ]);
    await close();
  });

  it('reads a verbal noun as its verb, a short nynorsk word as bokmål and the spoken tag "as" as no topic', async () => {
    const vocabulary = new Set([stem('forklare'), stem('lønn')]);
    expect(analyzeQuery('forklaring', vocabulary).map((t) => t.stem)).toEqual([stem('forklare')]);
    expect(stem('løn')).toBe(stem('lønn'));
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [['er så deppa as', 'psykisk-helse-hjelp']]);
    // An English plural in -ings is no Norwegian verbal noun ("savings" is not "save", i.e. "lagre").
    expect((await index.search('What are the best savings accounts?')).answer).toBe('none');
    await close();
  });
});

describe('how something works is how a question is put, not what it is about', () => {
  it('says "none" when the only shared word is "fungerer" or "virker"', async () => {
    const { index, close } = await shippedIndex();
    for (const q of [
      'Hvordan fungerer en varmepumpe?',
      'hvordan virker antibiotika',
      'hvordan fungerer kryptovaluta egentlig',
    ])
      expect((await index.search(q)).answer, q).toBe('none');
    await close();
  });

  it('still finds the page when the question names its topic', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [
      ['hvordan fungerer lønnstilskudd for arbeidsgiveren', 'lonnstilskudd'],
      ['hvordan virker arbeidstrening i praksis', 'arbeidstrening'],
      ['hvordan fungerer meldekortet', 'meldekort'],
    ]);
    await close();
  });
});
