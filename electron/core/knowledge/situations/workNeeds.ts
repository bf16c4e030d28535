import { cues, type SituationNeed } from './need.js';

/** Needs around work and direction: a new job, keeping it, not knowing what to do, school left, applying, pay, support at work. (The table's rules: situations.ts.) */
export const WORK_NEEDS: readonly SituationNeed[] = [
  {
    id: 'new-at-work',
    docs: ['forste-uker-i-jobb', 'mentor'],
    strong: cues(`
      ny på jobben | den nye jobben | nye jobben min | første dag på jobb | første dagen på jobb |
      første uka på jobb | begynner i ny jobb | starter i ny jobb | nye kollegaer | nye kolleger |
      nettopp begynt å jobbe
    `),
    facets: [
      cues(`
        på jobben | på jobb | kollega | kollegaer | kollegaene | kolleger | sjefen | lederen | lunsj | lunsjen |
        pausen | vakt | i ny jobb | på nye jobben
      `),
      cues(`
        spørre | spør | dum | teit | usikker | forventer | forventninger | skjønner ikke | forstår ikke | nervøs |
        snakker ikke med meg | utenfor | alene
      `),
    ],
  },
  {
    // A first workday told by a named place and a day instead of "jobb" (issue 22, kb9 round).
    id: 'first-day',
    docs: ['forste-uker-i-jobb', 'mentor'],
    strong: [],
    facets: [
      cues(`
        begynne | starte | begynte | starta | første dag | første dagen | førstedagen | første arbeidsdag |
        første vakt | første uka | fikk ja
      `),
      cues(`
        mandag | tirsdag | onsdag | torsdag | fredag | lørdag | søndag | i morgen | i overmorgen | neste uke |
        til uka | over helga | snart | i dag | nærmer seg
      `),
      cues(`
        nervøs | nervøse | grue | gruer | spent | stressa | stresset | redd | urolig | sommerfugler | tenke på |
        forberede | husk | huske | tips | råd | klarer jeg | gjør feil | gjøre feil | hva om | bør vite |
        lurt å vite
      `),
    ],
    quorum: 3,
  },
  {
    id: 'someone-alongside',
    docs: ['mentor', 'oppfolging-tiltak', 'forste-uker-i-jobb'],
    strong: cues(`
      passe på meg | passer på meg | noen å spørre | lære meg opp | ta meg i hånda | følge meg opp på jobben |
      støtte på jobben | støtte på skolen
    `),
    facets: [
      cues(`på jobben | på skolen | i bedriften | arbeidsplassen`),
      cues(`
        vise meg | lære meg | hjelpe meg i starten | i starten | ekstra oppfølging | følge med på meg
      `),
    ],
  },
  {
    id: 'keep-job',
    docs: ['oppfolging-tiltak', 'individuell-jobbstotte-ips', 'mentor'],
    strong: cues(`
      beholde jobben | miste jobben | mister jobben | holde på jobben | bli sparka | bli sparket | fått sparken
    `),
    facets: [
      cues(`jobb | jobben | jobbe | stillingen`),
      cues(`
        holde ut | klare meg | klare å bli | beholde | miste | mister | sparka | sparket | sparken |
        følge meg opp | fortsatt støtte | fortsatt hjelp | støtte videre | hjelp videre |
        noen utenfor
      `),
    ],
  },
  {
    id: 'no-direction',
    docs: ['karriereveiledning', 'ungdomsgarantien'],
    strong: cues(`
      hva jeg vil bli | hva jeg skal bli | hva jeg vil jobbe med | hva jeg skal jobbe med | hva jeg er god til |
      hva jeg er flink til | hva jeg skal gjøre med livet | hva jeg vil gjøre med livet | vet ikke hva jeg vil |
      aner ikke hva jeg vil | ingen peiling på hva
    `),
    facets: [
      cues(`livet | fremtiden | framtida | framtiden | yrke | retning | hva jeg vil | hva jeg skal studere`),
      cues(`lost | fast | usikker | peiling | aner ikke | vet ikke | vet ingenting | interesser | rådvill | forvirra`),
    ],
  },
  {
    id: 'interest-to-job',
    docs: ['karriereveiledning'],
    strong: [],
    facets: [cues(`liker | elsker | digger | interessert i | hobby`), cues(`bli en jobb | bli jobb | leve av | yrke`)],
  },
  {
    id: 'idle',
    docs: ['ungdomsgarantien', 'arbeidsforberedende-trening', 'videregaende-opplaering'],
    strong: cues(`
      faste tider | møte opp hver dag | døgnrytme | har ikke jobb | har ingen jobb | sitter hjemme hele dagen |
      ingenting å gjøre | ingen ting å gjøre | fylle dagene | verken skole eller jobb | hverken skole eller jobb |
      ikke jobb eller skole | ikke skole eller jobb | komme meg ut | komme i gang igjen | snudd døgnet |
      døgnvill | gamer hele dagen | sover hele dagen | ligger på sofaen
    `),
    facets: [
      cues(`hjemme | rommet | døgnet | sofaen | hele dagen`),
      cues(`
        jobb | skole | rutiner | opplegg | komme i gang | gjøre ingenting | gjør ingenting | gjort ingenting
      `),
    ],
  },
  {
    id: 'left-school',
    docs: ['videregaende-opplaering', 'voksenopplaering', 'fagbrev-og-laerling'],
    strong: cues(`
      går ikke på skole | ikke går på skole | går ikke på videregående | droppa ut | droppet ut |
      hoppet av skolen | hoppa av skolen | aldri fullført skolen | ikke fullført skolen | fullføre skolen |
      tilbake på skolen | tilbake til skolen | mangler fag | strøk i | ta opp fag | for gammel til skolen
    `),
    facets: [
      cues(`skole | skolen | vgs | videregående | ungdomsskolen | fag | fagene`),
      cues(`
        slutta | sluttet | droppa | droppet | fullført | fullføre | tilbake | for seint | for sent | strøk
      `),
    ],
  },
  {
    id: 'applying-unheard',
    docs: ['cv-og-jobbsoknad', 'jobbintervju'],
    strong: cues(`
      får ikke svar på søknadene | hører aldri noe | hører ingenting tilbake | får bare nei | ingen vil ha meg |
      ingen vil ansette meg | selge meg selv | skrive om meg selv | ingen erfaring | hull i cv
    `),
    facets: [
      cues(`søkt | søker | søkte | søknad | søknader | søknadene | skrive | skriver`),
      cues(`
        svar | nei | erfaring | utdanning | velge | ingen | ingenting tilbake | ansette | sende | sender
      `),
    ],
  },
  {
    // Writing one at all, for the first time or not knowing where to start (lead's probe, stop 31).
    id: 'applying-start',
    docs: ['cv-og-jobbsoknad'],
    strong: cues(`
      første søknad | første jobbsøknad | aldri skrevet en søknad | aldri skrevet søknad | aldri søkt jobb |
      aldri søkt på jobb | skrive en søknad | skrive søknad | skrive jobbsøknad
    `),
    facets: [
      cues(`jobbsøknad | jobbsøknaden | søknadsbrev | søknadsbrevet | cv | cv-en | søke jobb | søke på jobb`),
      cues(`
        aldri | første gang | begynne | begynner | starte | starter | komme i gang | hvor begynner | hvordan starter |
        hjelp til å skrive | vet ikke hvordan
      `),
    ],
  },
  {
    id: 'meeting-employer',
    docs: ['jobbintervju', 'cv-og-jobbsoknad'],
    strong: cues(`innkalt til samtale | skal møte sjefen`),
    facets: [
      cues(`møte | samtale | time | innkalt`),
      cues(`
        bedrift | bedriften | arbeidsgiver | arbeidsgiveren | sjefen | butikken | hva skal jeg si | forberede
      `),
    ],
  },
  {
    id: 'pay-puzzle',
    docs: ['lonnsslipp-og-feriepenger', 'skattekort-og-frikort'],
    strong: cues(`
      mindre lønn | lite lønn | lavere lønn | lønna mi er feil | feil lønn | mye trekk | trekk i lønna
    `),
    generic: [0],
    facets: [
      cues(`lønn | lønna | lønnen | utbetalt | utbetaling | penger på konto`),
      cues(`juni | juli | mindre | lavere | trekk | trukket | skatt | tallene | feil | annerledes`),
    ],
  },
  {
    id: 'employer-paid',
    docs: ['lonnstilskudd', 'arbeidstrening'],
    strong: cues(`bedriften får støtte | arbeidsgiveren får penger | arbeidsgiveren får støtte`),
    generic: [1],
    facets: [
      cues(`bedrift | bedriften | arbeidsgiver | arbeidsgiveren | sjefen | firma | firmaet`),
      cues(`penger | støtte | betalt | betaler | tilskudd | ansette | ansatt`),
    ],
  },
  {
    id: 'money-on-measure',
    docs: ['tiltakspenger', 'kvalifiseringsprogrammet'],
    strong: cues(`
      penger på tiltak | penger når jeg er på tiltak | reisepenger | bussbillett | busskort | reiseutgifter
    `),
    generic: [1],
    facets: [
      cues(`tiltak | tiltaket | kurs | kurset | opplegget | programmet`),
      cues(`penger | krone | betalt | betaling | om dagen | per dag | buss | reise | utbetaling`),
    ],
  },
  {
    id: 'disability',
    docs: ['varig-tilrettelagt-arbeid', 'arbeidsforberedende-trening'],
    strong: cues(`
      utviklingshemming | utviklingshemmet | psykisk utviklingshemmet | uføretrygd | funksjonshemming |
      funksjonshemmet | funksjonsnedsettelse
    `),
    facets: [],
  },
  {
    id: 'treated-and-working',
    docs: ['individuell-jobbstotte-ips', 'psykisk-helse-hjelp'],
    strong: cues(`jobbe ved siden av behandlingen | jobb mens jeg får behandling`),
    facets: [
      cues(`psykolog | psykologen | dps | behandling | behandler | terapi | psykiatrien | rus`),
      cues(`jobb | jobbe | jobben | arbeid | jobbsøking`),
    ],
  },
];
