import { cues, type SituationNeed } from './need.js';

/** Needs around Nav, privacy and learning: who sees what, the app's data, the plan, the report card, duties, trying work, school through Nav, tax, a steady programme, reading and writing. (The table's rules: situations.ts.) */
export const NAV_NEEDS: readonly SituationNeed[] = [
  {
    id: 'who-sees',
    docs: ['innsyn-samtykke-og-taushetsplikt', 'slik-behandler-inkludmi-dataene-dine'],
    strong: cues(`
      fortelle videre | si videre | sier videre | hvem får vite | hvem får se | hvem kan se |
      hvem kan lese | hva står det om meg | hva de har skrevet om meg | papirene om meg | notater om meg
    `),
    facets: [
      cues(`
        mamma | pappa | foreldre | foreldrene | familien | kjæresten | sjefen | arbeidsgiveren | politiet |
        veilederen | veileder
      `),
      cues(`
        skrive ned | skriver ned | notat | notater | journal | få vite | får vite | se hva jeg | høre hva jeg |
        lese hva jeg | vite hva jeg | hva jeg sier | hva jeg forteller | hva jeg skriver | det jeg sier |
        det jeg forteller | fortelle | hemmelig | videre | taushetsplikt | stole på | skriver om meg |
        skrevet om meg | står om meg | deles med | dele med
      `),
    ],
  },
  {
    id: 'app-data',
    docs: ['slik-behandler-inkludmi-dataene-dine', 'innsyn-samtykke-og-taushetsplikt'],
    strong: cues(`samtalen her | lese chatten | som leser dette | leser noen dette | meldingene mine her`),
    facets: [
      cues(
        `lagret | lagres | lagrer | slette | sletter | lese | leser | se | deles | sendes | hva skjer med | få vite`,
      ),
      cues(`
        chatten | chat | assistenten | roboten | boten | det jeg skriver | det jeg har skrevet | skriver her |
        skrevet her | sier her | denne appen | appen her | her inne | hva jeg sier til deg | det jeg sier til deg |
        hva jeg skriver til deg | det jeg skriver til deg | det jeg forteller deg | hva jeg forteller deg
      `),
    ],
  },
  {
    id: 'activity-plan',
    docs: ['aktivitetsplan', 'klage-pa-vedtak'],
    strong: cues(`
      det som står i planen | ikke min idé | ikke min ide | står at jeg skal | forsinket aktivitet |
      aktiviteten er forsinket
    `),
    facets: [
      cues(`planen | plan | aktivitet | aktiviteten | aktiviteter | mål | målene`),
      cues(`står | enige | enig | uenig | forsinket | fullført | endre | veilederen`),
    ],
  },
  {
    id: 'report-card',
    docs: ['meldekort', 'tiltakspenger'],
    strong: cues(`annenhver uke | hver fjortende dag`),
    facets: [
      cues(`
        hva skriver jeg | hva skal jeg skrive | hva fyller jeg | sendt feil | fylt ut feil | fylte ut feil |
        levere | leverte | levert | fylle ut | fylt ut | glemte | glemt
      `),
      cues(`timer | kurs | syk | jobbet | denne gangen | utbetalingen`),
    ],
  },
  {
    id: 'welfare-duty',
    docs: ['aktivitetsplikt', 'kvalifiseringsprogrammet'],
    // The topic words themselves ("sosialhjelp") are the pages' own: evidence already.
    strong: [],
    facets: [
      cues(`sosialen | sosialhjelp | sosialkontoret | sosialpenger | kommunen | nav-kontoret`),
      cues(`
        møte opp | må møte | må søke | hver dag | krav | krever | vilkår | trekk | trukket | kutter | kuttet |
        stopper | dukka
      `),
    ],
  },
  {
    id: 'try-work',
    docs: ['arbeidstrening', 'arbeidsforberedende-trening'],
    strong: cues(`
      prøve meg i en bedrift | prøve meg på jobb | prøve meg i jobb | få erfaring | noe på cv-en | jobbe gratis |
      jobbe uten lønn | uten lønn | praksisplass
    `),
    facets: [
      cues(`prøve | teste | øve | trene`),
      cues(`jobbe | arbeidsplass | bedrift | bedriften | arbeidslivet | vanlig jobb`),
    ],
  },
  {
    id: 'school-via-nav',
    docs: ['opplaering-gjennom-nav', 'kvalifiseringsprogrammet'],
    strong: cues(`
      skole i stedet for | utdanning i stedet for | studere i stedet for | kurs i stedet for | skole istedenfor |
      utdanning istedenfor
    `),
    facets: [
      cues(`
        skole | utdanning | studere | studier | fagbrev | sertifikat | kurs | omskolere | omskolering
      `),
      cues(`lov av nav | godkjent av nav | støtte fra nav | beholde pengene | i stedet for jobb`),
    ],
  },
  {
    id: 'tax-surprise',
    docs: ['skattekort-og-frikort', 'lonnsslipp-og-feriepenger'],
    strong: cues(`skylder skatt | for mye skatt | for lite skatt | skatt tilbake | penger tilbake på skatten`),
    facets: [
      cues(`skatt | skatten | skattetrekk`),
      cues(`
        for mye | masse | skylder | tilbake | sommerjobb | deltidsjobb | ekstrajobb | første lønn | trukket |
        sommer | sommeren | brev | brevet | forstår ikke
      `),
    ],
  },
  {
    id: 'steady-program',
    docs: ['kvalifiseringsprogrammet', 'arbeidsforberedende-trening'],
    strong: cues(`fast opplegg hver dag | fast inntekt i stedet`),
    facets: [
      cues(`sosialen | sosialhjelp | sosialstønad | sosialpenger | sosialkontoret`),
      cues(`fast opplegg | fast inntekt | i mange år | lenge | program | komme ut av`),
    ],
  },
  {
    id: 'reading-writing',
    docs: ['voksenopplaering', 'opplaering-gjennom-nav', 'videregaende-opplaering'],
    strong: cues(`
      leser dårlig | skriver dårlig | dårlig til å lese | dårlig til å skrive | lesevansker | skrivevansker |
      dysleksi | ordblind | dårlig i norsk | dårlig i matte | lære norsk | lese så godt | leser ikke så godt |
      skrive så godt | skriver ikke så godt | leser ikke så bra | skriver ikke så bra
    `),
    facets: [
      cues(`lese | lesing | skrive | skriving | tekster | tekstene | bokstavene | stave | staving | regne`),
      cues(`
        problemer | problem | sliter | vanskelig | vansker | dårlig | klarer ikke | henger etter | treg | tregt |
        sakte | lang tid | lenger tid | forstår ikke | skjønner ikke
      `),
    ],
  },
  {
    // Help a person has a right to because they are young (the youth guarantee), asked as a right,
    // or as an arrangement Nav has for the young ("et eget opplegg for unge", round of helper kb13).
    id: 'young-right',
    docs: ['ungdomsgarantien'],
    strong: cues(`
      fordi jeg er ung | siden jeg er ung | når man er ung | når en er ung | verken jobb eller skole |
      verken jobb eller skoleplass | verken skole eller jobb | hverken jobb eller skole | ikke jobb eller skole |
      uten jobb og skole | utenfor jobb og skole
    `),
    facets: [
      cues(`ung | unge | ungdom | ungdommer | under 30 | under tretti`),
      cues(`
        ekstra | rett på | rett til hjelp | krav på | garanti | garantert | prioritert | raskere | lovet | lover |
        tilbud | tilbyr | gjør nav for | nav opplegg | nav ordning | nav ordninger
      `),
    ],
  },
];
