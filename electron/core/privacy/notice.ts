import { createHash } from 'node:crypto';
import { describeArticle6, describeArticle9, type LegalBasisRecord, type OrganisationRole } from './legalBasis.js';
import { PURPOSE_INFO, PURPOSES, type Purpose } from './purposes.js';
import type { RetentionMonths } from './retentionRules.js';

export interface NoticeSection {
  id: string;
  title: string;
  paragraphs: string[];
  /** A list under the paragraphs (what is processed, the rights). */
  items?: string[];
}

/** The privacy notice to participants, generated from the register: plain bokmål. */
export interface NoticeContent {
  title: string;
  organisationName: string;
  /** The purposes it tells about (a training export needs a notice that covers it). */
  purposes: Purpose[];
  sections: NoticeSection[];
}

export interface Notice extends NoticeContent {
  version: number;
  createdAt: string;
}

export interface NoticeInput {
  organisationName: string;
  organisation: OrganisationRole | null;
  bases: ReadonlyMap<Purpose, LegalBasisRecord>;
  /** The purposes that run: a recorded basis and, where there is a switch, switched on. */
  running: ReadonlySet<Purpose>;
  retention: RetentionMonths;
}

const months = (n: number) => (n === 1 ? '1 måned' : `${n} måneder`);

/**
 * Writes the notice from the register. Every sentence follows from a recorded fact: who is
 * responsible, each running purpose with its basis, what the chatbot sees, the crisis flag,
 * gamification being optional, retention, rights and how to use them, and whom to contact.
 */
export function buildNotice(input: NoticeInput): NoticeContent {
  const { organisationName, organisation, bases, running, retention } = input;
  const covered = PURPOSES.filter((p) => running.has(p) && bases.has(p));
  const sections: NoticeSection[] = [];

  sections.push({
    id: 'intro',
    title: 'Om denne erklæringen',
    paragraphs: [
      `Her kan du lese hvilke opplysninger ${organisationName} lagrer om deg i InkludMI, hvorfor, hvor lenge, og hvilke rettigheter du har. Les den i ro og mak. Spør veilederen din hvis noe er uklart.`,
      'Alt lagres kryptert på maskinen her, ikke i en sky. Appen bruker ikke internett.',
    ],
  });

  sections.push({ id: 'responsible', title: 'Hvem som er ansvarlig', paragraphs: responsibleParagraphs(organisationName, organisation) });

  const purposeItems = covered.map((p) => {
    const basis = bases.get(p)!;
    const art9 = describeArticle9(basis);
    return `${PURPOSE_INFO[p].title}: ${PURPOSE_INFO[p].description} ${describeArticle6(basis)}${art9 ? ` ${art9}` : ''}`;
  });
  sections.push({
    id: 'purposes',
    title: 'Hva vi bruker opplysningene til, og hvorfor',
    paragraphs: ['Vi bruker opplysningene om deg bare til dette. Hvert formål har sitt eget grunnlag i personvernforordningen:'],
    items: purposeItems,
  });

  sections.push({
    id: 'data',
    title: 'Hvilke opplysninger vi lagrer',
    paragraphs: ['Vi lagrer bare det oppfølgingen trenger:'],
    items: [
      'navnet ditt og fødselsnummeret ditt (fødselsnummeret vises bare når veilederen trenger det, og det blir logget)',
      'telefon og e-post, tiltaket du er med i, datoer og NAV-kontoret ditt',
      'målet ditt med dine egne ord, stegene i aktivitetsplanen og hvem som foreslo dem',
      'hvor viktig en endring er for deg og hvor sikker du er på å få det til (tall fra 0 til 10)',
      'avtaler med veilederen og veilederens notater fra samtalene',
      ...(covered.includes('chatbot') ? ['det du skriver med chatboten, og svarene den gir'] : []),
      ...(covered.includes('gamification') ? ['poeng og merker, bare hvis du selv slår det på'] : []),
      ...(covered.includes('decisionSupport') ? ['ved sykmelding: sykmeldingsgrad, diagnosekapittel (bare én bokstav) og aldersgruppe'] : []),
      'en logg over hvem som har sett eller endret opplysningene om deg, og når',
    ],
  });

  if (covered.includes('chatbot')) {
    sections.push({
      id: 'chatbot',
      title: 'Hva chatboten ser',
      paragraphs: [
        'Chatboten er en språkmodell som kjører på denne maskinen. Ingenting sendes ut på internett.',
        'Før noe du skriver går til språkmodellen, vasker appen teksten: navn, fødselsnummer, telefonnummer, e-post, adresser, kontonummer og fødselsdatoer byttes ut med stedfortredere som [NAVN_1]. Ingen personopplysninger når språkmodellen. Du ser teksten som vanlig på skjermen.',
        'Chatboten får bare vite det den trenger: fasen du er i, målet ditt og neste steg, og hvordan motivasjonen har utviklet seg. Under «Hva assistenten vet» kan du se nøyaktig hva den fikk vite.',
        'Chatboten bestemmer ingenting om deg. Den er et hjelpemiddel i samtalen, og veilederen din kan lese det dere skriver.',
        covered.includes('trainingExport')
          ? 'Samtalene kan bli brukt til å forbedre en språkmodell. Se eget avsnitt om videretrening.'
          : 'Samtalene dine brukes aldri til å trene en språkmodell.',
      ],
    });
    sections.push({
      id: 'crisis',
      title: 'Hvis du skriver at du har det vondt',
      paragraphs: [
        'Hvis du skriver noe som tyder på at du eller noen andre kan være i fare, viser chatboten telefonnumre til hjelp med en gang, og veilederen din får et varsel. Varselet viser til meldingen din, men kopierer ikke det du skrev. Veilederen tar kontakt med deg.',
        'Chatboten er ikke en krisetjeneste. Er det akutt, ring 113.',
      ],
    });
  }

  if (covered.includes('gamification')) {
    sections.push({
      id: 'gamification',
      title: 'Poeng og merker er frivillig',
      paragraphs: [
        'Du kan få poeng og merker for steg du fullfører. Det er helt frivillig. Bare du kan slå det på, dele det med veilederen og slå det av igjen. Slår du det av, slettes alt om poeng og merker.',
        'Det er ingen sammenligning med andre, og du mister aldri noe. Poeng og merker brukes ikke til noe annet, heller ikke i rapporter eller beslutninger om deg.',
      ],
    });
  }

  if (covered.includes('decisionSupport')) {
    sections.push({
      id: 'decisions',
      title: 'Beslutningsstøtte ved sykmelding',
      paragraphs: [
        'Er du sykmeldt, kan veilederen bruke et anslag som hjelp til å vurdere om det trengs et dialogmøte. Anslaget bruker bare sykmeldingsgrad, diagnosekapittel, tidligere sykefravær og aldersgruppe. Veilederen gjør sin egen vurdering og bestemmer selv. Beslutningen og hvem som tok den, lagres i minst seks måneder.',
      ],
    });
  }

  if (covered.includes('trainingExport')) {
    sections.push({
      id: 'training',
      title: 'Videretrening av språkmodell',
      paragraphs: [
        'Samtaler med chatboten kan bli gitt videre for å forbedre en språkmodell. Før det skjer, vaskes de for navn, nummer og andre personopplysninger, og de kan ikke knyttes til deg. Samtaler med krisevarsel tas aldri med. Du kan protestere, og da blir samtalene dine ikke tatt med.',
      ],
    });
  }

  sections.push({
    id: 'recipients',
    title: 'Hvem som får opplysningene',
    paragraphs: recipientsParagraphs(organisation),
  });

  sections.push({
    id: 'retention',
    title: 'Hvor lenge vi lagrer opplysningene',
    paragraphs: ['Opplysningene slettes automatisk etter at tiltaket ditt er slutt:'],
    items: [
      ...(covered.includes('chatbot') ? [`samtaler med chatboten: ${months(retention.chat)} etter slutt`] : []),
      `notater og avtaler: ${months(retention.notes)} etter slutt`,
      `aktivitetsplanen (mål, steg og faser): ${months(retention.activityPlan)} etter slutt`,
      `motivasjon: ${months(retention.motivation)} etter slutt`,
      ...(covered.includes('decisionSupport') ? [`saker om dialogmøte: ${months(retention.decisionCases)} etter slutt, og beslutningsloggen i minst seks måneder etter beslutningen`] : []),
      `loggen over hvem som har sett opplysningene: ${months(retention.auditEntries)} etter slutt`,
    ],
  });

  const objectable = covered.filter((p) => ['e', 'f'].includes(bases.get(p)!.article6)).map((p) => PURPOSE_INFO[p].title.toLowerCase());
  const consented = covered.filter((p) => bases.get(p)!.article6 === 'a').map((p) => PURPOSE_INFO[p].title.toLowerCase());
  sections.push({
    id: 'rights',
    title: 'Rettighetene dine',
    paragraphs: ['Du har rett til å:'],
    items: [
      'få vite hva vi har lagret om deg, og få en kopi (også som fil du kan ta med deg), med en oversikt over hvem som har sett opplysningene',
      'få rettet opplysninger som er feil, eller få lagt til en merknad',
      'få slettet opplysninger. Noe må vi likevel beholde en stund etter loven, og da får du vite hva og hvorfor',
      'få begrenset bruken av opplysningene, for eksempel mens noe blir rettet. Da lagres de, men brukes ikke',
      ...(objectable.length > 0 ? [`protestere mot bruken av opplysningene til ${listText(objectable)}`] : []),
      ...(consented.length > 0 ? [`trekke tilbake samtykket til ${listText(consented)} når du vil`] : []),
      'klage til Datatilsynet (datatilsynet.no) hvis du mener vi behandler opplysningene dine feil',
    ],
  });
  sections.push({
    id: 'how',
    title: 'Slik bruker du rettighetene',
    paragraphs: [
      'Si fra til veilederen din, eller kontakt oss (se under). Du trenger ikke å begrunne det. Vi svarer så fort vi kan, og senest innen én måned. Tar det lenger tid, får du vite hvorfor.',
      'Du kan selv laste ned alt vi har lagret om deg under «Personvern» i appen.',
    ],
  });

  sections.push({ id: 'contact', title: 'Kontakt', paragraphs: contactParagraphs(organisationName, organisation) });

  return { title: `Personvernerklæring for deltakere – ${organisationName}`, organisationName, purposes: covered, sections };
}

function responsibleParagraphs(organisationName: string, org: OrganisationRole | null): string[] {
  if (org?.role === 'processor' && org.controller) {
    return [
      `${org.controller.name} er behandlingsansvarlig for opplysningene om deg. ${organisationName} behandler dem på vegne av ${org.controller.name}, etter en databehandleravtale (${org.controller.agreementReference}).`,
    ];
  }
  return [`${organisationName} er behandlingsansvarlig for opplysningene om deg i InkludMI. Det betyr at ${organisationName} bestemmer hva opplysningene brukes til, og har ansvaret for at det skjer på en lovlig og trygg måte.`];
}

function recipientsParagraphs(org: OrganisationRole | null): string[] {
  const base = 'Bare veilederen som følger deg opp, kan se opplysningene om deg. Administratorer kan styre brukerkontoer, men ikke lese notater eller samtaler. Vi gir ikke opplysningene til andre, og de sendes ikke ut av landet.';
  if (org?.role === 'processor' && org.controller) return [base, `Opplysninger NAV trenger for å følge opp tiltaket, gis til ${org.controller.name} etter reglene for tiltaket.`];
  return [base];
}

function contactParagraphs(organisationName: string, org: OrganisationRole | null): string[] {
  if (!org) return [`Kontakt ${organisationName} ved veilederen din.`];
  const c = org.contact;
  const ways = [c.email ? `e-post ${c.email}` : null, c.phone ? `telefon ${c.phone}` : null, c.address ? `adresse ${c.address}` : null].filter((w): w is string => w !== null);
  const out = [`Kontakt ${c.name}${ways.length ? ` (${ways.join(', ')})` : ''}.`];
  if (org.dpo) {
    const dpoWays = [org.dpo.email ? `e-post ${org.dpo.email}` : null, org.dpo.phone ? `telefon ${org.dpo.phone}` : null].filter((w): w is string => w !== null);
    out.push(`Personvernombudet er ${org.dpo.name}${dpoWays.length ? ` (${dpoWays.join(', ')})` : ''}.`);
  }
  return out;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

export function noticeHash(content: NoticeContent): string {
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}

/** The notice as plain text (the PDF and the acceptance test read it). */
export function noticeText(notice: NoticeContent): string {
  return [notice.title, ...notice.sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.items ?? []).map((i) => `• ${i}`)])].join('\n');
}
