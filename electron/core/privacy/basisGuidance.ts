import type { Article6, Article9, LegalBasis } from './legalBasis.js';
import type { Purpose } from './purposes.js';

/*
 * Advice for the legal-basis register in plain bokmål: what each option of GDPR art. 6(1) and
 * 9(2) means here, how the notice words it, and what each purpose needs. The register shows it to
 * the admin; the notice and the records of processing describe a recorded basis with it.
 */

/** Plain words for a basis, as the notice and the records of processing write it. */
export function describeArticle6(basis: Pick<LegalBasis, 'article6' | 'supplementaryBasis'>): string {
  const base = ARTICLE6_GUIDANCE[basis.article6].plain;
  return basis.supplementaryBasis ? `${base} Grunnlaget i norsk rett er ${basis.supplementaryBasis}.` : base;
}

export function describeArticle9(
  basis: Pick<LegalBasis, 'specialCategories' | 'article9' | 'article9SupplementaryBasis'>,
): string | null {
  if (!basis.specialCategories || !basis.article9) return null;
  const base = ARTICLE9_GUIDANCE[basis.article9].plain;
  return basis.article9SupplementaryBasis
    ? `${base} Grunnlaget i norsk rett er ${basis.article9SupplementaryBasis}.`
    : base;
}

export interface OptionGuidance {
  /** The option as the register lists it. */
  label: string;
  /** The article, e.g. "art. 6 nr. 1 bokstav e". */
  article: string;
  /** When it fits, what it requires, and the sandbox reports' points, in plain bokmål. */
  guidance: string;
  /** How the notice tells participants about it. */
  plain: string;
  /** The register asks for these with this option. */
  requires: readonly (
    'supplementaryBasis' | 'balancingTest' | 'consent' | 'article9SupplementaryBasis' | 'article9Justification'
  )[];
  /** The guidance advises against it in this setting. */
  caution: boolean;
}

export const ARTICLE6_GUIDANCE: Readonly<Record<Article6, OptionGuidance>> = {
  a: {
    label: 'Samtykke',
    article: 'art. 6 nr. 1 bokstav a',
    guidance:
      'Samtykke må være frivillig, spesifikt, informert og like lett å trekke tilbake som å gi. Datatilsynets sandkasseprosjekter peker på at samtykke sjelden er gyldig når det er et avhengighetsforhold: en deltaker som får oppfølging eller ytelser, kan vanskelig si nei til tiltaksarrangøren eller NAV. Velg samtykke bare for noe som er helt frivillig, der et nei ikke får noen følger, og der deltakeren kan slå det av selv.',
    plain:
      'Vi behandler opplysningene fordi du har samtykket (personvernforordningen artikkel 6 nr. 1 bokstav a). Du kan når som helst trekke samtykket tilbake.',
    requires: ['consent'],
    caution: true,
  },
  b: {
    label: 'Avtale',
    article: 'art. 6 nr. 1 bokstav b',
    guidance:
      'Passer når behandlingen er nødvendig for å oppfylle en avtale med deltakeren selv. Oppfølging i et arbeidsmarkedstiltak bygger sjelden på en avtale med deltakeren, men på tiltaksforskriften og avtalen med NAV.',
    plain:
      'Vi behandler opplysningene fordi det er nødvendig for å oppfylle en avtale med deg (personvernforordningen artikkel 6 nr. 1 bokstav b).',
    requires: [],
    caution: true,
  },
  c: {
    label: 'Rettslig forpliktelse',
    article: 'art. 6 nr. 1 bokstav c',
    guidance:
      'Passer når en lov eller forskrift pålegger organisasjonen å behandle opplysningene (for eksempel å dokumentere oppfølgingen eller oppbevare regnskap). Krever et supplerende rettsgrunnlag i norsk rett som oppgis.',
    plain:
      'Vi behandler opplysningene fordi en lov eller forskrift pålegger oss det (personvernforordningen artikkel 6 nr. 1 bokstav c).',
    requires: ['supplementaryBasis'],
    caution: false,
  },
  d: {
    label: 'Vitale interesser',
    article: 'art. 6 nr. 1 bokstav d',
    guidance:
      'Bare for å verne noens liv og helse i en akutt situasjon der et annet grunnlag ikke kan brukes. Ikke et grunnlag for ordinær oppfølging.',
    plain:
      'Vi behandler opplysningene for å verne ditt eller andres liv eller helse (personvernforordningen artikkel 6 nr. 1 bokstav d).',
    requires: [],
    caution: true,
  },
  e: {
    label: 'Offentlig oppgave / offentlig myndighet',
    article: 'art. 6 nr. 1 bokstav e',
    guidance:
      'Det vanlige grunnlaget for oppfølging i arbeidsmarkedstiltak: behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse, som tiltaksarrangøren utfører for NAV. Krever et supplerende rettsgrunnlag i norsk rett (artikkel 6 nr. 3), for eksempel tiltaksforskriften § 1-7 eller NAV-loven § 4. NAVs sandkasseprosjekt viser at grunnlaget må dekke den konkrete behandlingen: ny teknologi som kunstig intelligens kan kreve en klarere hjemmel enn den vanlige oppfølgingen.',
    plain:
      'Vi behandler opplysningene fordi det er nødvendig for å utføre en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav e).',
    requires: ['supplementaryBasis'],
    caution: false,
  },
  f: {
    label: 'Berettiget interesse',
    article: 'art. 6 nr. 1 bokstav f',
    guidance:
      'Passer for private organisasjoner når en berettiget interesse veier tyngre enn deltakerens personvern. Krever en dokumentert interesseavveiing i tre trinn: formålet (den berettigede interessen), nødvendigheten (at det ikke kan nås på en mindre inngripende måte) og avveiingen mot deltakerens interesser, rettigheter og rimelige forventninger. Offentlige myndigheter, også når organisasjonen er databehandler for NAV, kan ikke bruke dette grunnlaget for oppgavene sine. Spillifisering, poeng og merker kan vippe avveiingen i deltakerens disfavør. Deltakeren har rett til å protestere (artikkel 21).',
    plain:
      'Vi behandler opplysningene fordi vi har en berettiget interesse som vi har vurdert opp mot ditt personvern (personvernforordningen artikkel 6 nr. 1 bokstav f). Du kan protestere mot behandlingen.',
    requires: ['balancingTest'],
    caution: false,
  },
};

export const ARTICLE9_GUIDANCE: Readonly<Record<Article9, OptionGuidance>> = {
  a: {
    label: 'Uttrykkelig samtykke',
    article: 'art. 9 nr. 2 bokstav a',
    guidance:
      'Samme forbehold som for samtykke etter artikkel 6: sjelden gyldig når deltakeren er i et avhengighetsforhold til tiltaket eller NAV, fordi det er en ubalanse i makt. Registeret krever en skriftlig begrunnelse for hvorfor samtykket likevel er frivillig.',
    plain:
      'Helseopplysninger og andre særlige kategorier behandles fordi du uttrykkelig har samtykket (artikkel 9 nr. 2 bokstav a).',
    requires: ['article9Justification'],
    caution: true,
  },
  b: {
    label: 'Arbeidsrett, trygd og sosial trygghet',
    article: 'art. 9 nr. 2 bokstav b',
    guidance:
      'Det grunnlaget NAVs sandkasseprosjekt brukte: nødvendig for å oppfylle plikter og utøve rettigheter etter arbeids- og trygderetten. Krever et supplerende rettsgrunnlag i norsk rett (for eksempel folketrygdloven kapittel 8 og 11, arbeidsmarkedsloven eller tiltaksforskriften).',
    plain:
      'Helseopplysninger behandles fordi det er nødvendig etter reglene om arbeid, trygd og sosial trygghet (artikkel 9 nr. 2 bokstav b).',
    requires: ['article9SupplementaryBasis'],
    caution: false,
  },
  c: {
    label: 'Vitale interesser',
    article: 'art. 9 nr. 2 bokstav c',
    guidance: 'Bare når deltakeren ikke kan samtykke og liv eller helse står på spill.',
    plain: 'Opplysningene behandles for å verne liv eller helse (artikkel 9 nr. 2 bokstav c).',
    requires: [],
    caution: true,
  },
  f: {
    label: 'Rettskrav',
    article: 'art. 9 nr. 2 bokstav f',
    guidance: 'For å fastsette, gjøre gjeldende eller forsvare rettskrav, for eksempel i en klagesak.',
    plain:
      'Opplysningene behandles for å fastsette, gjøre gjeldende eller forsvare rettskrav (artikkel 9 nr. 2 bokstav f).',
    requires: [],
    caution: false,
  },
  g: {
    label: 'Viktige allmenne interesser',
    article: 'art. 9 nr. 2 bokstav g',
    guidance:
      'Krever et supplerende rettsgrunnlag i norsk rett som står i rimelig forhold til formålet og gir garantier for deltakerens rettigheter.',
    plain:
      'Opplysningene behandles av hensyn til viktige allmenne interesser med grunnlag i lov (artikkel 9 nr. 2 bokstav g).',
    requires: ['article9SupplementaryBasis'],
    caution: false,
  },
  h: {
    label: 'Helse- og sosialtjenester',
    article: 'art. 9 nr. 2 bokstav h',
    guidance:
      'For helse- og sosialtjenester ytt av personell med taushetsplikt. Krever et supplerende rettsgrunnlag i norsk rett.',
    plain: 'Opplysningene behandles som ledd i helse- eller sosialtjenester (artikkel 9 nr. 2 bokstav h).',
    requires: ['article9SupplementaryBasis'],
    caution: false,
  },
  j: {
    label: 'Arkiv, forskning og statistikk',
    article: 'art. 9 nr. 2 bokstav j',
    guidance:
      'For statistikk og forskning med nødvendige garantier (artikkel 89). Krever et supplerende rettsgrunnlag, for eksempel personopplysningsloven § 9.',
    plain:
      'Opplysningene behandles for statistikk eller forskning, med garantier for personvernet ditt (artikkel 9 nr. 2 bokstav j).',
    requires: ['article9SupplementaryBasis'],
    caution: false,
  },
};

/** Guidance on each purpose: what usually fits, in plain bokmål. */
export const PURPOSE_GUIDANCE: Readonly<Record<Purpose, string>> = {
  followUp:
    'Oppfølging er formålet appen er laget for, og den kjører alltid. Appen foreslår artikkel 6 nr. 1 bokstav e med tiltaksforskriften § 1-7 som supplerende grunnlag. Kontroller og bekreft grunnlaget. Registrer også et unntak etter artikkel 9 (vanligvis bokstav b) hvis notatene inneholder helseopplysninger.',
  chatbot:
    'Chatboten og KI-assistenten bruker de samme opplysningene som oppfølgingen, men på en ny måte. Vurder om grunnlaget for oppfølgingen dekker dette, eller om det trengs et eget. Deltakere skriver ofte om helse, og chatboten brukes ikke før et unntak etter artikkel 9 er registrert. Teksten til språkmodellen pseudonymiseres (tekstvask), men tekstvasken finner ikke alle navn, og mål, steg og det deltakeren skriver er fortsatt personopplysninger. Modellen kjører på maskinen.',
  gamification:
    'Poeng og merker er ikke nødvendig for oppfølgingen. Samtykke er sjelden gyldig i et avhengighetsforhold, men her er det deltakeren selv som slår det på og av, uten følger. Ved berettiget interesse kan spillifisering vippe avveiingen: ingen sammenligning, ingen tap, og dataene brukes aldri til noe annet.',
  decisionSupport:
    'Anslaget for dialogmøte 2 bygger på helseopplysninger (sykmelding, diagnosekapittel). NAVs sandkasseprosjekt brukte artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav b med folketrygdloven som supplerende grunnlag. Dialogmøte 2 er NAVs beslutning (folketrygdloven § 8-7 a): hos NAV og NAVs databehandler registrerer veilederen NAVs beslutning; hos en tiltaksarrangør på eget ansvar skriver veilederen en vurdering til NAV-veilederen, og det supplerende grunnlaget må dekke tiltaksarrangørens egen behandling. Anslaget bestemmer aldri.',
  decisionSupportDevelopment:
    'NAVs sandkasseprosjekt skilte mellom å bruke en modell og å utvikle den. Å trene modellen på nye saker er et eget formål som trenger et eget, klart grunnlag i lov. Uten det skjer ingen utvikling med organisasjonens data.',
  statistics:
    'Statistikk skal ikke kunne knyttes til enkeltpersoner. Vurder artikkel 6 nr. 1 bokstav e eller f, og artikkel 9 nr. 2 bokstav j hvis helseopplysninger inngår.',
  trainingExport:
    'Samtaledata brukes aldri til å trene en modell uten et eget grunnlag for akkurat det, med unntak etter artikkel 9, og uten at deltakerne dette gjelder har sett den gjeldende personvernerklæringen. Samtalene pseudonymiseres på nytt før de går ut, men er ikke anonyme, og utleveringen er fortsatt behandling av personopplysninger. Samtaler med krisevarsel tas aldri med.',
};
