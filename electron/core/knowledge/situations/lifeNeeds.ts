import { cues, type SituationNeed } from './need.js';

/** Needs of a person's own life: mood, someone to talk to now, money and debt, a letter from Nav. (The table's rules: situations.ts.) */
export const LIFE_NEEDS: readonly SituationNeed[] = [
  {
    id: 'low-mood',
    docs: ['psykisk-helse-hjelp', 'hjelpetelefoner'],
    strong: cues(`
      angstanfall | overtenker | alt føles svart | alt er svart | alt er mørkt | alt føles tungt | alt er tungt |
      orker ingenting | orker ikke noe | orker ikke noen ting | orker ikke å stå opp | klarer ikke å stå opp |
      kommer meg ikke opp | gråter hele tiden | gråter hver dag | får ikke sove | klarer ikke å sove |
      sover ikke om natta | tom inni meg | helt tom inni | ingen glede | ikke glad lenger | har det ikke bra |
      har det tungt | har det vondt inni | har det jævlig | redd hele tiden | klump i magen | tankekjør |
      tankene kverner | føler meg verdiløs | føler meg ubrukelig | hater meg selv | alle hater meg | ingen bryr seg |
      ingen forstår meg | gidder ikke noe | gidder ingenting | lei av alt | ingen venner | har ingen venner |
      føler meg alene | vondt i brystet | klarer ikke å slutte å tenke | grubler hele tiden
    `),
    generic: [0, 1],
    facets: [
      cues(`
        trist | lei meg | nedfor | deppa | deppet | tung | tungt | svart | mørkt | tom | håpløs | håpløst |
        meningsløst | verdiløs | ensom | ensomt | redd | engstelig | nervøs | urolig | uro | stressa | stresset |
        overveldet | sliten | utslitt | utbrent | grue | gruer | gruet | skamfull | skammer | irritabel | sint |
        bekymret | bekymrer | lei | likegyldig | alene
      `),
      cues(`
        sove | sover | søvn | søvnløs | våkner | gråter | gråte | gråt | puste | pusten | hjertet | svimmel |
        kvalm | vondt i magen | matlyst | spiser ikke | orker | orke | energi | senga | sengen | ut av huset |
        isolerer | skolken | konsentrere | konsentrasjon | tankene | gidder | grubler | brystet
      `),
    ],
  },
  {
    id: 'someone-now',
    docs: ['hjelpetelefoner', 'psykisk-helse-hjelp'],
    strong: cues(`
      redd for meg selv | ingen å snakke med | ingen å prate med | noen å snakke med nå | noen å prate med nå |
      ringe noen i natt | ringe noen nå | skade meg selv | vil ikke leve | orker ikke mer |
      trenger noen å snakke med | trenger å snakke med noen | trenger å prate med noen
    `),
    facets: [
      cues(`snakke | prate | ringe | chatte | skrive til noen`),
      cues(`natt | natta | nå med en gang | anonymt | anonym | akutt | helt alene | ingen å`),
    ],
  },
  {
    id: 'money-short',
    docs: ['budsjett', 'gjeld-og-okonomisk-radgivning'],
    strong: cues(`
      blakk | blakka | pengene er borte | pengene forsvinner | pengene tar slutt | penga tar slutt |
      tom for penger | går tom for penger | har ikke råd | ikke råd til | har lite penger | lite penger igjen |
      pengene rekker ikke | pengene strekker ikke til | før månedens slutt | slutten av måneden | går i minus |
      minus på konto | overtrekk | lever på nudler | hvor blir pengene av | pengeproblemer | pengetrøbbel |
      økonomiske problemer | sliter økonomisk | sliter med økonomien | har ikke penger | null penger |
      ingen penger | ingen lønn | ingen inntekt | ikke inntekt | uten inntekt | mista inntekta | mistet inntekten
    `),
    generic: [0, 1],
    facets: [
      cues(`penger | penga | pengene | lønna | konto | kontoen | økonomi | økonomien | inntekt | inntekta | inntekten`),
      cues(`
        borte | forsvinner | tom | tomt | slutt | rekker | strekker | minus | råd | spare | sparer | husleie |
        husleia | leia | leie | regninger | regningene | mat | handle | flytte | flytte ut | hybelen | leiligheten
      `),
    ],
  },
  {
    id: 'debt',
    docs: ['gjeld-og-okonomisk-radgivning', 'budsjett'],
    strong: cues(`
      inkasso | inkassobrev | purring | purringer | betalingsanmerkning | namsmannen | skylder penger |
      skylder masse | utlegg i lønna | tør ikke åpne regningene | klarer ikke betale | får ikke betalt |
      regningene hoper seg opp
    `),
    generic: [0],
    facets: [
      cues(`
        regning | regninger | regningene | lån | skylder | skyld | betale tilbake | kreditor | brevene | posten |
        postkassa | rente | renta | renter | rentene | kredittkort | kredittkortet | gjeld | gjelda | gjelden
      `),
      cues(`
        klarer ikke | rekker ikke | hoper seg | tør ikke | stress | stressa | forfalt | ubetalt | sinnssyk |
        sinnssykt | altfor høy | for høy | skyhøy | vokser | øker | tenker på | bekymret | bekymrer |
        får ikke sove | sover dårlig | redd
      `),
    ],
  },
  {
    id: 'nav-letter',
    docs: ['klage-pa-vedtak', 'aktivitetsplan'],
    strong: cues(`
      fikk avslag | fått avslag | fikk nei | fått nei | nav sa nei | stoppet pengene | stanset pengene |
      kuttet pengene | tok fra meg pengene | tør ikke åpne brevene | tør ikke åpne brevet | urettferdig vedtak |
      uenig i vedtaket
    `),
    facets: [
      cues(`
        brev | brevet | brevene | vedtak | vedtaket | svar fra nav | søkte | søknaden | beskjed fra nav
      `),
      cues(`
        ikke får | nei | avslag | avslått | urettferdig | uenig | stoppet | stanset | kuttet | feil | galt |
        får ikke | tør ikke åpne
      `),
    ],
  },
];
