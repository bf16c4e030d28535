import { expect } from 'vitest';
import {
  buildKnowledgeIndex,
  defaultKnowledgeDir,
  loadKnowledgeBase,
  openMemoryKnowledgeDb,
  type KnowledgeIndex,
} from '../../../electron/core/knowledge/index.js';

/** Small, valid knowledge documents for unit tests (the shipped base is tested separately). */
export const DOC_LONNSSLIPP = `---
title: Lønnsslippen
source: https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/
date: 2026-11-01
audience: [deltaker]
tags: [økonomi, lønn]
---
Kort om lønnsslippen.
Kilde: https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/

## Slik leser du lønnsslippen
Bruttolønn er det du tjener før skatt. Nettolønn er det du får utbetalt.
Kilde: https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/

## Ta vare på lønnsslippene
Lønnsslippen er kvittering for betalt skatt.
Kilde: https://www.skatteetaten.no/person/skatt/skattekort/frikort/frikort-eller-skattekort/
`;

export const DOC_GJELD = `---
title: Gjeld og økonomisk rådgivning
source:
  - https://www.hamar.kommune.no/sosiale-tjenester-og-nav/okonomi-og-gjeldsradgivning/
date: 2026-11-01
audience: [deltaker, veileder]
tags: [økonomi, gjeld, gjeldsrådgivning]
---
## Gratis gjeldsrådgivning
NAV-kontoret gir gratis økonomisk rådgivning. Rådgiveren hjelper deg med budsjett og avtaler med dem du skylder penger.
Kilde: https://www.hamar.kommune.no/sosiale-tjenester-og-nav/okonomi-og-gjeldsradgivning/

## Inkasso
Åpne brevene fra inkassoselskapet og be om hjelp tidlig.
Kilde: ingen – råd om å ta tak i brevene tidlig, ingen regler
`;

export const DOC_INTERVJU = `---
title: Jobbintervju
source: https://www.hvl.no/student/studierettleiing/studie--og-karriererettleiing-sogndal/jobbintervjuet/
date: 2026-11-01
audience: [deltaker]
tags: [jobbsøking, intervju]
---
## Før intervjuet
Les stillingsannonsen på nytt og øv på å presentere deg selv.
Kilde: https://www.hvl.no/student/studierettleiing/studie--og-karriererettleiing-sogndal/jobbintervjuet/

## Nervøs?
Det er helt normalt å være nervøs på et jobbintervju.
Kilde: ingen – oppmuntring før intervjuet, ingen regler
`;

export const SMALL_BASE: Record<string, string> = {
  lonnsslipp: DOC_LONNSSLIPP,
  gjeld: DOC_GJELD,
  jobbintervju: DOC_INTERVJU,
};

/** The shipped knowledge base indexed in an in-memory database (close it when done). */
export async function shippedIndex(): Promise<{ index: KnowledgeIndex; close: () => Promise<void> }> {
  const db = await openMemoryKnowledgeDb();
  const index = await buildKnowledgeIndex(db, await loadKnowledgeBase(defaultKnowledgeDir()));
  return { index, close: () => db.close() };
}

/** Each question is answered with its page first (`confident`: and not as a weak hit with a caveat). */
export async function expectFirstPages(
  index: KnowledgeIndex,
  cases: readonly (readonly [question: string, docId: string])[],
  { confident = false }: { confident?: boolean } = {},
): Promise<void> {
  for (const [q, doc] of cases) {
    const r = await index.search(q);
    expect(r.answer, q).toBe('passages');
    if (confident) expect(r.answer === 'passages' && r.weak, q).toBeFalsy();
    expect(r.passages[0]?.docId, q).toBe(doc);
  }
}
