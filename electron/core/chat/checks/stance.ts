import { sentences, u } from './text.js';

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
const SCORN: readonly RegExp[] = [
  /\bdeg\s+selv\s+å\s+takke\b|\btakke\s+deg\s+selv\s+(?:for|at)\b|\bskylder\s+(?:\p{L}+\s+)?deg\s+selv\b|\bhadde\s+du\s+(?:bare|heller|bare\s+ikke)\b|\bskyld(?:en|a)?\s+(?:er|ligger)\s+(?:\p{L}+\s+){0,2}deg\b/iu,
  // Fault put on the person; a negation just before it is comfort instead ("det er ikke din skyld").
  /(?<=\b(?:du|deg|din|di)\b[^.!?]{0,40})(?<!\b(?:ikke|ikkje|aldri|ingen|inga)\s+(?:\p{L}+\s+){0,2})\b(?:skyld(?:a|en)?|feil(?:en)?)\b/iu,
  /\bdu\s+(?:har\s+)?(?:selv\s+)?(?:ødela|ødelagt|spolerte|spolert|rotet\s+det\s+til|kastet\s+bort|sløste\s+bort|sløst\s+bort)\b/i,
  /\bgidd(?:er|ar|a|et)\b|\bikke\s+(?:prøver|prøvd|anstrenger\s+deg|jobber)\s+(?:hardt\s+nok|skikkelig|ordentlig|godt\s+nok|nok)\b/i,
  /\b(?:ta|tar|tok|tatt)\s+deg\s+sammen\b|\bskjerpe\s+deg\b/i,
  /\b(?:unnskyldning(?:er|ene)|bortforklaring(?:er|ene)|sutr\w*|syting\w*|klaging\w*)\b/i,
  /\b(?:er|blir|var)\s+(?:jo\s+)?(?:bare\s+)?(?:tull|tøys|vrøvl|sprøyt|tullprat|pjatt)\b/i,
  /\bdet\s+vet\s+du\s+(?:jo\s+)?(?:godt|selv|utmerket|innerst\s+inne)\b|\bdu\s+vet\s+(?:jo\s+)?(?:godt|selv)\s+at\b/i,
  /(?:^|[.!]\s+)(?:nå|da|så)\s+(?:må|får|skal|bør|burde)\s+du\s+(?!ha\b)/i,
  /\b(?:jo|ikke)\s+(?:\p{L}+\s+)?(?:engang|en\s+gang)\b(?=[.!?]?$)|\bikke\s+engang\s+(?:prøver|prøvd|gidder|orker)\b/iu,
  /\b(?:ta|tar)\s+(?:\p{L}+\s+){0,3}(?:mer\s+seriøst|på\s+(?:mer|større)\s+alvor)\b|\b(?:ta|tar)\s+(?:\p{L}+\s+){0,2}ikke\s+(?:\p{L}+\s+){0,2}(?:seriøst|på\s+alvor)\b|\btror\s+du\s+(?:virkelig|seriøst|ærlig\s+talt)\b/iu,
  /\bikke\s+rart\s+(?:at\s+)?du\b|\bproblemet\s+(?:\p{L}+\s+)?(?:er|var|ligger\s+i)\s+(?:at\s+)?du\b|\bproblemet\s+ditt\b/iu,
  /\bdu\s+(?:overdriver|bortforklarer|sutrer|syter|lyver|tar\s+feil|later\s+som|klager\s+for\s+mye|skylder\s+på)\b|\b(?:latskap|dovenskap|unnasluntring|slapphet)\b/i,
  /\bdet\s+er\s+jo\s+du\s+som\b|\bdet\s+er\s+(?:jo\s+)?(?:din|ditt|di)\s+(?:oppgave|ansvar|jobb|problem|sak)\b/i,
  /\bjeg\s+tror\s+ikke\s+på\s+(?:deg|det\s+du|at\s+du)\b|\bdet\s+(?:tror|kjøper)\s+jeg\s+ikke\b|\bdet\s+er\s+ikke\s+sånn\s+det\s+(?:fungerer|funker|er)\b/i,
  /\bdet\s+må\s+du\s+(?!gjerne\b|selv\s+(?:bestemme|velge)\b|ha\b)\p{L}/iu,
  /\bkom\s+igjen\s+(?:nå|da)\b|\b(?:det\s+er\s+)?(?:på\s+(?:høy\s+)?tide)\s+(?:at\s+du|å)\b|\bhør\s+her\b/i,
].map(u);
/**
 * Advice said otherwise: "det beste for deg er å", "du skulle heller", "først må du", "mitt
 * forslag", and a sentence that opens with a verb in the imperative ("Gå inn på …", "Ring dem").
 * Invitations to tell ("Fortell", "Beskriv", "Si litt mer", "Tenk deg", "Se for deg") are MI's own
 * and are not among the verbs.
 */
const ADVICE_SAID_OTHERWISE: readonly RegExp[] = [
  /\b(?:er|var|blir|vil\s+være|ville\s+vært|ville\s+være|kan\s+være|kunne\s+vært|hadde\s+vært)\s+(?:\p{L}+\s+)?(?:lurt|smart|klokt|fornuftig|lurest|smartest|nyttig)\s+(?:for\s+deg\s+|av\s+deg\s+)?(?:å|om\s+du|at\s+du|hvis\s+du)\b|\bdu\s+har\s+godt\s+av\b/iu,
  /\bher\s+er\s+(?:hva|det)\s+du\s+(?:gjør|skal|må|bør)\b|\bjeg\s+(?:vil|forventer|krever)\s+at\s+du\b/i,
  /\bjeg\s+(?:synes|syns|mener|tror|tenker)\s+(?:at\s+)?du\s+(?:skal|bør|burde|må|skulle|trenger\s+å)\b/i,
  /\b(?:et|ett|mitt|mine)\s+(?:\p{L}+\s+)?(?:tips|råd|forslag)\s+(?:er|blir|kan\s+være|til\s+deg)\b/iu,
  /\b(?:mitt|et|ett|mine|noen|et\s+lite)\s+(?:forslag|råd)\b|\b(?:forslaget|rådet|tipset)\s+mitt\b/i,
  /^(?:(?:bare|så|da|nå|først|husk\s+å|vær\s+så\s+snill\s+(?:og|å))\s+)?(?!ta\s+(?:deg\s+)?(?:den\s+|all\s+den\s+|god\s+)?tid)(?:gå|ring|skriv|send|ta|registrer|meld|søk|prøv|vær|bli|kom|les|lag|finn|spør|kontakt|sjekk|begynn|fortsett|gjør|hold|legg|velg|møt|logg|fyll|last|bestill|book|kjøp|spar|betal|snakk|øv|tren|sov|stå|drikk|spis|vent|planlegg|oppsøk|forbered|svar|ordne|skaff|søk|unngå|slutt|start)\s+(?!(?:er|var|blir|ble|på\s+(?:jobb|et|en)|fra|av|med\s+(?:jobb|å))\b)\p{L}/iu,
  /\bdet\s+(?:beste|lureste|smarteste|klokeste|fornuftigste|viktigste)\s+(?:for\s+deg\s+)?(?:\p{L}+\s+)?(?:er|blir|vil\s+være)\s+(?:å|at\s+du)\b/iu,
  /\bdu\s+(?:skulle|burde|skal|kunne)\s+(?:\p{L}+\s+)?heller\b|\bdu\s+skulle\s+(?:jo\s+|egentlig\s+)?ha\s+(?!lyst\b)\p{L}+/iu,
  /(?:^|[.!]\s+)(?:først|deretter|etterpå|så|da|nå|i\s+dag|i\s+morgen)\s+(?:må|bør|burde|skal)\s+du\s+(?!ha\b)/i,
].map(u);
/** A reporting verb with "du" as subject: what follows is the person's own words, reflected. */
const REPORTED = u(
  /\b(?:du|dere)\s+(?:\p{L}+\s+){0,2}?(?:føler|følte|tenker|tenkte|sier|sa|seier|mener|meiner|mente|kjenner|kjente|synes|syns|syntes|opplever|opplevde|opplevd|forteller|fortalte|fortalt|fortel|beskriver|beskrev|tror|trodde|trur|frykter|lurer\s+på|lurte\s+på|er\s+redd|var\s+redd|er\s+lei|er\s+bekymret|er\s+bekymra|er\s+urolig|gruer|grue|hører|hørte|høyrer|merker|merket|har\s+(?:kjent|følt|tenkt|sagt|hørt|merket|erfart))\b/iu,
);

/** One of `patterns` matches outside a reflected report in its sentence. */
export function saysOutsideReport(text: string, patterns: readonly RegExp[]): boolean {
  for (const sentence of sentences(text)) {
    for (const re of patterns) {
      const at = sentence.search(re);
      if (at >= 0 && !REPORTED.test(sentence.slice(0, at))) return true;
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
  /\b(?:(?:kastet|kasta|sparket|stengt)\s+ut|utestengt|får\s+(?:du\s+)?(?:ingen|ikke|ikkje)|mist\w*|tap(?:er|te|e)?|stans\w*|stopp(?:er|es|et|a)|kutt(?:er|es|et|a)|trekk(?:er|es)|inndr\w*|sperr(?:er|es|et)|faller\s+bort|blir\s+(?:\p{L}+\s+){0,2}(?:borte|stanset|stoppet|kuttet|trukket|redusert|satt\s+på\s+vent))\b/iu,
);

/** A warning of loss outside a reflected report ("du er redd for å miste plassen" is the person's fear). */
export function warnsOfLoss(text: string): boolean {
  for (const sentence of sentences(text)) {
    const at = sentence.search(LOSING);
    if (at >= 0 && HELD.test(sentence) && !REPORTED.test(sentence.slice(0, at))) return true;
  }
  return false;
}

/** Blame, scorn or pressure outside a reflected report. */
export function scorns(text: string): boolean {
  return saysOutsideReport(text, SCORN);
}

/** Advice said otherwise, outside a reflected report. */
export function advisesOtherwise(text: string): boolean {
  return saysOutsideReport(text, ADVICE_SAID_OTHERWISE);
}
