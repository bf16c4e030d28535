import { createHash } from 'node:crypto';
import { CONTEXT_ALLOWLIST, CONTEXT_LABELS, type ContextField } from '../chat/index.js';
import {
  ARTICLE6_GUIDANCE,
  ARTICLE9_GUIDANCE,
  organisationKind,
  type Article6,
  type Article9,
  type LegalBasisRecord,
  type OrganisationRole,
} from './legalBasis.js';
import { PURPOSE_INFO, PURPOSES, type Purpose } from './purposes.js';
import type { RetentionMonths } from './retentionRules.js';

export interface NoticeSection {
  id: string;
  title: string;
  paragraphs: string[];
  /** A list under the paragraphs (what is processed, the rights). */
  items?: string[];
}

/** One point of the short notice: what is stored, who sees it, what the assistant gets, how long, rights, whom to ask. */
export interface NoticeSummaryItem {
  id: 'stored' | 'who' | 'assistant' | 'howLong' | 'rights' | 'ask';
  title: string;
  text: string;
}

/** The notice in one language: the short layer first, then the full text. */
export interface NoticeText {
  title: string;
  summary: NoticeSummaryItem[];
  sections: NoticeSection[];
}

export type NoticeLanguage = 'nb' | 'nn';
export const NOTICE_LANGUAGES: readonly NoticeLanguage[] = ['nb', 'nn'];

/**
 * The privacy notice to participants, generated from the register. The top-level title, summary
 * and sections are bokmål; `nn` is the same notice in nynorsk. (Versions stored before the short
 * layer and nynorsk existed lack `summary` and `nn`.)
 */
export interface NoticeContent {
  title: string;
  organisationName: string;
  /** The purposes it tells about (a training export needs a notice that covers it). */
  purposes: Purpose[];
  sections: NoticeSection[];
  summary?: NoticeSummaryItem[];
  nn?: NoticeText;
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

/** The notice in the language asked for (bokmål when a stored version has no nynorsk). */
export function noticeIn(notice: NoticeContent, lang: NoticeLanguage): NoticeText {
  if (lang === 'nn' && notice.nn) return notice.nn;
  return { title: notice.title, summary: notice.summary ?? [], sections: notice.sections };
}

/** Writes the notice from the register, in bokmål and nynorsk, each with its short layer. */
export function buildNotice(input: NoticeInput): NoticeContent {
  const covered = PURPOSES.filter((p) => input.running.has(p) && input.bases.has(p));
  const nb = buildText(input, covered, 'nb');
  const nn = buildText(input, covered, 'nn');
  return {
    title: nb.title,
    organisationName: input.organisationName,
    purposes: covered,
    sections: nb.sections,
    summary: nb.summary,
    nn,
  };
}

// ---- what the model is given: read from the chat's own allowlist ----

/** Plain words for each field the chat may give the model (the chat's CONTEXT_ALLOWLIST decides which). */
const FIELD_WORDS: Readonly<Record<NoticeLanguage, Readonly<Record<ContextField, { full: string; short: string }>>>> = {
  nb: {
    processStage: { full: CONTEXT_LABELS.processStage.toLowerCase(), short: 'fasen din' },
    programme: { full: CONTEXT_LABELS.programme.toLowerCase(), short: 'tiltaket ditt' },
    currentGoal: { full: 'målet ditt, med dine egne ord', short: 'målet ditt' },
    nextStep: { full: CONTEXT_LABELS.nextStep.toLowerCase(), short: 'neste steg' },
    motivationTrend: { full: CONTEXT_LABELS.motivationTrend.toLowerCase(), short: 'motivasjonen din' },
    lastAgreedStep: { full: CONTEXT_LABELS.lastAgreedStep.toLowerCase(), short: 'siste avtale' },
  },
  nn: {
    processStage: { full: 'fasen i oppfølginga', short: 'fasen din' },
    programme: { full: 'tiltaket', short: 'tiltaket ditt' },
    currentGoal: { full: 'målet ditt, med dine eigne ord', short: 'målet ditt' },
    nextStep: { full: 'neste steg i aktivitetsplanen', short: 'neste steg' },
    motivationTrend: { full: 'motivasjon over tid (skala 0–10)', short: 'motivasjonen din' },
    lastAgreedStep: { full: 'steget som vart avtalt sist', short: 'siste avtale' },
  },
};

/** The fields the participant's chat gives the model, in the allowlist's order. */
export function chatFields(): readonly ContextField[] {
  return CONTEXT_ALLOWLIST.participant_chat;
}

/** The fields the counselor's assistant gives the model (meeting preparation and note drafts). */
export function assistantFields(): readonly ContextField[] {
  const out: ContextField[] = [];
  for (const f of [...CONTEXT_ALLOWLIST.meeting_prep, ...CONTEXT_ALLOWLIST.note_draft])
    if (!out.includes(f)) out.push(f);
  return out;
}

// ---- nynorsk for the register's own words ----

const PURPOSE_NN: Readonly<Record<Purpose, { title: string; description: string }>> = {
  followUp: {
    title: 'Oppfølging i tiltaket',
    description:
      'Rettleiaren følgjer deg opp i tiltaket: kartlegging, aktivitetsplan med mål og steg, avtalar, motivasjon og notat frå samtalane. Dette er sjølve oppfølginga, og ho treng opplysningane om deg.',
  },
  chatbot: {
    title: 'Chatbot og KI-assistent for rettleiaren',
    description:
      'Ein samtaleassistent som hjelper deg å tenkje gjennom mål og neste steg, og som hjelper rettleiaren å førebu møte og skrive utkast til notat. Språkmodellen køyrer på denne maskinen.',
  },
  gamification: {
    title: 'Poeng og merke',
    description:
      'Poeng og merke for steg du har fullført i aktivitetsplanen. Det er frivillig: berre du kan slå det på, dele det med rettleiaren og slå det av igjen.',
  },
  decisionSupport: {
    title: 'Avgjerdsstøtte (bruk)',
    description:
      'Eit overslag som hjelper rettleiaren å vurdere om dialogmøte 2 trengst for ein sjukmeld. Rettleiaren gjer si eiga vurdering og bestemmer sjølv; overslaget avgjer ingenting.',
  },
  decisionSupportDevelopment: {
    title: 'Avgjerdsstøtte (utvikling og trening av modellen)',
    description:
      'Bruk av saker og utfall til å lage, trene eller betre modellen bak overslaget. Dette er eit eige føremål, skilt frå bruken av overslaget.',
  },
  statistics: {
    title: 'Statistikk',
    description:
      'Tal utan namn om korleis tiltaket går (til dømes kor mange som fullfører steg), til organisasjonen si eiga oppfølging og rapportering.',
  },
  trainingExport: {
    title: 'Vidaretrening av språkmodell',
    description:
      'Utlevering av pseudonymiserte samtalar (namn og nummer bytte ut) for å trene eller betre ein språkmodell. Skjer aldri utan eige behandlingsgrunnlag og informasjon til deltakarane dette gjeld.',
  },
};

const ARTICLE6_NN: Readonly<Record<Article6, string>> = {
  a: 'Vi behandlar opplysningane fordi du har samtykt (personvernforordninga artikkel 6 nr. 1 bokstav a). Du kan når som helst trekkje samtykket tilbake.',
  b: 'Vi behandlar opplysningane fordi det er naudsynt for å oppfylle ein avtale med deg (personvernforordninga artikkel 6 nr. 1 bokstav b).',
  c: 'Vi behandlar opplysningane fordi ei lov eller forskrift pålegg oss det (personvernforordninga artikkel 6 nr. 1 bokstav c).',
  d: 'Vi behandlar opplysningane for å verne ditt eller andre sitt liv eller helse (personvernforordninga artikkel 6 nr. 1 bokstav d).',
  e: 'Vi behandlar opplysningane fordi det er naudsynt for å utføre ei oppgåve i allmenta si interesse (personvernforordninga artikkel 6 nr. 1 bokstav e).',
  f: 'Vi behandlar opplysningane fordi vi har ei berettiga interesse som vi har vurdert opp mot personvernet ditt (personvernforordninga artikkel 6 nr. 1 bokstav f). Du kan protestere mot behandlinga.',
};

const ARTICLE9_NN: Readonly<Record<Article9, string>> = {
  a: 'Helseopplysningar og andre særlege kategoriar blir behandla fordi du uttrykkeleg har samtykt (artikkel 9 nr. 2 bokstav a).',
  b: 'Helseopplysningar blir behandla fordi det er naudsynt etter reglane om arbeid, trygd og sosial tryggleik (artikkel 9 nr. 2 bokstav b).',
  c: 'Opplysningane blir behandla for å verne liv eller helse (artikkel 9 nr. 2 bokstav c).',
  f: 'Opplysningane blir behandla for å fastsetje, gjere gjeldande eller forsvare rettskrav (artikkel 9 nr. 2 bokstav f).',
  g: 'Opplysningane blir behandla av omsyn til viktige allmenne interesser med grunnlag i lov (artikkel 9 nr. 2 bokstav g).',
  h: 'Opplysningane blir behandla som ledd i helse- eller sosialtenester (artikkel 9 nr. 2 bokstav h).',
  j: 'Opplysningane blir behandla for statistikk eller forsking, med garantiar for personvernet ditt (artikkel 9 nr. 2 bokstav j).',
};

function basisText(basis: LegalBasisRecord, lang: NoticeLanguage): string {
  const six = lang === 'nb' ? ARTICLE6_GUIDANCE[basis.article6].plain : ARTICLE6_NN[basis.article6];
  const law = lang === 'nb' ? 'Grunnlaget i norsk rett er' : 'Grunnlaget i norsk rett er';
  let out = basis.supplementaryBasis ? `${six} ${law} ${basis.supplementaryBasis}.` : six;
  if (basis.specialCategories && basis.article9) {
    const nine = lang === 'nb' ? ARTICLE9_GUIDANCE[basis.article9].plain : ARTICLE9_NN[basis.article9];
    out += basis.article9SupplementaryBasis ? ` ${nine} ${law} ${basis.article9SupplementaryBasis}.` : ` ${nine}`;
  }
  return out;
}

// ---- the text ----

const months = (n: number, lang: NoticeLanguage) =>
  n === 1 ? (lang === 'nb' ? '1 måned' : '1 månad') : lang === 'nb' ? `${n} måneder` : `${n} månader`;

function listText(items: readonly string[], lang: NoticeLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'og'} ${items.at(-1)}`;
}

/** NAV's own unit or NAV's processor records NAV's decision on dialogmøte 2; anyone else writes an assessment for NAV. */
function decidesForNav(org: OrganisationRole | null): boolean {
  const kind = organisationKind(org);
  return kind === 'navUnit' || kind === 'navProcessor';
}

/** Who receives the data, from the organisation's recorded role. */
function recipients(org: OrganisationRole | null, lang: NoticeLanguage): string[] {
  const nb = lang === 'nb';
  const kind = organisationKind(org);
  const out = [
    nb
      ? 'Veilederen som følger deg opp, kan se opplysningene om deg. Administratorer styrer brukerkontoer, men kan ikke lese notater eller samtaler. Appen sender ingenting over internett, og opplysningene sendes ikke ut av landet.'
      : 'Rettleiaren som følgjer deg opp, kan sjå opplysningane om deg. Administratorar styrer brukarkontoar, men kan ikkje lese notat eller samtalar. Appen sender ingenting over internett, og opplysningane blir ikkje sende ut av landet.',
  ];
  if (kind === 'navProcessor' || kind === 'otherProcessor') {
    const name = org!.controller!.name;
    out.push(
      nb
        ? `${name} er behandlingsansvarlig og får opplysningene ${name} trenger for å følge opp tiltaket, etter reglene for tiltaket.`
        : `${name} er behandlingsansvarleg og får opplysningane ${name} treng for å følgje opp tiltaket, etter reglane for tiltaket.`,
    );
  } else if (kind === 'navUnit') {
    out.push(
      nb
        ? 'Opplysningene er hos NAV, som er behandlingsansvarlig. Andre deler av NAV får dem bare når reglene krever det.'
        : 'Opplysningane er hos NAV, som er behandlingsansvarleg. Andre delar av NAV får dei berre når reglane krev det.',
    );
  } else {
    out.push(
      nb
        ? 'Er du med i et tiltak fra NAV, gir veilederen NAV de opplysningene NAV trenger for å følge opp tiltaket, etter reglene for tiltaket. Ellers gir vi dem bare videre når en lov krever det.'
        : 'Er du med i eit tiltak frå NAV, gir rettleiaren NAV dei opplysningane NAV treng for å følgje opp tiltaket, etter reglane for tiltaket. Elles gir vi dei berre vidare når ei lov krev det.',
    );
  }
  return out;
}

function buildText(input: NoticeInput, covered: readonly Purpose[], lang: NoticeLanguage): NoticeText {
  const { organisationName, organisation, bases, retention } = input;
  const nb = lang === 'nb';
  const w = (b: string, n: string) => (nb ? b : n);
  const has = (p: Purpose) => covered.includes(p);
  const sections: NoticeSection[] = [];

  sections.push({
    id: 'intro',
    title: w('Om denne erklæringen', 'Om denne erklæringa'),
    paragraphs: [
      w(
        `Her kan du lese hvilke opplysninger ${organisationName} lagrer om deg i InkludMI, hvorfor, hvor lenge, og hvilke rettigheter du har. Spør veilederen din hvis noe er uklart.`,
        `Her kan du lese kva opplysningar ${organisationName} lagrar om deg i InkludMI, kvifor, kor lenge, og kva rettar du har. Spør rettleiaren din viss noko er uklart.`,
      ),
      w(
        'Alt lagres kryptert på maskinen her, ikke i en sky. Appen bruker ikke internett.',
        'Alt blir lagra kryptert på maskina her, ikkje i ei sky. Appen bruker ikkje internett.',
      ),
    ],
  });

  sections.push({
    id: 'responsible',
    title: w('Hvem som er ansvarlig', 'Kven som er ansvarleg'),
    paragraphs: responsibleParagraphs(organisationName, organisation, lang),
  });

  sections.push({
    id: 'purposes',
    title: w('Hva vi bruker opplysningene til, og hvorfor', 'Kva vi bruker opplysningane til, og kvifor'),
    paragraphs: [
      w(
        'Vi bruker opplysningene om deg bare til dette. Hvert formål har sitt eget grunnlag i personvernforordningen:',
        'Vi bruker opplysningane om deg berre til dette. Kvart føremål har sitt eige grunnlag i personvernforordninga:',
      ),
    ],
    items: covered.map((p) => {
      const info = nb ? PURPOSE_INFO[p] : PURPOSE_NN[p];
      return `${info.title}: ${info.description} ${basisText(bases.get(p)!, lang)}`;
    }),
  });

  sections.push({
    id: 'data',
    title: w('Hvilke opplysninger vi lagrer', 'Kva opplysningar vi lagrar'),
    paragraphs: [w('Vi lagrer bare det oppfølgingen trenger:', 'Vi lagrar berre det oppfølginga treng:')],
    items: [
      w(
        'navnet ditt og fødselsnummeret ditt (fødselsnummeret vises bare når veilederen trenger det, og det blir logget)',
        'namnet ditt og fødselsnummeret ditt (fødselsnummeret blir berre vist når rettleiaren treng det, og det blir logga)',
      ),
      w(
        'telefon og e-post, tiltaket du er med i, datoer og NAV-kontoret ditt',
        'telefon og e-post, tiltaket du er med i, datoar og NAV-kontoret ditt',
      ),
      w(
        'målet ditt med dine egne ord, stegene i aktivitetsplanen og hvem som foreslo dem',
        'målet ditt med dine eigne ord, stega i aktivitetsplanen og kven som føreslo dei',
      ),
      w(
        'hvor viktig en endring er for deg og hvor sikker du er på å få det til (tall fra 0 til 10)',
        'kor viktig ei endring er for deg og kor sikker du er på å få det til (tal frå 0 til 10)',
      ),
      w(
        'avtaler med veilederen og veilederens notater fra samtalene',
        'avtalar med rettleiaren og notata til rettleiaren frå samtalane',
      ),
      ...(has('chatbot')
        ? [w('det du skriver med chatboten, og svarene den gir', 'det du skriv med chatboten, og svara han gir')]
        : []),
      ...(has('gamification')
        ? [w('poeng og merker, bare hvis du selv slår det på', 'poeng og merke, berre viss du sjølv slår det på')]
        : []),
      ...(has('decisionSupport')
        ? [
            w(
              'ved sykmelding: sykmeldingsgrad, diagnosekapittel (bare én bokstav), tidligere sykefravær, aldersgruppe, veilederens notater i saken, beslutningen og hvem som tok den, og senere utfallet (om du fortsatt var sykmeldt etter 26 uker)',
              'ved sjukmelding: sjukmeldingsgrad, diagnosekapittel (berre éin bokstav), tidlegare sjukefråvær, aldersgruppe, notata til rettleiaren i saka, avgjerda og kven som tok ho, og seinare utfallet (om du framleis var sjukmeld etter 26 veker)',
            ),
          ]
        : []),
      w(
        'en logg over hvem som har sett eller endret opplysningene om deg, og når',
        'ein logg over kven som har sett eller endra opplysningane om deg, og når',
      ),
    ],
  });

  if (has('chatbot')) {
    const chat = listText(
      chatFields().map((f) => FIELD_WORDS[lang][f].full),
      lang,
    );
    const assistant = listText(
      assistantFields().map((f) => FIELD_WORDS[lang][f].full),
      lang,
    );
    sections.push({
      id: 'chatbot',
      title: w('Hva chatboten og språkmodellen får', 'Kva chatboten og språkmodellen får'),
      paragraphs: [
        w(
          'Chatboten er en språkmodell som kjører på denne maskinen. Ingenting sendes ut på internett.',
          'Chatboten er ein språkmodell som køyrer på denne maskina. Ingenting blir sendt ut på internett.',
        ),
        w(
          `Språkmodellen får det du skriver i chatten, og disse opplysningene fra oppfølgingen: ${chat}. Når veilederen bruker assistenten til å forberede et møte eller skrive et notat, får modellen ${assistant}, hva som har skjedd siden forrige møte (antall meldinger, nye og fullførte steg) og stikkordene veilederen skriver.`,
          `Språkmodellen får det du skriv i chatten, og desse opplysningane frå oppfølginga: ${chat}. Når rettleiaren bruker assistenten til å førebu eit møte eller skrive eit notat, får modellen ${assistant}, kva som har skjedd sidan førre møte (tal på meldingar, nye og fullførte steg) og stikkorda rettleiaren skriv.`,
        ),
        w(
          'Teksten blir pseudonymisert først: navn, fødselsnummer, telefonnummer, e-post, adresser, kontonummer og fødselsdatoer som appen finner, byttes ut med stedfortredere som [NAVN_1]. Det som er igjen, er fortsatt personopplysninger om deg, for eksempel målet ditt og det du forteller. Appen finner ikke alle navn, særlig navn den ikke kjenner fra før. Skriv derfor helst ikke navn på andre. Du ser teksten som vanlig på skjermen.',
          'Teksten blir pseudonymisert først: namn, fødselsnummer, telefonnummer, e-post, adresser, kontonummer og fødselsdatoar som appen finn, blir bytte ut med stadfortredarar som [NAVN_1]. Det som er att, er framleis personopplysningar om deg, til dømes målet ditt og det du fortel. Appen finn ikkje alle namn, særleg namn han ikkje kjenner frå før. Skriv difor helst ikkje namn på andre. Du ser teksten som vanleg på skjermen.',
        ),
        w(
          'Under «Hva assistenten vet» kan du se nøyaktig hva modellen fikk.',
          'Under «Hva assistenten vet» kan du sjå nøyaktig kva modellen fekk.',
        ),
        w(
          'Chatboten bestemmer ingenting om deg. Den er et hjelpemiddel i samtalen, og veilederen din kan lese det dere skriver.',
          'Chatboten bestemmer ingenting om deg. Han er eit hjelpemiddel i samtalen, og rettleiaren din kan lese det de skriv.',
        ),
        has('trainingExport')
          ? w(
              'Samtalene kan bli brukt til å forbedre en språkmodell. Se eget avsnitt om videretrening.',
              'Samtalane kan bli brukte til å betre ein språkmodell. Sjå eige avsnitt om vidaretrening.',
            )
          : w(
              'Samtalene dine blir ikke brukt til å trene en språkmodell.',
              'Samtalane dine blir ikkje brukte til å trene ein språkmodell.',
            ),
      ],
    });
    sections.push({
      id: 'crisis',
      title: w('Hvis du skriver at du har det vondt', 'Viss du skriv at du har det vondt'),
      paragraphs: [
        w(
          'Hvis du skriver noe som tyder på at du eller noen andre kan være i fare, viser chatboten telefonnumre til hjelp med en gang, og veilederen din får et varsel. Varselet viser til meldingen din, men kopierer ikke det du skrev. Veilederen tar kontakt med deg.',
          'Viss du skriv noko som tyder på at du eller nokon andre kan vere i fare, viser chatboten telefonnummer til hjelp med ein gong, og rettleiaren din får eit varsel. Varselet viser til meldinga di, men kopierer ikkje det du skreiv. Rettleiaren tek kontakt med deg.',
        ),
        w(
          'Chatboten er ikke en krisetjeneste. Er det akutt, ring 113.',
          'Chatboten er ikkje ei kriseteneste. Er det akutt, ring 113.',
        ),
      ],
    });
  }

  if (has('gamification')) {
    sections.push({
      id: 'gamification',
      title: w('Poeng og merker er frivillig', 'Poeng og merke er frivillig'),
      paragraphs: [
        w(
          'Du kan få poeng og merker for steg du fullfører. Det er helt frivillig. Bare du kan slå det på, dele det med veilederen og slå det av igjen. Slår du det av, slettes alt om poeng og merker.',
          'Du kan få poeng og merke for steg du fullfører. Det er heilt frivillig. Berre du kan slå det på, dele det med rettleiaren og slå det av igjen. Slår du det av, blir alt om poeng og merke sletta.',
        ),
        w(
          'Det er ingen sammenligning med andre, og du mister aldri noe. Poeng og merker brukes ikke til noe annet, heller ikke i rapporter eller beslutninger om deg.',
          'Det er inga samanlikning med andre, og du mistar aldri noko. Poeng og merke blir ikkje brukte til noko anna, heller ikkje i rapportar eller avgjerder om deg.',
        ),
      ],
    });
  }

  if (has('decisionSupport')) {
    sections.push({
      id: 'decisions',
      title: w('Beslutningsstøtte ved sykmelding', 'Avgjerdsstøtte ved sjukmelding'),
      paragraphs: [
        w(
          'Er du sykmeldt, kan veilederen bruke et anslag som hjelp til å vurdere om det trengs et dialogmøte. Anslaget bruker bare sykmeldingsgrad, diagnosekapittel, tidligere sykefravær og aldersgruppe.',
          'Er du sjukmeld, kan rettleiaren bruke eit overslag som hjelp til å vurdere om det trengst eit dialogmøte. Overslaget bruker berre sjukmeldingsgrad, diagnosekapittel, tidlegare sjukefråvær og aldersgruppe.',
        ),
        // Who decides follows the role in the register (issue 17): NAV, or NAV's processor, records
        // NAV's decision; anyone else writes an assessment that NAV gets, and NAV decides.
        decidesForNav(organisation)
          ? w(
              'Veilederen gjør sin egen vurdering og registrerer beslutningen for NAV. Anslaget bestemmer ikke.',
              'Rettleiaren gjer si eiga vurdering og registrerer avgjerda for NAV. Overslaget avgjer ikkje.',
            )
          : w(
              'Veilederen gjør sin egen vurdering og skriver den til NAV-veilederen din. Det er NAV som bestemmer om det skal holdes dialogmøte, ikke veilederen her og ikke anslaget.',
              'Rettleiaren gjer si eiga vurdering og skriv ho til NAV-rettleiaren din. Det er NAV som avgjer om det skal haldast dialogmøte, ikkje rettleiaren her og ikkje overslaget.',
            ),
        decidesForNav(organisation)
          ? w(
              'Veilederen kan skrive notater i saken. Beslutningen og hvem som tok den, lagres i minst seks måneder. Senere kan veilederen registrere utfallet: om du fortsatt var sykmeldt etter 26 uker. Utfallet brukes til å følge med på om anslagene treffer, ikke til noe om deg.',
              'Rettleiaren kan skrive notat i saka. Avgjerda og kven som tok ho, blir lagra i minst seks månader. Seinare kan rettleiaren registrere utfallet: om du framleis var sjukmeld etter 26 veker. Utfallet blir brukt til å følgje med på om overslaga treffer, ikkje til noko om deg.',
            )
          : w(
              'Veilederen kan skrive notater i saken. Vurderingen og hvem som skrev den, lagres i minst seks måneder. Senere kan veilederen registrere utfallet: om du fortsatt var sykmeldt etter 26 uker. Utfallet brukes til å følge med på om anslagene treffer, ikke til noe om deg.',
              'Rettleiaren kan skrive notat i saka. Vurderinga og kven som skreiv ho, blir lagra i minst seks månader. Seinare kan rettleiaren registrere utfallet: om du framleis var sjukmeld etter 26 veker. Utfallet blir brukt til å følgje med på om overslaga treffer, ikkje til noko om deg.',
            ),
      ],
    });
  }

  if (has('trainingExport')) {
    sections.push({
      id: 'training',
      title: w('Videretrening av språkmodell', 'Vidaretrening av språkmodell'),
      paragraphs: [
        w(
          'Samtaler med chatboten kan bli gitt videre for å forbedre en språkmodell. Før det skjer, blir de pseudonymisert på nytt: navn, nummer og andre opplysninger appen finner, byttes ut, og samtalen får et tilfeldig nummer i stedet for navnet ditt. Det gjør dem ikke anonyme. Appen finner ikke alt, og det du har fortalt, kan noen ganger være nok til at noen kjenner deg igjen.',
          'Samtalar med chatboten kan bli gitt vidare for å betre ein språkmodell. Før det skjer, blir dei pseudonymiserte på nytt: namn, nummer og andre opplysningar appen finn, blir bytte ut, og samtalen får eit tilfeldig nummer i staden for namnet ditt. Det gjer dei ikkje anonyme. Appen finn ikkje alt, og det du har fortalt, kan nokre gonger vere nok til at nokon kjenner deg att.',
        ),
        w(
          'Samtaler med krisevarsel tas aldri med, og bare samtaler fra deltakere som har fått denne erklæringen. Du kan protestere, og da blir samtalene dine ikke tatt med.',
          'Samtalar med krisevarsel blir aldri tekne med, og berre samtalar frå deltakarar som har fått denne erklæringa. Du kan protestere, og då blir samtalane dine ikkje tekne med.',
        ),
      ],
    });
  }

  sections.push({
    id: 'recipients',
    title: w('Hvem som får opplysningene', 'Kven som får opplysningane'),
    paragraphs: recipients(organisation, lang),
  });

  sections.push({
    id: 'retention',
    title: w('Hvor lenge vi lagrer opplysningene', 'Kor lenge vi lagrar opplysningane'),
    paragraphs: [
      w(
        'Opplysningene slettes automatisk etter at tiltaket ditt er slutt:',
        'Opplysningane blir sletta automatisk etter at tiltaket ditt er slutt:',
      ),
    ],
    items: [
      ...(has('chatbot')
        ? [
            w(
              `samtaler med chatboten: ${months(retention.chat, lang)} etter slutt`,
              `samtalar med chatboten: ${months(retention.chat, lang)} etter slutt`,
            ),
          ]
        : []),
      w(
        `notater og avtaler: ${months(retention.notes, lang)} etter slutt`,
        `notat og avtalar: ${months(retention.notes, lang)} etter slutt`,
      ),
      w(
        `aktivitetsplanen (mål, steg og faser): ${months(retention.activityPlan, lang)} etter slutt`,
        `aktivitetsplanen (mål, steg og fasar): ${months(retention.activityPlan, lang)} etter slutt`,
      ),
      w(
        `motivasjon: ${months(retention.motivation, lang)} etter slutt`,
        `motivasjon: ${months(retention.motivation, lang)} etter slutt`,
      ),
      ...(has('decisionSupport')
        ? [
            w(
              `saker om dialogmøte, med notater og utfall: ${months(retention.decisionCases, lang)} etter slutt, og beslutningsloggen i minst seks måneder etter beslutningen`,
              `saker om dialogmøte, med notat og utfall: ${months(retention.decisionCases, lang)} etter slutt, og avgjerdsloggen i minst seks månader etter avgjerda`,
            ),
          ]
        : []),
      w(
        `loggen over hvem som har sett opplysningene: ${months(retention.auditEntries, lang)} etter slutt`,
        `loggen over kven som har sett opplysningane: ${months(retention.auditEntries, lang)} etter slutt`,
      ),
    ],
  });

  const title = (p: Purpose) => (nb ? PURPOSE_INFO[p] : PURPOSE_NN[p]).title.toLowerCase();
  const objectable = covered.filter((p) => ['e', 'f'].includes(bases.get(p)!.article6)).map(title);
  const consented = covered.filter((p) => bases.get(p)!.article6 === 'a').map(title);
  sections.push({
    id: 'rights',
    title: w('Rettighetene dine', 'Rettane dine'),
    paragraphs: [w('Du har rett til å:', 'Du har rett til å:')],
    items: [
      w(
        'få vite hva vi har lagret om deg, og få en kopi (også som fil du kan ta med deg), med en oversikt over hvem som har sett opplysningene',
        'få vite kva vi har lagra om deg, og få ein kopi (også som fil du kan ta med deg), med ei oversikt over kven som har sett opplysningane',
      ),
      w(
        'få rettet opplysninger som er feil, eller få lagt til en merknad',
        'få retta opplysningar som er feil, eller få lagt til ein merknad',
      ),
      w(
        'få slettet opplysninger. Noe må vi likevel beholde en stund etter loven, og da får du vite hva og hvorfor',
        'få sletta opplysningar. Noko må vi likevel ta vare på ei stund etter lova, og då får du vite kva og kvifor',
      ),
      w(
        'få begrenset bruken av opplysningene, for eksempel mens noe blir rettet. Da lagres de, men brukes ikke',
        'få avgrensa bruken av opplysningane, til dømes medan noko blir retta. Då blir dei lagra, men ikkje brukte',
      ),
      ...(objectable.length > 0
        ? [
            w(
              `protestere mot bruken av opplysningene til ${listText(objectable, lang)}, av grunner som gjelder din særlige situasjon. Da må vi slutte, med mindre vi kan vise tungtveiende grunner som går foran dine interesser, eller vi trenger opplysningene til et rettskrav`,
              `protestere mot bruken av opplysningane til ${listText(objectable, lang)}, av grunnar som gjeld den særlege situasjonen din. Då må vi slutte, med mindre vi kan vise tungtvegande grunnar som går føre interessene dine, eller vi treng opplysningane til eit rettskrav`,
            ),
          ]
        : []),
      ...(consented.length > 0
        ? [
            w(
              `trekke tilbake samtykket til ${listText(consented, lang)} når du vil`,
              `trekkje tilbake samtykket til ${listText(consented, lang)} når du vil`,
            ),
          ]
        : []),
      w(
        'klage til Datatilsynet (datatilsynet.no) hvis du mener vi behandler opplysningene dine feil',
        'klage til Datatilsynet (datatilsynet.no) viss du meiner vi behandlar opplysningane dine feil',
      ),
    ],
  });
  sections.push({
    id: 'how',
    title: w('Slik bruker du rettighetene', 'Slik bruker du rettane'),
    paragraphs: [
      w(
        'Si fra til veilederen din, eller kontakt oss (se under). Vil du protestere, fortell hva ved situasjonen din som gjør at du ikke vil at opplysningene brukes slik. Vi svarer så fort vi kan, og senest innen én måned. Tar det lengre tid, får du vite hvorfor.',
        'Sei frå til rettleiaren din, eller kontakt oss (sjå under). Vil du protestere, fortel kva ved situasjonen din som gjer at du ikkje vil at opplysningane blir brukte slik. Vi svarar så fort vi kan, og seinast innan éin månad. Tek det lengre tid, får du vite kvifor.',
      ),
      w(
        'Du kan selv laste ned alt vi har lagret om deg under «Personvern» i appen.',
        'Du kan sjølv laste ned alt vi har lagra om deg under «Personvern» i appen.',
      ),
    ],
  });

  sections.push({
    id: 'contact',
    title: w('Kontakt', 'Kontakt'),
    paragraphs: contactParagraphs(organisationName, organisation, lang),
  });

  return {
    title: w(
      `Personvernerklæring for deltakere – ${organisationName}`,
      `Personvernerklæring for deltakarar – ${organisationName}`,
    ),
    summary: buildSummary(input, covered, lang),
    sections,
  };
}

/**
 * The short layer: six points in plain words for a 16-year-old, no article numbers, generated from
 * the same register and allowlist as the full text. Sentences are kept short (LIX ≤ 35, tested).
 */
function buildSummary(input: NoticeInput, covered: readonly Purpose[], lang: NoticeLanguage): NoticeSummaryItem[] {
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

function responsibleParagraphs(organisationName: string, org: OrganisationRole | null, lang: NoticeLanguage): string[] {
  const nb = lang === 'nb';
  if (!org) {
    return [
      nb
        ? `${organisationName} har ennå ikke registrert hvem som er behandlingsansvarlig for opplysningene om deg. Til det er gjort, brukes ingen av tilleggsfunksjonene. Spør veilederen din hvem som har ansvaret.`
        : `${organisationName} har enno ikkje registrert kven som er behandlingsansvarleg for opplysningane om deg. Til det er gjort, blir ingen av tilleggsfunksjonane brukte. Spør rettleiaren din kven som har ansvaret.`,
    ];
  }
  if (org.role === 'processor' && org.controller) {
    return [
      nb
        ? `${org.controller.name} er behandlingsansvarlig for opplysningene om deg. ${organisationName} behandler dem på vegne av ${org.controller.name}, etter en databehandleravtale (${org.controller.agreementReference}).`
        : `${org.controller.name} er behandlingsansvarleg for opplysningane om deg. ${organisationName} behandlar dei på vegner av ${org.controller.name}, etter ein databehandlaravtale (${org.controller.agreementReference}).`,
    ];
  }
  return [
    nb
      ? `${organisationName} er behandlingsansvarlig for opplysningene om deg i InkludMI. Det betyr at ${organisationName} bestemmer hva opplysningene brukes til, og har ansvaret for at det skjer på en lovlig og trygg måte.`
      : `${organisationName} er behandlingsansvarleg for opplysningane om deg i InkludMI. Det tyder at ${organisationName} bestemmer kva opplysningane blir brukte til, og har ansvaret for at det skjer på ein lovleg og trygg måte.`,
  ];
}

function contactParagraphs(organisationName: string, org: OrganisationRole | null, lang: NoticeLanguage): string[] {
  const nb = lang === 'nb';
  if (!org)
    return [
      nb ? `Kontakt ${organisationName} ved veilederen din.` : `Kontakt ${organisationName} ved rettleiaren din.`,
    ];
  const c = org.contact;
  const ways = [
    c.email ? `e-post ${c.email}` : null,
    c.phone ? `telefon ${c.phone}` : null,
    c.address ? `adresse ${c.address}` : null,
  ].filter((x): x is string => x !== null);
  const out = [`Kontakt ${c.name}${ways.length ? ` (${ways.join(', ')})` : ''}.`];
  if (org.dpo) {
    const dpoWays = [
      org.dpo.email ? `e-post ${org.dpo.email}` : null,
      org.dpo.phone ? `telefon ${org.dpo.phone}` : null,
    ].filter((x): x is string => x !== null);
    out.push(
      `${nb ? 'Personvernombudet' : 'Personvernombodet'} er ${org.dpo.name}${dpoWays.length ? ` (${dpoWays.join(', ')})` : ''}.`,
    );
  }
  return out;
}

export function noticeHash(content: NoticeContent): string {
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}

/** The short layer as plain text (the readability test and the printed page read it). */
export function summaryText(text: NoticeText): string {
  return text.summary.map((i) => `${i.title}\n${i.text}`).join('\n');
}

/** The notice as plain text (the PDF and the acceptance test read it): the short layer, then the full text. */
export function noticeText(notice: NoticeContent, lang: NoticeLanguage = 'nb'): string {
  const t = noticeIn(notice, lang);
  return [
    t.title,
    ...(t.summary.length ? [summaryText(t)] : []),
    ...t.sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.items ?? []).map((i) => `• ${i}`)]),
  ].join('\n');
}
