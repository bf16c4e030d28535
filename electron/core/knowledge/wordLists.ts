/**
 * Word lists of the knowledge search's analyser (analyzer.ts): stop words, and words it joins to
 * the knowledge base's bokmål (nynorsk and spoken words, and the function words phrases.ts reads).
 */
/**
 * Function words and question words that carry no topic (bokmål, nynorsk and chat forms; the
 * nynorsk line from "no" to "anna" and the chat and dialect lines after it were added when questions
 * lost their answer to words like "no", "treng", "utan", "asså", "egt" counted as unknown topic words).
 * The determiners, pronouns, prepositions and conjunctions from "all" to "torde" are those the UD
 * Norwegian Bokmål dev annotations (NorNE distribution, CC0) tag as such at least 80 % of the
 * time, reviewed by hand (place adverbs like "hjemme" and "tilbake" are left out). The line from
 * "tips" to "forslag" (situational-wording round) has the generic nouns that say what kind of answer
 * is wanted, never what about: "netflix tips" and "fortnite tips" shared only "tips" with a page.
 * The last line (round of helper kb10) has forms of address and the intensifier "null" ("bro jeg har
 * null peiling"), which counted as unknown topic words in chat messages, and (round of helper kb13)
 * the spoken tag "as" ("deppa as").
 * The line after it (round of helper kb12): the naming verb ("noe som heter aft", "het") and the chat
 * abbreviation "mnd" (måned, a stop word), which weighed as topic words.
 * The last line (lead, stop 32): how something works ("hvordan fungerer vaksiner"), like "funker",
 * says what kind of answer is wanted, never what about: it made a page topical for any unknown thing.
 * The English lines (round of helper kb13; English is the app's third language): English function
 * and question words, which counted as unknown topic words. Words that are also bokmål ("be", "to",
 * "so") are left out; "is" (ice), "do" (toilet) and "and" (duck) are in: English questions have them
 * in nearly every line, and they are rarely what a question to this knowledge base is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt
  ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil
  bli ble blitt kunne inn når være vært noen noe ville dere deg som deres kun ja etter ned skulle denne for hos
  hvis mer enn dette mange også mye bare fordi må mot uten andre annen annet blir både alt allerede hvordan
  hvorfor hvem hvilke hvilken hvilket hva slags slik sånn altså liksom egentlig går gjør gjøre gjør gjort får få
  fått kanskje trenger ønsker vet vite lurer lure spørsmål hei hallo takk mitt mine min dine din ditt sitt sine
  hennes henne ham hen dei dykk me eg ikkje kva korleis kvifor kven kor noko nokon ein eit sjølv ja nei bør burde
  veldig litt helt svært ganske sånne sånt greit ok okei ting lenge lang lengre mest best god godt bra ny nytt nye
  siste enda ennå igjen måned måneder år året tid gang ganger får dersom
  ta tar tatt tok gi gir ga gitt kommer komme kom kommet si sier sa sett ser se finne finner finnes fins funnet
  bruke bruker brukt brukte holde holder gå gikk gått står stå stod sitte sitter like liker lyst fått fikk
  sånn sånt ting tingen noe noen nokså stund stunder kjempe skikkelig masse ganske typ bare altså dere vær
  lage lager laget lagd lag betyr bety betydde
  veit kjem berre mykje heilt heile hele frå vere vore ka kem kordan koss kossen åssen itte æ e lissom sikkert
  nokre kvar kvart korfor ikkje noen nåkka nåkke dokker dokke dåkker meir meire fekk fått gjer gjere gjort
  faen fanden jævla jævlig jævli helvete fucking shit lol pls plis btw idk typ liksom sikkert stemmer
  greia greie greiene bedre beste verre verst flere fleste mi verken ifra fjor midt ordentlig funker funka seie seier klare klarer klarte klart greier greide
  mandag tirsdag onsdag torsdag fredag lørdag søndag morgen morgon kveld natt natta helg helga helgen
  spesielt spesiell særlig akkurat aner ante typisk faktisk virkelig heller visst plutselig ofte alltid aldri
  uansett iallfall ihvertfall forresten sikkert skikkelig nesten innmari kjempe jo vel nok
  la lagt legge legger hatt ingenting ingen noenting dårlig dårlige dårligere flink flinke
  all alles andres apropos bak begge blant bort borte disse egen eget egne ei enhver enten ettersom foran forbi forrige
  fremfor hver hverandre hverken hvert hvorvidt iblant idet ifølge imellom imot innen innenfor inni
  innimellom inntil intet istedenfor langs mellom mens måtte måttet omkring opptil oppå ovenfor overfor rundt samme
  samt selve slike slikt uaktet underveis unna unntatt utover vekk via vår våre vårt før kunnet torde
  tips tipsa tipsene triks trikset ideer idear forslag
  lenger synes syns tror
  morra imorra imorgen idag igår iår snart straks nettopp nylig forleden
  no hjå treng finst sjå blei vart verte vert kome deira ho honom dykkar difor viss då sidan medan utan saman
  fleire sjølvsagt inga trur synest meiner gjekk tek teke gje gjev vorte eigentleg særleg òg au anna
  itj mæ dæ sæ je jæ va hu hæ evt osv feks ca mtp iforhold super sinnsykt fett digg nice kult egt tho asså assa
  plz dm omg wtf oki jepp nope neida jada tja hmm uff æsj heisann halla yo ordne fikse litegrann kjapt nødt
  bro bruh brur null as
  heter het mnd
  fungerer fungere fungerte fungert virker virke virket
  the my your yours our their they them what how where when why who which whom could would should does did
  doing will are was were been being have has had this that these those with from about into there you it its
  of on an or if not please any anyone someone something some get got need want much very just also than then
  because tell know still really is can cannot a lot lots do does and see like im find
  before during advice tip tips idea ideas month months monthly year years day days daily make made go going
  back at up out upper good new someone somebody night receive get
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Stems the stemmer shares between words of different meaning, so a match says little about what
 * the question is about: "regn" (regne – to calculate; regn – rain), "pass" (passe – to fit or look
 * after; pass – passport), "valg" (a choice; an election), "stem" (stemme – a voice, to vote, to be
 * right), "kort" (short; a card). They still count as matched words, but never as the specific
 * evidence an answer needs (see GateThresholds.specificIdf in gate.ts).
 */
export const AMBIGUOUS_STEMS: ReadonlySet<string> = new Set(['regn', 'pass', 'valg', 'stem', 'kort']);

/**
 * Words borrowed from English that Snowball's Norwegian stemmer brings to another word's stem
 * ("date", "dating" → "dat" of "data"): read as the loanword they are, a word the knowledge base
 * has never seen, so a page about data is not the answer to "tips til første date". Each form
 * maps to one stem of its own.
 */
export const LOANWORD_STEMS: ReadonlyMap<string, string> = new Map(
  ['date', 'dates', 'dater', 'daten', 'datet', 'datene', 'dating', 'datingapp', 'datingappen', 'datingapper'].map(
    (w) => [w, 'date'],
  ),
);

/**
 * Nynorsk words that are other words in bokmål ("rettleiar" – "veileder", "pengar" – "penger"),
 * the knowledge base's language. Inflection is Snowball's job; this list joins the words
 * themselves, stem to stem, so every inflected form follows.
 */
export const NYNORSK_WORDS: readonly (readonly [string, string])[] = [
  ['rettleiar', 'veileder'],
  ['rettleiing', 'veiledning'],
  ['arbeidsgjevar', 'arbeidsgiver'],
  ['tilskot', 'tilskudd'],
  ['lønstilskot', 'lønnstilskudd'],
  ['løn', 'lønn'],
  ['pengar', 'penger'],
  ['tiltakspengar', 'tiltakspenger'],
  ['feriepengar', 'feriepenger'],
  ['skule', 'skole'],
  ['vidaregåande', 'videregående'],
  ['sjuk', 'syk'],
  ['sjukmelding', 'sykmelding'],
  ['sjukemelding', 'sykmelding'],
  ['fråvær', 'fravær'],
  ['heime', 'hjemme'],
  ['velje', 'velge'],
  ['val', 'valg'],
  ['utdanningsval', 'utdanningsvalg'],
  ['yrkesval', 'yrkesvalg'],
  ['søkje', 'søke'],
  ['einsam', 'ensom'],
  ['vanskeleg', 'vanskelig'],
  ['arbeidslaus', 'arbeidsledig'],
  ['lærar', 'lærer'],
  ['ungdomsskule', 'ungdomsskole'],
  ['grunnskule', 'grunnskole'],
  ['vaksen', 'voksen'],
  ['vaksenopplæring', 'voksenopplæring'],
  ['vaksne', 'voksen'],
  ['førebuande', 'forberedende'],
  ['førebuing', 'forberedelse'],
  ['teieplikt', 'taushetsplikt'],
  ['opplysningar', 'opplysninger'],
  ['tene', 'tjene'],
  ['fortelje', 'fortelle'],
  ['kjensle', 'følelse'],
  ['trøytt', 'trøtt'],
  ['rekning', 'regning'],
  ['lønsslipp', 'lønnsslipp'],
  ['røynsle', 'erfaring'],
  ['rekne', 'regne'],
  ['klede', 'klær'],
  ['tilsetje', 'ansette'],
  ['tilsette', 'ansette'],
  ['tilsett', 'ansatt'],
  ['tilsetjing', 'ansettelse'],
  ['oppseiing', 'oppsigelse'],
  ['skuld', 'gjeld'],
  ['rådgjeving', 'rådgivning'],
  ['gjeldsrådgjeving', 'gjeldsrådgivning'],
  ['byrje', 'begynne'],
  ['hugse', 'huske'],
  ['tenkje', 'tenke'],
  ['spørje', 'spørre'],
  ['lækjar', 'lege'],
  ['fastlækjar', 'fastlege'],
  ['moglegheit', 'mulighet'],
  ['ynskje', 'ønske'],
  ['arbeidsløyse', 'arbeidsledighet'],
  ['fråvere', 'fravær'],
  ['einsemd', 'ensomhet'],
  ['tenåring', 'ungdom'],
  ['husleige', 'husleie'],
  // Infinitives in -je (round of helper kb13: "kan eg ringje til nokon").
  ['ringje', 'ringe'],
  ['følgje', 'følge'],
  ['fylgje', 'følge'],
  ['sitje', 'sitte'],
  ['liggje', 'ligge'],
  ['byggje', 'bygge'],
];

/**
 * English words for what the knowledge base says in bokmål (English is the app's third language),
 * joined stem to stem as NYNORSK_WORDS are: an English question finds the Norwegian page ("debt" –
 * "gjeld"). Only words that are no bokmål word ("store", "mental", "plan" are left out) and that
 * name a topic of the knowledge base or a person in it; the function words are stop words.
 */
export const ENGLISH_WORDS: readonly (readonly [string, string])[] = [
  ['stored', 'lagret'],
  ['saved', 'lagret'],
  ['save', 'lagre'],
  ['cloud', 'skyen'],
  ['privacy', 'personvern'],
  ['delete', 'slette'],
  ['deleted', 'slettet'],
  ['conversation', 'samtale'],
  ['conversations', 'samtaler'],
  ['counselor', 'veileder'],
  ['counsellor', 'veileder'],
  ['caseworker', 'veileder'],
  ['confidentiality', 'taushetsplikt'],
  ['consent', 'samtykke'],
  ['anxiety', 'angst'],
  ['anxious', 'angst'],
  ['depressed', 'deprimert'],
  ['depression', 'depresjon'],
  ['psychologist', 'psykolog'],
  ['therapist', 'psykolog'],
  ['lonely', 'ensom'],
  ['helpline', 'hjelpetelefon'],
  ['hotline', 'hjelpetelefon'],
  ['job', 'jobb'],
  ['jobs', 'jobber'],
  ['employer', 'arbeidsgiver'],
  ['employers', 'arbeidsgivere'],
  ['unemployed', 'arbeidsledig'],
  ['salary', 'lønn'],
  ['wage', 'lønn'],
  ['wages', 'lønn'],
  ['payslip', 'lønnsslipp'],
  ['subsidy', 'tilskudd'],
  ['interview', 'intervju'],
  ['resume', 'cv'],
  ['application', 'søknad'],
  ['apprentice', 'lærling'],
  ['apprenticeship', 'lærling'],
  ['career', 'karriere'],
  ['guidance', 'veiledning'],
  ['education', 'utdanning'],
  ['course', 'kurs'],
  ['adult', 'voksen'],
  ['adults', 'voksen'],
  ['youth', 'ungdom'],
  ['appeal', 'klage'],
  ['complaint', 'klage'],
  ['decision', 'vedtak'],
  ['help', 'hjelp'],
  ['feel', 'føle'],
  ['felt', 'følt'],
  ['talk', 'snakke'],
  ['prepare', 'forberede'],
  ['write', 'skrive'],
  ['read', 'lese'],
  ['number', 'nummer'],
  ['homework', 'lekser'],
  ['first', 'første'],
  ['week', 'uke'],
  ['weeks', 'uker'],
  ['activity', 'aktivitet'],
  ['activities', 'aktiviteter'],
  ['attend', 'delta'],
  ['welfare', 'sosialhjelp'],
  ['social', 'sosial'],
  ['assistance', 'hjelp'],
  ['work', 'arbeid'],
  ['workplace', 'arbeidsplass'],
  ['preparatory', 'forberedende'],
  ['training', 'trening'],
  ['free', 'gratis'],
  ['counselling', 'rådgivning'],
  ['counseling', 'rådgivning'],
  ['call', 'ringe'],
  ['qualification', 'kvalifisering'],
  ['programme', 'program'],
  ['calculated', 'regnet'],
  ['pay', 'lønn'],
  ['submit', 'sende'],
  ['follow', 'følge'],
  ['keep', 'beholde'],
  ['card', 'kort'],
  ['benefit', 'ytelse'],
  ['benefits', 'ytelser'],
  ['guarantee', 'garanti'],
  ['permanent', 'varig'],
  ['adapted', 'tilrettelagt'],
  ['dropped', 'sluttet'],
  ['quit', 'sluttet'],
  ['secondary', 'videregående'],
  ['primary', 'grunnskole'],
  ['elementary', 'grunnskole'],
  ['finish', 'fullføre'],
  ['colleagues', 'kolleger'],
  ['boss', 'sjef'],
  ['debt', 'gjeld'],
  ['debts', 'gjeld'],
  ['budget', 'budsjett'],
  ['tax', 'skatt'],
  ['taxes', 'skatt'],
  ['holiday', 'ferie'],
  ['vacation', 'ferie'],
];

/**
 * Nynorsk and spoken function words read as the bokmål ones the everyday phrases are written with
 * ("kva eg vil bli" has "hva jeg vil bli"; see phrases.ts). Short words the stemmer leaves as they are.
 *
 * The difference from NYNORSK_WORDS: those REPLACE a word's stem everywhere (the stemmer maps
 * "pengar" to "penger"), which is right only when the word has no other reading in bokmål. These
 * are ADDED to the words a question has, next to the word itself, because several of them are
 * bokmål words too: "kor" is also a choir, "dei" a dough, "vert" a host, "vart" a wart. They only
 * ever add a reading, never take one away.
 */
export const FUNCTION_WORD_READINGS: ReadonlyMap<string, string> = new Map<string, string>([
  ['eg', 'jeg'],
  ['æ', 'jeg'],
  ['kva', 'hva'],
  ['ka', 'hva'],
  ['ikkje', 'ikke'],
  ['kor', 'hvor'],
  ['korleis', 'hvordan'],
  ['kven', 'hvem'],
  ['noko', 'noe'],
  ['nokon', 'noen'],
  ['ein', 'en'],
  ['eit', 'et'],
  ['dei', 'de'],
  ['frå', 'fra'],
  ['sjølv', 'selv'],
  ['berre', 'bare'],
  ['mykje', 'mye'],
  ['vert', 'blir'],
  ['blei', 'ble'],
  ['vart', 'ble'],
]);

/**
 * Everyday and spoken words for what the knowledge base says in standard bokmål ("prate" –
 * "snakke", "skjønne" – "forstå"), joined the same way, stem to stem. General language only: a
 * word that names a document's topic belongs in that document's everyday words instead.
 */
export const SPOKEN_WORDS: readonly (readonly [string, string])[] = [
  ['prate', 'snakke'],
  ['skjønne', 'forstå'],
  ['chatbot', 'assistent'],
  ['droppe', 'slutte'],
  ['ungdom', 'ung'],
];

/**
 * Derivations a suffix stemmer cannot join (adjective ↔ noun), mapped to one key. Kept small and
 * general: everyday forms a young person would use for a topic the documents name differently.
 */
export const RELATED_FORMS: ReadonlyMap<string, string> = new Map([
  ['deprimer', 'depresjon'],
  ['deprim', 'depresjon'],
  ['nervøsit', 'nervøs'],
  ['arbeidsløs', 'arbeidsled'],
  ['jobbløs', 'arbeidsled'],
  ['sykdom', 'syk'],
  ['angstfylt', 'angst'],
  ['angstful', 'angst'],
  ['sov', 'søvn'],
  // Strong verbs' past forms, which no suffix rule brings to the infinitive's stem: what a person
  // has told ("det jeg har fortalt") is what the pages about telling call it ("fortelle videre").
  ['fortalt', 'fortel'],
  ['fortal', 'fortel'],
  // Adjectives in -en drop its e in the plural ("voksen" – "voksne", "sliten" – "slitne").
  ['voksn', 'voks'],
  ['slitn', 'slit'],
  // The strong verb "avslå" (its past "avslo", "avslått") and its noun "avslag": one refusal.
  ['avslo', 'avslag'],
  ['avslå', 'avslag'],
  ['avslåt', 'avslag'],
  ['sovn', 'søvn'],
]);
