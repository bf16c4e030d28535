import type { Feature } from '../policy/index.js';

/**
 * The processing purposes of InkludMI. Each needs its own recorded legal basis before it runs
 * (follow-up, the purpose the app exists for, starts with a default the admin confirms).
 */
export const PURPOSES = [
  'followUp',
  'chatbot',
  'gamification',
  'decisionSupport',
  'decisionSupportDevelopment',
  'statistics',
  'trainingExport',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The organisation's feature switches and the purpose each one serves. */
export const FEATURE_PURPOSE: Readonly<Record<Feature, Purpose>> = {
  chatbot: 'chatbot',
  gamification: 'gamification',
  decisionSupport: 'decisionSupport',
  statistics: 'statistics',
};

/**
 * Categories of personal data, as the records of processing (art. 30) and the data map name them.
 * Every participant table (declared by its owner module and served by its PersonalDataSource) has one.
 */
export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'programme',
  'notes',
  'activityPlan',
  'motivation',
  'appointments',
  'chat',
  'crisisFlags',
  'rewards',
  'decisionCases',
  'account',
  'auditLog',
  'privacy',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_TITLES: Readonly<Record<DataCategory, string>> = {
  identity: 'Navn og fødselsnummer',
  contact: 'Kontaktopplysninger (telefon, e-post)',
  programme: 'Tiltak, datoer, NAV-kontor og fase i oppfølgingen',
  notes: 'Oppfølgingsnotater og veilederens egne påminnelser',
  activityPlan: 'Aktivitetsplan: mål og steg',
  motivation: 'Motivasjon (viktighet og mestringstro, 0–10)',
  appointments: 'Avtaler (tid, sted, type)',
  chat: 'Samtaler med chatboten og meldinger med veilederen',
  crisisFlags: 'Krisevarsler til veilederen (peker på meldingen)',
  rewards: 'Poeng og merker (valgfritt, bare når deltakeren har slått det på)',
  decisionCases: 'Saker om dialogmøte 2 (sykmeldingsgrad, diagnosekapittel, aldersgruppe) og beslutningsloggen',
  account: 'Brukerkonto (brukernavn, navn, rolle)',
  auditLog: 'Revisjonslogg: hvem som har sett eller endret opplysningene, og når (uten innhold)',
  privacy: 'Personvern: lest personvernerklæring, krav om rettigheter, protester, sletting',
};

export interface PurposeInfo {
  purpose: Purpose;
  /** Short Norwegian name. */
  title: string;
  /** What is done and why, in plain bokmål (the notice and the records of processing use it). */
  description: string;
  /** The switch in the organisation's settings, when the purpose has one. */
  feature: Feature | null;
  dataCategories: readonly DataCategory[];
  /** The purpose usually involves special categories (health): the register asks for an art. 9 basis. */
  specialCategoriesLikely: boolean;
  /** The purpose is what the app exists for: its basis can be changed, never removed. */
  core: boolean;
}

export const PURPOSE_INFO: Readonly<Record<Purpose, PurposeInfo>> = {
  followUp: {
    purpose: 'followUp',
    title: 'Oppfølging i tiltaket',
    description:
      'Veilederen følger deg opp i tiltaket: kartlegging, aktivitetsplan med mål og steg, avtaler, motivasjon og notater fra samtalene. Dette er selve oppfølgingen, og den trenger opplysningene om deg.',
    feature: null,
    dataCategories: [
      'identity',
      'contact',
      'programme',
      'notes',
      'activityPlan',
      'motivation',
      'appointments',
      'account',
      'auditLog',
      'privacy',
    ],
    specialCategoriesLikely: true,
    core: true,
  },
  chatbot: {
    purpose: 'chatbot',
    title: 'Chatbot og KI-assistent for veilederen',
    description:
      'En samtaleassistent som hjelper deg å tenke gjennom mål og neste steg, og som hjelper veilederen å forberede møter og skrive utkast til notater. Språkmodellen kjører på denne maskinen.',
    feature: 'chatbot',
    dataCategories: ['chat', 'crisisFlags', 'programme', 'activityPlan', 'motivation'],
    specialCategoriesLikely: true,
    core: false,
  },
  gamification: {
    purpose: 'gamification',
    title: 'Poeng og merker',
    description:
      'Poeng og merker for steg du har fullført i aktivitetsplanen. Det er frivillig: bare du kan slå det på, dele det med veilederen og slå det av igjen.',
    feature: 'gamification',
    dataCategories: ['rewards', 'activityPlan'],
    specialCategoriesLikely: false,
    core: false,
  },
  decisionSupport: {
    purpose: 'decisionSupport',
    title: 'Beslutningsstøtte (bruk)',
    description:
      'Et anslag som hjelper veilederen å vurdere om dialogmøte 2 trengs for en sykmeldt. Veilederen gjør sin egen vurdering og bestemmer selv; anslaget avgjør ingenting.',
    feature: 'decisionSupport',
    dataCategories: ['decisionCases'],
    specialCategoriesLikely: true,
    core: false,
  },
  decisionSupportDevelopment: {
    purpose: 'decisionSupportDevelopment',
    title: 'Beslutningsstøtte (utvikling og trening av modellen)',
    description:
      'Bruk av saker og utfall til å lage, trene eller forbedre modellen bak anslaget. Dette er et eget formål, atskilt fra bruken av anslaget.',
    feature: null,
    dataCategories: ['decisionCases'],
    specialCategoriesLikely: true,
    core: false,
  },
  statistics: {
    purpose: 'statistics',
    title: 'Statistikk',
    description:
      'Tall uten navn om hvordan tiltaket går (for eksempel hvor mange som fullfører steg), til organisasjonens egen oppfølging og rapportering.',
    feature: 'statistics',
    dataCategories: ['programme', 'activityPlan'],
    specialCategoriesLikely: false,
    core: false,
  },
  trainingExport: {
    purpose: 'trainingExport',
    title: 'Videretrening av språkmodell',
    description:
      'Utlevering av pseudonymiserte samtaler (navn og nummer byttet ut) for å trene eller forbedre en språkmodell. Skjer aldri uten eget behandlingsgrunnlag og informasjon til deltakerne dette gjelder.',
    feature: null,
    dataCategories: ['chat'],
    specialCategoriesLikely: true,
    core: false,
  },
};
