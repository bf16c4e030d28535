/**
 * Builds models/decision/baseline-v1.json from published aggregate statistics only, so the bundled
 * baseline is reproducible:   node --import tsx models/decision/build-baseline.ts [--check]
 *
 * Every number used is written below next to its source. Numbers that could not be verified are
 * written as ASSUMPTIONS and are labelled so in the file and in the factors the counselor sees.
 * No personal data, no register microdata and no model training is involved: the parameters are
 * arithmetic on published tables. (Developing a model from personal data would need its own legal
 * basis; see MODEL_CARD.md.)
 *
 * --check rebuilds in memory and exits non-zero if the committed JSON differs (used by a test).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGE_BANDS, ICPC2_CHAPTER_LETTERS } from '../../electron/core/decisions/case.js';
import { modelFileSchema, type SurvivalModel } from '../../electron/core/decisions/model.js';
import { calibrationTable, drawSyntheticCases } from '../../electron/core/decisions/synthetic.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, 'baseline-v1.json');
const CARD = path.join(here, 'MODEL_CARD.md');
const CARD_NN = path.join(here, 'MODEL_CARD.nn.md');

export const MODEL_VERSION = '1.0.3';
const BUILT_AT = '2026-11-24';

// ---------------------------------------------------------------------------------------------
// Published numbers (each with where it was read)

/** NAV: Legemeldte sykefraværstilfeller 3. kvartal 2005–2014, diagnose og kjønn. Column 2013, "I alt". */
const CASES_Q3_2013 = {
  total: 411_297,
  A: 24_505,
  D: 28_903,
  K: 12_996,
  L: 149_807,
  N: 21_621,
  P: 61_131,
  R: 49_699,
  W: 20_338,
  other: 42_297,
};
/** NAV: Legemeldte sykefraværsdagsverk 3. kvartal 2004–2013, diagnose og kjønn. Column 2013, "I alt". */
const DAYS_Q3_2013 = {
  total: 5_634_152,
  A: 335_300,
  D: 292_423,
  K: 248_643,
  L: 2_309_174,
  N: 285_587,
  P: 1_078_789,
  R: 275_144,
  W: 286_369,
  other: 522_723,
};
/** NAV: Påbegynte sykefraværstilfeller (legemeldt) 3. kvartal 2002–2011, gjennomsnittlig varighet, "I alt" 2011 (days). */
const MEAN_DURATION_DAYS_2011 = 43.9;
/** Lysø & Nossen, Arbeid og velferd 1/2019: persons who used up sickness benefit after 12 months of sick leave, 2017. */
const EXHAUSTED_52W_2017 = 40_000;
/** Myhre & Lima, Arbeid og velferd 2/2022: share of long-term sick-listed holding dialogmøte 2 fell from 32 % to 19 %, ≈15 000 fewer meetings a year. */
const DM2_SHARE_BEFORE = 0.32;
const DM2_SHARE_AFTER = 0.19;
const DM2_FEWER_MEETINGS_PER_YEAR = 15_000;
/**
 * Nossen & Lysø, Arbeid og velferd 2/2018 (primary source): half of the sickness-benefit spells
 * that started in 2016 were graded. Used only for the synthetic population's share. (Issue 17: the
 * 45 % figure read from an unidentified mirror of an expert report was removed.)
 */
const GRADED_SHARE_2016 = 0.5;
/** Delalic, Helde & Nossen, Arbeid og velferd 1/2024: people with ≥6 spells in 3 years are 9 % of people with sick leave, 29 % of spells, 18 % of sick-leave days. */
const FREQUENT_SHARE_PERSONS = 0.09;
const FREQUENT_SHARE_SPELLS = 0.29;
const FREQUENT_SHARE_DAYS = 0.18;
/** Gjesdal et al., BMJ Open 2018 (musculoskeletal episodes, 2012): 27.1 % of women / 28.2 % of men certified; 10.5 % / 9.9 % still on sick leave after 16 days. Used only as an outside check. */
const GJESDAL_CERTIFIED = { women: 0.271, men: 0.282 };
const GJESDAL_STILL_16D = { women: 0.105, men: 0.099 };

// ---------------------------------------------------------------------------------------------
// Derivations

const WEEK = 7;
const AS_OF = 17;
const HORIZON = 26;
const MAX_WEEK = 52;

/** People reaching the dialogmøte-2 stage per year ≈ fewer meetings / drop in share. */
const atStage17PerYear = DM2_FEWER_MEETINGS_PER_YEAR / (DM2_SHARE_BEFORE - DM2_SHARE_AFTER);
/** Of those on leave at week 17, the share still on leave at week 52. */
const survive17to52 = EXHAUSTED_52W_2017 / atStage17PerYear;
const meanWeeks = MEAN_DURATION_DAYS_2011 / WEEK;

const S = (t: number, k: number, lambda: number) => Math.exp(-Math.pow(t / lambda, k));
const lambdaFor = (k: number) =>
  Math.pow((Math.pow(MAX_WEEK, k) - Math.pow(AS_OF, k)) / -Math.log(survive17to52), 1 / k);

/** E[min(T, 52 weeks)] = ∫0^52 S(t) dt, by the substitution t = u^(1/k) (smooth integrand) and Simpson's rule. */
function cappedMean(k: number, lambda: number): number {
  const uMax = Math.pow(MAX_WEEK, k);
  const n = 20_000;
  const h = uMax / n;
  const f = (u: number) =>
    u === 0 ? (k >= 1 ? 1 : 0) : Math.exp(-u / Math.pow(lambda, k)) * (1 / k) * Math.pow(u, 1 / k - 1);
  // For k < 1 the integrand is 0 at u = 0 and smooth after; Simpson is accurate here.
  let s = f(0) + f(uMax);
  for (let i = 1; i < n; i++) s += f(i * h) * (i % 2 === 0 ? 2 : 4);
  return (s * h) / 3;
}

function solveShape(): number {
  let lo = 0.1;
  let hi = 1.5;
  const g = (k: number) => cappedMean(k, lambdaFor(k)) - meanWeeks;
  const glo = g(lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(g(mid)) === Math.sign(glo)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

const shape = r6(solveShape());
const scaleWeeks = r6(lambdaFor(shape));

/** Diagnosis groups: relative length = (days per case in the group) / (days per case overall); Weibull PH ⇒ HR = r^(-shape). */
type DiagGroup = keyof typeof CASES_Q3_2013 & keyof typeof DAYS_Q3_2013;
const DIAG_GROUPS: { value: Exclude<DiagGroup, 'total'>; label: string; labelNn: string; chapters: string[] }[] = [
  { value: 'A', label: 'A – Allment og uspesifisert', labelNn: 'A – Allment og uspesifisert', chapters: ['A'] },
  { value: 'D', label: 'D – Fordøyelse', labelNn: 'D – Fordøying', chapters: ['D'] },
  { value: 'K', label: 'K – Hjerte og kretsløp', labelNn: 'K – Hjarte og krinslaup', chapters: ['K'] },
  { value: 'L', label: 'L – Muskel og skjelett', labelNn: 'L – Muskel og skjelett', chapters: ['L'] },
  { value: 'N', label: 'N – Nervesystemet', labelNn: 'N – Nervesystemet', chapters: ['N'] },
  { value: 'P', label: 'P – Psykisk', labelNn: 'P – Psykisk', chapters: ['P'] },
  { value: 'R', label: 'R – Luftveier', labelNn: 'R – Luftvegar', chapters: ['R'] },
  { value: 'W', label: 'W – Svangerskap', labelNn: 'W – Svangerskap', chapters: ['W'] },
  {
    value: 'other',
    label: 'Andre kapitler (B, F, H, S, T, U, X, Y, Z)',
    labelNn: 'Andre kapittel (B, F, H, S, T, U, X, Y, Z)',
    chapters: ['B', 'F', 'H', 'S', 'T', 'U', 'X', 'Y', 'Z'],
  },
];
const daysPerCaseOverall = DAYS_Q3_2013.total / CASES_Q3_2013.total;

function diagLevel(g: (typeof DIAG_GROUPS)[number]) {
  const daysPerCase = DAYS_Q3_2013[g.value] / CASES_Q3_2013[g.value];
  const rel = daysPerCase / daysPerCaseOverall;
  const hr = r4(Math.pow(rel, -shape));
  const longer = rel > 1.02;
  const shorter = rel < 0.98;
  const comparison = longer
    ? 'lenger enn gjennomsnittet'
    : shorter
      ? 'kortere enn gjennomsnittet'
      : 'omtrent like lenge som gjennomsnittet';
  const comparisonNn = longer
    ? 'lenger enn gjennomsnittet'
    : shorter
      ? 'kortare enn gjennomsnittet'
      : 'omtrent like lenge som gjennomsnittet';
  const nb1 = (x: number) => x.toFixed(1).replace('.', ',');
  return {
    value: g.value,
    label: g.label,
    hazardRatio: hr,
    evidence: 'derived' as const,
    explanation: `Diagnosegruppe ${g.label}: i NAVs tall for 3. kvartal 2013 varte sykefravær i denne gruppen ${comparison} for alle diagnoser (${nb1(daysPerCase)} mot ${nb1(daysPerCaseOverall)} dagsverk per tilfelle).`,
    labelNn: g.labelNn,
    explanationNn: `Diagnosegruppe ${g.labelNn}: i tala til NAV for 3. kvartal 2013 varte sjukefråvær i denne gruppa ${comparisonNn} for alle diagnosar (${nb1(daysPerCase)} mot ${nb1(daysPerCaseOverall)} dagsverk per tilfelle).`,
    sourceIds: ['nav-tilfeller-diagnose-3kv', 'nav-dagsverk-diagnose-3kv'],
    syntheticShare: r6(DAYS_Q3_2013[g.value] / DAYS_Q3_2013.total),
  };
}

// Grading: no published figure gives the relative pace of return for graded and full sick leave
// from week 17; Nossen & Lysø (2018) find stable duration while grading rose. Hazard ratio 1 is an
// ASSUMPTION (the model does not adjust for grading).
const gradedHr = 1;

// Frequent spells: relative spell length = share of days / share of spells.
const frequentRel = FREQUENT_SHARE_DAYS / FREQUENT_SHARE_SPELLS;
const frequentHr = r4(Math.pow(frequentRel, -shape));

const ageAssumptions: Record<(typeof AGE_BANDS)[number], { hr: number; share: number; text: string; textNn: string }> =
  {
    '16-29': {
      hr: 1.1,
      share: 0.15,
      text: 'Aldersgruppe 16–29 år: antatt litt raskere tilbake i arbeid enn aldersgruppen 40–49 år (referansen).',
      textNn:
        'Aldersgruppe 16–29 år: rekna med å kome litt raskare tilbake i arbeid enn aldersgruppa 40–49 år (referansen).',
    },
    '30-39': {
      hr: 1.05,
      share: 0.2,
      text: 'Aldersgruppe 30–39 år: antatt omtrent som aldersgruppen 40–49 år (referansen), litt raskere.',
      textNn: 'Aldersgruppe 30–39 år: rekna som omtrent som aldersgruppa 40–49 år (referansen), litt raskare.',
    },
    '40-49': {
      hr: 1.0,
      share: 0.25,
      text: 'Aldersgruppe 40–49 år: brukt som referanse (ingen justering).',
      textNn: 'Aldersgruppe 40–49 år: brukt som referanse (inga justering).',
    },
    '50-59': {
      hr: 0.9,
      share: 0.25,
      text: 'Aldersgruppe 50–59 år: antatt noe langsommere tilbake i arbeid enn aldersgruppen 40–49 år (referansen).',
      textNn:
        'Aldersgruppe 50–59 år: rekna med å kome noko seinare tilbake i arbeid enn aldersgruppa 40–49 år (referansen).',
    },
    '60+': {
      hr: 0.8,
      share: 0.15,
      text: 'Aldersgruppe 60 år og over: antatt langsommere tilbake i arbeid enn aldersgruppen 40–49 år (referansen).',
      textNn:
        'Aldersgruppe 60 år og over: rekna med å kome seinare tilbake i arbeid enn aldersgruppa 40–49 år (referansen).',
    },
  };

const SOURCES: SurvivalModel['sources'] = [
  {
    id: 'nav-tilfeller-diagnose-3kv',
    title: 'Legemeldte sykefraværstilfeller 3. kvartal 2005–2014. Diagnose og kjønn. Antall.',
    publisher: 'NAV (Arbeids- og velferdsdirektoratet), sykefraværsstatistikk',
    year: 2014,
    url: 'https://www.nav.no/no/nav-og-samfunn/statistikk/sykefravar-statistikk/tabeller/legemeldte-sykefravaerstilfeller-3-kv-2005-2014.diagnose-og-kjonn.antall',
    numbers: Object.entries(CASES_Q3_2013).map(([k, v]) => ({
      label: `Tilfeller 3. kv. 2013, ${k === 'total' ? 'i alt' : k === 'other' ? 'andre lidelser' : `gruppe ${k}`}`,
      value: v,
      unit: 'tilfeller',
      where: 'kolonne 2013, I alt (begge kjønn)',
      labelNn: `Tilfelle 3. kv. 2013, ${k === 'total' ? 'i alt' : k === 'other' ? 'andre lidingar' : `gruppe ${k}`}`,
      unitNn: 'tilfelle',
      whereNn: 'kolonne 2013, «I alt» (begge kjønn)',
    })),
  },
  {
    id: 'nav-dagsverk-diagnose-3kv',
    title: 'Legemeldte sykefraværsdagsverk 3. kvartal 2004–2013. Diagnose og kjønn.',
    publisher: 'NAV (Arbeids- og velferdsdirektoratet), sykefraværsstatistikk',
    year: 2013,
    url: 'https://www.nav.no/no/nav-og-samfunn/statistikk/sykefravar-statistikk/tabeller/legemeldte-sykefravaersdagsverk-3-kv-2004-2013-diagnose-og-kjonn',
    numbers: Object.entries(DAYS_Q3_2013).map(([k, v]) => ({
      label: `Dagsverk 3. kv. 2013, ${k === 'total' ? 'i alt' : k === 'other' ? 'andre lidelser' : `gruppe ${k}`}`,
      value: v,
      unit: 'dagsverk',
      where: 'kolonne 2013, I alt (begge kjønn)',
      labelNn: `Dagsverk 3. kv. 2013, ${k === 'total' ? 'i alt' : k === 'other' ? 'andre lidingar' : `gruppe ${k}`}`,
      unitNn: 'dagsverk',
      whereNn: 'kolonne 2013, «I alt» (begge kjønn)',
    })),
  },
  {
    id: 'nav-varighet-paabegynte',
    title: 'Påbegynte sykefraværstilfeller (legemeldt) 3. kvartal 2002–2011. Varighet.',
    publisher: 'NAV (Arbeids- og velferdsdirektoratet), sykefraværsstatistikk',
    year: 2011,
    url: 'https://www.nav.no/no/nav-og-samfunn/statistikk/sykefravar-statistikk/tabeller/pabegynte-sykefravaerstilfeller-legemeldt-3-kv-2002-2011.varighet.fylke.antall',
    numbers: [
      {
        label: 'Gjennomsnittlig varighet, påbegynte legemeldte tilfeller 3. kv. 2011, i alt',
        value: MEAN_DURATION_DAYS_2011,
        unit: 'dager',
        where: 'rad «I alt», kolonne 2011',
        labelNn: 'Gjennomsnittleg varigheit, påbyrja legemelde tilfelle 3. kv. 2011, i alt',
        unitNn: 'dagar',
        whereNn: 'rad «I alt», kolonne 2011',
      },
    ],
  },
  {
    id: 'lyso-nossen-2019',
    title:
      'Frafall fra arbeidslivet etter langtidssykmelding (Nina Lysø og Jon Petter Nossen), Arbeid og velferd 1/2019',
    publisher: 'NAV',
    year: 2019,
    url: 'http://arbeidogvelferd.nav.no/journal/2019/1/m-544/Frafall_fra_arbeidslivet_etter_langtidssykmelding',
    numbers: [
      {
        label: 'Personer som brukte opp retten til sykepenger etter tolv måneders sykmelding, 2017',
        value: EXHAUSTED_52W_2017,
        unit: 'personer',
        where: 'sammendraget',
        labelNn: 'Personar som brukte opp retten til sjukepengar etter tolv månaders sjukmelding, 2017',
        unitNn: 'personar',
        whereNn: 'samandraget',
      },
    ],
  },
  {
    id: 'myhre-lima-2022',
    title:
      'Markant nedgang i dialogmøter for langtidssykmeldte da NAV begynte å spørre om behov (Andreas Myhre og Ivar Lima), Arbeid og velferd 2/2022',
    publisher: 'NAV',
    year: 2022,
    url: 'https://arbeidogvelferd.nav.no/news/2022/6/15%20000%20f%C3%A6rre%20m%C3%B8ter%20etter%20NAV%20begynte%20%C3%A5%20sp%C3%B8rre%20om%20behov',
    numbers: [
      {
        label: 'Andel langtidssykmeldte som gjennomførte dialogmøte 2, før møtebehovstjenesten',
        value: DM2_SHARE_BEFORE,
        unit: 'andel',
        where: 'nyhetssaken og artikkelens sammendrag',
        labelNn: 'Del av dei langtidssjukmelde som gjennomførte dialogmøte 2, før møtebehovstenesta',
        unitNn: 'del',
        whereNn: 'nyheitssaka og samandraget av artikkelen',
      },
      {
        label: 'Andel seks måneder etter innføringen',
        value: DM2_SHARE_AFTER,
        unit: 'andel',
        where: 'nyhetssaken og artikkelens sammendrag',
        labelNn: 'Del seks månader etter innføringa',
        unitNn: 'del',
        whereNn: 'nyheitssaka og samandraget av artikkelen',
      },
      {
        label: 'Færre møter i året',
        value: DM2_FEWER_MEETINGS_PER_YEAR,
        unit: 'møter per år',
        where: 'nyhetssaken',
        labelNn: 'Færre møte i året',
        unitNn: 'møte per år',
        whereNn: 'nyheitssaka',
      },
    ],
  },
  {
    id: 'nossen-lyso-2018',
    title:
      'Gradert sykmelding – økt gradering, stabil varighet (Jon Petter Nossen og Nina Lysø), Arbeid og velferd 2/2018',
    publisher: 'NAV',
    year: 2018,
    url: 'https://arbeidogvelferd.nav.no/journal/2018/2/m-3207/Gradert_sykmelding_%E2%80%93_%C3%98KT_GRADERING,_STABIL_varighet',
    numbers: [
      {
        label: 'Andel graderte av sykepengetilfeller som startet i 2016',
        value: 0.5,
        unit: 'andel («halvparten»)',
        where: 'sammendraget',
        labelNn: 'Del graderte av sjukepengetilfelle som starta i 2016',
        unitNn: 'del («halvparten»)',
        whereNn: 'samandraget',
      },
      {
        label: 'Andel som går fra gradert til full sykmelding',
        value: 0.25,
        unit: 'andel («en fjerdedel»)',
        where: 'sammendraget',
        labelNn: 'Del som går frå gradert til full sjukmelding',
        unitNn: 'del («ein fjerdedel»)',
        whereNn: 'samandraget',
      },
    ],
  },
  {
    id: 'delalic-helde-nossen-2024',
    title:
      'Hyppig gjentakende sykefravær – grunn til bekymring? (Lamija Delalic, Ingunn Helde og Jon Petter Nossen), Arbeid og velferd 1/2024',
    publisher: 'NAV',
    year: 2024,
    url: 'https://arbeidogvelferd.nav.no/journal/2024/1/m-4339/Hyppig_gjentakende_sykefravær_–_grunn_til_bekymring',
    numbers: [
      {
        label: 'Personer med seks eller flere legemeldte fravær på tre år, andel av personer med fravær',
        value: FREQUENT_SHARE_PERSONS,
        unit: 'andel',
        where: 'sammendraget',
        labelNn: 'Personar med seks eller fleire legemelde fråvær på tre år, del av personar med fråvær',
        unitNn: 'del',
        whereNn: 'samandraget',
      },
      {
        label: 'Deres andel av alle sykefravær',
        value: FREQUENT_SHARE_SPELLS,
        unit: 'andel',
        where: 'sammendraget',
        labelNn: 'Delen deira av alle sjukefråvær',
        unitNn: 'del',
        whereNn: 'samandraget',
      },
      {
        label: 'Deres andel av sykefraværsdagene',
        value: FREQUENT_SHARE_DAYS,
        unit: 'andel',
        where: 'sammendraget',
        labelNn: 'Delen deira av sjukefråværsdagane',
        unitNn: 'del',
        whereNn: 'samandraget',
      },
    ],
  },
  {
    id: 'oyeflaten-2014',
    title:
      'Prognostic Factors for Return to Work, Sickness Benefits, and Transitions Between These States (Øyeflaten, Lie, Ihlebæk, Eriksen), J Occup Rehabil 2014;24(2):199–212',
    publisher: 'Springer (open access, PMC4000419)',
    year: 2014,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4000419',
    numbers: [],
  },
  {
    id: 'gjesdal-2018',
    title:
      'New episodes of musculoskeletal conditions among employed people in Norway, sickness certification and return to work (Gjesdal, Holmaas, Monstad, Hetlevik), BMJ Open 2018;8:e017543',
    publisher: 'BMJ Open',
    year: 2018,
    url: 'https://bmjopen.bmj.com/content/8/3/e017543.full',
    numbers: [
      {
        label: 'Sykmeldt ved første konsultasjon, kvinner',
        value: GJESDAL_CERTIFIED.women,
        unit: 'andel',
        where: 'abstract, Results',
        labelNn: 'Sjukmeld ved første konsultasjon, kvinner',
        unitNn: 'del',
        whereNn: 'abstract, Results',
      },
      {
        label: 'Sykmeldt ved første konsultasjon, menn',
        value: GJESDAL_CERTIFIED.men,
        unit: 'andel',
        where: 'abstract, Results',
        labelNn: 'Sjukmeld ved første konsultasjon, menn',
        unitNn: 'del',
        whereNn: 'abstract, Results',
      },
      {
        label: 'Fortsatt sykmeldt etter 16 dager, kvinner',
        value: GJESDAL_STILL_16D.women,
        unit: 'andel av alle episoder',
        where: 'abstract, Results',
        labelNn: 'Framleis sjukmeld etter 16 dagar, kvinner',
        unitNn: 'del av alle episodar',
        whereNn: 'abstract, Results',
      },
      {
        label: 'Fortsatt sykmeldt etter 16 dager, menn',
        value: GJESDAL_STILL_16D.men,
        unit: 'andel av alle episoder',
        where: 'abstract, Results',
        labelNn: 'Framleis sjukmeld etter 16 dagar, menn',
        unitNn: 'del av alle episodar',
        whereNn: 'abstract, Results',
      },
    ],
  },
];

function buildModel(): SurvivalModel {
  const base: Omit<SurvivalModel, 'calibration'> = {
    schemaVersion: 1,
    modelVersion: MODEL_VERSION,
    name: 'InkludMI grunnmodell for sykefraværets varighet (offentlig statistikk)',
    kind: 'weibull-ph',
    provenance: {
      builtFrom: 'published-aggregates',
      builtBy: 'InkludMI (models/decision/build-baseline.ts)',
      builtAt: BUILT_AT,
      legalBasisNote:
        'Bygget bare av publisert statistikk på gruppenivå; ingen personopplysninger er brukt. Å utvikle (trene) en modell på personopplysninger krever et eget rettsgrunnlag, atskilt fra grunnlaget for å bruke den (jf. Datatilsynets sandkasserapport om NAV).',
      description:
        'Weibull-modell med proporsjonale hasarder. Grunnkurven er tilpasset to publiserte størrelser; hasardratioene er regnet fra publiserte tabeller eller er merket som antakelser.',
      legalBasisNoteNn:
        'Bygd berre av publisert statistikk på gruppenivå; ingen personopplysningar er brukte. Å utvikle (trene) ein modell på personopplysningar krev eit eige rettsgrunnlag, skilt frå grunnlaget for å bruke han (jf. sandkasserapporten frå Datatilsynet om NAV).',
      descriptionNn:
        'Weibull-modell med proporsjonale hasardar. Grunnkurva er tilpassa to publiserte storleikar; hasardratioane er rekna ut frå publiserte tabellar eller er merkte som føresetnader.',
    },
    timeUnit: 'week',
    defaultAsOfWeek: AS_OF,
    horizonWeek: HORIZON,
    maxWeek: MAX_WEEK,
    baseline: {
      distribution: 'weibull',
      shape,
      scaleWeeks,
      derivation: [
        `Personer som når dialogmøte 2-stadiet per år ≈ ${DM2_FEWER_MEETINGS_PER_YEAR} / (${DM2_SHARE_BEFORE} − ${DM2_SHARE_AFTER}) = ${Math.round(atStage17PerYear)} (myhre-lima-2022).`,
        `Andel av dem som fortsatt er sykmeldt ved 52 uker ≈ ${EXHAUSTED_52W_2017} / ${Math.round(atStage17PerYear)} = ${r4(survive17to52)} (lyso-nossen-2019).`,
        `Gjennomsnittlig varighet for påbegynte legemeldte tilfeller = ${MEAN_DURATION_DAYS_2011} dager = ${r4(meanWeeks)} uker (nav-varighet-paabegynte), tolket som gjennomsnitt begrenset til 52 uker.`,
        `Weibull-parametrene løser begge likningene: form = ${shape}, skala = ${scaleWeeks} uker.`,
      ].join(' '),
      sourceIds: ['myhre-lima-2022', 'lyso-nossen-2019', 'nav-varighet-paabegynte'],
    },
    covariates: {
      grading: {
        label: 'Sykmeldingsgrad',
        labelNn: 'Sjukmeldingsgrad',
        levels: [
          {
            value: 'full',
            label: 'Full sykmelding (100 %)',
            hazardRatio: 1,
            evidence: 'reference',
            explanation: 'Full sykmelding: brukt som referanse.',
            labelNn: 'Full sjukmelding (100 %)',
            explanationNn: 'Full sjukmelding: brukt som referanse.',
            sourceIds: ['nossen-lyso-2018'],
            syntheticShare: r6(1 - GRADED_SHARE_2016),
          },
          {
            value: 'graded',
            label: 'Gradert sykmelding (20–99 %)',
            hazardRatio: gradedHr,
            evidence: 'assumption',
            explanation:
              'Gradert sykmelding: det finnes ikke publiserte tall for hvor raskt graderte og fullt sykmeldte blir friskmeldt etter uke 17. Modellen antar samme takt og justerer ikke for gradering (en antakelse; varigheten har vært stabil mens graderingen økte, ifølge Nossen og Lysø 2018).',
            labelNn: 'Gradert sjukmelding (20–99 %)',
            explanationNn:
              'Gradert sjukmelding: det finst ikkje publiserte tal for kor raskt graderte og fullt sjukmelde blir friskmelde etter veke 17. Modellen reknar med same takt og justerer ikkje for gradering (ein føresetnad; varigheita har vore stabil medan graderinga auka, ifølgje Nossen og Lysø 2018).',
            sourceIds: ['nossen-lyso-2018'],
            syntheticShare: r6(GRADED_SHARE_2016),
          },
        ],
      },
      diagnosisGroup: {
        label: 'Diagnosekapittel (ICPC-2)',
        labelNn: 'Diagnosekapittel (ICPC-2)',
        levels: DIAG_GROUPS.map(diagLevel),
        chapterToLevel: Object.fromEntries(
          ICPC2_CHAPTER_LETTERS.map((letter) => [letter, DIAG_GROUPS.find((g) => g.chapters.includes(letter))!.value]),
        ),
      },
      ageBand: {
        label: 'Aldersgruppe',
        labelNn: 'Aldersgruppe',
        levels: AGE_BANDS.map((band) => ({
          value: band,
          label: band === '60+' ? '60 år og over' : `${band.replace('-', '–')} år`,
          hazardRatio: ageAssumptions[band].hr,
          evidence: band === '40-49' ? ('reference' as const) : ('assumption' as const),
          explanation: ageAssumptions[band].text,
          labelNn: band === '60+' ? '60 år og over' : `${band.replace('-', '–')} år`,
          explanationNn: ageAssumptions[band].textNn,
          sourceIds: ['oyeflaten-2014'],
          syntheticShare: ageAssumptions[band].share,
        })),
      },
      previousSpells: {
        label: 'Tidligere sykefravær siste tre år',
        labelNn: 'Tidlegare sjukefråvær dei siste tre åra',
        bins: [
          { value: '0', min: 0, max: 0 },
          { value: '1-2', min: 1, max: 2 },
          { value: '3-5', min: 3, max: 5 },
          { value: '6+', min: 6, max: null },
        ],
        levels: [
          {
            value: '0',
            label: 'Ingen',
            hazardRatio: 1,
            evidence: 'reference',
            explanation: 'Ingen tidligere sykefravær: brukt som referanse.',
            labelNn: 'Ingen',
            explanationNn: 'Ikkje noko tidlegare sjukefråvær: brukt som referanse.',
            sourceIds: [],
            syntheticShare: 0.4,
          },
          {
            value: '1-2',
            label: '1–2',
            hazardRatio: 1,
            evidence: 'assumption',
            explanation:
              'Ett eller to tidligere sykefravær: vi har ikke funnet publiserte tall, så modellen justerer ikke.',
            labelNn: '1–2',
            explanationNn:
              'Eitt eller to tidlegare sjukefråvær: vi har ikkje funne publiserte tal, så modellen justerer ikkje.',
            sourceIds: [],
            syntheticShare: 0.35,
          },
          {
            value: '3-5',
            label: '3–5',
            hazardRatio: 1,
            evidence: 'assumption',
            explanation:
              'Tre til fem tidligere sykefravær: vi har ikke funnet publiserte tall, så modellen justerer ikke.',
            labelNn: '3–5',
            explanationNn:
              'Tre til fem tidlegare sjukefråvær: vi har ikkje funne publiserte tal, så modellen justerer ikkje.',
            sourceIds: [],
            syntheticShare: r6(1 - 0.4 - 0.35 - FREQUENT_SHARE_PERSONS),
          },
          {
            value: '6+',
            label: '6 eller flere',
            hazardRatio: frequentHr,
            evidence: 'derived',
            explanation:
              'Seks eller flere tidligere sykefravær («hyppig sykefravær»): i NAVs tall er hvert fravær i denne gruppen i snitt kortere (18 % av dagene fordelt på 29 % av fraværene). Tallet gjelder alle fravær, ikke bare dem som har vart i 17 uker.',
            labelNn: '6 eller fleire',
            explanationNn:
              'Seks eller fleire tidlegare sjukefråvær («hyppig sjukefråvær»): i tala til NAV er kvart fråvær i denne gruppa i snitt kortare (18 % av dagane fordelte på 29 % av fråværa). Talet gjeld alle fråvær, ikkje berre dei som har vart i 17 veker.',
            sourceIds: ['delalic-helde-nossen-2024'],
            syntheticShare: FREQUENT_SHARE_PERSONS,
          },
        ],
      },
    },
    riskBands: [
      { id: 'low', label: 'Lavere enn vanlig', min: 0, max: 0.65 },
      { id: 'medium', label: 'Omtrent som vanlig', min: 0.65, max: 0.75 },
      { id: 'high', label: 'Høyere enn vanlig', min: 0.75, max: 1 },
    ],
    sources: SOURCES,
    assumptions: [
      {
        id: 'weibull-form',
        text: 'Varigheten antas å følge én Weibull-fordeling for alle legemeldte tilfeller, med proporsjonale hasarder for kjennetegnene. Forskjeller mellom personer utover kjennetegnene er ikke modellert.',
        textNn:
          'Modellen går ut frå at varigheita følgjer éi Weibull-fordeling for alle legemelde tilfelle, med proporsjonale hasardar for kjenneteikna. Skilnader mellom personar utover kjenneteikna er ikkje modellerte.',
      },
      {
        id: 'stage-count',
        text: 'Antall som når dialogmøte 2-stadiet per år er utledet av nedgangen i møteandel og antall færre møter (2018–2019), og sammenlignet med antall som brukte opp sykepengeretten i 2017. Årene og populasjonene er ikke helt de samme.',
        textNn:
          'Talet på personar som når dialogmøte 2-stadiet per år, er rekna ut frå nedgangen i møtedelen og talet på færre møte (2018–2019), og samanlikna med talet på personar som brukte opp sjukepengeretten i 2017. Åra og populasjonane er ikkje heilt dei same.',
      },
      {
        id: 'mean-duration',
        text: 'Gjennomsnittlig varighet (43,9 dager, 2011) antas å gjelde tilfeller begrenset til 52 uker og å være representativ i dag. Sykefraværet har økt siden 2019, særlig psykiske lidelser.',
        textNn:
          'Modellen går ut frå at gjennomsnittleg varigheit (43,9 dagar, 2011) gjeld tilfelle avgrensa til 52 veker og er representativ i dag. Sjukefråværet har auka sidan 2019, særleg psykiske lidingar.',
      },
      {
        id: 'diagnosis-proxy',
        text: 'Relativ varighet per diagnosegruppe måles med dagsverk per tilfelle i ett kvartal (3. kv. 2013). Det er et mål som også påvirkes av korte fravær og av at kvartalet kutter lange fravær; det er brukt som tilnærming.',
        textNn:
          'Relativ varigheit per diagnosegruppe er målt med dagsverk per tilfelle i eitt kvartal (3. kv. 2013). Målet blir også påverka av korte fråvær og av at kvartalet kuttar lange fråvær; det er brukt som tilnærming.',
      },
      {
        id: 'age-effect',
        text: 'Alderseffektene (hasardratio 1,10 / 1,05 / 1,00 / 0,90 / 0,80) er ANTAKELSER. Retningen (høyere alder gir langsommere retur) støttes av litteratur sitert i Øyeflaten m.fl. 2014, men tallene er ikke verifisert.',
        textNn:
          'Alderseffektane (hasardratio 1,10 / 1,05 / 1,00 / 0,90 / 0,80) er FØRESETNADER. Retninga (høgare alder gir seinare retur) har støtte i litteratur sitert i Øyeflaten m.fl. 2014, men tala er ikkje verifiserte.',
      },
      {
        id: 'spells-1-5',
        text: 'For 1–5 tidligere sykefravær er det ikke funnet publiserte tall; ingen justering (hasardratio 1) er en antakelse.',
        textNn:
          'For 1–5 tidlegare sjukefråvær er det ikkje funne publiserte tal; ingen justering (hasardratio 1) er ein føresetnad.',
      },
      {
        id: 'synthetic-mix',
        text: 'Fordelingen av kjennetegn i den syntetiske befolkningen (alder, tidligere fravær 0/1–2/3–5) er antakelser; diagnosemiksen er vektet med dagsverk, og graderingsandelen er 50 % (nossen-lyso-2018).',
        textNn:
          'Fordelinga av kjenneteikn i den syntetiske befolkninga (alder, tidlegare fråvær 0/1–2/3–5) er føresetnader; diagnosemiksen er vekta med dagsverk, og delen graderte er 50 % (nossen-lyso-2018).',
      },
    ],
    intendedUse:
      'Beslutningsstøtte for en veileder som vurderer om en sykmeldt bør kalles inn til dialogmøte 2 (folketrygdloven § 8-7 a), ved 17 ukers sykmelding. Anslaget er ett av flere grunnlag; veilederen gjør sin egen vurdering først og bestemmer selv.',
    notIntendedUse:
      'Ikke for å avgjøre noe automatisk, ikke for å vurdere rett til ytelser, ikke for å rangere eller prioritere personer mot hverandre, ikke for personer som ikke er sykmeldt ved vurderingstidspunktet, og ikke for andre land eller perioder uten ny tilpasning.',
    intendedUseNn:
      'Avgjerdsstøtte for ein rettleiar som vurderer om ein sjukmeld bør kallast inn til dialogmøte 2 (folketrygdlova § 8-7 a), ved 17 vekers sjukmelding. Anslaget er eitt av fleire grunnlag; rettleiaren gjer si eiga vurdering først og avgjer sjølv.',
    notIntendedUseNn:
      'Ikkje for å avgjere noko automatisk, ikkje for å vurdere rett til ytingar, ikkje for å rangere eller prioritere personar mot kvarandre, ikkje for personar som ikkje er sjukmelde på vurderingstidspunktet, og ikkje for andre land eller periodar utan ny tilpassing.',
  };
  const draft: SurvivalModel = {
    ...base,
    calibration: {
      synthetic: true,
      description: 'placeholder',
      seed: 17,
      n: 1,
      asOfWeek: AS_OF,
      bands: [{ label: '0–100 %', minPredicted: 0, maxPredicted: 1, n: 0, meanPredicted: null, observedRate: null }],
      brierScore: 0,
      brierScoreBaseRateOnly: 0,
    },
  };
  const N = 20_000;
  const SEED = 20261124;
  const cal = calibrationTable(drawSyntheticCases(draft, N, SEED));
  return modelFileSchema.parse({
    ...base,
    calibration: {
      synthetic: true,
      description:
        'SYNTETISK: 20 000 tenkte personer trukket fra andelene i denne filen, med utfall trukket fra den samme modellen. Tabellen viser at koden er konsistent, ikke at modellen stemmer med virkeligheten. Modellen er ikke validert mot faktiske utfall.',
      descriptionNn:
        'SYNTETISK: 20 000 tenkte personar trekte frå delane i denne fila, med utfall trekte frå den same modellen. Tabellen viser at koden er konsistent, ikkje at modellen stemmer med røynda. Modellen er ikkje validert mot faktiske utfall.',
      seed: SEED,
      n: N,
      asOfWeek: AS_OF,
      bands: cal.bands,
      brierScore: cal.brierScore,
      brierScoreBaseRateOnly: cal.brierScoreBaseRateOnly,
    },
  });
}

const nb = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');

const CALIBRATION_WORDS = {
  nb: {
    intro: (v: string, n: number, seed: number, week: number) =>
      `Modellversjon ${v}, ${n} syntetiske personer (frø ${seed}), vurdert ved uke ${week}. **Syntetiske utfall**, se teksten over.`,
    header:
      '| Anslått sannsynlighet | Antall | Gjennomsnittlig anslag | Andel fortsatt sykmeldt ved uke 26 (syntetisk) |',
    brier: (m: string, b: string) => `Brier-skår: ${m} (modellen) mot ${b} (bare basisraten).`,
    curve: (f: Record<string, string>) =>
      `Grunnkurve: form ${f.shape}, skala ${f.scale} uker. Avledet: ${f.perYear} personer per år ved uke 17; ${f.at52} % av dem fortsatt sykmeldt ved uke 52; andel av alle legemeldte tilfeller som når uke 17: ${f.reach17} %; fortsatt sykmeldt etter 16 dager: ${f.at16} % (ytre kontroll: Gjesdal m.fl. 2018 fant for muskel- og skjelettepisoder ${f.women} % (kvinner) og ${f.men} % (menn) av de sykmeldte).`,
  },
  nn: {
    intro: (v: string, n: number, seed: number, week: number) =>
      `Modellversjon ${v}, ${n} syntetiske personar (frø ${seed}), vurderte ved veke ${week}. **Syntetiske utfall**, sjå teksten over.`,
    header: '| Anslått sannsyn | Tal | Gjennomsnittleg anslag | Del framleis sjukmelde ved veke 26 (syntetisk) |',
    brier: (m: string, b: string) => `Brier-skåre: ${m} (modellen) mot ${b} (berre basisraten).`,
    curve: (f: Record<string, string>) =>
      `Grunnkurve: form ${f.shape}, skala ${f.scale} veker. Rekna ut frå dette: ${f.perYear} personar per år ved veke 17; ${f.at52} % av dei framleis sjukmelde ved veke 52; del av alle legemelde tilfelle som når veke 17: ${f.reach17} %; framleis sjukmelde etter 16 dagar: ${f.at16} % (ytre kontroll: Gjesdal m.fl. 2018 fann for muskel- og skjelettepisodar ${f.women} % (kvinner) og ${f.men} % (menn) av dei sjukmelde).`,
  },
} as const;

export function renderCalibrationMarkdown(model: SurvivalModel, lang: 'nb' | 'nn' = 'nb'): string {
  const w = CALIBRATION_WORDS[lang];
  const rows = model.calibration.bands.map(
    (b) =>
      `| ${b.label} | ${b.n} | ${b.meanPredicted === null ? '–' : nb(b.meanPredicted * 100)} % | ${b.observedRate === null ? '–' : nb(b.observedRate * 100)} % |`,
  );
  const { shape, scaleWeeks } = model.baseline;
  return [
    w.intro(model.modelVersion, model.calibration.n, model.calibration.seed, model.calibration.asOfWeek),
    '',
    w.header,
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    w.brier(nb(model.calibration.brierScore, 4), nb(model.calibration.brierScoreBaseRateOnly, 4)),
    '',
    w.curve({
      shape: nb(shape, 6),
      scale: nb(scaleWeeks, 6),
      perYear: String(Math.round(atStage17PerYear)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '),
      at52: nb(survive17to52 * 100),
      reach17: nb(S(AS_OF, shape, scaleWeeks) * 100),
      at16: nb(S(16 / 7, shape, scaleWeeks) * 100),
      women: nb((GJESDAL_STILL_16D.women / GJESDAL_CERTIFIED.women) * 100),
      men: nb((GJESDAL_STILL_16D.men / GJESDAL_CERTIFIED.men) * 100),
    }),
  ].join('\n');
}

const START = '<!-- generated:calibration:start -->';
const END = '<!-- generated:calibration:end -->';

function main() {
  const model = buildModel();
  const json = `${JSON.stringify(model, null, 2)}\n`;
  const check = process.argv.includes('--check');
  if (check) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== json) {
      console.error(
        'baseline-v1.json is not what build-baseline.ts produces. Run: node --import tsx models/decision/build-baseline.ts',
      );
      process.exit(1);
    }
    console.log('baseline-v1.json is reproducible.');
    return;
  }
  fs.writeFileSync(OUT, json);
  for (const [file, lang] of [
    [CARD, 'nb'],
    [CARD_NN, 'nn'],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    const card = fs.readFileSync(file, 'utf8');
    const a = card.indexOf(START);
    const b = card.indexOf(END);
    if (a >= 0 && b > a)
      fs.writeFileSync(
        file,
        `${card.slice(0, a + START.length)}\n${renderCalibrationMarkdown(model, lang)}\n${card.slice(b)}`,
      );
  }
  console.log(
    `wrote ${path.relative(process.cwd(), OUT)}: shape=${model.baseline.shape} scale=${model.baseline.scaleWeeks} brier=${model.calibration.brierScore}`,
  );
  console.log(renderCalibrationMarkdown(model));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
