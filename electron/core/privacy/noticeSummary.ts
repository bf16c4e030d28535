import { organisationKind } from './legalBasis.js';
import type { NoticeInput, NoticeLanguage, NoticeSummaryItem } from './notice.js';
import { chatFields, FIELD_WORDS, listText, months } from './noticeWords.js';
import type { Purpose } from './purposes.js';

/**
 * The short layer: six points in plain words for a 16-year-old, no article numbers, generated from
 * the same register and allowlist as the full text. Sentences are kept short (LIX ≤ 35, tested).
 */
export function buildSummary(
  input: NoticeInput,
  covered: readonly Purpose[],
  lang: NoticeLanguage,
): NoticeSummaryItem[] {
  const { organisation, retention } = input;
  const nb = lang === 'nb';
  const w = (b: string, n: string) => (nb ? b : n);
  const has = (p: Purpose) => covered.includes(p);
  const kind = organisationKind(organisation);
  const items: NoticeSummaryItem[] = [];

  items.push({
    id: 'stored',
    title: w('Hva vi lagrer', 'Kva vi lagrar'),
    text: [
      w('Navnet, målet og stegene dine, og notater fra møtene.', 'Namnet, målet og stega dine, og notat frå møta.'),
      has('chatbot') ? w('Det du skriver til chatboten.', 'Det du skriv til chatboten.') : null,
      has('gamification') ? w('Poeng, hvis du slår det på.', 'Poeng, viss du slår det på.') : null,
    ]
      .filter((x): x is string => x !== null)
      .join(' '),
  });

  const who = [w('Veilederen din ser det.', 'Rettleiaren din ser det.')];
  if (kind === 'navProcessor' || kind === 'otherProcessor')
    who.push(
      w(
        `${organisation!.controller!.name} får det de trenger.`,
        `${organisation!.controller!.name} får det dei treng.`,
      ),
    );
  else if (kind === 'navUnit') who.push(w('Det er lagret hos NAV.', 'Det er lagra hos NAV.'));
  else who.push(w('Er tiltaket fra NAV, får NAV det de trenger.', 'Er tiltaket frå NAV, får NAV det dei treng.'));
  items.push({ id: 'who', title: w('Hvem ser det', 'Kven ser det'), text: who.join(' ') });

  if (has('chatbot')) {
    const fields = listText(
      chatFields().map((f) => FIELD_WORDS[lang][f].short),
      lang,
    );
    items.push({
      id: 'assistant',
      title: w('Hva assistenten får', 'Kva assistenten får'),
      text: [
        w(`Den får det du skriver, og ${fields}.`, `Han får det du skriv, og ${fields}.`),
        w(
          'Navn og nummer byttes ut, men appen finner ikke alle navn.',
          'Namn og nummer blir bytte ut, men appen finn ikkje alle namn.',
        ),
        w('Ikke skriv navn på andre.', 'Skriv ikkje namn på andre.'),
        has('trainingExport')
          ? w(
              'Chatten kan brukes til å trene en modell. Den er ikke anonym.',
              'Chatten kan bli brukt til å trene ein modell. Han er ikkje anonym.',
            )
          : null,
      ]
        .filter((x): x is string => x !== null)
        .join(' '),
    });
  }

  const longest = Math.max(
    retention.notes,
    retention.activityPlan,
    retention.motivation,
    retention.auditEntries,
    ...(has('decisionSupport') ? [retention.decisionCases] : []),
  );
  items.push({
    id: 'howLong',
    title: w('Hvor lenge', 'Kor lenge'),
    text: [
      has('chatbot')
        ? w(
            `Chatten slettes ${months(retention.chat, lang)} etter at tiltaket er slutt.`,
            `Chatten blir sletta ${months(retention.chat, lang)} etter at tiltaket er slutt.`,
          )
        : w('Vi sletter alt når tiltaket er slutt.', 'Vi slettar alt når tiltaket er slutt.'),
      w(`Resten slettes innen ${months(longest, lang)}.`, `Resten blir sletta innan ${months(longest, lang)}.`),
    ]
      .filter((x): x is string => x !== null)
      .join(' '),
  });

  const objectable = covered.some((p) => ['e', 'f'].includes(input.bases.get(p)!.article6));
  const consented = covered.some((p) => input.bases.get(p)!.article6 === 'a');
  items.push({
    id: 'rights',
    title: w('Dine rettigheter', 'Rettane dine'),
    text: [
      w(
        'Du kan se alt vi har om deg, rette feil og be om sletting.',
        'Du kan sjå alt vi har om deg, rette feil og be om sletting.',
      ),
      objectable
        ? w(
            'Du kan protestere mot noe av bruken. Si hvorfor, ut fra din situasjon.',
            'Du kan protestere mot noko av bruken. Sei kvifor, ut frå situasjonen din.',
          )
        : null,
      consented ? w('Et ja kan du trekke tilbake.', 'Eit ja kan du trekkje tilbake.') : null,
    ]
      .filter((x): x is string => x !== null)
      .join(' '),
  });

  const contact = organisation?.contact.name;
  items.push({
    id: 'ask',
    title: w('Hvem du kan spørre', 'Kven du kan spørje'),
    text: [
      contact
        ? w(`Spør veilederen din eller ${contact}.`, `Spør rettleiaren din eller ${contact}.`)
        : w('Spør veilederen din.', 'Spør rettleiaren din.'),
      w('Du kan klage til Datatilsynet.', 'Du kan klage til Datatilsynet.'),
    ]
      .filter((x): x is string => x !== null)
      .join(' '),
  });
  return items;
}
