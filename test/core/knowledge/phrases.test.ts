import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeIndex,
  knowledgeBaseFromSources,
  openMemoryKnowledgeDb,
  stem,
} from '../../../electron/core/knowledge/index.js';
import { DOC_GJELD, DOC_LONNSSLIPP, expectFirstPages, shippedIndex } from './fixtures.js';

/** Wording whose meaning is in its function words, and nynorsk forms (issue 22, no answer on unseen wording). */
const DOC_KARRIERE = (extra: string) => `---
title: Gratis karriereveiledning
source: https://karriereveiledning.no/
checked: 2026-11-01
reviewAfter: 2027-05-01
audience: [deltaker]
tags: [karriere, yrkesvalg]
${extra}---
Et karrieresenter gir gratis veiledning om utdanning og yrke.
Kilde: https://karriereveiledning.no/

## Karrieresentre
Fylkeskommunen har karrieresentre med gratis samtaler.
Kilde: https://karriereveiledning.no/
`;

async function indexOf(sources: Record<string, string>) {
  const db = await openMemoryKnowledgeDb();
  const index = await buildKnowledgeIndex(
    db,
    knowledgeBaseFromSources(sources, { now: new Date('2026-12-04T00:00:00Z') }),
  );
  return { index, close: () => db.close() };
}

describe('everyday phrases whose meaning is in their function words', () => {
  // A three-document base has no rare words by the shipped gate's measure: judge coverage only.
  const gate = { minTopicality: 0, minEvidence: 0 };

  it('finds the page of a phrase made only of function words, which the content-word analysis drops', async () => {
    const base = (extra: string) => ({ karriere: DOC_KARRIERE(extra), lonnsslipp: DOC_LONNSSLIPP, gjeld: DOC_GJELD });
    const without = await indexOf(base(''));
    expect((await without.index.search('aner ikke hva jeg vil bli', { gate })).answer).toBe('none');
    await without.close();
    const withPhrase = await indexOf(base('everyday:\n  - hva jeg vil bli\n'));
    // Any order and inflection of the phrase's words ("vet ikke hva jeg skal bli" lacks "vil": not it).
    const answer = await withPhrase.index.search('aner ikke hva jeg vil bli', { gate });
    expect(answer.answer).toBe('passages');
    expect(answer.passages[0]?.docId).toBe('karriere');
    expect((await withPhrase.index.search('jeg vil bli, hva', { gate })).passages[0]?.docId).toBe('karriere');
    expect((await withPhrase.index.search('hva skal jeg bli', { gate })).answer).toBe('none');
    await withPhrase.close();
  });

  it('needs every word of the phrase: "nav sa nei" is about a refusal from Nav, not any "no"', async () => {
    const { index, close } = await shippedIndex();
    const refused = await index.search('nav sa nei til meg, hva nå');
    expect(refused.answer).toBe('passages');
    expect(refused.passages[0]?.docId).toBe('klage-pa-vedtak');
    // Asked in nynorsk, the phrase is the same ("kva eg vil bli" is "hva jeg vil bli").
    const nynorsk = await index.search('eg har ikkje peiling på kva eg vil bli');
    expect(nynorsk.answer).toBe('passages');
    expect(nynorsk.passages[0]?.docId).toBe('karriereveiledning');
    for (const q of ['hun sa nei til meg, hva nå', 'hva gjør jeg når kjæresten sa nei'])
      expect((await index.search(q)).answer, q).toBe('none');
    await close();
  });
});

describe('nynorsk and plural forms the stemmer leaves apart', () => {
  it('brings "voksne", "vaksne" and "førebuande" to the bokmål key', () => {
    expect(stem('voksne')).toBe(stem('voksen'));
    expect(stem('vaksne')).toBe(stem('voksen'));
    expect(stem('slitne')).toBe(stem('sliten'));
    expect(stem('førebuande')).toBe(stem('forberedende'));
    expect(stem('tilsetje')).toBe(stem('ansette'));
    expect(stem('løna')).toBe(stem('lønna'));
    // Joined twice ("tenåring" → "ungdom" → "ung"): to the end of the chain.
    expect(stem('tenåringar')).toBe(stem('ungdom'));
  });

  it('reads nynorsk function words as function words, not as topics it has never seen', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(
      index,
      [
        ['treng eg skattekort no', 'skattekort-og-frikort'],
        ['ho trur eg treng frikort', 'skattekort-og-frikort'],
      ],
      { confident: true },
    );
    await close();
  });

  it('answers nynorsk questions on the shipped base with the right page', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [
      ['kva er arbeidsførebuande trening', 'arbeidsforberedende-trening'],
      ['kan vaksne få opplæring i grunnskulefag', 'voksenopplaering'],
    ]);
    await close();
  });
});

describe('a short question made of one topic word of a page', () => {
  it('is offered as a weak hit with the caveat, not answered "none"', async () => {
    const { index, close } = await shippedIndex();
    const r = await index.search('hvem bruker man som referanse');
    expect(r.answer).toBe('passages');
    expect(r.answer === 'passages' && r.weak).toBe(true);
    expect(r.passages.slice(0, 3).map((p) => p.docId)).toContain('cv-og-jobbsoknad');
    await close();
  });

  it('is still "none" when nothing in the question is a topic word of any page', async () => {
    const { index, close } = await shippedIndex();
    // "julekort" is no "skattekort": the known tail of a word it has never seen does not name a page.
    for (const q of ['hvem bruker man som dommer', 'hva er meningen med livet', 'hvordan lager jeg julekort'])
      expect((await index.search(q)).answer, q).toBe('none');
    await close();
  });
});

describe('questions typed without æ, ø and å', () => {
  it('finds the page a question typed on a keyboard without Norwegian letters asks for', async () => {
    const { index, close } = await shippedIndex();
    await expectFirstPages(index, [
      ['kan jeg fa okonomisk radgivning', 'gjeld-og-okonomisk-radgivning'],
      ['jeg vil bli laerling', 'fagbrev-og-laerling'],
      ['hva er forste dag pa jobb', 'forste-uker-i-jobb'],
    ]);
    await close();
  });
});

describe('compounds written apart', () => {
  it('reads two neighbouring words as the compound the knowledge base has ("ungdoms garantien")', async () => {
    const { index, close } = await shippedIndex();
    const r = await index.search('hva er ungdoms garantien');
    expect(r.answer).toBe('passages');
    expect(r.passages[0]?.docId).toBe('ungdomsgarantien');
    await close();
  });
});
