import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KnowledgeValidationError,
  defaultKnowledgeDir,
  knowledgeBaseFromSources,
  loadKnowledgeBase,
  parseKnowledgeDocument,
  toPassages,
} from '../../../electron/core/knowledge/index.js';
import { DOC_LONNSSLIPP, SMALL_BASE } from './fixtures.js';

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof KnowledgeValidationError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a KnowledgeValidationError');
};

describe('knowledge loader', () => {
  it('parses front matter and splits ## sections into passages with stable ids', () => {
    const doc = parseKnowledgeDocument('lonnsslipp', DOC_LONNSSLIPP);
    expect(doc.title).toBe('Lønnsslippen');
    expect(doc.sources).toEqual([
      'https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/',
    ]);
    expect(doc.date).toBe('2026-11-01');
    expect(doc.tags).toEqual(['økonomi', 'lønn']);
    const passages = toPassages(doc);
    expect(passages.map((p) => p.id)).toEqual([
      'lonnsslipp#kort-fortalt',
      'lonnsslipp#slik-leser-du-lonnsslippen',
      'lonnsslipp#ta-vare-pa-lonnsslippene',
    ]);
    expect(passages[1]).toMatchObject({
      docId: 'lonnsslipp',
      heading: 'Slik leser du lønnsslippen',
      date: '2026-11-01',
    });
    expect(passages[1]?.text).toContain('Bruttolønn');
    expect(passages.every((p) => p.sources.length === 1)).toBe(true);
  });

  it('refuses a document without a source', () => {
    const text = DOC_LONNSSLIPP.replace(/^source:.*\n/m, '');
    expect(problemsOf(() => parseKnowledgeDocument('lonnsslipp', text)).join(' ')).toMatch(/source mangler/);
  });

  it('refuses a document without a date, or with a date in the future or not a date', () => {
    expect(problemsOf(() => parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace(/^date:.*\n/m, ''))).join(' ')).toMatch(
      /date/,
    );
    expect(
      problemsOf(() => parseKnowledgeDocument('a', DOC_LONNSSLIPP, { now: new Date('2026-01-01T00:00:00Z') })).join(
        ' ',
      ),
    ).toMatch(/fram i tid/);
    expect(
      problemsOf(() => parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace('2026-11-01', '2026-13-40'))).join(' '),
    ).toMatch(/date/);
  });

  it('refuses a source that is not a web address, and an empty source list', () => {
    expect(
      problemsOf(() =>
        parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace(/^source:.*$/m, 'source: «fra en venn»')),
      ).join(' '),
    ).toMatch(/nettadresse/);
    expect(
      problemsOf(() => parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace(/^source:.*$/m, 'source: []'))).join(' '),
    ).toMatch(/source/);
  });

  it('refuses missing front matter, unknown audiences, empty sections and bad file names', () => {
    expect(problemsOf(() => parseKnowledgeDocument('a', '# Tittel\n\n## Del\nTekst\n')).join(' ')).toMatch(
      /front matter/,
    );
    expect(
      problemsOf(() => parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace('[deltaker]', '[alle-mulige]'))).join(' '),
    ).toMatch(/audience/);
    expect(
      problemsOf(() =>
        parseKnowledgeDocument('a', DOC_LONNSSLIPP.replace('Lønnsslippen er kvittering for betalt skatt.', '')),
      ).join(' '),
    ).toMatch(/er tom/);
    expect(problemsOf(() => parseKnowledgeDocument('Lønn Slipp', DOC_LONNSSLIPP)).join(' ')).toMatch(/filnavnet/);
  });

  it('gives each passage the source named on its own «Kilde:» line, and keeps the line out of the text', () => {
    const two = DOC_LONNSSLIPP.replace(
      /^source: (.*)$/m,
      'source:\n  - $1\n  - https://www.skatteetaten.no/person/skatt/skattekort/',
    ).replace(
      /(Nettolønn er det du får utbetalt\.\n)Kilde: .*\n/,
      '$1Kilde: https://www.skatteetaten.no/person/skatt/skattekort/\n',
    );
    const passages = toPassages(parseKnowledgeDocument('lonnsslipp', two));
    const read = passages.find((p) => p.heading === 'Slik leser du lønnsslippen');
    expect(read?.sources).toEqual(['https://www.skatteetaten.no/person/skatt/skattekort/']);
    expect(read?.text).not.toMatch(/Kilde/);
    expect(passages.find((p) => p.id === 'lonnsslipp#kort-fortalt')?.sources).toEqual([
      'https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/',
    ]);
  });

  it('marks a part without a public source only when it says why, and gives it no source to show', () => {
    const advice = knowledgeBaseFromSources(SMALL_BASE).passages.find((p) => p.id === 'jobbintervju#nervos');
    expect(advice).toMatchObject({ sources: [], noSource: 'oppmuntring før intervjuet, ingen regler' });
    const bare = DOC_LONNSSLIPP.replace(/(betalt skatt\.\n)Kilde: .*\n/, '$1Kilde: ingen\n');
    expect(problemsOf(() => parseKnowledgeDocument('a', bare)).join(' ')).toMatch(/må si hvorfor/);
    const app = DOC_LONNSSLIPP.replace(
      /(betalt skatt\.\n)Kilde: .*\n/,
      '$1Kilde: InkludMI – teksten lages fra appens kode\n',
    );
    const appPart = toPassages(parseKnowledgeDocument('a', app)).find((p) => p.heading === 'Ta vare på lønnsslippene');
    expect(appPart).toMatchObject({ sources: [], describesApp: true, noSource: 'teksten lages fra appens kode' });
    expect(advice?.describesApp).toBe(false);
  });

  it('refuses a part without a «Kilde:» line, a source not in the front matter, and a «Kilde:» line inside the text', () => {
    const missing = DOC_LONNSSLIPP.replace(/(betalt skatt\.\n)Kilde: .*\n/, '$1');
    expect(problemsOf(() => parseKnowledgeDocument('a', missing)).join(' ')).toMatch(
      /«Ta vare på lønnsslippene».*mangler «Kilde:»/,
    );
    const leadMissing = DOC_LONNSSLIPP.replace(/(Kort om lønnsslippen\.\n)Kilde: .*\n/, '$1');
    expect(problemsOf(() => parseKnowledgeDocument('a', leadMissing)).join(' ')).toMatch(
      /innledningen: mangler «Kilde:»/,
    );
    const stranger = DOC_LONNSSLIPP.replace(/(betalt skatt\.\n)Kilde: .*\n/, '$1Kilde: https://www.nav.no/meldekort\n');
    expect(problemsOf(() => parseKnowledgeDocument('a', stranger)).join(' ')).toMatch(
      /nav\.no\/meldekort står i «Kilde:», men ikke i source/,
    );
    const inside = DOC_LONNSSLIPP.replace(
      'Bruttolønn er',
      'Kilde: https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/\nBruttolønn er',
    );
    expect(problemsOf(() => parseKnowledgeDocument('a', inside)).join(' ')).toMatch(/siste linje, én gang/);
  });

  it('builds a base from in-memory sources', () => {
    const kb = knowledgeBaseFromSources(SMALL_BASE);
    expect(kb.documents).toHaveLength(3);
    expect(new Set(kb.passages.map((p) => p.id)).size).toBe(kb.passages.length);
  });
});

describe('the shipped knowledge base', () => {
  it('loads: every document valid, dated, with public sources, and passage ids unique', async () => {
    const kb = await loadKnowledgeBase(defaultKnowledgeDir());
    expect(kb.documents.length).toBeGreaterThanOrEqual(20);
    for (const doc of kb.documents) {
      expect(doc.sources.length, doc.id).toBeGreaterThan(0);
      for (const s of doc.sources) expect(s, doc.id).toMatch(/^https?:\/\//);
      expect(doc.date, doc.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.sections.length, doc.id).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(kb.passages.map((p) => p.id)).size).toBe(kb.passages.length);
  });

  it('covers the topics the issue asks for', async () => {
    const kb = await loadKnowledgeBase(defaultKnowledgeDir());
    const ids = new Set(kb.documents.map((d) => d.id));
    for (const id of [
      'arbeidsforberedende-trening',
      'arbeidstrening',
      'lonnstilskudd',
      'individuell-jobbstotte-ips',
      'varig-tilrettelagt-arbeid',
      'oppfolging-tiltak',
      'mentor',
      'opplaering-gjennom-nav',
      'aktivitetsplikt',
      'aktivitetsplan',
      'meldekort',
      'innsyn-samtykke-og-taushetsplikt',
      'klage-pa-vedtak',
      'cv-og-jobbsoknad',
      'jobbintervju',
      'forste-uker-i-jobb',
      'budsjett',
      'skattekort-og-frikort',
      'lonnsslipp-og-feriepenger',
      'gjeld-og-okonomisk-radgivning',
      'videregaende-opplaering',
      'fagbrev-og-laerling',
      'voksenopplaering',
      'karriereveiledning',
      'psykisk-helse-hjelp',
      'hjelpetelefoner',
      'slik-behandler-inkludmi-dataene-dine',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives the help lines the crisis module verified, and no others', async () => {
    const { HELP_LINES } = await import('../../../electron/core/chat/safety/helpLines.js');
    const kb = await loadKnowledgeBase(defaultKnowledgeDir());
    const doc = kb.passages
      .filter((p) => p.docId === 'hjelpetelefoner')
      .map((p) => p.text)
      .join('\n');
    for (const line of HELP_LINES) expect(doc, line.id).toContain(line.number);
    const numbers = [...doc.matchAll(/\*\*[^*]*?(\d[\d ]{1,12}\d)\*\*|\*\*(\d{3})\*\*/g)].map((m) =>
      (m[1] ?? m[2] ?? '').trim(),
    );
    const known = new Set(HELP_LINES.map((l) => l.number));
    for (const n of numbers) expect(known.has(n), n).toBe(true);
  });

  it('skips README.md', async () => {
    const kb = await loadKnowledgeBase(defaultKnowledgeDir());
    expect(kb.documents.some((d) => d.id.toLowerCase() === 'readme')).toBe(false);
    expect(path.basename(defaultKnowledgeDir())).toBe('knowledge');
  });
});
