import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentStems, defaultKnowledgeDir, loadKnowledgeBase } from '../../../electron/core/knowledge/index.js';
import { splitFrontMatter } from '../../../electron/core/knowledge/frontMatter.js';
import { readability } from '../../../electron/core/knowledge/readability.js';
import { SOURCE_LINE } from '../../../electron/core/knowledge/loader.js';
import { phraseWords } from '../../../electron/core/knowledge/phrases.js';

/**
 * The shipped knowledge base as a young reader gets it (issue 24): every document says when its
 * facts were checked and when they must be checked again, rests on primary sources (the agency's
 * or the organisation's own pages, lovdata for law; never a news article or a provider's page),
 * reads at LIX ≤ 40, and writes «Nav» as Nav has since 2023.
 */
const dir = defaultKnowledgeDir();
const files = fs.readdirSync(dir).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md');
const docs = files.map((name) => {
  const { data, body: raw } = splitFrontMatter(fs.readFileSync(path.join(dir, name), 'utf8'));
  // The «Kilde:» lines name each part's sources; they are not text the reader gets.
  const body = raw
    .split('\n')
    .filter((l) => !SOURCE_LINE.test(l.trim()))
    .join('\n');
  return { name, data, body, raw };
});

/** Public bodies and the organisations whose own pages are the primary source for their service. */
const PRIMARY = [
  /(^|\.)nav\.no$/,
  /(^|\.)lovdata\.no$/,
  /(^|\.)regjeringen\.no$/,
  /(^|\.)vilbli\.no$/,
  /(^|\.)skatteetaten\.no$/,
  /(^|\.)statsforvalteren\.no$/,
  /(^|\.)fylkesmannen\.no$/,
  /(^|\.)udir\.no$/,
  /(^|\.)utdanning\.no$/,
  /(^|\.)hkdir\.no$/,
  /(^|\.)helsenorge\.no$/,
  /(^|\.)helsedirektoratet\.no$/,
  /(^|\.)helsetilsynet\.no$/,
  /(^|\.)datatilsynet\.no$/,
  /(^|\.)arbeidstilsynet\.no$/,
  /(^|\.)trygderett\.no$/,
  /(^|\.)ldo\.no$/,
  /(^|\.)dfo\.no$/,
  /\.kommune\.no$/,
  /fylke(kommune)?\.no$/,
  /(^|\.)afk\.no$/,
  /(^|\.)karriereveiledning\.no$/,
  /(^|\.)karriereostfold\.no$/,
  /(^|\.)116111\.no$/,
  /(^|\.)kirkens-sos\.no$/,
  /(^|\.)girku-sos\.no$/,
  /(^|\.)rodekors\.no$/,
  /(^|\.)gjeldsregisteret\.com$/,
  // Nasjonal kommunikasjonsmyndighet (emergency numbers); SIFO at OsloMet makes the referansebudsjett.
  /(^|\.)nkom\.no$/,
  /(^|\.)oslomet\.no$/,
];
/** News outlets and tiltak providers: never the source of a rule. */
const NOT_PRIMARY = [
  /nrk\.no$/,
  /tv2\.no$/,
  /adressa\.no$/,
  /nordlys\.no$/,
  /dagsavisen\.no$/,
  /framtida\.no$/,
  /auraavis\.no$/,
  /vg\.no$/,
  /aftenposten\.no$/,
  /e24\.no$/,
  /asvl\.no$/,
  /montar\.no$/,
  /vinn-hallingdal\.no$/,
  /a2gkompetanse\.no$/,
  /gbu\.as$/,
  /krisesenter\.com$/,
];

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const isPrimary = (url: string) => PRIMARY.some((re) => re.test(host(url)));

/**
 * What a part without a public source («Kilde: ingen – …») must not contain: it may give advice,
 * encouragement or describe InkludMI itself, but a number (sum, age, deadline, phone number), a law
 * or a right is a fact a young person acts on, and needs a primary source.
 */
const FACT_MARKERS = /\d|§|\blov(en|a)?\b|\brett til\b|\bfrist|\bprosent\b|\bkroner\b/iu;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

describe('the shipped knowledge documents (issue 24)', () => {
  it('all load, and there are the thirty documents the bench and the questions refer to', async () => {
    const kb = await loadKnowledgeBase(dir);
    expect(kb.documents.length).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(docs)('$name says when it was checked and when it must be checked again', ({ data }) => {
    const checked = String(data.checked ?? '');
    const reviewAfter = String(data.reviewAfter ?? '');
    expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reviewAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reviewAfter > checked).toBe(true);
    // A review interval of more than a year lets rules go stale unnoticed.
    expect(Date.parse(reviewAfter) - Date.parse(checked)).toBeLessThanOrEqual(366 * 24 * 3600 * 1000);
  });

  it.each(docs)('$name rests on a primary source and cites no news article or provider page', ({ data }) => {
    const sources = list(data.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources)
      expect(
        NOT_PRIMARY.some((re) => re.test(host(s))),
        s,
      ).toBe(false);
    expect(
      sources.some((s) => PRIMARY.some((re) => re.test(host(s)))),
      sources.join(' '),
    ).toBe(true);
  });

  it.each(docs)('$name: every part names its own primary source, or says why it has none', async ({ name }) => {
    const kb = await loadKnowledgeBase(dir);
    const passages = kb.passages.filter((p) => `${p.docId}.md` === name);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      if (p.noSource !== null) {
        expect(p.sources, p.id).toEqual([]);
        // Only the document generated from the app's own code (and tested against it in
        // test/core/privacy) may rest on the app itself; its facts are facts about InkludMI.
        if (p.describesApp) {
          expect(p.docId, p.id).toBe('slik-behandler-inkludmi-dataene-dine');
          continue;
        }
        // Numbered list items («1. Skriv opp …») are not facts.
        const text = p.text.replace(/^\s*\d+\.\s/gmu, '');
        expect(text.match(FACT_MARKERS)?.[0] ?? null, `${p.id} has no source but states a fact`).toBeNull();
        continue;
      }
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      // The citation shows the first source: it must be the agency's or organisation's own page.
      expect(isPrimary(p.sources[0] ?? ''), `${p.id}: ${p.sources[0]}`).toBe(true);
      for (const s of p.sources)
        expect(
          NOT_PRIMARY.some((re) => re.test(host(s))),
          `${p.id}: ${s}`,
        ).toBe(false);
    }
    // A document that only gives advice is no knowledge page; most of it must rest on sources.
    expect(passages.filter((p) => p.noSource === null).length, name).toBeGreaterThan(0);
  });

  it.each(docs)('$name: every everyday word and question has a word a search can meet', async ({ name }) => {
    // An entry made only of function words never finds the page ("fikk nei"), unless it is an
    // everyday phrase of three or more words, which is indexed whole ("hva jeg vil bli"; phrases.ts).
    const kb = await loadKnowledgeBase(dir);
    const doc = kb.documents.find((d) => `${d.id}.md` === name);
    for (const entry of doc?.everyday ?? [])
      expect(contentStems(entry).length > 0 || phraseWords(entry) !== null, `${name}: ${entry}`).toBe(true);
    for (const entry of doc?.questions ?? []) expect(contentStems(entry), `${name}: ${entry}`).not.toEqual([]);
  });

  it.each(docs)('$name is plain enough for a 16-year-old (LIX ≤ 40)', ({ body }) => {
    expect(readability(body).lix).toBeLessThanOrEqual(40);
  });

  it.each(docs)('$name writes «Nav», not «NAV», outside law names and quotations', ({ data, body }) => {
    const text = `${String(data.title)}\n${body}`
      .replace(/«[^»]*»/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\bNAV-loven\b/g, '');
    expect(text.match(/\bNAV\b/g) ?? []).toEqual([]);
  });
});

describe('readability', () => {
  it('scores plain short sentences low and long official prose high', () => {
    expect(readability('Du kan klage. Fristen er seks uker. Skriv til Nav.').lix).toBeLessThan(25);
    expect(
      readability(
        'Arbeidsmarkedstiltaksforskriften regulerer tildelingskriteriene vedrørende kvalifiseringsprogrammets forlengelsesadgang.',
      ).lix,
    ).toBeGreaterThan(60);
  });
});
