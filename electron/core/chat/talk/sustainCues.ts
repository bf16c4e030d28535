/** Sustain-talk cues (folded text, see lexicon.ts): arguments for the status quo. */
import { r, SUBJ, HABIT, STEP_INF, type ChangeCue } from './lexicon.js';

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
      String.raw`\b(?:ingen|ikke|ikkje|noen)\s+(?:noe\s+|noko\s+)?(?:vits|poeng|grunn til a endre)\b|\b(?:billig|gratis)\s+arbeids(?:kraft|hjelp)\b|\bser\s+(?:ikke|ikkje)\s+(?:poenget|vitsen|meininga|meningen)\b|\b(?:ikke|ikkje|ingen)\s+tid\s+til\b|\b(?:sa\s+)?mye annet a\b|\bandre ting a tenke pa\b|\bbortkastet\b|\bbortkasta\b|\bmeningslos\w*|\bmeiningslaus\w*|\bpointless\b|\bikke verdt det\b|\bikkje verdt det\b|\bno point\b|\bwaste of time\b`,
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
      String.raw`\b(?:glemte|glemt|gloymde)\s+a\b|\b(?:rakk|rekker|fikk)\s+(?:ikke|ikkje)\s+(?:a\s+)?(?:sendt|sende|gjort|ringt|ringe|mott|mote)\b|\bdroppe\b(?!\s+(?:\w+\s+)?${HABIT})|\b(?:gar|drar)\s+(?:${SUBJ}\s+)?(?:ikke|ikkje|aldri)\s+tilbake\b|\bferdig\s+med\s+(?:\w+\s+){1,2}(?:for godt|for alltid)\b|\b(?:droppet|droppa|dropper|sluttet i|slutta i|sluttet pa|slutta pa|hoppet av|hoppa av|skulket|skulka|skulker)\b|\b(?:motte|mott|kom|dukket)\s+(?:ikke|ikkje)\s+(?:opp)?\b`,
    ),
    targetFree: true,
    mood: true,
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
  // Wanting to stay at home ("vil bare være hjemme et år"); not for one evening ("… i kveld").
  {
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:vil|ville|onsker|har lyst til a)\s+(?:bare\s+|helst\s+)?(?:a\s+)?(?:vere|bli|sitte|ligge|henge)\s+(?:\w+\s+)?(?:hjemme|heime|pa sofa?en|i senga|pa rommet)\b(?!\s+(?:i kveld|i kveld|i dag|i natt|i helga|i morgen|i morgon|na|no)\b)`,
    ),
    targetFree: true,
  },
  // Leaving the work or school goal ("vil slutte på tiltaket", "I want to quit my job").
  {
    subtype: 'desire',
    pattern: r(
      String.raw`\b(?:slutte|slutta|sluttar)\s+(?:a\s+ga\s+)?(?:i|pa)\s+(?:jobb|jobben|skole|skolen|skule|skulen|tiltaket|kurset|studiet|praksis\w*|lerlingplassen)\b|\bquit\s+(?:my\s+)?(?:job|school|course|studies)\b|\b(?:avbryte|avbryta)\s+(?:studiet|skolen|skulen|kurset|tiltaket|praksis\w*)\b|\bavslutte\s+(?:kurset|tiltaket|studiet)\s+for\b`,
    ),
    targetFree: true,
  },
  // Discouragement, exhaustion, stress and complaint about the situation: sustain talk in the
  // corpus's sense (the mood that keeps things as they are), whatever the target.
  {
    subtype: 'reasons',
    pattern: r(
      String.raw`\b(?:sliten|slitne|utslitt|utsliten|utslitne|dodssliten|dodsslitsomt|slitsomt|stressa|stresset|stresser|nervos|panikk|overveldet|overvelda|exhausted|stressed|overwhelmed)\b|\blei\s+av\b|\b(?:kjedelig|kjedelige|kjeda|kjedet|kjeder|dodskjedelig|boring|deadly boring)\b|\b(?:gir|gi|gitt|ga|gjev)\s+opp\b|\bgive\s+up\b|\b(?:jeg|eg|e)\s+gir\s+meg(?:\s+(?:na|no|her|snart))?\s*$|\b(?:null|ingen|ikke noe|lite)\s+(?:motivasjon|energi|overskudd)\b|\b(?:mistet|mista|miste|mister|lost)\s+(?:all\s+|heile\s+|hele\s+)?(?:motivasjon\w*|lysten|gnisten|interessen|motivation)\b|\bhar\s+(?:ikke|ikkje)\s+(?:energi|overskudd|rad)\b|\b(?:darlig|dårleg|darleg)\s+rad\b|\blite\s+penger\b|\btrangt\s+okonomisk\b|\bmoney\s+is\s+tight\b|\b(?:lat|utsatt|utsetter)\b|\b(?:hater|hate|irritert|irriterer|sint|sur|rasende|angry|frustrer\w*|frustrasjon)\b|\b(?:urettferdig|tull|tungvint|umulige?|dritdag|drittdag)\b|\btrives\s+(?:best\s+)?(?:hjemme|heime)\b|\bhar\s+det\s+(?:fint|greit|greitt|bra)\s+(?:uten|utan|som det er)\b|\bthe\s+way\s+things\s+are\b|\b(?:snudd|snudde)\s+dognet\b|\bsover\s+(?:til|hele|heile)\b|\bsov\s+(?:heile|hele)\b|\bcan'?t\s+be\s+bothered\b|\bsleep\s+until\b`,
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
      String.raw`\b(?:ikke|ikkje)\s+(?:min|mi|mitt)\s+(?:greie|greia|ting|stil|sak|drom|draum|plan|valg|val)\b|\b(?:hennes|hans|deres|mammas|pappas|foreldrenes|foreldra\s+sin)\s+(?:drom|draum|onske|plan|greie|valg)\b|\b(?:ikke|ikkje)\s+(?:noe|noko)\s+(?:${SUBJ}\s+)?(?:har lyst|vil|onsker|gidder|orker|liker|brenner for)\b|\b(?:not|isn'?t|is not)\s+(?:really\s+)?my\s+(?:thing|style)\b`,
    ),
    targetFree: true,
    mood: true,
  },
  {
    // Not a "school person" ("er ikke skolemennesket", "ikkje noko jobbmenneske"): about oneself and the target.
    subtype: 'need',
    pattern: r(String.raw`\b(?:er|e)\s+(?:ikke|ikkje|itj)\s+(?:et\s+|eit\s+|noe\s+|noko\s+)?\w+mennesket?\b`),
    targetFree: true,
    targetOnly: true,
    speakerOnly: true,
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
