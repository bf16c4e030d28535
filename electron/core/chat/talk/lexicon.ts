/**
 * Cue lexicon for talk classification, written against folded text (see safety/normalize.ts:
 * lower case, å→a, ø→o, æ→e). Note that folding merges "bør" and "bor", "får" and "far",
 * "før" and "for"; patterns that use those words say what must follow.
 *
 * The target behaviour in this app is activity: work, school, training, programme steps, the
 * daily routine that makes them possible, and getting help for health that stands in the way.
 */
import type { TalkSubtype } from './types.js';

const r = (source: string): RegExp => new RegExp(source);

export const SUBJ = String.raw`(?:jeg|eg|je|e|i)`;
export const NEG_WORD = /^(?:ikke|ikkje|ikk|itj|ike|ikkj|aldri|not|never|no|ingen|inga|ingenting)$/;
export const NEG_CONTRACTION =
  /\b(?:can't|cant|cannot|won't|wont|don't|dont|didn't|didnt|isn't|isnt|aren't|arent|wasn't|wasnt)\b/;

/** Words that tie an utterance to the target behaviour. */
export const TARGET = r(
  String.raw`\b(?:\w*jobb\w*|\w*arbeid\w*|\w*kurs\w*|\w*skole\w*|\w*praksis\w*|\w*plass(?:en)?|\w*soknad\w*|\w*utdanning\w*|legge meg tidlig\w*|(?:sove|sover|sovet|sovn|sovnen|sovne|sovner)\b(?!\s+(?:hele|heile|lenge|ut|bort|over|hjemme|heime|pa sofaen|og slappe|i\s+(?:en|ei|hundre|to|tre)))|sovnmonster\w*|sovnrytme\w*|jobb\w*|arbeid\w*|sok(?:e|er|te|t|nad\w*|ar|a)?\b|cv\w*|intervju\w*|skole\w*|skule\w*|videregaende|utdanning\w*|studie\w*|studere|kurs\w*|praksis\w*|aft|ips|vta|tiltak\w*|lerling\w*|lereplass|fagbrev\w*|fagskole\w*|bedrift\w*|arbeidsgiv\w*|nav|veileder\w*|rettleiar\w*|motet|moter|mote|mott|motte|trening\w*|trene|dogn\w*|sta opp|statt opp|star opp|stod opp|fastlege\w*|lege\w*|psykolog\w*|helsesoster|profil\w*|finn|jobbmess\w*|lonn\w*|penger|okonomi\w*|forerkort\w*|lappen|sommerjobb\w*|deltid\w*|heltid\w*|\w*vakt\w*|butikk\w*|lager\w*|barnehage\w*|eksamen\w*|besta|bestar|bestatt|lekse\w*|rutine\w*|komme meg ut|ut av huset|ut blant folk|i gang|aktivitet\w*|plan\w*|sengen|senga|hjemmefra|arbeidstrening|lonnstilskudd|egne bein|egne ben|eigne bein|egen lonn|eigen lonn|egen inntekt|eiga inntekt|(?:klare|klara|greie|forsorge) meg (?:selv|sjolv|sjol)|elektriker|elektrikar|sykepleier|sjukepleiar|\w*pleiar|frisor|snekker|snekkar|tomrer|tomrar|kokk|rorlegger|royrleggjar|mekaniker|mekanikar|helsefagarbeider|helsefagarbeidar|barnehagelerer|barnehagelerar|lerer|lerar|faget|stilling\w*|kontrakt\w*|arbeidsavtale\w*|provetid\w*|komme meg opp|kome meg opp|kommer meg opp|sjafor|ingenior|\w+(?:arbeider|arbeidar|medarbeider|assistent|hjelp|sveiser|operator|montor|selger|seljar|betjent|tekniker|maler|murer|baker|servitor|ansatt)|\w*linja|\w*linje|\w*eksamen\w*|sjef\w*|teorien|teoridelen|pensum|job\w*|work\w*|appl\w*|school|course|interview|resume|warehouse|office|apprentice\w*|internship|college|university)\b`,
);

/** Generic objects and verbs of change that count without a target word ("jeg vil prøve", "jeg gjør det"). */
export const GENERIC_CHANGE = r(
  String.raw`\b(?:prove|prova|provd|endre|endra|forandre|ta tak|ta meg sammen|skjerpe meg|ta grep|komme meg videre|komme meg gjennom|gjore noe med|komme meg|begynne|byrje|gjore noe|gjere noko|klare det|klara det|fa det til|fa til|det|dette|det her|det der|noe nytt|noko nytt|it|this|try|fullfore|fullfora|gjennomfore|(?:ringe|ringer|ringte|ringt|ringje|sende|sender|sendte|sendt|maile|mailer|kontakte|kontakter|snakke med|snakker med)\s+(?:til\s+)?(?:dem|dei|them))\b`,
);

/** Habits that stand in the way of the target (objects of "kutte ut", "slutte med"). */
const HABIT = String.raw`(?:snus\w*|snuse|royk\w*|royke|sigarett\w*|vape\w*|alkohol|drikking|drikke|energidrikk\w*|sukker|brus|gaming|game|gamingen|spilling|mobil\w*|skjerm\w*|snap\w*|instagram|insta|tiktok|sosiale medier|facebook|youtube|netflix|gambling|kaffe|koffein|godteri|utsette|utsetting|somle|skulke|smoking|vaping|social media|procrastinat\w*)`;

/** Infinitives of a step towards work or school ("har ikke tenkt å ringe"). */
const STEP_INF = String.raw`(?:soke|soka|ringe|ringje|sende|melde|mote|levere|begynne|byrje|starte|fullfore|kontakte|jobbe|ga pa|ga tilbake)`;

/** Infinitive verbs of action (used after "bør", which folds to "bor"). */
const ACTION_INF = String.raw`(?:soke|soka|ringe|ringje|sende|begynne|byrje|starte|prove|komme|fa|ta|gjore|gjere|lage|skrive|trene|sta|ga|melde|snakke|jobbe|finne|skaffe|legge|mote|levere|fullfore|lese|ordne|kontakte)`;

export interface ChangeCue {
  subtype: TalkSubtype;
  pattern: RegExp;
  /** True when the cue counts without a target word or generic object. */
  targetFree?: boolean;
  /**
   * A mood or complaint (tired, fed up, angry, "orker ikke", nagging): sustain talk when it is
   * about the situation, neutral when the clause is about the private sphere and not the target
   * (PRIVATE_SPHERE: "jeg hater stefaren min", "lei av å være syk").
   */
  mood?: boolean;
  /** Counts only with a target word (a generic object like "det" is not enough). */
  targetOnly?: boolean;
  /** Only about the speaker: "han er ikke god nok" is about someone else. */
  speakerOnly?: boolean;
  /** Negated, the cue reports a past event and is no sustain talk. */
  negatedIsReport?: boolean;
}

/**
 * The private sphere: family, friends, partners, neighbours, one's body and health, games and
 * shows. A mood about these, in a clause that names no target behaviour, is how the person feels
 * about their life, not an argument for the status quo of work or school: neutral.
 */
export const PRIVATE_SPHERE = r(
  String.raw`\b(?:mamma|mamma\w*|mor|mora|moren|mutter\w*|pappa|pappa\w*|faren|fatter\w*|foreldr\w*|stefar\w*|stemor\w*|steforeld\w*|bror|broren|brodre\w*|lillebror\w*|storebror\w*|soster|sostera|systera|sosteren|sostr\w*|lillesost\w*|storesost\w*|sosken\w*|besteforeld\w*|bestemor\w*|bestefar\w*|farmor|farfar|mormor|morfar|tante\w*|onkel\w*|slekt\w*|familie\w*|familien|venn|venner|vennen|vennene|venninne\w*|venninna|bestevenn\w*|kompis\w*|kamerat\w*|kjereste\w*|typen|dama|eksen|naboe?\w*|klassekamerat\w*|kroppen|kropp|speilet|syk|sjuk|forkjol\w*|influensa|hodepine\w*|paracet\w*|ibux|medisin\w*|tablett\w*|piller|pillene|mensen|spill\w*|gamet|gaming|serien|serie|netflix|valorant|fortnite|fifa|minecraft)\b`,
);

/**
 * Explicit sustain talk: arguments for the status quo, discouragement, stepping back. Checked
 * before change cues. Each has the subtype of what it argues against.
 */
export const SUSTAIN_CUES: readonly ChangeCue[] = [
  {
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:gidder|gidd|gidde|gider|giddet|orker|orkar|orket|gadd|orka)\b|\bbryr\s+(?:${SUBJ}\s+)?meg\s+(?:ikke|ikkje|egentlig ikke)\b|\baldri i livet\b|\bglem det\b|\b(?:driter|drit|dritt)\s+i\s+(?:det|den|dem|dei|jobben|skolen|skulen|nav)\b|\bgir\s+(?:faen|blaffen)\b|\bno way\b|\b(?:don'?t|do not|doesn'?t)\s+(?:really\s+|even\s+)?care\b|\b(?:er|e)\s+(?:bare\s+)?(?:ikke|ikkje)\s+meg\b`,
    ),
    targetFree: true,
    mood: true,
  },
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:ingen|ikke|ikkje|noen)\s+(?:noe\s+|noko\s+)?(?:vits|poeng|grunn til a endre)\b|\bbillig\s+arbeids(?:kraft|hjelp)\b|\bser\s+(?:ikke|ikkje)\s+(?:poenget|vitsen|meininga|meningen)\b|\b(?:ikke|ikkje|ingen)\s+tid\s+til\b|\b(?:sa\s+)?mye annet a\b|\bandre ting a tenke pa\b|\bbortkastet\b|\bbortkasta\b|\bmeningslos\w*|\bmeiningslaus\w*|\bpointless\b|\bikke verdt det\b|\bikkje verdt det\b|\bno point\b|\bwaste of time\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'ability',
    pattern: r(
      String.raw`\b(?:det er|det e|er det|kjennes|foles|blir)\s+(?:sa\s+|litt\s+|veldig\s+|ganske\s+|kjempe)?(?:vanskelig|vanskeleg|tungt|skummelt|vrient|hardt|uoverkommelig)\b|\b(?:far|fikk|fekk)\s+(?:det\s+)?(?:ikke|ikkje)\s+til\b|\btror\s+(?:ikke|ikkje)\s+${SUBJ}\s+(?:kan|klarer|passer|far|duger|er flink|kjem|kommer)\b|\bpasser\s+(?:ikke|ikkje)\s+inn\b|\b(?:kan|klarer)\s+(?:ikke|ikkje)\s+\w+\s+for\s+${SUBJ}\b|\b(?:gar|går|gikk)\s+aldri\b|\bingen\s+(?:som\s+)?(?:vil|kommer til a|ansetter|tar)\s+(?:ansette|tilsette|ha|inn)?\s*(?:en\s+som\s+|ein\s+som\s+)?meg\b|\bgar\s+(?:ikke|ikkje)\s+an\b|\bfor\s+(?:vanskelig|vanskeleg|slitsomt|sliten|tungt|mye|stressende|stressande|krevende|krevjande|travelt|dyrt)\b|\bgikk\s+(?:darlig|dritt|galt|til helvete|skeis|i dass|rett vest|i vasken)\b|\bredd for a mislykkes\b|\bcan'?t do it\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'need',
    pattern: r(
      String.raw`\bhar det (?:fint|bra|greit|fint nok) som\b|\b(?:klarer|klarar|greier)\s+meg\s+(?:fint|bra|greit|godt)\s+(?:uten|utan|som|med\s+det\s+${SUBJ}\s+har)\b|\b(?:klarer|klarar|greier)\s+meg\s+(?:fint\s+)?(?:selv|sjolv|alene|aleine)\b|\btrenger\s+(?:ikke|ikkje)\s+(?:noe\s+|noen\s+|nokon\s+)?(?:hjelp|venner|vener|noen|nokon|det|dere|deg)\b|\btrives (?:\w+\s+)?med a ikke\b|\b(?:ikke|aldri)\s+(?:(?:vert|vore)\s+)?(?:noe\s+)?for meg\b|\b(?:ikke|ikkje|aldri)\s+(?:\w+\s+){1,3}(?:noe|noko)\s+for\s+meg\b|\bikkje\s+(?:noko\s+)?for meg\b|\bnot for me\b|\bikke mitt problem\b|\bmer penger pa nav\b|\btryggere a\s+(?:bli|vere|sitte)\s+hjemme\b|\bliker a\s+(?:game|spille|sove|chille|vere hjemme|slappe av)\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:lar vere|lar det vere|lar det ligge)\b|\bpasser (?:ikke|ikkje)\b|\b(?:ikke|ikkje) (?:na|enda|enno|ennå|i ar)\b|\bbut not now\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:glemte|glemt|gloymde)\s+a\b|\b(?:rakk|rekker|fikk)\s+(?:ikke|ikkje)\s+(?:a\s+)?(?:sendt|sende|gjort|ringt|ringe|mott|mote)\b|\bdroppe\b(?!\s+(?:\w+\s+)?${HABIT})|\b(?:gar|drar)\s+(?:ikke|ikkje|aldri)\s+tilbake\b|\bferdig\s+med\s+(?:\w+\s+){1,2}(?:for godt|for alltid)\b|\b(?:droppet|droppa|dropper|sluttet i|slutta i|sluttet pa|slutta pa|hoppet av|hoppa av|skulket|skulka|skulker)\b|\b(?:motte|mott|kom|dukket)\s+(?:ikke|ikkje)\s+(?:opp)?\b`,
    ),
    targetFree: true,
  },
  { subtype: 'reasons', pattern: r(String.raw`\b(?:maser|mase|masa)\b`), targetFree: true, mood: true },
  // Fear and doubt about managing it ("…, men jeg er redd for å feile", "I want to, but I'm scared").
  {
    subtype: 'ability',
    pattern: r(
      String.raw`\bredd\s+for\s+a\b|\b(?:i'm|im|i am)\s+(?:so\s+)?(?:scared|afraid)\b|\btror\s+(?:ikke|ikkje)\s+(?:de|dei|noen|nokon)\s+(?:vil|kommer til a)\s+(?:ha|ansette|tilsette)\s+meg\b|\b(?:vet|veit)\s+(?:ikke|ikkje)\s+om\s+${SUBJ}\s+(?:klarer|klarar|kan|orker|orkar)\b|\bsa\s+mye\s+(?:lesing|a lese|a gjore|pugging)\b|\bi\s+(?:freeze|panic)\b|\b(?:tor|tort|torde|tur)\s+(?:(?:jeg|eg|e|je)\s+)?(?:ikke|ikkje|itj|aldri)\b|\bdaren'?t\b|\bdon'?t\s+dare\b`,
    ),
    targetFree: true,
  },
  // Leaving the work or school goal ("vil slutte på tiltaket", "I want to quit my job").
  {
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:slutte|slutta|sluttar)\s+(?:i|pa)\s+(?:jobben|skolen|skulen|tiltaket|kurset|studiet|praksis\w*|lerlingplassen)\b|\bquit\s+(?:my\s+)?(?:job|school|course|studies)\b|\b(?:avbryte|avbryta)\s+(?:studiet|skolen|skulen|kurset|tiltaket|praksis\w*)\b|\bavslutte\s+(?:kurset|tiltaket|studiet)\s+for\b`,
    ),
    targetFree: true,
  },
  // Discouragement, exhaustion, stress and complaint about the situation: sustain talk in the
  // corpus's sense (the mood that keeps things as they are), whatever the target.
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:sliten|slitne|utslitt|utsliten|utslitne|dodssliten|dodsslitsomt|slitsomt|stressa|stresset|stresser|nervos|panikk|overveldet|overvelda|exhausted|stressed|overwhelmed)\b|\blei\s+av\b|\b(?:kjedelig|kjedelige|kjeda|kjedet|kjeder|dodskjedelig|boring|deadly boring)\b|\b(?:gir|gi|gitt|ga|gjev)\s+opp\b|\bgive\s+up\b|\b(?:jeg|eg|e)\s+gir\s+meg(?:\s+(?:na|no|her|snart))?\s*$|\b(?:null|ingen|ikke noe|lite)\s+(?:motivasjon|energi|overskudd)\b|\bhar\s+(?:ikke|ikkje)\s+(?:energi|overskudd|rad)\b|\b(?:darlig|dårleg|darleg)\s+rad\b|\blite\s+penger\b|\btrangt\s+okonomisk\b|\bmoney\s+is\s+tight\b|\b(?:lat|utsatt|utsetter)\b|\b(?:hater|hate|irritert|irriterer|sint|sur|rasende|angry|frustrer\w*|frustrasjon)\b|\b(?:urettferdig|tull|tungvint|umulige?|dritdag|drittdag)\b|\btrives\s+(?:best\s+)?(?:hjemme|heime)\b|\bhar\s+det\s+(?:fint|greit|greitt|bra)\s+(?:uten|utan|som det er)\b|\bthe\s+way\s+things\s+are\b|\b(?:snudd|snudde)\s+dognet\b|\bsover\s+(?:til|hele|heile)\b|\bsov\s+(?:heile|hele)\b|\bcan'?t\s+be\s+bothered\b|\bsleep\s+until\b`,
    ),
    targetFree: true,
    mood: true,
  },
  // Pessimism about what a step would bring: it does not help, pay off or lead anywhere.
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:hjelper|nytter|lonner seg|funker|fungerer|virker)\s+(?:\w+\s+)?(?:ikke|ikkje|itj|aldri)\b|\b(?:ikke|ikkje)\s+(?:\w+\s+)?(?:hjelper|nytter|lonner seg|funker|virker)\b|\bblir\s+(?:\w+\s+){0,2}(?:ikke|ikkje)\s+(?:noe|noko)\s+av\b|\bsamme\s+(?:gamle\s+)?(?:dritten|drittet|tullet|greia|gorra)\b|\b(?:lonna|lonnen|betalinga|betalingen)\s+(?:er|e)\s+(?:\w+\s+)?(?:darlig|darleg|elendig|lav|dritt)\b|\b(?:darlig|darleg|elendig|lav)\s+(?:lonn|betalt)\b|\b(?:utnyttet|utnytta|underbetalt)\b|\b(?:doesn'?t|won'?t)\s+(?:help|work|matter)\b`,
    ),
    targetFree: true,
    mood: true,
  },
  // Not who one is: "ikke min greie", "ikke typen som", "not my thing".
  {
    subtype: 'need',
    pattern: r(
      String.raw`\b(?:ikke|ikkje)\s+(?:min|mi|mitt)\s+(?:greie|greia|ting|stil|sak|drom|draum|plan|valg|val)\b|\b(?:hennes|hans|deres|mammas|pappas|foreldrenes|foreldra\s+sin)\s+(?:drom|draum|onske|plan|greie|valg)\b|\b(?:ikke|ikkje)\s+(?:noe|noko)\s+(?:${SUBJ}\s+)?(?:har lyst|vil|onsker|gidder|orker|liker|brenner for)\b|\bnot\s+(?:really\s+)?my\s+(?:thing|style)\b`,
    ),
    targetFree: true,
    mood: true,
  },
  {
    subtype: 'ability',
    pattern: r(String.raw`\b(?:ikke|ikkje)\s+(?:den\s+)?(?:typen|typa|sorten)\s+(?:som|til)\b|\bnot\s+the\s+type\b`),
    targetFree: true,
  },
  // Not able as one is: too late, not smart or good enough.
  {
    subtype: 'ability',
    pattern: r(
      String.raw`\b(?:er|e|blir|ble|vart)\s+(?:\w+\s+)?for\s+(?:seint|sent)\b|\btoo\s+late\b|\b(?:ikke|ikkje)\s+(?:\w+\s+){0,3}(?:smart|flink|god|sterk|klok|kvalifisert|erfaren|good)\s+nok\b|\bnot\s+(?:\w+\s+)?(?:smart|good|qualified)\s+enough\b`,
    ),
    targetFree: true,
    speakerOnly: true,
  },
  // No intention, a preference for the status quo, or a step put off till later.
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`(?:\b(?:har|hadde|har\s+jo)\s+(?:\w+\s+)?(?:ikke|ikkje|aldri)\s+tenkt|\bingen\s+planer?\s+om)\s+a\s+(?:${STEP_INF}|(?:\w+\s+){0,3}?(?:jobb\w*|skole\w*|skule\w*|kurs\w*|nav|praksis\w*|tiltak\w*|soknad\w*|cv))\b|\bheller\s+(?:bare\s+)?(?:game|gaming|spille|chille|chill|slappe av|sove|ligge|vere hjemme|vere heime|bli hjemme|bli heime|sitte hjemme|henge)\b|\bheller\s+(?:\w+\s+){0,3}(?:neste ar|til neste ar|til hosten|seinare|senere|en annen gang|ein annan gong|etter jul|etter sommeren)\b|\b(?:ikke|ikkje)\s+(?:a\s+)?(?:tenke|tenkje|hore|snakke|prate)\s+(?:mer\s+)?(?:pa|om)\s+(?:jobb|skole|skule|nav|cv|soknad|kurs|praksis|utdanning)\w*|\b(?:rather|prefer to)\s+(?:just\s+)?(?:game|chill|sleep|stay)\b`,
    ),
    targetFree: true,
    mood: true,
  },
  // Hopeless forecasts about the target ("blir aldri ferdig med skolen", "null tro på at jeg får plass").
  {
    subtype: 'ability',
    pattern: r(
      String.raw`\b(?:blir|kommer|far|klarer|kjem|fullforer)\s+(?:\w+\s+)?aldri\b|\b(?:null|ingen|lite|liten)\s+(?:tro|tru)\s+pa\b|\b(?:ikke|ikkje)\s+(?:\w+\s+)?(?:realistisk|sannsynlig)\b|\bingenting\s+(?:funker|funkar|hjelper|hjelp|nytter|virker|fungerer)\b|\balltid\s+(?:noe|noko)\s+som\s+gar\s+galt\b|\bnever\s+gonna\b`,
    ),
    targetFree: true,
    targetOnly: true,
  },
  // Status quo preferred or put off: "det kan vente", "vente og se", "enklere å fortsette som nå".
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:det|dette|den|resten|\w*jobb\w*|\w*skole\w*|\w*skule\w*|\w*kurs\w*|\w*soknad\w*|utdanning\w*|\w*praksis\w*)\s+(?:kan|far|ma)\s+vente\b|\bvente\s+og\s+se\b|\bse\s+det\s+an\b|\b(?:fortsette|fortsetje|ha det|bli|vere|leve)\s+(?:\w+\s+)?(?:som\s+na|som\s+no|som\s+(?:det\s+er|${SUBJ}\s+(?:har\s+det|gjor|er))|sann\s+som\s+na)\b|\bwait\s+and\s+see\b`,
    ),
    targetFree: true,
  },
];

/** Cues that are change talk even though they contain a negation. */
export const NEGATED_CHANGE_CUES: readonly ChangeCue[] = [
  {
    subtype: 'need',
    pattern: r(
      String.raw`\bna eller aldri\b|\bno eller aldri\b|\b(?:kan|klarer|orker)\s+(?:ikke|ikkje)\s+(?:fortsette|fortsetje|halde fram|holde pa)\b|\b(?:noe|noko)\s+(?:ma|matte)\s+(?:endre|forandre|skje)\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:vil|orker|gidder|onsker)\s+(?:egentlig\s+|eigentleg\s+|virkelig\s+|bare\s+)?(?:ikke|ikkje)\s+(?:lenger\s+|mer\s+)?(?:a\s+)?(?:bare\s+)?(?:sitte|vere|bli|ligge|henge|gå|ga)\s+(?:bare\s+)?(?:\w+\s+)?(?:hjemme|heime|pa sofaen|i senga|pa rommet|inne|pa nav|arbeidsledig|uten jobb|utan jobb|pa gamet|blakk|lakk|fattig|ledig|pa sosialen)\b|\blei\s+av\s+a\s+(?:ikke\s+|ikkje\s+)?(?:ha|vere|sitte|bli|ga|henge|ligge)\s+(?:\w+\s+){0,2}(?:hjemme|heime|arbeidsledig|ledig|uten|utan|noe a gjore|noko a gjere|pa nav|blakk)\b|\b(?:vil|onsker|onskjer)\s+(?:ikke|ikkje)\s+(?:a\s+)?ende\s+(?:opp\s+)?(?:uten|utan|pa nav|hjemme|heime|arbeidsledig)\b`,
    ),
    targetFree: true,
  },
  {
    // Not wanting to stay as one is ("vil ikke lenger være den som alltid sier ja", "vil ikke ha det sånn").
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:vil|onsker|orker)\s+(?:ikke|ikkje)\s+(?:lenger|lengre|mer|meir)\s+(?:a\s+)?(?:vere|bli|ha det)\s+(?:den|sann|slik|sik|sa)\b|\b(?:vil|onsker)\s+(?:ikke|ikkje)\s+(?:a\s+)?(?:vere|bli)\s+(?:den\s+som|sann\s+lenger|slik\s+lenger)\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|slippe a)\s+(?:lenger\s+)?(?:vere|bli)\s+avhengig\b|\bslipper\s+(?:${SUBJ}\s+)?a\b|\bslippe\s+a\b`,
    ),
    targetFree: true,
  },
  {
    // Persisting: "har ikke tenkt å gi opp", "eg gir meg ikkje".
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|aldri)\s+(?:tenkt\s+a\s+|a\s+)?(?:gi|gje|gjeve)\s+opp\b|\b(?:gir|gjev)\s+(?:meg\s+)?(?:ikke|ikkje|aldri)(?:\s+opp)?\b|\bnot\s+(?:gonna\s+|going\s+to\s+)?give\s+up\b`,
    ),
    targetFree: true,
  },
  {
    // A step turned out easier than feared; only about the target ("ikke så ille som jeg trodde å søke").
    subtype: 'ability',
    pattern: r(
      String.raw`\b(?:ikke|ikkje)\s+(?:sa|so)\s+(?:vanskelig|vanskeleg|ille|skummelt|skummelt|tungt|hardt|farlig)\s+(?:som\s+${SUBJ}\s+(?:trodde|trudde|tenkte|fryktet|frykta)|likevel|lenger|lengre)\b`,
    ),
  },
];

/** Change cues by priority: mobilising talk first, then reasons and need, then ability and desire. */
export const CHANGE_CUES: readonly ChangeCue[] = [
  // commitment
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:har|hadde)\s+bestemt\s+meg\b|\bbestemt meg\b|\b(?:lover|lovar)\b|\bplanen\s+(?:min\s+)?er\s+a\b|\b(?:mitt|mi)\s+(?:mal|neste steg)\s+(?:er|blir)\b|\bmalet\s+(?:mitt\s+)?er\s+a\b|\bsette\s+(?:det\s+som\s+|et\s+|eit\s+|opp\s+et\s+)?mal\b|\b(?:my\s+goal|the\s+goal)\s+is\b|\b(?:gjor|gjer)\s+(?:jeg|eg|det)\b|\b${SUBJ}\s+(?:gjor|gjer)\s+det\b|\btar\s+(?:den|det)\s+(?:jobben|plassen|tilbudet|kurset)\b`,
    ),
    targetFree: true,
  },
  {
    // The speaker's plan for a step towards the target ("har en plan for å ta fagbrev"); a plan for
    // anything else, or someone else's plan, is no cue.
    subtype: 'commitment',
    pattern: r(
      String.raw`(?:^|\b(?:jeg|eg|e|je|i|vi)\s+)(?:(?:har|hev)\s+(?:laget\s+|lagd\s+)?(?:en|ein|a)\s+plan\s+(?:for|om)|(?:har\s+)?planlagt|planlegger)\s+a\s+(?:\w+\s+){0,4}?` +
        TARGET.source,
    ),
    targetFree: true,
  },
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:skal|ska|sko|kommer\s+(?:ikke\s+|ikkje\s+)?til\s+a|kjem\s+(?:ikkje\s+)?til\s+a|will|i'll|ill|gonna|going to)\s+(?:\w+\s+)?(?:ringe|ringje|sende|soke|soka|melde|mote|levere|kontakte|skrive|oppdatere|begynne|byrje|starte|fullfore|ordne|call|send|apply|email)\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:skal|ska|sko|kommer\s+(?:ikke\s+|ikkje\s+)?til\s+a|kjem\s+(?:ikkje\s+)?til\s+a|will|i'll|ill|gonna|going to)\b(?!\s+(?:prove|prova|try)\b)`,
    ),
  },
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b(?:i kveld|i morgen|i morgon|pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag)|neste uke|neste veke|etter (?:helga|jul|pasken|lunsj)|snart)\s+(?:sender|soker|ringer|ringjer|starter|begynner|byrjar|melder|moter|leverer|oppdaterer|tar|drar|gar)\s+${SUBJ}\b`,
    ),
  },
  {
    subtype: 'commitment',
    pattern: r(
      String.raw`\b${SUBJ}\s+(?:sender|soker|ringer|ringjer|starter|begynner|byrjar|melder|moter|leverer|oppdaterer|tar kontakt)\b.*\b(?:i kveld|i morgen|i morgon|pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag)|neste uke|neste veke|for (?:fredag|helga|mandag)|snart|etterpa|i dag)\b`,
    ),
  },
  // taking steps
  {
    // Cutting down on or quitting a habit that stands in the way (snus, screen time, gaming, energy
    // drinks, putting things off): change talk in any tense ("har kuttet ut snus", "vil slutte å utsette").
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:kutte|kutta|kuttet|kutter|kuttar|slutte|slutta|sluttet|slutter|sluttar|trappe|trappa|trappet|trapper|begrense|begrensa|begrenset|begrenser|redusere|redusert|reduserer|slette|sletta|slettet|sletter|quit|quitting|quitted|cut|cutting)\s+(?:\w+\s+){0,2}?(?:ut\s+|ned\s+(?:pa\s+)?|med\s+|a\s+|down\s+on\s+|back\s+on\s+)?(?:(?:med|pa|all|the)\s+)?(?:${HABIT})\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:har\s+)?(?:fatt|fikk|fekk)\s+meg\b|\b(?:har|ha|hr|har na|har no|fikk|fekk)\s+(?:\w+\s+)?(?:sendt|send|sokt|ringt|ringa|snakket|snakka|oppdatert|laget|lagd|lagt inn|meldt|begynt|byrja|startet|starta|gatt|mott|fullfort|levert|skrevet|skrive|klart|klara|statt|ordnet|ordna|booket|bestilt|tatt kontakt|registrert|sendte|lastet ned|lasta ned|fylt ut|sjekket|sjekka|forberedt|ovd|takket ja|takka ja|sagt ja)\b|\b(?:har\s+|hev\s+|fikk\s+|fekk\s+)?(?:fatt|fenge)\s+(?:(?:en|ein|ei|et|eit|ny|nytt|fast|meg|na|no|endelig)\s+){0,3}(?:\w*jobb\w*|\w*plass(?:en)?|stilling\w*|kontrakt\w*|tilbud\w*|svar|intervju\w*|time|vakt\w*)\b|\b(?:har|har na|har no)\s+(?:\w+\s+)?(?:vert|vart|vore)\s+(?:pa|til|hos|innom)\b(?![^.,!?]*\b(?:i|for|siden)\s+(?:(?:et|en|ei|to|tre|fire|fem|seks|\d+|mange|flere|noen|nokre)\s+)?(?:halvt\s+)?(?:ar|maned\w*|manad\w*|uke\w*|veke\w*|dager|dagar)\b)`,
    ),
  },
  {
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:sendte|sokte|ringte|ringde|snakket|snakka|oppdaterte|lagde|meldte meg|begynte|byrja|startet|takket ja|takka ja|sa ja til|(?:var|gikk|dro)\s+(?:pa|til)(?!\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|tide)\b)(?![^.,!?]*\b(?:for\s*$|handle\w*|da\s+${SUBJ}\s+var|siden\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|hosten|varen|sommeren|jul|nyttar|\d+)))|motte opp|mott opp|leverte|skrev|tok kontakt|dro pa|dro til|fikk laget|fikk sendt|fikk gjort|fikk ordnet|applied|(?:i|i've|ive|have|has)\s+sent|sent\s+(?:my|the|an?|it|them|in)|called|went to|signed up|started|updated|finished)\b`,
    ),
  },
  {
    // A call, mail or talk with "them" (in this chat: the employer, school or NAV).
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:ringt|ringte|ringde|ringa|sendt|sendte|mailet|mailte|mailt|kontaktet|kontakta|snakket med|snakka med|skrevet til|skreiv til|called|emailed|texted)\s+(?:til\s+)?(?:dem|dei|them)\b`,
    ),
    targetFree: true,
  },
  {
    // Did it, about the target itself ("gjorde leksene", "har gjort oppgavene"); "gjorde det slutt" is none.
    subtype: 'taking_steps',
    pattern: r(String.raw`\b(?:gjorde|gjort|gjordde)\b(?!\s+det\s+slutt)`),
    targetOnly: true,
    negatedIsReport: true,
  },
  // activation
  {
    subtype: 'activation',
    pattern: r(
      String.raw`\b${SUBJ}\s+prover\b|\bprover\s+(?:det|a)\b|\b(?:motivert|gira|giret|taggis|keen|sugen pa|motivated)\b|\b(?:klar for|klar til|klar na|klar no|er klar|villig til|villig|apen for|open for|forberedt pa|budd pa|vurderer|med pa det|er med pa|ready to|ready|willing to|open to|considering)\b|\b(?:skal|ska)\s+prove\b|\bgonna try\b|\bwill try\b|\b(?:kunne|kan)\s+(?:\w+\s+)?(?:prove|prova|try)\b|\b(?:ser|ser meg|leter|leiter|leitar|looking)\s+(?:\w+\s+)?(?:etter|for)\s+(?:noe nytt|noko nytt|(?:en\s+|ein\s+|ei\s+)?(?:ny\w*\s+)?(?:jobb\w*|arbeid\w*|lereplass\w*|lerlingplass\w*|job))\b`,
    ),
    targetFree: true,
  },
  {
    // An intention ("tenker å ringe", "har tenkt ut hvordan …"): only about the target.
    subtype: 'activation',
    pattern: r(
      String.raw`\b(?:tenker|tenkjer|tenkar|tenkte)\s+(?:\w+\s+)?(?:pa\s+)?a\b|\bhar\s+(?:\w+\s+)?tenkt\s+(?:a|ut)\b`,
    ),
  },
  {
    // Wanting to get better at something ("vil bli flinkere til å …"), having what it takes.
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:vil|ville|onsker|har lyst til a|want to)\s+(?:\w+\s+)?(?:bli|verte|get)\s+(?:bedre|betre|flinkere|flinkare|better)\s+(?:til|pa|at)\b|\bhar\s+(?:det\s+)?som\s+(?:trengs|skal til|krevst|krevs)\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'activation',
    pattern: r(
      String.raw`\b(?:excited|looking forward|pumped|hyped|(?:savner|saknar)\s+(?:${SUBJ}\s+)?(?:det\s+)?a|i could)\b`,
    ),
    targetOnly: true,
  },
  // reasons
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:hvis|om|viss|dersom|nar)\s+${SUBJ}\s+(?:\w+\s+){0,3}(?:kan|far|blir|slipper|kunne|tjener|tener|sparer)\s+${SUBJ}\b|\b(?:hadde|ville)\s+(?:blitt|vorte)\s+(?:glade?|stolte?|fornoyde?)\b|\b(?:hadde|ville|vil|kunne|kunna)\s+(?:vert|vaert|vore|gitt|gjort|hjulpet)\s+(?:\w+\s+)?(?:fett|kult|digg|deilig|bra|fint|godt|goy|gott|lettere|enklere|greit|meg)\b|\bda\s+(?:hadde|kan|kunne|far|fikk|blir|ble|slipper)\s+${SUBJ}\b|\b(?:hvis|om|viss|med)\s+(?:${SUBJ}\s+)?(?:far\s+|fikk\s+|har\s+|hadde\s+)?(?:meg\s+)?(?:en\s+|ein\s+|ei\s+)?(?:fast\s+)?(?:jobb|arbeid|lonn|utdanning|fagbrev|skolegang)\b|\bsa\s+${SUBJ}\s+(?:kan|kunne|far)\b|\b(?:godt|et godt)\s+(?:eksempel|forbilde)\b|\bblir\s+(?:i\s+)?(?:bedre|gladere|betre)\b|\b(?:blir|er)\s+(?:\w+\s+)?(?:enklere|lettere|greiere)\s+(?:for\s+meg\s+)?(?:nar|hvis|om|viss)\b|\bfoler meg bedre\b|\b(?:kjipt|dritt|flaut|teit|kleint|ekkelt)\s+a\b|\bviktig\s+(?:hvis|om|for a)\b|\bbecause\b|\bso i can\b|\bfor\s+a\s+(?:fa\s+rad\s+til|spare\s+(?:opp\s+)?til|kunne\s+(?:ta|betale|kjope))\s+(?:\w+\s+)?(?:forerkort\w*|lappen|kurs\w*|skole\w*|utdanning\w*)\b`,
    ),
    targetFree: true,
  },
  // need
  {
    subtype: 'need',
    pattern: r(String.raw`\b(?:pa tide|det er viktig for meg|viktig for meg|need to|have to|must|should)\b`),
    targetFree: true,
  },
  {
    subtype: 'need',
    pattern: r(
      String.raw`\b(?:ma|matte|trenger|treng|er nodt til|nodt til|burde|need)\b|\bbor\s+(?:\w+\s+)?${ACTION_INF}\b`,
    ),
  },
  // ability
  {
    subtype: 'ability',
    pattern: r(
      String.raw`\b(?:flink|god|bra|rask|dyktig|sterk)\s+(?:til|pa|med)\b|\bmulig for meg\b|\b(?:kan|klarer|klarar)\s+mer\b|\bkommer meg gjennom\b|\bfikk det til\b|\bfar det til\b|\bfekk det til\b|\b(?:fikser|fiksar|fixer)\b|\bi can\b|\bgood at\b|\bable to\b`,
    ),
    targetFree: true,
  },
  { subtype: 'ability', pattern: r(String.raw`\b(?:kan|klarer|klarar|greier|greiar|mestrer|klare|can)\b`) },
  {
    // Managed it, about the target itself ("klarte å gå på jobb hele uka"); a past failure is a
    // report, not an argument ("klarte ikke gå i butikken").
    subtype: 'ability',
    pattern: r(String.raw`\b(?:klarte|klarde|greide|greidde|mestret|managed)\b`),
    targetOnly: true,
    negatedIsReport: true,
  },
  // desire
  {
    subtype: 'desire',
    pattern: r(String.raw`\b(?:drommen|drommer om|draumen|draumer om)\b|\b(?:gleder|gler)\s+meg\s+(?:\w+\s+)?til\b`),
    targetFree: true,
  },
  {
    subtype: 'desire',
    pattern: r(
      String.raw`(?<!\b(?:det|hva|kva|som|alt|whatever|what)\s+(?:jeg|eg|e|i)\s+)\b(?:vil|ville|onsker|onskjer|har lyst|lyst til|lyst a|lyst te|(?:har|ha|hr)\s+(?:\w+\s+)?(?:lost|lysst|lyyst)\s+(?:a|til|te)|haper|hapar|kunne tenke meg|kan tenke meg|(?:kunne|kan)\s+(?:jeg|eg|e|i)\s+(?:godt\s+)?tenke\s+meg|skulle onske|want|wanna|would like|hope|wish)\b`,
    ),
  },
];

/** Words that open a question (folded, bokmål, nynorsk, English). */
export const QUESTION_OPENER = r(
  String.raw`^(?:hva|hvordan|hvorfor|hvor|hvem|nar|hvilke|hvilken|hvilket|kva|korleis|kvifor|kor|kven|kvar|kva tid|koss|kossen|assen|ka|kaffor|kem|vafor|what|how|why|where|who|when|which|can i|do i|is it|am i|kan jeg|kan eg|kan man|kan du|far jeg|far eg|far man|ma jeg|ma eg|ma man|er det|har jeg|har eg|trenger jeg|treng eg|skal jeg|skal eg|bor jeg|lurer pa|lurte pa|fortell meg|forklar|vet du|veit du|do you know|(?:er|e|var|har|hadde|kan|kunne|vil|ville|skal|skulle|ma|matte|far|fikk|trenger|treng|fins|finnes|finst|gar|blir|ble|bor|burde|hjelper|funker|lonner|pleier)\s+(?:du|dere|de|dei|man|ein|noen|nokon|folk|vi|me|der)|(?:er|var|blir|ble|fins|finnes|finst|gar|hjelper|funker|lonner)\s+(?:det|den|dette)|(?:tror|trur|synes|syns|meiner|mener|vet|veit)\s+(?:du|dere))\b`,
);

/** Markers that make a question-shaped utterance rhetorical sustain talk. */
export const RHETORICAL_SUSTAIN = r(
  String.raw`\b(?:gidde|gidd|gidder|vits|vitsen|poenget|bry meg|orke|orker)\b|^(?:hva|kva)\s+skal\s+(?:jeg|eg)\s+med\b|^(?:er|blir|hadde|ville)\s+det\s+(?:ikke|ikkje)\s+(?:bare\s+)?(?:enklere|bedre|betre|lettere|greiere|tryggere)\s+a\s+(?:\w+\s+){0,3}?(?:hjemme|heime|som\s+na|som\s+no|fortsette|vente|pa\s+nav)\b|^(?:hvorfor|kvifor|why)\s+(?:skal|skulle|should)\s+(?:jeg|eg|i)\b.*\b(?:nar|when|hvis|viss|om|uansett|anyway)\b`,
);
