/** Change-talk cues (folded text, see lexicon.ts): DARN-CAT and steps taken. */
import { r, SUBJ, TARGET, HABIT, ACTION_INF, type ChangeCue } from './lexicon.js';

/** Cues that are change talk even though they contain a negation or a step back. */
export const NEGATED_CHANGE_CUES: readonly ChangeCue[] = [
  {
    // A purpose towards the target, whatever was given up for it ("sluttet på fotballen for å satse på skolen").
    subtype: 'reasons',
    pattern: r(
      String.raw`\bfor\s+a\s+(?:fokusere|fokusera|satse|satsa|konsentrere meg|prioritere|prioritera)\s+(?:mer\s+|fullt\s+)?(?:pa|on)\s+(?:\w+\s+){0,2}?` +
        TARGET.source,
    ),
    targetFree: true,
  },
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
      String.raw`\b(?:vil|orker|gidder|onsker)\s+(?:egentlig\s+|eigentleg\s+|virkelig\s+|bare\s+)?(?:ikke|ikkje|itj|ikkj)\s+(?:at\s+(?:[\w-]+\s+){1,3}(?:skal\s+)?(?:se|ser)\s+meg\s+)?(?:lenger\s+|mer\s+)?(?:a\s+)?(?:bare\s+)?(?:sitte|sitt|sitta|vere|bli|ligge|henge|gå|ga)\s+(?:bare\s+)?(?:\w+\s+)?(?:hjemme|heime|pa sofa?en|i senga|pa rommet|inne|pa nav|arbeidsledig|uten jobb|utan jobb|pa gamet|blakk|lakk|fattig|ledig|pa sosialen)\b|\blei\s+av\s+a\s+(?:ikke\s+|ikkje\s+)?(?:ha|vere|sitte|bli|ga|henge|ligge)\s+(?:\w+\s+){0,2}(?:hjemme|heime|arbeidsledig|ledig|uten|utan|noe a gjore|noko a gjere|pa nav|blakk)\b|\b(?:vil|onsker|onskjer)\s+(?:ikke|ikkje)\s+(?:a\s+)?ende\s+(?:opp\s+)?(?:uten|utan|pa nav|hjemme|heime|arbeidsledig)\b`,
    ),
    targetFree: true,
  },
  {
    // Not able to stay home any longer ("jeg kan ikke sitte hjemme lenger"): the status quo, not the target.
    subtype: 'need',
    pattern: r(
      String.raw`\b(?:kan|klarer|klarar|taler)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:sitte|vere|bli|ligge|henge|ga)\s+(?:\w+\s+)?(?:hjemme|heime|pa sofa?en|i senga|pa rommet|inne|arbeidsledig|uten jobb|utan jobb|pa nav)\s+(?:lenger|lengre|mer|meir)\b`,
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
    // Fed up with lacking something the target brings ("lei av å ikke ha egne penger"); only with a target word.
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:lei|drittlei|dritlei|sick)\s+(?:av|of)\s+(?:a\s+)?(?:ikke|ikkje|itj|not)\s+(?:a\s+)?(?:ha|fa|kunne|klare|tjene|having|getting|earning)\b`,
    ),
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
    // Got a job, a place or an offer ("fikk tilbud om prøvetid"); not getting one is a report, not sustain talk.
    subtype: 'taking_steps',
    pattern: r(
      String.raw`\b(?:fikk|fekk)\s+(?:(?:en|ein|ei|et|eit|ny|nytt|fast|meg|endelig|endeleg|tilbud\s+om)\s+){0,3}(?:\w*jobb\w*|\w*plass(?:en)?|stilling\w*|kontrakt\w*|tilbud\w*|provetid|intervju\w*)\b`,
    ),
    negatedIsReport: true,
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
      String.raw`\b${SUBJ}\s+prover\b|\bprover\s+(?:det|a)\b|\b(?:motivert|gira|giret|taggis|keen|sugen pa|motivated)\b|\b(?:klar for|klar til|klar na|klar no|er klar|villig til|villig|apen for|open for|forberedt pa|budd pa|vurderer|(?:har|hadde)\s+vurdert|med pa det|er med pa|ready to|ready|willing to|open to|considering)\b|\b(?:skal|ska)\s+prove\b|\bgonna try\b|\bwill try\b|\b(?:kunne|kan)\s+(?:\w+\s+)?(?:prove|prova|try)\b|\b(?:ser|ser meg|leter|leiter|leitar|looking)\s+(?:\w+\s+)?(?:etter|for)\s+(?:noe nytt|noko nytt|(?:en\s+|ein\s+|ei\s+)?(?:ny\w*\s+)?(?:jobb\w*|arbeid\w*|lereplass\w*|lerlingplass\w*|job))\b`,
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
    pattern: r(
      String.raw`\b(?:drommen|drommer om|draumen|draumer om)\b|\b(?:gleder|gler)\s+(?:${SUBJ}\s+)?meg\s+(?:\w+\s+)?til\b|\bser\s+(?:${SUBJ}\s+)?(?:fram|frem)\s+til\b|\blooking\s+forward\b`,
    ),
    targetFree: true,
  },
  {
    subtype: 'desire',
    pattern: r(
      String.raw`(?<!\b(?:det|hva|kva|som|alt|whatever|what)\s+(?:jeg|eg|e|i)\s+)\b(?:vil|ville|onsker|onskjer|har lyst|lyst til|lyst a|lyst te|(?:har|ha|hr)\s+(?:\w+\s+)?(?:lost|lysst|lyyst)\s+(?:a|til|te)|haper|hapar|kunne tenke meg|kan tenke meg|(?:kunne|kan)\s+(?:jeg|eg|e|i)\s+(?:godt\s+)?tenke\s+meg|skulle onske|want|wanna|would like|hope|wish)\b`,
    ),
  },
  {
    // Liking the target as it is now ("trives på praksis", "lønna er bra da"): a reason for it, only about
    // the target and not in someone else's words ("kompisen sier det er greit"). How a day went is a report.
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:trives|trivs|stortrives|liker meg)\b(?!\s+(?:best\s+)?(?:hjemme|heime|med a))|\b(?:er|e|blir)\s+(?:\w+\s+)?(?:bra|fin|fine|fint|grei|greie|greit|kjekt|kjekk|kjekke|goy|hyggelig\w*|digg|topp)\b`,
    ),
    targetOnly: true,
    speakerOnly: true,
  },
];
