import { isListedWord } from './words.js';
import { REPORTING_VERB_SOURCE, sentences, u } from './text.js';

/**
 * The act each clause of a reply does, read from its structure rather than from listed sentences.
 *
 * Every sentence of an MI reply reflects, asks, affirms, summarises, asks leave or gives asked-for
 * information. A clause that directs the person (a modal "du må/bør" in a main clause, a verb in
 * the imperative, "jeg anbefaler"), judges who they are or what they did, disputes what they said,
 * predicts a loss, or asserts a fact about rules or numbers is an act MI does not do. The subject,
 * the verb's mood and modal, and the frame around the clause decide:
 *
 * - a clause after a colon, a semicolon or a dash, or after an opening "men", "og", "så", is a
 *   main clause of its own ("Jeg sier dette fordi jeg bryr meg: du må ta deg sammen");
 * - a clause reported from someone other than the speaker ("legen har sagt at du bør …", "du
 *   tenker at du må …") or heard by the speaker ("jeg hører at du må …") is the person's world,
 *   reflected; the speaker's own opinion ("jeg synes at du bør", "vil jeg si at du nok bør") is not;
 * - the epistemic and permissive modals ("du må ha hatt det tøft", "det må du gjerne", "det må du
 *   selv bestemme") are not directions.
 *
 * The phrase lists (checkMoveOutput.ts, stance.ts) and the trained vote read the same acts; this
 * reading can only add a failure to theirs.
 */
export type SentenceAct = 'advice' | 'labelling' | 'confrontation' | 'warning' | 'claim';

/** Opening words that join a main clause to what went before ("Men vær klar over …", "Så, nå må du …"). */
const LEADING_JOINER = u(/^(?:(?:men|og|så|bare|altså|ok|okei|ja|nei|vel|uansett|hei)\s*,?\s+)+/iu);

/** The main clauses of a sentence, each with the text of the sentence before it. */
function clausesOf(sentence: string): { clause: string; before: string }[] {
  const out: { clause: string; before: string }[] = [];
  let at = 0;
  for (const part of sentence.split(/(?<=[:;])\s+|\s+[–—-]\s+/)) {
    const start = sentence.indexOf(part, at);
    const stripped = part.replace(LEADING_JOINER, '');
    out.push({ clause: stripped, before: sentence.slice(0, start) });
    at = start + part.length;
  }
  return out;
}

/**
 * The speaker's own frames: what follows "jeg synes/mener/tror/vil si at" is the speaker's
 * opinion. The speaker hearing or seeing it ("jeg hører at du må …") reflects.
 */
const SPEAKER_PERCEIVES = String.raw`hører|hørte|høyrer|ser|skjønner|forstår|merker|merket|kjenner|leser|legger\s+merke\s+til`;
/**
 * Reported: a reporting verb whose subject is not the speaker ("legen har sagt at", "du tenker at",
 * "sjefen mente"), or the speaker perceiving ("jeg hører at"). Extends stance.ts REPORTED, which
 * names only the person and their own ("moren din"), to anyone.
 */
const REPORTED_BY_OTHER = u(
  new RegExp(
    String.raw`(?:^|[\s,])(?!(?:jeg|eg|vi|me)\s)\p{L}+\s+(?:(?:har|hadde)\s+)?(?:(?!(?:jeg|eg|vi|me)\s)\p{L}+\s+)?(?:${REPORTING_VERB_SOURCE}|sagt|ment|skrevet|skreiv|skrev|skriver)\b(?!\s*,)` +
      String.raw`|\b(?:jeg|eg)\s+(?:\p{L}+\s+)?(?:${SPEAKER_PERCEIVES})\s+(?:at|hvor|hvordan|hva|om|på\s+deg)\b` +
      String.raw`|\b(?:${REPORTING_VERB_SOURCE}|sagt)\s+(?:du|han|hun|ho|de|dei|legen|sjefen|nav)\b`,
    'iu',
  ),
);
const SPEAKER_OPINION = u(
  /\b(?:jeg|eg)\s+(?:\p{L}+\s+)?(?:synes|syns|synest|mener|meiner|tror|trur|tenker|tenkjer|vil\s+si|ville\s+si|må\s+si|sier)\b|\b(?:synes|mener|tror|vil|må)\s+(?:jeg|eg)\s+(?:si\s+)?(?:at\s+)?/iu,
);

/** A new main clause after ", men", ", og" or ", for" (not "men at …") ends the report before it. */
const NEW_MAIN_CLAUSE = /[,;]\s*(?:men|og|så|for)\s+(?!at\b|om\b)/giu;

/**
 * Reported after the fact: a trailing "…, sier du", "…, tenker du", or "…, hvis jeg har forstått
 * deg" makes what went before the person's own words ("Det er ditt ansvar, sier du, og …").
 */
const TRAILING_REPORT = u(
  new RegExp(
    String.raw`^[^.!?]*?,\s*(?:(?:${REPORTING_VERB_SOURCE}|sa)\s+(?:du|dere)\b|(?:hvis|om)\s+(?:jeg|eg)\s+(?:har\s+)?(?:forstått|skjønt|forstod)\s+deg\b)`,
    'iu',
  ),
);
export function reportedAfter(rest: string): boolean {
  return TRAILING_REPORT.test(rest);
}

/** The text before a clause reports what someone other than the speaker said, thinks or feels. */
export function reportedFrame(before: string): boolean {
  let from = 0;
  for (const m of before.matchAll(NEW_MAIN_CLAUSE)) from = m.index + m[0].length;
  return reported(before.slice(from));
}

function reported(before: string): boolean {
  const m = REPORTED_BY_OTHER.exec(before);
  if (!m) return false;
  // The speaker's opinion after the report speaks again ("Legen sa det, men jeg synes du bør …").
  const opinion = SPEAKER_OPINION.exec(before);
  return opinion === null || opinion.index < m.index;
}

/** Words that keep a modal from directing: epistemic ("må ha hatt", "må være") and permissive ("må gjerne"). */
const NOT_DIRECTED = String.raw`(?!(?:ha|hatt|være|vært|vere|vore|gjerne|få|kjenne|kjennes|føle|føles|ikke\s+ha|selv|sjølv|bestemme|velge|avgjøre|vite)\b)`;
const MODAL_ADVERB = String.raw`(?:(?:nok|virkelig|bare|berre|jo|faktisk|absolutt|heller|helst|snart|egentlig|kanskje|uansett|også|seriøst|definitivt|vel)\s+)`;
const QUESTION_WORD = String.raw`(?:hva|hvordan|hvorfor|hvem|hvilke\p{L}*|hvor|når|kva|korleis|kvifor|kven|kor|om|hvis|dersom|viss)`;

const DIRECTIVE: readonly RegExp[] = [
  // A fronted word or phrase, then the modal before "du" (Norwegian puts the verb second):
  // "Likevel må du slutte …", "Da bør du …", "Hvis du vil ha jobben, må du møte opp".
  new RegExp(
    String.raw`(?:^(?!${QUESTION_WORD}\b)(?:\p{L}+\s+){1,3}|,\s*)(?:må|bør|burde)\s+du\s+${MODAL_ADVERB}*${NOT_DIRECTED}\p{L}`,
    'iu',
  ),
  // An adverb between "du" and the modal: "at du nok bør vurdere", "du virkelig burde".
  new RegExp(
    String.raw`\bdu\s+${MODAL_ADVERB}{1,3}(?:bør|burde)\b|\bdu\s+(?:virkelig|absolutt|helst|snart)\s+må\b`,
    'iu',
  ),
  // The speaker recommends, in either word order: "jeg vil anbefale deg", "Da anbefaler jeg deg".
  /\b(?:jeg|eg)\s+(?:\p{L}+\s+)?(?:anbefaler|anbefale|tilrår|tilrå|foreslår|foreslå|råder|oppfordrer|oppfordre)\b(?!\s+(?:at\s+)?(?:vi|me)\b)|\b(?:anbefaler|foreslår|råder|oppfordrer|tilrår)\s+(?:jeg|eg)\s+(?:deg|at\s+du)\b/iu,
  // What would do the person good: "du ville hatt godt av å …", "det hadde vært sunt for deg å …".
  /\bdu\s+(?:\p{L}+\s+)?(?:ville|vil|hadde|kunne)\s+(?:\p{L}+\s+)?(?:ha\s+|hatt\s+)?(?:godt|nytte|glede|stor\s+nytte)\s+av\b|\bdu\s+(?:ville|vil|kunne)\s+(?:\p{L}+\s+)?(?:tjent|tjene)\s+på\b|\bdet\s+(?:ville|hadde|vil)\s+(?:vært|være|gjort)\s+(?:\p{L}+\s+)?(?:godt|bra|sunt)\s+for\s+deg\s+(?:å|med)\b/iu,
  // A proposal named as such: "En idé kan være at du ber …", "Et første steg kan være å …".
  /\b(?:en|ei|et|ett|ein|eit|mitt|min|mi)\s+(?:\p{L}+\s+)?(?:idé|ide|idè|tanke|mulighet|moglegheit|løsning|løysing|start|begynnelse|alternativ|strategi|steg|skritt|grep)\s+(?:\p{L}+\s+)?(?:kan|kunne|er|blir|vil|ville|bør)\s+(?:\p{L}+\s+)?(?:være|vært|vere)?\s*(?:å|at\s+du)\s+\p{L}/iu,
  // The best thing the person can do named: "Det aller viktigste du kan gjøre nå, er å …".
  /\bdet\s+(?:aller\s+)?(?:\p{L}+ste|beste|første|eneste)\s+(?:\p{L}+\s+)?du\s+(?:kan|bør|må|burde|kunne)\s+gjøre\b/iu,
  /\bdet\s+(?:aller\s+)?(?:beste|eneste|viktigste|lureste|smarteste|klokeste)\s+(?:rådet|tipset|forslaget|(?:som|du\s+kan\s+gjøre\s+som)\s+(?:hjelper|funker|fungerer|virker|nytter)|å\s+gjøre)\b/iu,
  /\b(?:neste|første)\s+(?:steg|steget|skritt|skrittet|trinn|trinnet)\s+(?:\p{L}+\s+)?(?:bør|må|burde|skal)\s+(?:være|bli)\b/iu,
  // Advice asked as a question: "Hva om du bare søkte …?", "Hvorfor ikke bare …?".
  /^(?:hva\s+om\s+du\s+(?:bare|berre|heller|rett\s+og\s+slett|prøvde|prøvd)\b|hvorfor\s+ikke\b)/iu,
  // The speaker's opinion of what the person should do, negated too: "Jeg synes ikke du skal gi deg nå".
  /\b(?:jeg|eg)\s+(?:synes|syns|synest|mener|meiner|tror|trur|tenker)\s+(?:ikke\s+|ikkje\s+)?(?:at\s+)?du\s+(?:ikke\s+|ikkje\s+)?(?:skal|bør|burde|må|skulle|trenger\s+å)\b/iu,
  // … and with the verb first after a fronted word ("Derfor synes jeg at du skal …", "Da mener jeg du
  // bør …"); a forecast of what the person will manage ("synes jeg du skal klare det") is not advice.
  /\b(?:synes|syns|synest|mener|meiner|tror|trur|tenker|tenkjer)\s+(?:jeg|eg)\s+(?:(?:nok|egentlig|faktisk|virkelig|absolutt|helt\s+ærlig)\s+)?(?:ikke\s+|ikkje\s+)?(?:at\s+)?du\s+(?:ikke\s+|ikkje\s+)?(?:skal|bør|burde|må|skulle|trenger\s+å)\b(?!\s+(?:nok\s+|jo\s+|også\s+|òg\s+)?(?:klare|greie|få\s+(?:det\s+)?til|fikse|komme\s+(?:deg\s+)?gjennom)\b)/iu,
  // "…, så det burde du også gjøre", "…, og da bør du …": a modal after a joined clause and a fronted word.
  /,\s*(?:så|og|men)\s+(?:(?:det|da|den|dette|derfor)\s+)?(?:bør|burde)\s+du\b/iu,
  // What is wise or foolish to do, said of no one ("Det ville vært dumt å si nei", "Nå gjelder det å …").
  /\b(?:det\s+(?:er|var|blir|ville\s+vært|hadde\s+vært|vil\s+være)|(?:er|blir)\s+det)\s+(?:ikke\s+)?(?:akkurat\s+|særlig\s+|så\s+|veldig\s+|litt\s+|nok\s+|jo\s+)?(?:smart|lurt|klokt|dumt|uklokt|tåpelig|fornuftig|lurest|smartest|klokest|best)\s+(?:å|at\s+du|om\s+du)\b|\b(?:det\s+er|er\s+det)\s+(?:\p{L}+\s+)?(?:viktig|nødvendig|avgjørende|på\s+tide)\s+at\s+du\b|\b(?:gjelder|handler)\s+det\s+(?:om\s+)?å\b/iu,
  /\bdu\s+får\s+(?:bare|berre|rett\s+og\s+slett)\s+(?!(?:en|ei|et|ein|eit|litt|noe|noko|penger|beskjed|svar|hjelp|lov)\b)\p{L}+\b|\bdet\s+(?:er|blir|vil\s+være)\s+(?:best|lurest|smartest)\s+for\s+(?:alle|oss|deg)\s+(?:om|at|hvis)\s+du\b/iu,
  // "Du er nødt til å …" with urgency is an order, not a circumstance.
  /\bdu\s+(?:er|blir)\s+nødt\s+til\s+å\b[^.!?]{0,40}\b(?:snart|nå|i\s+dag|med\s+en\s+gang|umiddelbart|straks)\b/iu,
  // A negative imperative: "ikke kom og klag", "Ikke gi opp nå".
  /^ikke\s+(?:kom|gjør|gi|glem|vær|bli|la|tenk|bry|heng|sitt|gå|ta|vent|kast|dropp|slutt|si|stress|grav|press)\b/iu,
].map(u);

/**
 * Where an order may be joined on after a comma: ", så (bare)", and ", og/men" with "bare", "heller"
 * or "nå" (without one, "…, og sov hele dagen" leaves out its subject: a past, not an order).
 */
const JOINED_ORDER =
  /,\s+(?:så\s+(?:(?:bare|berre|heller|nå|no|da)\s+)?|(?:og|men)\s+(?:bare|berre|heller|nå|no|da)\s+)/giu;
/** A verb followed by its subject is a statement ("…, så kom du hjem"), not an order. */
const VERB_THEN_SUBJECT = /^\p{L}+\s+(?:du|jeg|eg|vi|me|han|hun|ho|de|dei|dere|man|en)\b/iu;

/** Invitations to tell and the speaker's courtesies open with a verb too, and are MI's own. */
const NOT_IMPERATIVE = new Set(
  'fortell beskriv si del tenk se kjenn forklar utdyp takk gi ta lykke velkommen unnskyld beklager synd'.split(' '),
);
/** Subject pronouns: no imperative takes one after it. */
const CLAUSE_SUBJECT = new Set(['jeg', 'eg', 'du', 'vi', 'me', 'dere', 'dykk', 'han', 'hun', 'ho', 'de', 'dei', 'man']);
/** Imperatives no ending gives away ("Vær klar over …", "Gå inn på …", "Kom deg ut"). */
const SHORT_IMPERATIVE = new Set('vær ver gå bli kom gjør stå dra spør hold finn'.split(' '));
/** After these the opening word is no command: "Synd at …", "Godt å …", "Bruk gjerne tid på …" (an offer). */
const NOT_A_STEM = new Set('en ei et ett ein eit selv sjølv sånn slik kort alt all hver mye litt mange'.split(' '));
const NOT_AFTER_IMPERATIVE = new Set(['at', 'å', 'gjerne', 'som']);
const AUXILIARY = u(
  /^(?:er|var|blir|ble|har|hadde|kan|vil|skal|må|bør|gjør|høres|virker|ser|kjennes|føles|betyr|handler)\b/iu,
);
/**
 * A clause that opens with a verb in the imperative ("Kutt ut energidrikkene", "Meld deg på …"):
 * a known infinitive less its "-e" whose present and past are known too, not followed by "at",
 * "å" or a verb (then it was a noun or an adjective: "Jobb er viktig", "Synd at …").
 */
function opensWithImperative(clause: string): boolean {
  if (clause.endsWith('?')) return false;
  const m = /^(\p{L}{2,})[\s,]+(\p{L}+)/u.exec(clause);
  if (!m?.[1] || !m[2]) return false;
  const w = m[1].toLowerCase();
  const next = m[2].toLowerCase();
  if (next === 'at' && /^(?:husk|vit|merk)$/.test(w)) return true;
  // "Tenk deg …", "Se for deg …", "Kjenn etter …", "Tenk gjerne …" invite; "Tenk på fremtiden din" directs.
  if (/^(?:tenk|se|kjenn)$/.test(w)) return !/^(?:deg|for|tilbake|etter|om|over|gjerne)$/.test(next);
  if (NOT_IMPERATIVE.has(w) || NOT_AFTER_IMPERATIVE.has(next) || AUXILIARY.test(next)) return false;
  // A subject next: a subjunction or a verb-first condition or question ("Før jeg sier noe …", "Spør du meg …").
  if (CLAUSE_SUBJECT.has(next)) return false;
  // A finite verb next: the first word was the subject ("Lønn frister", "Jobb betyr mye").
  if ((next.length > 3 && /(?:er|te|de)$/.test(next)) || (next.length > 4 && next.endsWith('ar'))) return false;
  if (SHORT_IMPERATIVE.has(w)) return true;
  // A definite noun ("Planen", "Feilen") or a function word is no stem.
  if (NOT_A_STEM.has(w) || /(?:en|ene|et)$/.test(w) || !isListedWord(`${w}e`)) return false;
  if (['er', 'et', 'te', 'de', 'ar'].some((ending) => isListedWord(`${w}${ending}`))) return true;
  // A stem whose other forms the word list lacks, with the particle or object an order takes ("Kutt ned på …").
  return isListedWord(w) && /^(?:ned|ut|opp|inn|av|bort|vekk|deg|dem|den|det)$/.test(next);
}

const JUDGEMENT: readonly RegExp[] = [
  // A face-threat announced: "for å være ærlig", "la oss være ærlige", "med all respekt", "ikke ta det
  // ille opp", "jeg sier dette fordi jeg bryr meg", "jeg sier det med varme".
  /\b(?:(?:for\s+å|la\s+oss|la\s+meg|skal\s+(?:jeg|eg)|(?:jeg|eg)\s+(?:må|skal|vil))\s+(?:\p{L}+\s+)?(?:være|vere)\s+(?:helt\s+|brutalt\s+|litt\s+|heilt\s+)?(?:ærlige?|tydelig|direkte|klar\s+og\s+tydelig)|ærlig\s+talt|med\s+all\s+(?:mulig\s+)?respekt|ikke\s+ta\s+(?:det|dette|det\s+her)\s+(?:ille\s+opp|personlig|feil)|(?:jeg|eg)\s+sier\s+(?:dette|det)\s+(?:fordi|med|av\s+omsorg|bare\s+fordi|for\s+ditt)|rett\s+skal\s+være\s+rett)\b/iu,
  // The person put in focus as the one who did it, in the past ("det er vel du som har valgt å sitte
  // hjemme"); as the one who decides or knows, in the present, it is autonomy ("det er du som bestemmer").
  /(?:\bdet\s+(?:er|var)|\b(?:er|var)\s+det)\s+(?:(?:tross\s+alt|faktisk|egentlig|likevel)\s+)*(?:vel|jo|nok)\s+du\s+(?:selv\s+|sjølv\s+)?som\s+(?:(?:har|hadde)\s+(?:\p{L}+\s+)?(?!(?:kjent|følt|opplevd|merket|vært|stått|levd|båret|kjempet|klart|fått|rett|sett|hørt|jobbet|holdt)\b)\p{L}+(?:et|t|d|tt)\b|(?!(?:kjente|følte|opplevde|merket|kjempet|klarte|fikk|sto|stod|holdt|vet)\b)\p{L}+(?:et|te|de|dde)\b|(?:kom|gikk|tok|ga|gav|lot|sa|gjorde)\s)|(?:\bdet\s+(?:er|var)|\b(?:er|var)\s+det)\s+(?:\p{L}+\s+)?du\s+(?:selv\s+|sjølv\s+)?som\s+(?:(?:har|hadde)\s+)?(?:ikke|ikkje|aldri)\b/iu,
  // A pressing question about when the person will "actually" do it.
  /^når\s+(?:har\s+du\s+tenkt\s+å|skal\s+du|kommer\s+du\s+til\s+å|tenker\s+du\s+å)\s+(?:\p{L}+\s+)?(?:faktisk|endelig|egentlig|virkelig)\b/iu,
  // The speaker disputes what the person said: "Det tviler jeg på", "det er ikke sant", "men det har
  // du jo ikke", "det er bare noe du sier til deg selv".
  /\b(?:jeg|eg)\s+(?:\p{L}+\s+)?(?:tviler|tvilar)\b|\bdet\s+(?:tviler|tvilar)\s+(?:jeg|eg)\b|\b(?:jeg|eg)\s+er\s+(?:ikke|ikkje)\s+(?:helt\s+)?enig\b|\b(?:jeg|eg)\s+er\s+(?:helt\s+)?(?:uenig|ueinig)\b|\bdet\s+(?:er|var)\s+(?:jo\s+|nok\s+|bare\s+|rett\s+og\s+slett\s+)?(?:ikke|ikkje)\s+(?:sant|riktig|korrekt|tilfelle)\b|\bdet\s+stemmer\s+(?:jo\s+|nok\s+|bare\s+)?(?:ikke|ikkje)\b|\bdet\s+(?:har|gjør|gjorde|hadde|er|var|kan|vil)\s+du\s+(?:jo\s+|vel\s+|nok\s+|faktisk\s+)?(?:ikke|ikkje)\s*[.!]?$|\bbare\s+(?:noe|noko)\s+du\s+(?:sier|seier|bilder|innbiller|forteller|tror|trur)\b/iu,
  // Someone else's loss or annoyance caused by what the person does or fails to do ("ikke rart
  // venninnen ble lei, når du avlyser hver gang", "det går dårlig når du aldri gjør leksene").
  /\b(?:går|gikk|gå)\s+(?:\p{L}+\s+)?(?:dårlig|galt|gale|ille|skeis)\b[^.!?]{0,30}\b(?:når|fordi|siden|så\s+lenge)\s+du\s+(?:jo\s+)?(?:aldri|ikke|ikkje|alltid|stadig|bare)\b|\b(?!du\b)\p{L}+\s+(?:ble|blir|er|var)\s+(?:\p{L}+\s+)?(?:lei|sur|sint|skuffet|irritert|oppgitt|lei\s+seg)\b[^.!?]{0,30},?\s*(?:når|fordi|siden)\s+du\s+(?:jo\s+)?(?:\p{L}+\s+)?(?:aldri|ikke|ikkje|alltid|stadig|hver\s+gang)\b/iu,
  // The person's own omission named as the cause ("ikke rart du sliter, når du aldri står opp"); what
  // they cannot do ("når du ikke får sove") is their circumstance.
  /\bikke\s+(?:så\s+)?rart\b[^.!?]{0,60}\b(?:når|fordi|siden|så\s+lenge)\s+du\s+(?:jo\s+)?(?:aldri|ikke|ikkje)\s+(?!(?:får|fikk|klarer|klarte|kan|kunne|orker|orket|rekker|rakk|har|hadde|vet|veit|blir|ble)\b)\p{L}/iu,
  // A lack of a virtue said of the person, or an inference that they fail ("du mangler disiplin", "det
  // viser at du ikke tar ansvar"), a person left to blame themselves, an act named as self-sabotage.
  /\bdu\s+(?:\p{L}+\s+)?(?:mangler|har\s+(?:ikke|ingen|null|lite))\s+(?:\p{L}+\s+)?(?:disiplin|selvdisiplin|motivasjon|vilje|viljestyrke|ansvarsfølelse|pågangsmot|respekt|selvinnsikt|arbeidsmoral|ryggrad|tæl|stå-på-vilje)\b|\b(?:viser|beviser|sier\s+meg|forteller\s+meg)\s+at\s+du\s+(?:ikke|ikkje|aldri)\b|\bdeg\s+selv\s+å\s+skylde\b|\b(?:saboterer|sabotere|ødelegger|ødelegge|spolerer|spolere)\s+(?:\p{L}+\s+)?for\s+deg\s+selv\b/iu,
  // Pressing and emotional pressure: "Når skal du slutte å …?", "Jeg blir skuffet hvis du ikke møter".
  /^(?:når|hvorfor)\s+(?:skal|vil|kan)\s+du\s+(?:\p{L}+\s+)?(?:slutte\s+å|ta\s+deg\s+sammen|skjerpe\s+deg|bli\s+voksen)\b|\b(?:jeg|eg)\s+(?:blir|er|vil\s+bli|kommer\s+til\s+å\s+bli)\s+(?:\p{L}+\s+)?(?:skuffet|skuffa|sint|irritert|oppgitt)\s+(?:hvis|om|dersom|viss)\s+du\b/iu,
  // A failing inferred or presumed ("dette handler om at du ikke vil", "vi begge vet at …"), words set
  // against deeds ("snakker mye, men gjør lite", "handlingene dine sier noe annet"), the person's
  // words renamed ("Det du kaller stress, er bare …"), their reasons dismissed ("henger ikke på greip").
  /\b(?:handler\s+om|tyder\s+på)\s+at\s+du\s+(?:ikke|ikkje|aldri)\b|\bvi\s+(?:begge\s+)?(?:vet|veit)\s+(?:begge\s+)?(?:jo\s+)?(?:godt\s+)?at\b|\bmen\s+(?:du\s+)?(?:gjør|gjer|handler|leverer|følger\s+opp)\s+(?:lite|ingenting|ikke\s+noe|aldri|sjelden|ikke)\b|\b(?:sier|viser|forteller|seier)\s+(?:noe|noko)\s+(?:annet|anna)\b|\bdet\s+du\s+(?:kaller|kallar|sier\s+er|tror\s+er|beskriver\s+som)\s+[^,.!?]{1,40},?\s+er\s+(?:egentlig|bare|berre|i\s+virkeligheten|faktisk|i\s+grunnen)\b|\b(?:henger|heng)\s+ikke\s+på\s+greip\b|\bholder\s+ikke\s+vann\b|\bgir\s+(?:ingen|null)\s+mening\b/iu,
  // Conduct judged by its measure ("du overreagerer", "gjør det for lett for deg selv", "har en tendens til
  // å skylde på andre", "vil bare slippe unna"), the attitude named ("med den holdningen"), others held
  // up as grateful ("mange i din situasjon ville vært takknemlige").
  /\bdu\s+(?:\p{L}+\s+)?(?:overreagerer|overdriver|dramatiserer|bagatelliserer|overtenker)\b|\b(?:gjør|gjer|gjorde)\s+(?:det\s+)?(?:\p{L}+\s+)?(?:for\s+)?(?:lett|enkelt)\s+for\s+deg\s+selv\b|\b(?:tendens\s+til|lett\s+for)\s+å\s+(?:skylde|gi\s+opp|utsette|klage|syte|sutre|unngå|flykte|rømme|overdrive|bortforklare|snike|skulke|lyve|skylde\s+på)\b|\bslippe\s+unna\b|\b(?:med|den|denne)\s+(?:\p{L}+\s+)?holdningen\b|\b(?:mange|andre)\s+(?:\p{L}+\s+){0,4}(?:ville|hadde)\s+(?:vært|blitt)\s+(?:\p{L}+\s+)?(?:takknemlige|glade|fornøyde|lykkelige)\b/iu,
  // Someone else always to blame, said as a sneer ("det er alltid noen andre som har skylda").
  /\b(?:alltid|aldri)\s+(?:er\s+)?(?:noen|nokon)\s+andre\s+(?:som\s+)?(?:har\s+)?(?:skyld|skylda|skylden|feil)\b|\benda\s+(?:en|ei|et)\s+(?:unnskyldning|bortforklaring)\b/iu,
  // The person measured against others who manage ("Andre på din alder klarer det, så hvorfor skulle
  // ikke du?", "Broren din fikk det til, så det bør du også klare"); that others struggle too is not.
  /\bhvorfor\s+(?:skulle|skal|kan|kunne)\s+(?:ikke\s+du|du\s+ikke|ikkje\s+du|du\s+ikkje)\b(?:\s+(?:\p{L}+\s+)?(?:klare|greie|få\s+(?:det\s+)?til|fikse|kunne|gjøre\s+det|være\s+like))?\s*(?:det\s*)?\?|\bhvorfor\s+kan\s+(?:du\s+ikke|ikke\s+du)\s+(?:bare\s+)?(?:være|bli)\s+(?:mer\s+)?(?:som|lik)\b/iu,
  /\b(?:andre|alle\s+andre|de\s+fleste|mange\s+andre|vennene\s+dine|venene\s+dine|(?:\p{L}+\s+){0,2}på\s+din\s+alder|\p{L}+(?:en|a|ene)\s+(?:din|di|dine)|han|hun|ho)\s+[^.!?]{0,80}\b(?:så|da|og)\s+(?:(?:det|den|dette|da)\s+)?(?:burde|bør|må|kan|skal|skulle|klarer|greier)\s+(?:(?:vel|jo|nok)\s+)?du\s+(?:(?:vel|jo|nok|sikkert)\s+)?(?:også|og|òg)\b/iu,
  // The person's will doubted by a counterfactual ("Hvis du virkelig ville ha en jobb, hadde du søkt").
  /(?:^|[,;]\s*)(?:(?:men|og)\s+)?(?:hvis|om|dersom|viss)\s+du\s+(?:(?:virkelig|egentlig|faktisk|oppriktig|seriøst|ærlig\s+talt)\s+(?:ville|vil|ønsket|ønsker|hadde\s+lyst|har\s+lyst|brydde\s+deg|bryr\s+deg|mente|mener|var\s+motivert|er\s+motivert|gadd|gidder)|(?:ville|ønsket|brydde\s+deg|mente\s+det|gadd|orket|hadde\s+villet))\b[^.!?]{0,60},\s*(?:så\s+)?(?:hadde|ville|måtte|må|bør|burde|skulle|gjorde|gjør)\s+du\b/iu,
  // Moralising: a rule of conduct for anyone ("Man skal ikke snakke sånn om moren sin", "Sånn gjør man
  // ikke"), or the conduct named a vice ("Det er egoistisk å …"); "det er ikke rart å …" normalises.
  /(?:^|[.!?]\s*)(?:(?:men|og)\s+)?(?:man|en|ein|folk)\s+(?:skal|bør|burde|må)\s+(?:(?:ikke|ikkje|aldri|alltid)\s+)?[^.!?,]{0,50}?\b(?:sånn|slik|sånt|slikt|sånne|slike|sin|sitt|sine|lyve|jukse|stjele|skulke|banne|syte|sutre|klage|respektere|takke|skamme)\b|\b(?:sånn|slik)\s+(?:gjør|snakker|oppfører|behandler|sier|gjer|snakkar)\s+(?:man|en|ein|vi|me)\s+(?:seg\s+)?(?:ikke|ikkje)\b/iu,
  /\bdet\s+er\s+(?:(?:jo|faktisk|ganske|veldig|litt|bare|berre|nokså|temmelig)\s+)?(?:egoistisk|umoralsk|uansvarlig|respektløst|frekt|skammelig|uhøflig|feigt|selvsentrert|sjølvsentrert|egosentrisk|utakknemlig|utakknemleg|barnslig|umodent|usolidarisk|uærlig)\s+(?:av\s+deg\s+)?(?:å|at\s+du)\b/iu,
  // Someone's annoyance put down to the person's habit, said after the act ("… ble lei, når du kom for sent hele tiden").
  /\b(?!du\b)\p{L}+\s+(?:ble|blir|er|var)\s+(?:\p{L}+\s+)?(?:lei|sur|sint|skuffet|irritert|oppgitt|lei\s+seg)\b[^.!?]{0,30},?\s*(?:når|fordi|siden)\s+du\s+[^.!?]{0,40}\b(?:aldri|alltid|stadig|hele\s+tiden|heile\s+tida|hver\s+gang|kvar\s+gong|gang\s+på\s+gang|igjen\s+og\s+igjen)\b/iu,
];
const JUDGEMENT_U = JUDGEMENT.map(u);

/** A person made a type or a diagnosis ("typisk for folk med lav selvtillit", "klassisk ADHD"). */
const LABEL_NOUN = String.raw`(?:alkoholiker|rusmisbruker|misbruker|narkoman|spillavhengig|latsabb|taper|sofagris|sofagutt|snylter|naver|sutrekopp|offer)`;
const DIAGNOSIS = String.raw`(?:adhd|add|depresjon|angstlidelse|autisme|asperger|bipolar|ocd|personlighetsforstyrrelse|avhengighet|rusproblem\p{L}*|spilleavhengighet)`;
const LABEL: readonly RegExp[] = [
  /\b(?:typisk|vanlig|klassisk|karakteristisk)\s+for\s+(?:folk|personer|mennesker|ungdommer|unge|sånne|slike|de|dem|dei|typer)\s+(?:med|som)\b/iu,
  /\b(?:typisk|klassisk)\s+for\s+(?:deg|dere|din\s+\p{L}+|ungdom\p{L}*|unge\s+i\s+dag)\b/iu,
  new RegExp(String.raw`\b(?:klassisk|typisk|tydelig|åpenbart|ren)\s+${DIAGNOSIS}\b`, 'iu'),
  // A type of person the person is put among ("alkoholikere som deg", "tapere som deg").
  new RegExp(String.raw`\b${LABEL_NOUN}\p{L}*\s+som\s+(?:deg|dere)\b`, 'iu'),
  // A diagnosis stated, then vouched for ("Du er deprimert, det er helt tydelig", "du har ADHD, det ser jeg").
  new RegExp(
    String.raw`\bdu\s+(?:er|har)\s+(?:(?:nok|jo|litt|ganske)\s+)?(?:deprimert|depressiv|autistisk|psykotisk|manisk|bipolar|paranoid|avhengig|${DIAGNOSIS})\s*,\s*(?:det\s+(?:er|ser|hører|merker|skjønner)\s+(?:jeg\s+)?(?:helt\s+|jo\s+)?(?:tydelig|klart|åpenbart|sikkert|opplagt)?|det\s+(?:ser|hører|merker)\s+(?:jeg|man|en)|det\s+er\s+(?:helt\s+)?(?:tydelig|klart|åpenbart|sikkert|opplagt))`,
    'iu',
  ),
  /\bdu\s+(?:virker|er|fremstår|framstår|høres)\s+(?:ut\s+)?(?:ikke|ikkje)\s+(?:særlig|spesielt|veldig|så|noe|helt)\s+(?:motivert|interessert|engasjert|opptatt|seriøs|moden|voksen|ærlig|villig)\b/iu,
  /\bdu\s+er\s+(?:den|en|ein|ei)\s+(?:typen|sorten|sortens|type|sort)\s+(?:som|person|menneske)\b/iu,
  new RegExp(
    String.raw`\b(?:du|det)\s+(?:høres|hørest|virker|fremstår|framstår|ser)\s+ut\s+som\s+(?:(?:du\s+er\s+)?(?:en|ei|et|ein|eit|klassisk|typisk)\s+){0,2}(?:\p{L}+\s+)?(?:${LABEL_NOUN}|${DIAGNOSIS})\b|\bdu\s+(?:er|virker\s+som|oppfører\s+deg\s+som|fremstår\s+som|framstår\s+som)\s+(?:(?:nok|jo|bare|litt|rett\s+og\s+slett|en|ei|et|ein|eit)\s+){0,3}(?:\p{L}+\s+)?${LABEL_NOUN}\b`,
    'iu',
  ),
].map(u);

/** A loss the person is told they will face ("når du står uten jobb om et år"). */
const FUTURE = String.raw`(?:om\s+(?:et|ett|eitt|to|tre|noen|nokre|få|\d+)\s+(?:år|måneder|månader|uker|veker)|til\s+slutt|snart|etter\s+hvert|i\s+fremtiden|i\s+framtida|kommer\s+til\s+å|risikerer)`;
const WARNING: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:står|sitter|ender|havner|blir|er|stå|sitte|ende|havne)\s+(?:du\s+)?(?:\p{L}+\s+){0,2}?(?:uten|utan)\s+(?:jobb|arbeid|penger|pengar|inntekt|plass|venner|utdanning|noe|noko|bolig|tak\s+over\s+hodet)\b(?=[^.!?]*${FUTURE})|${FUTURE}[^.!?]*\b(?:står|sitter|ender|havner|blir|er)\s+(?:du\s+)?(?:\p{L}+\s+){0,2}?(?:uten|utan)\s+(?:jobb|arbeid|penger|inntekt|plass|venner|utdanning)\b`,
    'iu',
  ),
  // A refusal or omission as the condition, any consequence after it ("Hvis du takker nei, sier NAV …");
  // "Hvis du ikke vil, trenger du ikke svare" leaves the choice to the person.
  /\b(?:hvis|om|dersom|viss)\s+du\s+(?:ikke|ikkje|takker\s+nei|sier\s+nei|slutter|dropper|uteblir|nekter|lar\s+være|fortsetter)\b[^,.!?]{0,50},\s*(?:så\s+)?(?!(?:trenger|treng|er\s+det|går\s+det|gjør\s+det|kan\s+vi|lar\s+vi|venter\s+vi|tar\s+vi|snakker\s+vi|hva|hvordan|kva|korleis|er\s+du)\b)\p{L}+/iu,
  /\bkommer\s+du\s+(?:ingen\s+vei|ikke\s+langt|ingen\s+steder)\b/iu,
  // Things going wrong foretold, and a condition with an end or a report as its threat.
  /\b(?:kan|vil|kommer\s+til\s+å)\s+(?:fort\s+|lett\s+|snart\s+|nok\s+)?gå\s+(?:galt|ille|skeis|dårlig|gale)\b|\b(?:hvis|om|dersom|viss)\s+(?:dette|det|du)\s+[^,.!?]{0,40},\s*(?:så\s+)?(?:kan|vil|blir|må|kommer)\s+(?:det|vi|jeg|eg|\p{L}+(?:en|a|et))\s+[^.!?]{0,30}\b(?:slutt|avslutt\p{L}*|stans\p{L}*|melde\s+fra|rapporter\p{L}*|mist\p{L}*|kaste\s+deg|sparke\s+deg)/iu,
  /\b(?:(?:går|gå|kan|vil|risikerer\s+å)\s+du\s+(?:\p{L}+\s+)?(?:gå\s+)?glipp\s+av|du\s+(?:går|kommer\s+til\s+å\s+gå|risikerer\s+å\s+gå)\s+(?:\p{L}+\s+)?glipp\s+av)\b|\b(?:din|di|den)\s+siste\s+(?:sjanse|sjansen|mulighet|muligheten)\b/iu,
].map(u);

/** Facts about the world asserted: evidence, multiples, a group's habits in numbers. */
const QUANTITY = String.raw`(?:\d+|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|hundre|et\s+par)\s+(?:sekund\p{L}*|minutt\p{L}*|timer?|dager?|dagar|uker?|veker?|måned\p{L}*|månad\p{L}*|år|prosent|kroner|ganger)`;
const CLAIM: readonly RegExp[] = [
  /\b(?:forskning(?:en)?|studier|studiar|undersøkelser|undersøkingar|statistikk(?:en)?|tallene|forskere|forskarar|eksperter|ekspertar|erfaring(?:en)?|data)\s+(?!(?:din|di|ditt|dine)\b)(?:\p{L}+\s+)?(?:har\s+|hadde\s+)?(?:vist|viser|viste|funnet|finner|fant|dokumentert|dokumenterer|bekreftet|bekrefter|påvist|tyder|tydet|antyder)\b/iu,
  new RegExp(
    String.raw`\b(?:minst|maks\p{L}*|høyst|inntil|opptil|mer\s+enn|mindre\s+enn|over|under)\s+${QUANTITY}[^.!?]{0,40}\bfor\s+å\s+(?:få|beholde|ha\s+rett|ha\s+krav|kvalifisere)\b`,
    'iu',
  ),
  /\b(?:dobbelt|tredobbelt|(?:\d+|to|tre|fire|fem|ti)\s+ganger)\s+så\s+(?:stor|store|mange|høy|høyere|lav|liten|lite|ofte|lang|sannsynlig)\b/iu,
  // A group's outcome compared ("Ungdom som jobber deltid, klarer seg bedre senere").
  /^(?:ungdom\p{L}*|unge|folk|personer|elever|studenter|arbeidsledige|mennesker|de|dei)\s+som\s+[^.!?]{3,60}?\b(?:klarer\s+seg|får|gjør\s+det|tjener|lykkes|blir)\s+(?:\p{L}+\s+)?(?:bedre|oftere|mer|sjeldnere|dårligere|lettere|raskere|flere|høyere)\b/iu,
  // What a whole group does ("nesten alle arbeidsgivere sjekker …", "de fleste sjefer leser …").
  /\b(?:nesten\s+alle|de\s+(?:aller\s+)?fleste|flertallet\s+av|folk\s+flest|svært\s+mange)\s+(?!(?:dagene|dagane|gangene|gangane|av\s+oss|vennene|venene)\b)(?:\p{L}+\s+)?\p{L}+(?:ere|ene|ar|er|e)\s+(?:\p{L}+\s+)?(?:sjekker|leser|ansetter|ansett|ser\s+etter|krever|forventer|velger|foretrekker|sorterer|googler|vil\s+ha|får|fullfører|slutter|dropper|lykkes|angrer)\b/iu,
  new RegExp(
    String.raw`^(?:de\s+(?:aller\s+)?fleste|flertallet|folk\s+flest|nesten\s+alle|svært\s+mange|de\s+færreste)\s+(?!(?:dagene|dagane|gangene|gangane|av\s+oss)\b)[^,.!?]*\b${QUANTITY}\b|^(?![^,.!?]*\bdu\b)[^,.!?]*\b(?:vanligvis|normalt|som\s+regel|i\s+gjennomsnitt|i\s+snitt|oftest)\b[^,.!?]*\b${QUANTITY}\b`,
    'iu',
  ),
].map(u);

/**
 * A claim inside a question of whether ("du er usikker på om du har rett til å si nei", "du lurer
 * på om NAV dekker reisen") is not asserted; a number or a paragraph there still is.
 */
const WHETHER = u(
  /\b(?:usikker|uviss|lurer|lurte|lure|undrer|undret|spør|spurte|spørsmålet|tvil|vet\s+ikke|veit\s+ikkje|finne\s+ut|sjekke)\s+(?:\p{L}+\s+){0,2}?(?:om|hvorvidt)\s+[^,.!?\d§]*$/iu,
);
/**
 * An indirect question names the claim without making it: "jeg kan fortelle litt om hva
 * lønnstilskudd er", "lurer du på hvor lenge AAP varer?".
 */
const ASKED_WHAT = u(
  /\b(?:hva|hvordan|hvor\s+(?:lenge|mye|ofte)|hvilken|hvilket|hvilke|kva|korleis|kor\s+lenge)\s+$/iu,
);
/** … when it is an offer to tell or a question ("du lurer på hvor lenge AAP varer, og det er tre år" claims). */
const TELL_ABOUT = u(
  /\b(?:fortelle|fortelje|forteller|forklare|forklarer|si|høre|vite|lese|snakke|se\s+på)\s+(?:\p{L}+\s+){0,2}?(?:om\s+)?(?:hva|hvordan|hvor|hvilk\p{L}*|kva|korleis|kor)\b/iu,
);
/** The person (or someone of theirs) heard, read or said it: "du har hørt at NAV kan stanse pengene". */
const PERSON_REPORTS = u(
  new RegExp(
    String.raw`\b(?:du|dere|\p{L}+(?:en|a|ne|er)\s+(?:din|dine|ditt|di))\s+(?:\p{L}+\s+){0,2}?(?:${REPORTING_VERB_SOURCE}|hørt|lest|leste|fått\s+høre)\s+(?:(?:for|på|over)\s+)?(?:at|om)\b`,
    'iu',
  ),
);
export function assertsIn(text: string, re: RegExp): boolean {
  return sentences(text).some((sentence) => {
    const m = re.exec(sentence);
    if (m === null) return false;
    const before = sentence.slice(0, m.index);
    const theirs =
      WHETHER.test(before) ||
      (ASKED_WHAT.test(before) && (TELL_ABOUT.test(before) || /\?\s*$/.test(sentence))) ||
      PERSON_REPORTS.test(before) ||
      reportedAfter(sentence.slice(m.index));
    return /[\d§]/.test(m[0]) || !theirs;
  });
}

/** The acts MI does not do that the clauses of `text` do, outside reflected reports. */
export function sentenceActs(text: string): Set<SentenceAct> {
  const acts = new Set<SentenceAct>();
  for (const sentence of sentences(text)) {
    for (const { clause, before } of clausesOf(sentence)) {
      const said = (patterns: readonly RegExp[]): boolean =>
        patterns.some((re) => {
          const m = re.exec(clause);
          return (
            m !== null &&
            !reportedFrame(before + ' ' + clause.slice(0, m.index)) &&
            !reportedAfter(clause.slice(m.index))
          );
        });
      if (said(DIRECTIVE) || (opensWithImperative(clause) && !reportedFrame(before))) acts.add('advice');
      // An order joined on after a comma ("…, så bare kom deg videre"; "…, og hold fast ved det").
      for (const m of clause.matchAll(JOINED_ORDER)) {
        const at = m.index + m[0].length;
        const rest = clause.slice(at);
        if (
          !VERB_THEN_SUBJECT.test(rest) &&
          opensWithImperative(rest) &&
          !reportedFrame(before + ' ' + clause.slice(0, at)) &&
          !reportedAfter(rest)
        )
          acts.add('advice');
      }
      if (said(JUDGEMENT_U)) acts.add('confrontation');
      if (said(LABEL)) acts.add('labelling');
      if (said(WARNING)) acts.add('warning');
      if (said(CLAIM)) acts.add('claim');
    }
  }
  return acts;
}
