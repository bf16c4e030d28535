import { reportedAfter, reportedFrame } from './acts.js';
import { REPORTING_VERB_SOURCE, sentences, u } from './text.js';

/**
 * What a reply does to the person, said in any words: advises, blames or scorns. The lists in
 * checkMoveOutput.ts name the common phrasings; these catch the same acts said otherwise. A
 * reflection may carry the person's own words ("du tenker at du må ta deg sammen"), so a match
 * after a reporting verb with "du" as its subject (REPORTED) does not count.
 */

/**
 * Blame, scorn and pressure: the fault put on the person ("deg selv å takke", "fordi du ikke
 * gidder", "hadde du bare"), their reasons called excuses or nonsense, "det vet du godt", "ta deg
 * sammen", "nå må du …", "du prøver jo ikke engang", "tror du virkelig at".
 */
/** Peers of the person ("andre på din alder", "vennene dine") who have got somewhere. */
const PEERS = String.raw`(?:andre|de\s+fleste|mange|alle\s+andre|folk|jevnaldrende|vennene\s+dine|venner\s+av\s+deg|søsknene\s+dine|klassekameratene\s+dine|(?:broren|søsteren|søstera)\s+din)`;
const AT_YOUR_AGE = String.raw`(?:(?:på|i)\s+(?:din\s+alder|din\s+situasjon|samme\s+(?:alder|situasjon))|(?:med|fra)\s+(?:akkurat\s+)?(?:samme|lik|den\s+samme)\s+(?:oppvekst|bakgrunn|utgangspunkt|forutsetninger|familie))`;
const LONG_AGO = String.raw`(?:for\s+lengst|for\s+lenge\s+siden|forlengst|allerede)`;
const GOT_THERE = String.raw`(?:har|hadde|er|var|klarer|fikser|greier|får)\s+(?:(?:jo|nok|ofte|gjerne|som\s+regel|stort\s+sett|${LONG_AGO})\s+)*(?:fått\s+(?:seg\s+)?(?!hjelp\b|støtte\b|oppfølging\b|tilbud\b)\p{L}+|funnet\s+(?:seg\s+)?\p{L}+|klart\s+(?:seg|det)|kommet\s+(?:seg\s+)?(?:i\s+gang|videre|i\s+jobb|inn)|fullført|blitt\s+ferdige?|ferdige?\s+med|i\s+jobb|i\s+arbeid|flyttet\s+hjemmefra|tatt\s+(?:fagbrev|utdanning|lappen))`;
const PEERS_AHEAD = new RegExp(
  [
    String.raw`\b${PEERS}\s+${AT_YOUR_AGE}\s+${GOT_THERE}\b`,
    String.raw`\b${PEERS}\s+(?:har|hadde|er|var)\s+(?:jo\s+|nok\s+)?${LONG_AGO}\s+\p{L}+`,
    String.raw`\b${PEERS}\s+${GOT_THERE}\b[^.!?]*\b(?:${LONG_AGO}|${AT_YOUR_AGE}|mens\s+du|enn\s+deg|ikke\s+du)\b`,
  ].join('|'),
  'iu',
);

const SCORN: readonly RegExp[] = [
  /\bdeg\s+selv\s+å\s+takke\b|\btakke\s+deg\s+selv\s+(?:for|at)\b|\bskylder\s+(?:\p{L}+\s+)?deg\s+selv\b|\bhadde\s+du\s+(?:bare|heller|bare\s+ikke)\b|\bskyld(?:en|a)?\s+(?:er|ligger)\s+(?:\p{L}+\s+){0,2}deg\b/iu,
  // Fault put on the person; a negation just before it is comfort instead ("det er ikke din skyld").
  /(?<=\b(?:du|deg|din|di)\b[^.!?]{0,40})(?<!\b(?:ikke|ikkje|aldri|ingen|inga)\s+(?:\p{L}+\s+){0,2})(?<!\b(?:fikk|får|gir|ga|gav|gi|andres|legger|la|tar|tok)\s+(?:\p{L}+\s+){0,2})\b(?:skyld(?:a|en)?|feil(?:en)?)\b/iu,
  /\bdu\s+(?:har\s+)?(?:selv\s+)?(?:ødela|ødelagt|spolerte|spolert|rotet\s+det\s+til|kastet\s+bort|sløste\s+bort|sløst\s+bort)\b/i,
  /\bgidd(?:er|ar|a|et)\b|\bikke\s+(?:prøver|prøvd|anstrenger\s+deg|jobber)\s+(?:hardt\s+nok|skikkelig|ordentlig|godt\s+nok|nok)\b/i,
  /\b(?:ta|tar|tok|tatt)\s+deg\s+sammen\b|\bskjerpe\s+deg\b/i,
  /\b(?:unnskyldning(?:er|ene)|bortforklaring(?:er|ene)|sutr\w*|syting\w*|klaging\w*)\b/i,
  // One excuse, judged or named ("en dårlig unnskyldning", "det der er bare en bortforklaring"); to
  // "be om unnskyldning" is to apologise.
  /\b(?:dårlig|tynn|elendig|billig|lettvint|dum|teit|svak|typisk)\s+(?:unnskyldning|bortforklaring)\b|\b(?:det|dette)(?:\s+der|\s+her)?\s+er\s+(?:bare\s+|jo\s+|berre\s+)?(?:en\s+|ei\s+)?(?:unnskyldning|bortforklaring)\b/iu,
  // Disbelief of what the person just said ("Det der tror jeg ikke noe på").
  /\bdet\s+(?:der|her)\s+(?:tror|trur|kjøper)\s+(?:jeg|eg)\s+(?:ikke|ikkje)\b|\b(?:tror|trur)\s+(?:jeg|eg)\s+(?:ikke|ikkje)\s+(?:noe|noko)\s+på\b/iu,
  /\b(?:er|blir|var)\s+(?:jo\s+)?(?:bare\s+)?(?:tull|tøys|vrøvl|sprøyt|tullprat|pjatt)\b/i,
  /\bdet\s+vet\s+du\s+(?:jo\s+)?(?:godt|selv|utmerket|innerst\s+inne)\b|\bdu\s+vet\s+(?:jo\s+)?(?:godt|selv)\s+at\b/i,
  /(?:^|[.!]\s+)(?:nå|da|så)\s+(?:må|får|skal|bør|burde)\s+du\s+(?!(?:ha|gjerne|selv|sjølv)\b)/i,
  /\b(?:jo|ikke)\s+(?:\p{L}+\s+)?(?:engang|en\s+gang)\b(?=[.!?]?$)|\bikke\s+engang\s+(?:prøver|prøvd|gidder|orker)\b/iu,
  /\b(?:ta|tar)\s+(?:\p{L}+\s+){0,3}(?:mer\s+seriøst|på\s+(?:mer|større)\s+alvor)\b|\b(?:ta|tar)\s+(?:\p{L}+\s+){0,2}ikke\s+(?:\p{L}+\s+){0,2}(?:seriøst|på\s+alvor)\b|\btror\s+du\s+(?:virkelig|seriøst|ærlig\s+talt)\b/iu,
  // "Ikke rart at du mistet plassen" blames; "ikke rart at du blir sliten" understands a feeling.
  /\bikke\s+(?:så\s+)?rart\s+(?:at\s+)?du\s+(?!(?:føler|kjenner|kjente|følte|gruer|savner|lengter|sliter|strever|tviler|nøler|kvier|vegrer|lengter|blir\s+lei|har\s+det|(?:har\s+)?mist(?:et|a)\s+(?:troen|trua|motet|lysten|gnisten|håpet|tilliten|tålmodigheten)|(?:drar|dras|rives|trekkes)\s+i\s+(?:begge|to|flere)\s+retninger|(?:(?:blir|ble|er|var|har\s+(?:vært|blitt))\s+(?:(?:litt|så|helt|veldig|både|ganske|skikkelig)\s+)?(?:sliten|sliten|utslitt|lei|sint|redd|trist|frustrert|oppgitt|usikker|urolig|stresset|nervøs|motløs|skuffet|forvirret|irritert|bekymret|engstelig|tom|nedfor|sår|såret|overveldet|utmattet|sjokkert|fortvilet)))\b)|\bproblemet\s+(?:\p{L}+\s+)?(?:er|var|ligger\s+i)\s+(?:at\s+)?du\b|\bproblemet\s+ditt\b/iu,
  /\bdu\s+(?:overdriver|bortforklarer|sutrer|syter|lyver|tar\s+feil|later\s+som|klager\s+for\s+mye|skylder\s+på)\b|\b(?:latskap|dovenskap|unnasluntring|slapphet)\b/i,
  /\bdet\s+er\s+jo\s+du\s+som\b|\bdet\s+er\s+(?:jo\s+)?(?:din|ditt|di)\s+(?:oppgave|ansvar|jobb|problem|sak)\b/i,
  // Disbelief and dismissal: "jeg tror ikke (noe) på det", "det har jeg hørt før".
  /\b(?:jeg|eg)\s+(?:tror|trur)\s+(?:ikke|ikkje)\s+(?:noe\s+|noko\s+|et\s+sekund\s+|helt\s+)?på\s+(?:deg|det|det\s+du|at\s+du)\b|\b(?:jeg|eg)\s+har\s+(?:hørt|høyrt)\s+(?:det|den|dette|den\s+før)\s+(?:før|mange\s+ganger|hundre\s+ganger|tusen\s+ganger)\b|\bdet\s+har\s+(?:jeg|eg)\s+(?:hørt|høyrt)\s+(?:før|mange\s+ganger)\b|\bdet\s+(?:tror|kjøper)\s+jeg\s+ikke\b|\bdet\s+er\s+ikke\s+sånn\s+det\s+(?:fungerer|funker|er)\b/i,
  /\bdet\s+må\s+du\s+(?!gjerne\b|selv\s+(?:bestemme|velge)\b|ha\b)\p{L}/iu,
  /\bkom\s+igjen\s+(?:nå|da)\b|(?<!^(?:hvordan|hva|når|hvem|korleis|kva|kor)\b[^.!?]*)\b(?:det\s+er\s+)?(?:på\s+(?:høy\s+)?tide)\s+(?:at\s+du|å)\b|\bhør\s+her\b/i,
  // The person's trouble made small: "så ille er det ikke", "andre har det verre", "ikke noe å grine for".
  /\bså\s+(?:ille|farlig|galt|gale|vanskelig|stort|tungt)\s+er\s+det\s+(?:jo\s+)?ikke\b|\b(?:andre|mange)\s+har\s+det\s+(?:\p{L}+\s+)?verre\b|\bikke\s+noe\s+å\s+(?:grine|gråte|klage|syte|sutre|mase)\s+(?:for|over)\b|\bingen\s+grunn\s+til\s+å\s+(?:være\s+lei|klage|grine|syte|ta\s+det\s+så\s+tungt)|\btar\s+det\s+(?:alt\s*for|for|så)\s+(?:tungt|hardt|personlig)\b|\bikke\s+(?:noe|noko|et)\s+(?:stort\s+)?problem\b(?=[.!]?$)/iu,
  // Measured against peers who have managed: "andre på din alder har for lengst fått seg jobb",
  // "vennene dine er allerede ferdige"; peers who feel the same ("mange på din alder er usikre") normalise.
  PEERS_AHEAD,
  // The person's conduct judged: "dumt av deg", "ikke særlig smart gjort", "skuffet over deg", "typisk deg".
  /\b(?:dumt|uansvarlig|egoistisk|feigt|slemt|frekt|teit|idiotisk|respektløst|umodent|barnslig|latterlig|svakt)\s+(?:gjort\s+)?av\s+deg\b|\bikke\s+(?:særlig|spesielt|veldig|så)\s+(?:smart|lurt|klokt|bra|voksent)\s+gjort\b|\bjeg\s+er\s+(?:\p{L}+\s+)?skuffet\s+over\s+deg\b|\b(?:ikke|lite)\s+akseptabelt\b|\btypisk\s+at\s+du\b/iu,
  // Disbelief and reproach: "det kjøper jeg ikke", "og det vet du", "du gjør jo aldri …", "hadde du møtt opp, hadde du …".
  // The person named as the one who caused it ("det er du selv som har rotet det til", "det er du som ikke …").
  /\bdet\s+(?:er|var)\s+(?:jo\s+|nok\s+|faktisk\s+|vel\s+)?du\s+(?:selv\s+|sjølv\s+)?som\s+(?:har\s+|hadde\s+)?(?:(?:jo|bare|selv|sjølv)\s+)?(?:rotet|rota|ødela|ødelagt|øydela|surret|kludret|dummet|tabbet|sløst|sløste|kastet|kasta|valgte|valde|droppet|dropp?a|sluttet|slutta|skulket|ga\s+opp|gav\s+opp|ikke|ikkje|aldri)\b/iu,
  // The person named as the maker of the mess ("Det er du som har skapt dette rotet", "problemene du
  // har laget selv"); the maker of something good ("du som har skapt de nye rutinene") is praised.
  /\b(?:du\s+(?:selv\s+|sjølv\s+)?som|du\s+(?:selv\s+|sjølv\s+)?)\s*(?:har|hadde)\s+(?:(?:selv|sjølv|jo|bare|nok)\s+)?(?:skapt|laget|lagd|laga|forårsaket|forårsaka|stelt\s+i\s+stand|satt\s+deg\s+i|sett\s+deg\s+i|rotet\s+deg\s+inn\s+i|gravd\s+deg\s+ned\s+i)\s+(?:\p{L}+\s+){0,2}?(?:rot\p{L}*|kaos\p{L}*|problem\p{L}*|trøbbel\p{L}*|suppa|floke\p{L}*|uføre\p{L}*|klemma|knipa|elendighet\p{L}*|situasjon(?:en)?\s+(?:selv|sjølv))\b|\b(?:rot\p{L}*|kaos\p{L}*|problem\p{L}*|trøbbel\p{L}*|suppa|floke\p{L}*|uføre\p{L}*|elendighet\p{L}*)\s+(?:som\s+)?du\s+(?:har|hadde)\s+(?:(?:selv|sjølv|jo|bare)\s+)?(?:skapt|laget|lagd|laga|forårsaket|forårsaka|stelt\s+i\s+stand|rotet\s+deg\s+inn\s+i)\b|\b(?:rot\p{L}*|kaos\p{L}*|problem\p{L}*|trøbbel\p{L}*|suppa|floke\p{L}*|uføre\p{L}*|elendighet\p{L}*)\s+(?:har|hadde)\s+du\s+(?:(?:selv|sjølv|jo|bare|nok)\s+)*(?:skapt|laget|lagd|laga|forårsaket|forårsaka|stelt\s+i\s+stand)\b/iu,
  // Sarcasm in its set phrases: "for en overraskelse", "det var da noe nytt", "ja, sikkert" ("stakkars
  // deg" and "hvem skulle trodd" are meant as often as not, and are not listed).
  /\bfor\s+(?:en|ei|ein)\s+(?:overraskelse|overrasking|bombe|nyhet)\b|\bdet\s+var\s+(?:da|jo)\s+(?:noe|noko)\s+(?:nytt|helt\s+nytt)\b|^(?:ja|jaja|javisst|åja|joda),?\s+(?:sikkert|klart|selvfølgelig|sjølvsagt|det\s+tror\s+jeg)\b|^(?:sikkert|klart\s+det),\s+(?:ja|du)\b/iu,
  // Left to bear it: "så nå får du leve med det", "da må du ta konsekvensene".
  /\b(?:får|må)\s+du\s+(?:bare\s+|berre\s+|nå\s+|no\s+|jo\s+)?(?:leve\s+med|tåle|ta\s+(?:støyten|konsekvens\w*|følgene|ansvaret)|finne\s+deg\s+i|svi\s+for|bære\s+(?:konsekvens\w*|følgene))\b/iu,
  // Rhetorical questions that set the person's words against their deeds ("Hvordan kan du si at …?").
  /^(?:og\s+|men\s+)?(?:hvordan|korleis|hvorfor|kvifor)\s+(?:kan|skal|tør|vil)\s+du\s+(?:\p{L}+\s+)?(?:si|seie|påstå|mene|meine|tro|tru|forvente|klage|kalle\s+deg|be\s+om)\b|^(?:hvorfor|kvifor|hvordan|korleis)\s+(?:sier|seier|påstår|klager|lover|snakker|skal|kan)\s+du\b[^?]{0,60}\bnår\s+du\s+(?:jo\s+)?(?:ikke|ikkje|aldri)\b/iu,
  /\bkjøper\s+(?:jeg\s+)?ikke\s+(?:den|det|noe)\b|\bog\s+det\s+(?:vet|veit)\s+du\b|\bdu\s+(?:gjør|hører|gidder|prøver|bryr\s+deg|følger)\s+jo\s+(?:aldri|ikke|ingenting|null)\b|^(?:hvis|om|dersom|viss)\s+du\s+(?:bare\s+)?hadde\s+(?!fått\b|hatt\b|vært\s+heldig\b|visst\b)[^,.!?]{0,60},\s*(?:så\s+)?(?:hadde|ville)\s+du\b|\b(?:får|må)\s+(?:du\s+)?(?:bare\s+)?(?:ta\s+(?:konsekvensene|følgene|støyten)|skylde\s+deg\s+selv)\b|^hadde\s+du\s+(?:bare\s+|ikke\s+)?\p{L}+[^,.!?]{0,50},\s*(?:så\s+)?hadde\s+du\b|\bskyld(?:en|a)?\s+ligg\s+(?:\p{L}+\s+){0,2}deg\b/iu,
].map(u);
/**
 * Advice said otherwise: "det beste for deg er å", "du skulle heller", "først må du", "mitt
 * forslag", and a sentence that opens with a verb in the imperative ("Gå inn på …", "Ring dem").
 * Invitations to tell ("Fortell", "Beskriv", "Si litt mer", "Tenk deg", "Se for deg") are MI's own
 * and are not among the verbs.
 */
const ADVICE_SAID_OTHERWISE: readonly RegExp[] = [
  // What was wise to do ("Det var smart av deg å ringe dem") affirms what the person did.
  /\b(?:er|blir|vil\s+være|ville\s+vært|ville\s+være|kan\s+være|kunne\s+vært|hadde\s+vært)\s+(?:\p{L}+\s+)?(?:lurt|smart|klokt|fornuftig|lurest|smartest|nyttig|(?:en\s+)?(?:god\s+|fin\s+|lur\s+)?(?:idé|ide|tanke))\s+(?:for\s+deg\s+|av\s+deg\s+)?(?:å|om\s+du|at\s+du|hvis\s+du)\b|\bdu\s+har\s+godt\s+av\b|^(?:kunne|ville|hadde|kan|vil)\s+det\s+(?:\p{L}+\s+)?(?:vært|være)\s+(?:en\s+)?(?:god\s+|fin\s+|lur\s+)?(?:idé|ide|tanke|lurt|smart|klokt|fornuftig|nyttig)\s+(?:for\s+deg\s+)?(?:å|om\s+du|at\s+du|hvis\s+du)\b/iu,
  /\bher\s+er\s+(?:hva|det)\s+du\s+(?:gjør|skal|må|bør)\b|\bjeg\s+(?:vil|forventer|krever)\s+at\s+du\b/i,
  /\bjeg\s+(?:synes|syns|mener|tror|tenker)\s+(?:at\s+)?du\s+(?:skal|bør|burde|må|skulle|trenger\s+å)\b/i,
  /\b(?:et|ett|mitt|mine)\s+(?:\p{L}+\s+)?(?:tips|råd|forslag)\s+(?:er|blir|kan\s+være|til\s+deg)\b/iu,
  /\b(?:mitt|et|ett|mine|noen|et\s+lite)\s+(?:forslag|råd)\b|\b(?:forslaget|rådet|tipset)\s+mitt\b/i,
  /^(?:(?:bare|så|da|nå|først|husk\s+å|vær\s+så\s+snill\s+(?:og|å))\s+)?(?!ta\s+(?:deg\s+)?(?:den\s+|all\s+den\s+|god\s+)?tid)(?:gå|ring|skriv|send|ta|registrer|meld|søk|prøv|vær|bli|kom|les|lag|finn|spør|kontakt|sjekk|begynn|fortsett|gjør|hold|legg|velg|møt|logg|fyll|last|bestill|book|kjøp|spar|betal|snakk|øv|tren|sov|stå|drikk|spis|vent|planlegg|oppsøk|forbered|svar|ordne|skaff|søk|unngå|slutt|start)\s+(?!(?:er|var|blir|ble|gjerne|på\s+(?:jobb|et|en)|fra|av|med\s+(?:jobb|å))\b)\p{L}/iu,
  /\bdet\s+(?:beste|lureste|smarteste|klokeste|fornuftigste|viktigste)\s+(?:for\s+deg\s+)?(?:\p{L}+\s+)?(?:er|blir|vil\s+være)\s+(?:(?:nok|kanskje|vel|jo|egentlig|uansett|helt\s+klart|nok\s+uansett)\s+)?(?:å|at\s+du)\b/iu,
  // An act as the subject, named the right or best thing to do ("Å gå til legen er det eneste riktige nå").
  /^å\s+[^.!?]{2,60}?\s(?:er|blir|vil\s+være|hadde\s+vært|ville\s+vært)\s+(?:(?:nok|helt\s+klart|uten\s+tvil|faktisk|egentlig)\s+)?(?:det\s+(?:aller\s+)?(?:eneste\s+riktige|eneste\s+rette|riktige|rette|beste|lureste|smarteste|klokeste|viktigste)|lurt|smart|klokt|fornuftig|lurest|smartest|klokest|best)\b/iu,
  /\bdu\s+(?:skulle|burde|skal|kunne)\s+(?:\p{L}+\s+)?heller\b|\bdu\s+skulle\s+(?:jo\s+|egentlig\s+)?ha\s+(?!lyst\b)\p{L}+/iu,
  /(?:^|[.!]\s+)(?:først|deretter|etterpå|så|da|nå|i\s+dag|i\s+morgen)\s+(?:må|bør|burde|skal)\s+du\s+(?!(?:ha|gjerne|selv|sjølv)\b)/i,
  // What I would do in your place: "hvis jeg var deg", "i ditt sted", "var det meg", "jeg ville ha sagt ja".
  /\b(?:hvis|om|dersom|viss)\s+(?:jeg|eg)\s+var\s+(?:deg|i\s+dine\s+sko|i\s+ditt\s+sted)\b|\bi\s+(?:ditt\s+sted|dine\s+sko)\b|^var\s+det\s+(?:meg|opp\s+til\s+meg)\b|\b(?:jeg|eg)\s+(?:ville|hadde)\s+(?:ikke\s+|ikkje\s+)?(?:ha\s+)?(?:\p{L}+\s+){0,1}(?:sagt|søkt|sendt|tatt|ringt|ventet|venta|gjort|valgt|takket)\b/iu,
  // The answer named: "løsningen er", "nøkkelen er", "et godt sted å begynne er", "svaret er enkelt".
  /\b(?:løsningen|løysinga|nøkkelen|trikset|oppskriften|hemmeligheten)\s+(?:\p{L}+\s+)?(?:er|blir|ligger\s+i)\b|\bsvaret\s+er\s+(?:enkelt|klart|å)\b|\bet\s+(?:godt|lurt|fint|smart|naturlig|klokt)\s+(?:\p{L}+\s+)?(?:sted|steg|tiltak|utgangspunkt|grep)\s+(?:å\s+\p{L}+\s+)?(?:er|blir|kan\s+være)\b/iu,
  // Advice asked as a question: "burde du ikke …?", "hadde det ikke vært lurt …?", "hvorfor ikke bare …?".
  /^(?:burde|bør|skulle|kunne|skal)\s+du\s+ikke\b|^(?:hadde|ville|vil)\s+det\s+ikke\s+(?:vært|være)\b|^hvorfor\s+ikke\b/iu,
  // What pays off, what matters, what one does wisely: "det gjelder å", "det er best at du", "du gjør lurt i å".
  /\bdet\s+gjelder\s+å\b|\bdet\s+er\s+(?:best|viktig|lurt|smart|klokt|nødvendig|på\s+sin\s+plass)\s+(?:at\s+du|å)\b|\bdu\s+gjør\s+(?:lurt|klokt|best|rett|riktig)\s+i\s+å\b|\bdet\s+lønner\s+seg\s+(?:å|for\s+deg)\b|\bdu\s+trenger\s+bare\s+å\b/iu,
  // A "you shall / must" with urgency is an instruction, not a plan the person told ("du skal ringe legen allerede i dag").
  /\bdu\s+(?:skal|må|bør)\b[^.!?]{0,60}\b(?:allerede\s+i\s+dag|med\s+en\s+gang|så\s+(?:fort|snart|raskt)\s+som\s+mulig|snarest|umiddelbart|straks|før\s+det\s+er\s+for\s+sent)\b/iu,
  // Hedged advice: what the person could or should have done ("Kanskje du skulle prøvd å …", "du kunne
  // heller snakket med …"); what they should have had or got ("du skulle hatt mer hjelp") is empathy.
  // A counterfactual set against what the person did ("du kunne ha gitt opp, men …") affirms.
  /\bdu\s+(?:skulle|kunne)\s+(?![^.!?]*\bmen\b)(?:(?:jo|kanskje|egentlig|heller|bare|også|gjerne|ha)\s+){0,2}(?!(?:hatt|fått|vært|blitt|sluppet|fortjent|ønsket|trengt|godt|litt|alt|ut|dit|det|mest|best|helst|først|nettopp|straks|fort|aldri|ikke|ikkje|tenkt\s+deg|tenkt\s+på)\b)\p{L}{2,}(?:et|t|d)\b/iu,
  /^(?:kanskje|kan\s+hende|muligens|kanskje\s+det\s+er\s+slik\s+at)\s+(?:du|dere)\s+(?:kunne|skulle)\s+(?!ikke\b|ikkje\b|ønske|ynskje|tenke\s+deg|tenkt\s+deg|gjerne\s+ha|ha\s+trengt|trengt)/iu,
  // More imperatives that open a sentence: "Sett av …", "Bruk kvelden …", "Still deg …", "Få CV-en …".
  /^(?:bare\s+)?(?:sett|bruk|still|få|skriv|lag|hold)\s+(?:deg|av|den|det|dem|en|et|ei|opp|inn|kvelden|dagen|helgen|helgene|tiden|tida|CV-en)\b/iu,
].map(u);
/**
 * Labels said otherwise: a judgement of who the person is ("du er egoistisk", "du er en
 * pessimist", "sånne som deg"), or a diagnosis given with certainty ("du har nok angst").
 */
const LABEL_SAID_OTHERWISE: readonly RegExp[] = [
  // A trait judged, after at most an intensifier ("du er rett og slett egoistisk"); "du er ikke svak" is comfort.
  // In a subordinate clause the adverb comes first ("… at du ikke bare er litt bortskjemt?").
  /\bdu\s+(?:(?:ikke\s+|ikkje\s+)?(?:bare|berre|nok|jo|egentlig)\s+)?(?:er|virker|framstår|fremstår)\s+(?:(?:så|veldig|bare|berre|litt|jo|nok|ganske|altfor|rett\s+og\s+slett|faktisk|egentlig|ofte|alltid|en|ein|et|eit|ei|som)\s+){0,3}(?:\p{L}*(?:taper|latsabb|pessimist|egoist|idiot|tulling|dust|naver|snylter|sluk|sutrekopp|klagemur)\p{L}*|negativ|lat|doven|umotivert|håpløs|ansvarsløs|egoistisk|umulig\s+(?:å|som)|for\s+(?:sta|svak|treg|lat|sen|bortskjemt|naiv|negativ|passiv)|ikke\s+skikket|sta|svak|umoden|bortskjemt|udugelig|naiv|slapp|uselvstendig|feig|upålitelig|useriøs|udisiplinert|uorganisert|rotete|sløv|sur|bitter|sutrete|klagete|sytete|masete|dum|teit|treg|ustabil|ukonsentrert|passiv|vanskelig\s+å\s+(?:hjelpe|ha\s+med|samarbeide|stole)|et\s+problem|en\s+byrde)\b/iu,
  // "Du høres ut som en typisk sofagutt", "du er en klassisk …": the person made a type ("en ekte
  // kjempe" may praise; the vote weighs those nouns).
  /\bdu\s+(?:er|virker|framstår|fremstår|høres\s+ut|høyrest\s+ut|blir)\s+(?:(?:som|nok|jo|bare|litt|rett\s+og\s+slett)\s+){0,2}(?:en|ein|et|eit|ei)\s+(?:typisk|klassisk)\s+\p{L}{3,}/iu,
  /\b(?:sånne|slike|folk|personer|typer|ungdommer)\s+som\s+deg\b|\bdu\s+er\s+(?:en\s+av\s+dem|typen|en\s+sånn|en\s+slik)\s+som\b/iu,
  /\bdu\s+(?:har|er)\s+(?:nok|sikkert|tydeligvis|helt\s+klart|åpenbart|garantert|kanskje|vel)\s+(?:litt\s+|ganske\s+)?(?:angst|adhd|add|depresjon|autisme|autist|bipolar|ocd|en\s+diagnose|en\s+lidelse|psykisk\s+syk|deprimert|depressiv|autistisk|psykotisk|paranoid|manisk|traumatisert|rusavhengig|spilleavhengig)|\b(?:angst|adhd|add|depresjon|autisme|en\s+diagnose)\s*,\s*det\s+(?:hører|ser|merker|skjønner)\s+jeg\b|\bdu\s+har\s+(?:angst|adhd|add|depresjon|autisme)\s*,\s*det\s+er\s+(?:tydelig|klart|åpenbart)\b/iu,
].map(u);
/**
 * Warnings said otherwise: the loss named without a condition ("blir du sparket", "kan koste
 * deg plassen", "snart er det for sent", "det går utover deg til slutt").
 */
const WARNING_SAID_OTHERWISE: readonly RegExp[] = [
  // Time said to be running out on the person ("du har ikke tid å miste", "klokka tikker").
  /\b(?:har\s+(?:ikke|ikkje|ingen)|det\s+er\s+ingen)\s+tid\s+å\s+miste\b|\btida?\s+(?:renner|løper)\s+(?:ut|fra\s+deg)\b|\bklokka\s+tikker\b/iu,
  /\b(?:(?:blir|kan|vil|kommer)\s+du|du\s+(?:blir|kan|vil|kommer))\s+(?:fort\s+|snart\s+|nok\s+)?(?:til\s+å\s+bli\s+|å\s+bli\s+|bli\s+)?(?:sparket|kastet\s+ut|kasta\s+ut|meldt\s+ut|utestengt|oppsagt|avskjediget)\b|\bsi(?:er)?\s+deg\s+opp\s+(?:om|hvis|dersom)\b|\bfår\s+du\s+aldri\b/iu,
  /\b(?:koste|koster|kostar)\s+deg\s+(?:\p{L}+\s+)?\p{L}*(?:plassen|jobben|pengene|stønaden|ytelsen|retten|vennene|fremtiden|framtida)\b|\bødelegger\s+(?:\p{L}+\s+)?(?:fremtiden|framtida|sjansene|mulighetene)\b|\bgraver\s+(?:din\s+)?egen\s+grav\b/iu,
  // A condition with the verb first and a bad end ("Venter du for lenge, er alle jobbene tatt").
  /(?:^|[.!?;]\s*)\p{L}+(?:er|ar|r)\s+du\b[^.!?,]{0,60},\s*(?:så\s+)?(?:er|blir|får|kan|vil|går|ender|havner|sitter|står|mister|risikerer)\b[^.!?]{0,50}\b(?:tatt|borte|for\s+sent|alene|ingenting|aldri|verre|problemer|trøbbel|galt|ille|ute|ut\s+av|uten)\b/iu,
  /\btil\s+slutt\s+(?:sitter|står|ender|havner|blir)\s+du\b|\b(?:ender|havner)\s+du\s+(?:opp\s+)?(?:uten|alene|på\s+gata|på\s+nav|på\s+trygd)\b/iu,
  /\b(?:snart|fort|da)\s+(?:er\s+det|blir\s+det)\s+for\s+sent\b|\bkommer\s+til\s+å\s+gå\s+(?:galt|ille|dårlig|utover\s+deg)\b|\bgår\s+(?:ut\s*over|utover)\s+deg\b|\bfår\s+konsekvenser\b|\b(?:hvis|om|dersom)\s+du\s+ikke\b[^.!?]{0,60}\bblir\s+det\s+(?:bare\s+)?(?:verre|vanskeligere)\b/iu,
].map(u);
/**
 * Claims said otherwise: amounts with thousands ("rundt 15 000"), shares of people ("over
 * halvparten", "nesten alle som"), proof ("det er bevist at"), deadlines and processing times, and
 * what is forbidden or required by rule.
 */
const CLAIM_SAID_OTHERWISE: readonly RegExp[] = [
  /(?<![\d,.])\d{1,3}(?:[  .]\d{3})+(?![\d,])/u,
  /\b(?:over|under|nesten|omtrent|rundt|cirka|bare)\s+(?:halvparten|alle|ingen|en\s+tredjedel|en\s+fjerdedel|hver\s+\p{L}+)\s+(?:som|av|får|blir|dropper|kommer|går)\b|\b(?:bevist|dokumentert)\s+at\b|\bstatistikk\w*\s+(?:er|viser)\b/iu,
  /\bsaksbehandlingstid\w*|\b(?:behandlet|behandles|betalt|utbetalt|betales\s+ut|utbetales)\s+(?:innen|etter|hver|om)\s+(?:\d+|en|ei|ett|to|tre|fire|fem|seks|fjortende|andre|måned)\b|\b(?:søknads|klage)?frist(?:en)?(?:\s+for\s+(?:å\s+)?(?:\p{L}+\s+){1,3}?)?\s*er\s+(?:alltid\s+|vanligvis\s+|som\s+regel\s+|bare\s+|på\s+)?(?:\d+|første|den|i|om|en|ei|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|fjorten|tjue|tretti)\b/iu,
  // How long a measure or a payment lasts or takes: "tiltaket varer i tolv måneder", "AAP gis i inntil tre år".
  /\b(?:varer|vare|gis|gjelder|utbetales|tar)\s+(?:i\s+)?(?:inntil\s+|opptil\s+|omtrent\s+|cirka\s+|rundt\s+|maks\s+|maksimalt\s+)?(?:\d+|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|atten|tjue|tjuefire|et\s+halvt)\s+(?:uker|uke|måneder|månader|måned|dager|år)\b/iu,
  // A share of a group ("hver tredje ungdom"); "hver andre uke" is a rhythm, not a share.
  /\bhver\s+(?:annen|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende)\s+(?!(?:uke|veke|dag|måned|månad|år|time|helg|gang|kveld|morgen|natt)\p{L}*)\p{L}+/iu,
  // What becomes of most who do something ("de fleste som går på AFT, kommer i jobb").
  /\b(?:de\s+fleste|dei\s+fleste|flertallet|nesten\s+alle|mange|få|svært\s+mange|bare\s+(?:noen\s+)?få)\s+(?:av\s+(?:dem|de|dei)\s+)?som\s+[^.!?]{2,60}?\b(?:(?:kommer|kjem)\s+i|får|går\s+(?:over\s+|videre\s+)?(?:i|til)|ender\s+(?:opp\s+)?(?:i|med|på|uten)|havner\s+(?:i|på))\s+(?:\p{L}+\s+)?(?:jobb|arbeid|utdanning|skole|plass)\p{L}*|\b(?:de\s+fleste|dei\s+fleste|flertallet|nesten\s+alle|mange|få)\s+(?:av\s+(?:dem|de|dei)\s+)?som\s+[^.!?]{2,60}?\b(?:lykkes|fullfører|dropper\s+ut|faller\s+fra)\b/iu,
  // How soon an office answers or pays, and for how long at most ("NAV pleier å svare innen tre uker", "i inntil ett år").
  /\b(?:nav|nav-kontoret|kommunen|lånekassen|skolen|arbeidsgiver\p{L}*|saksbehandler\p{L}*|svar(?:et)?|vedtak(?:et)?|behandling(?:en|a)?|utbetaling(?:en|a)?)\b[^.!?]{0,40}\b(?:innen|i\s+løpet\s+av)\s+(?:\d+|en|ei|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|fjorten|tjue)\s+(?:virkedager|arbeidsdager|dager|dag|uker|uke|veker|veke|måneder|måned|månader)\b|\b(?:inntil|opptil|maks(?:imalt)?|høyst)\s+(?:\d+|ett|et|ei|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|atten|tjue|et\s+halvt)\s+(?:år|måneder|måned|månader|uker|veker)\b/iu,
  /\bdet\s+er\s+(?:ikke\s+lov|ulovlig|forbudt|påbudt|krav\s+om|et\s+krav)\b|\b(?:er|blir|var)\s+(?:jo\s+|faktisk\s+|strengt\s+)?(?:ulovlig|forbudt|straffbart|lovstridig)\b|\b(?:man|du)\s+mister\s+retten\b/iu,
  // Common knowledge claimed: "Alle vet at …", "det er velkjent at …", "det er et faktum at …".
  /\b(?:alle|enhver|folk\s+flest)\s+(?:vet|veit|skjønner|forstår)\s+(?:jo\s+)?at\b|\bdet\s+er\s+(?:(?:jo|vel)\s+)?(?:allment\s+kjent|velkjent|godt\s+kjent|vitenskapelig\s+bevist|et\s+(?:kjent\s+)?faktum)\s+at\b/iu,
].map(u);
/**
 * A reporting verb (text.ts REPORTING_VERBS) with "du" (or someone of theirs, "moren din") as
 * subject, or asked of them ("hva tenker du at …"): what follows is the person's own words,
 * reflected, or asked for.
 */
const REPORTED = u(
  new RegExp(
    String.raw`\b(?:\p{L}+(?:en|a|ne|er)\s+(?:din|dine|ditt|di)|du|dere)\s+(?:\p{L}+\s+){0,2}?(?:${REPORTING_VERB_SOURCE})\b` +
      String.raw`|\b(?:${REPORTING_VERB_SOURCE})\s+du\s+(?:selv\s+|sjølv\s+)?(?:at\b|om\b)`,
    'iu',
  ),
);

/** Reflected: the person's own report, or anyone else's but the speaker's (acts.ts reportedFrame). */
function isReported(before: string): boolean {
  // A report ends where the reply turns against it: "du sier du vil jobbe, men du gjør jo ingenting"
  // (a "men at …" still carries the person's words on).
  const scope = before.split(/\b(?:men|but)\b(?!\s+(?:at|om)\b)/iu).at(-1) ?? before;
  return REPORTED.test(scope) || reportedFrame(scope);
}

/** One of `patterns` matches outside a reflected report in its sentence (sentences `skip` names do not count). */
export function saysOutsideReport(
  text: string,
  patterns: readonly RegExp[],
  skip?: (sentence: string) => boolean,
): boolean {
  for (const sentence of sentences(text)) {
    if (skip?.(sentence)) continue;
    for (const re of patterns) {
      const at = sentence.search(re);
      if (at >= 0 && !isReported(sentence.slice(0, at)) && !reportedAfter(sentence.slice(at))) return true;
    }
  }
  return false;
}

/**
 * A warning of loss in any words: a losing verb and what the person lives on or holds ("stopper
 * utbetalingene", "kan du miste hele stønaden") in one sentence.
 */
const HELD = u(
  /\b(?:utbetaling\w*|stønad\w*|ytelse\w*|pengene|penger|tiltakspeng\w*|dagpeng\w*|arbeidsavklaringspeng\w*|aap|sosialhjelp\w*|tiltaksplass\w*|plassen|lærlingplass\w*|retten|tiltaket|tiltaksplassen|kurset|programmet)\b/i,
);
const LOSING = u(
  /\b(?:(?:kastet|kasta|sparket|stengt)\s+ut|utestengt|får\s+(?:du\s+)?(?:ingen|ikke|ikkje)|mist(?:er|e|es)|tap(?:er|e)?|stans(?:er|es|e)?|stopp(?:er|es|e)?|kutt(?:er|es|e)?|trekk(?:er|es)|inndr\w*|sperr(?:er|es|e)|faller\s+bort|blir\s+(?:\p{L}+\s+){0,2}(?:borte|vekk|stanset|stoppet|kuttet|trukket|redusert|satt\s+på\s+vent)|(?:så|da)\s+er\s+(?:\p{L}+\s+){0,3}(?:borte|vekk|tapt)|blir\s+det\s+(?:ingen|ikke\s+(?:noe|noen|mer))|er\s+det\s+slutt\s+på)\b/iu,
);

/** A warning of loss outside a reflected report ("du er redd for å miste plassen" is the person's fear). */
export function warnsOfLoss(text: string): boolean {
  for (const sentence of sentences(text)) {
    const at = sentence.search(LOSING);
    if (at >= 0 && HELD.test(sentence) && !isReported(sentence.slice(0, at))) return true;
  }
  return false;
}

/**
 * Praise said in irony: a sentence of praise alone ("Imponerende.", "Bra jobba.") after a lapse
 * told as one more time ("Så du glemte timen igjen", "… som vanlig"). Praise with an exclamation
 * mark, or after something the person did, is meant.
 */
const PRAISE_ALONE = u(
  /^(?:(?:wow|oi|jøss|ja),?\s+)?(?:imponerende|strålende|fantastisk|glimrende|supert|super|flott|bra|bravo|herlig|perfekt|nydelig|veldig\s+bra|godt\s+jobba|godt\s+jobbet|bra\s+jobba|bra\s+jobbet|godt\s+gjort|sterkt|gratulerer)(?:\s+(?:du|med\s+det|altså|da))?\s*\.?$/iu,
);
const LAPSE_AGAIN = u(/\b(?:igjen|som\s+vanlig|nok\s+en\s+gang|enda\s+en\s+gang|atter\s+en\s+gang|som\s+alltid)\b/iu);
const LAPSE = u(
  /\b(?:ikke|ikkje|aldri|glemte|glemt|sov|sovnet|forsov|droppet|dropp?a|skulket|skulka|avlyste|uteble|mistet|mista|kom\s+for\s+sent|kommer\s+for\s+sent|for\s+sent|rotet|rota|tapte|surret|ga\s+opp|gav\s+opp)\b/iu,
);
function praisesInIrony(text: string): boolean {
  const all = sentences(text);
  return all.some((s, i) => {
    if (i === 0 || s.endsWith('!') || !PRAISE_ALONE.test(s)) return false;
    const before = all.slice(0, i).join(' ');
    return LAPSE_AGAIN.test(before) && LAPSE.test(before);
  });
}

/**
 * A lapse of the person's given as the reason for what befell them: "Men du kom jo for sent nesten
 * hver dag, så det er ikke så rart." ("ikke rart at du blir sliten" understands; that is SCORN's.)
 */
const NO_WONDER_END = u(/\b(?:så\s+)?(?:det\s+er\s+|er\s+det\s+)?(?:ikke|ikkje)\s+(?:så\s+|særlig\s+)?rart\s*[.!]?$/iu);
function blamesLapse(text: string): boolean {
  return sentences(text).some((s) => NO_WONDER_END.test(s) && /\bdu\b/iu.test(s) && LAPSE.test(s) && !isReported(s));
}

/** Blame, scorn or pressure outside a reflected report, and praise said in irony. */
export function scorns(text: string): boolean {
  return saysOutsideReport(text, SCORN) || praisesInIrony(text) || blamesLapse(text);
}

/** A label, a warning or a factual claim said otherwise, outside a reflected report. */
export function labelsOtherwise(text: string): boolean {
  return saysOutsideReport(text, LABEL_SAID_OTHERWISE);
}
export function warnsOtherwise(text: string): boolean {
  return saysOutsideReport(text, WARNING_SAID_OTHERWISE);
}
export function claimsOtherwise(text: string): boolean {
  return saysOutsideReport(text, CLAIM_SAID_OTHERWISE);
}

/**
 * Asking leave to suggest is not advice ("Kan jeg komme med et forslag, eller vil du tenke selv
 * først?", "Er det greit at jeg deler et råd?"): a question whose asking verb has "jeg" giving,
 * and no suggestion inside it ("… at du søker", "… om å søke").
 */
const ASKS_LEAVE = u(
  /^(?:(?:og|men|så)\s+)?(?:(?:kan|får|skal|må|kunne)\s+(?:jeg|eg)|(?:vil|ønsker|har)\s+du\s+(?:lyst\s+(?:til\s+)?)?(?:at\s+(?:jeg|eg)|å\s+høre|høre)|er\s+det\s+(?:greit|ok|i\s+orden|greitt)\s+(?:at|om)\s+(?:jeg|eg))\b/iu,
);
const SUGGESTION_INSIDE = u(/\b(?:at\s+du|om\s+å|å\s+\p{L}+\s+(?:deg|det|den|dem|på|til|med))\b|:/iu);
export function asksLeave(sentence: string): boolean {
  return sentence.endsWith('?') && ASKS_LEAVE.test(sentence) && !SUGGESTION_INSIDE.test(sentence);
}

/** Advice by `patterns` outside a reflected report and outside a request for leave to suggest. */
export function advisesIn(text: string, patterns: readonly RegExp[]): boolean {
  return saysOutsideReport(text, patterns, asksLeave);
}

/** Advice said otherwise, outside a reflected report. */
export function advisesOtherwise(text: string): boolean {
  return advisesIn(text, ADVICE_SAID_OTHERWISE);
}
