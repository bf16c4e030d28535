/**
 * The situation-concept layer of knowledge search: the NEEDS people bring (low mood, money running
 * out, a letter from Nav, a new job, not knowing what to do with life, who gets to see what they
 * say, …), each told by the everyday words people use when they describe their situation rather
 * than name the topic ("alt føles svart", "pengene er borte før månedens slutt", "tør ikke åpne
 * brevene"), and mapped to the documents that serve that need.
 *
 * Kinds of need from study sets' misses read by kind; wording from how young people talk. Matching
 * (situationMatch.ts): one STRONG cue, or cues of two different FACETS (a feeling and a bodily state;
 * the money and what happens to it). A cue is a word or short phrase, matched in any order and
 * inflection (a phrase with function words in its order). One generic everyday word is never
 * enough, and a strong cue tells the need, not only the topic: "inkasso" is debt in trouble, but
 * "sosialhjelp" (the page's own word) counts only with a cue of what happens ("møte opp").
 */
export interface SituationNeed {
  /** Short name of the need, letters and hyphens ("low-mood"). */
  id: string;
  /** The documents (file names) that serve the need. */
  docs: readonly string[];
  /** Cues that alone tell the need: phrases or words nobody uses about anything else. */
  strong: readonly string[];
  /** Kinds of evidence; the need is told by cues of two of them (`quorum`, when set). */
  facets: readonly (readonly string[])[];
  /** Facets needed when two are not telling: a start, a day and a feeling tell a first workday. */
  quorum?: number;
}

/** Cues written as one text, separated by "|". */
function cues(text: string): string[] {
  return text
    .split('|')
    .map((c) => c.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

export const SITUATION_NEEDS: readonly SituationNeed[] = [
  {
    id: 'low-mood',
    docs: ['psykisk-helse-hjelp', 'hjelpetelefoner'],
    strong: cues(`
      angstanfall | overtenker | alt føles svart | alt er svart | alt er mørkt | alt føles tungt | alt er tungt |
      orker ingenting | orker ikke noe | orker ikke noen ting | orker ikke å stå opp | klarer ikke å stå opp |
      kommer meg ikke opp | gråter hele tiden | gråter hver dag | får ikke sove | klarer ikke å sove |
      sover ikke om natta | tom inni meg | helt tom inni | ingen glede | ikke glad lenger | har det ikke bra |
      har det tungt | har det vondt inni | har det jævlig | redd hele tiden | klump i magen | tankekjør |
      tankene kverner | føler meg verdiløs | føler meg ubrukelig | hater meg selv | ingen bryr seg |
      ingen forstår meg | gidder ikke noe | gidder ingenting | lei av alt | ingen venner | har ingen venner |
      føler meg alene | vondt i brystet | klarer ikke å slutte å tenke | grubler hele tiden
    `),
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
    facets: [
      cues(`
        regning | regninger | regningene | lån | skylder | skyld | betale tilbake | kreditor | brevene | posten |
        postkassa
      `),
      cues(`klarer ikke | rekker ikke | hoper seg | tør ikke | stress | stressa | forfalt | ubetalt`),
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
        pausen | vakt
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
      cues(`begynne | starte | begynte | starta | første dag | første dagen | første vakt | første uka | fikk ja`),
      cues(`
        mandag | tirsdag | onsdag | torsdag | fredag | lørdag | søndag | i morgen | i overmorgen | neste uke |
        til uka | over helga | snart | i dag
      `),
      cues(`
        nervøs | nervøse | grue | gruer | spent | stressa | stresset | redd | urolig | sommerfugler | tenke på |
        forberede | husk | huske | tips | råd | klarer jeg | gjør feil | gjøre feil | hva om
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
        følge meg opp
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
      cues(`jobb | skole | rutiner | opplegg | komme i gang`),
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
    facets: [
      cues(`lønn | lønna | lønnen | utbetalt | utbetaling | penger på konto`),
      cues(`juni | juli | mindre | lavere | trekk | trukket | skatt | tallene | feil | annerledes`),
    ],
  },
  {
    id: 'employer-paid',
    docs: ['lonnstilskudd', 'arbeidstrening'],
    strong: cues(`bedriften får støtte | arbeidsgiveren får penger | arbeidsgiveren får støtte`),
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
      cues(`lagret | lagres | lagrer | slette | sletter | lese | leser | se | deles | sendes | hva skjer med`),
      cues(`
        chatten | chat | assistenten | roboten | boten | det jeg skriver | det jeg har skrevet | skriver her |
        skrevet her | sier her | denne appen | appen her | her inne
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
        for mye | masse | skylder | tilbake | sommerjobb | deltidsjobb | ekstrajobb | første lønn | trukket
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
      dysleksi | ordblind | dårlig i norsk | dårlig i matte | lære norsk
    `),
    facets: [
      cues(`lese | lesing | skrive | skriving | tekster | tekstene | bokstavene | stave | staving | regne`),
      cues(`
        problemer | problem | sliter | vanskelig | vansker | dårlig | klarer ikke | henger etter | treg | tregt |
        sakte | lang tid | lenger tid | forstår ikke | skjønner ikke
      `),
    ],
  },
];
