import { CONTEXT_ALLOWLIST, CONTEXT_LABELS, type ContextField } from '../chat/index.js';
import {
  organisationKind,
  type Article6,
  type Article9,
  type LegalBasisRecord,
  type OrganisationRole,
} from './legalBasis.js';
import { ARTICLE6_GUIDANCE, ARTICLE9_GUIDANCE } from './basisGuidance.js';
import type { NoticeLanguage } from './notice.js';
import type { Purpose } from './purposes.js';

/*
 * The privacy notice's words that depend on the language or on the organisation: the fields the
 * model is given, nynorsk for the register's own words, legal bases, recipients, who is
 * responsible and whom to contact. The notice's sections and short layer are put together from
 * these (noticeSections.ts, noticeSummary.ts).
 */

// ---- what the model is given: read from the chat's own allowlist ----

/** Plain words for each field the chat may give the model (the chat's CONTEXT_ALLOWLIST decides which). */
export const FIELD_WORDS: Readonly<
  Record<NoticeLanguage, Readonly<Record<ContextField, { full: string; short: string }>>>
> = {
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

export const PURPOSE_NN: Readonly<Record<Purpose, { title: string; description: string }>> = {
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

export function basisText(basis: LegalBasisRecord, lang: NoticeLanguage): string {
  const six = lang === 'nb' ? ARTICLE6_GUIDANCE[basis.article6].plain : ARTICLE6_NN[basis.article6];
  const law = lang === 'nb' ? 'Grunnlaget i norsk rett er' : 'Grunnlaget i norsk rett er';
  let out = basis.supplementaryBasis ? `${six} ${law} ${basis.supplementaryBasis}.` : six;
  if (basis.specialCategories && basis.article9) {
    const nine = lang === 'nb' ? ARTICLE9_GUIDANCE[basis.article9].plain : ARTICLE9_NN[basis.article9];
    out += basis.article9SupplementaryBasis ? ` ${nine} ${law} ${basis.article9SupplementaryBasis}.` : ` ${nine}`;
  }
  return out;
}

// ---- small words: months and lists ----

export const months = (n: number, lang: NoticeLanguage) =>
  n === 1 ? (lang === 'nb' ? '1 måned' : '1 månad') : lang === 'nb' ? `${n} måneder` : `${n} månader`;

export function listText(items: readonly string[], lang: NoticeLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'og'} ${items.at(-1)}`;
}

/** NAV's own unit or NAV's processor records NAV's decision on dialogmøte 2; anyone else writes an assessment for NAV. */
export function decidesForNav(org: OrganisationRole | null): boolean {
  const kind = organisationKind(org);
  return kind === 'navUnit' || kind === 'navProcessor';
}

/** Who receives the data, from the organisation's recorded role. */
export function recipients(org: OrganisationRole | null, lang: NoticeLanguage): string[] {
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

// ---- who is responsible, whom to contact ----

export function responsibleParagraphs(
  organisationName: string,
  org: OrganisationRole | null,
  lang: NoticeLanguage,
): string[] {
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

export function contactParagraphs(
  organisationName: string,
  org: OrganisationRole | null,
  lang: NoticeLanguage,
): string[] {
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
