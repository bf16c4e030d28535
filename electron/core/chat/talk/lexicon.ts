/**
 * Cue lexicon for talk classification, written against folded text (see safety/normalize.ts:
 * lower case, å→a, ø→o, æ→e). Note that folding merges "bør" and "bor", "får" and "far",
 * "før" and "for"; patterns that use those words say what must follow.
 *
 * The target behaviour in this app is activity: work, school, training, programme steps, the
 * daily routine that makes them possible, and getting help for health that stands in the way.
 *
 * This file holds what the cue files share (target words, negation, the cue shape); the cues
 * themselves live by class in changeCues.ts, sustainCues.ts, neutralCues.ts and questionCues.ts.
 */
import type { TalkSubtype } from './types.js';

export const r = (source: string): RegExp => new RegExp(source);

export const SUBJ = String.raw`(?:jeg|eg|je|e|i)`;
/** Negation words, with dialect contractions of "har/er/var ikke" ("hakke", "ekke", "vakke"). */
export const NEG_WORD =
  /^(?:ikke|ikkje|ikk|itj|ike|ikkj|aldri|not|never|no|ingen|inga|ingenting|hakke|hakkje|ekke|vakke)$/;
export const NEG_CONTRACTION =
  /\b(?:can't|cant|cannot|won't|wont|don't|dont|didn't|didnt|isn't|isnt|aren't|arent|wasn't|wasnt)\b/;

/** Words that tie an utterance to the target behaviour. */
export const TARGET = r(
  String.raw`\b(?:\w*jobb\w*|\w*arbeid\w*|\w*kurs\w*|\w*skole\w*|\w*praksis\w*|\w*plass(?:en)?|\w*soknad\w*|\w*utdanning\w*|legge meg tidlig\w*|(?:sove|sover|sovet|sovn|sovnen|sovne|sovner)\b(?!\s+(?:hele|heile|lenge|ut|bort|over|hjemme|heime|pa sofa?en|og slappe|i\s+(?:en|ei|hundre|to|tre)))|sovnmonster\w*|sovnrytme\w*|jobb\w*|arbeid\w*|sok(?:e|er|te|t|nad\w*|ar|a)?\b|cv\w*|intervju\w*|skole\w*|skule\w*|videregaende|utdanning\w*|studie\w*|studere|kurs\w*|praksis\w*|aft|ips|vta|tiltak\w*|lerling\w*|lereplass|fagbrev\w*|fagskole\w*|bedrift\w*|arbeidsgiv\w*|nav|veileder\w*|rettleiar\w*|motet|moter|mote|mott|motte|trening\w*|trene|dogn\w*|sta opp|statt opp|star opp|stod opp|fastlege\w*|lege\w*|psykolog\w*|helsesoster|profil\w*|finn|jobbmess\w*|lonn\w*|penger|okonomi\w*|forerkort\w*|lappen|sommerjobb\w*|deltid\w*|heltid\w*|\w*vakt\w*|butikk\w*|lager\w*|barnehage\w*|eksamen\w*|besta|bestar|bestatt|lekse\w*|rutine\w*|komme meg ut|ut av huset|ut blant folk|i gang|aktivitet\w*|plan\w*|sengen|senga|hjemmefra|arbeidstrening|lonnstilskudd|egne bein|egne ben|eigne bein|egen lonn|eigen lonn|egen inntekt|eiga inntekt|(?:klare|klara|greie|forsorge) meg (?:selv|sjolv|sjol)|elektriker|elektrikar|sykepleier|sjukepleiar|\w*pleiar|frisor|snekker|snekkar|tomrer|tomrar|kokk|rorlegger|royrleggjar|mekaniker|mekanikar|helsefagarbeider|helsefagarbeidar|barnehagelerer|barnehagelerar|lerer|lerar|faget|stilling\w*|kontrakt\w*|arbeidsavtale\w*|provetid\w*|komme meg opp|kome meg opp|kommer meg opp|sjafor|ingenior|\w+(?:arbeider|arbeidar|medarbeider|assistent|hjelp|sveiser|operator|montor|selger|seljar|betjent|tekniker|maler|murer|baker|servitor|ansatt)|\w*linja|\w*linje|\w*eksamen\w*|sjef\w*|teorien|teoridelen|pensum|job\w*|work\w*|appl\w*|school|course|interview|resume|warehouse|office|apprentice\w*|internship|college|university)\b`,
);

/** Generic objects and verbs of change that count without a target word ("jeg vil prøve", "jeg gjør det"). */
export const GENERIC_CHANGE = r(
  String.raw`\b(?:prove|prova|provd|endre|endra|forandre|ta tak|ta meg sammen|skjerpe meg|ta grep|komme meg videre|komme meg gjennom|gjore noe med|komme meg|begynne|byrje|gjore noe|gjere noko|finne (?:meg\s+)?(?:noe|noko)(?!\s+a\b)|(?:noe|noko)\s+a\s+(?:gjore|gjere|sta opp til|fylle dagene med)|klare det|klara det|fa det til|fa til|det|dette|det her|det der|noe nytt|noko nytt|it|this|try|fullfore|fullfora|gjennomfore|(?:ringe|ringer|ringte|ringt|ringje|sende|sender|sendte|sendt|maile|mailer|kontakte|kontakter|snakke med|snakker med)\s+(?:til\s+)?(?:dem|dei|them))\b`,
);

/** Habits that stand in the way of the target (objects of "kutte ut", "slutte med"). */
export const HABIT = String.raw`(?:snus\w*|snuse|royk\w*|royke|sigarett\w*|vape\w*|alkohol|drikking|drikke|energidrikk\w*|sukker|brus|gaming|game|gamingen|spilling|mobil\w*|skjerm\w*|snap\w*|instagram|insta|tiktok|sosiale medier|facebook|youtube|netflix|gambling|kaffe|koffein|godteri|utsette|utsetting|somle|skulke|smoking|vaping|social media|procrastinat\w*)`;

/** Infinitives of a step towards work or school ("har ikke tenkt å ringe"). */
export const STEP_INF = String.raw`(?:soke|soka|ringe|ringje|sende|melde|mote|levere|begynne|byrje|starte|fullfore|kontakte|jobbe|ga pa|ga tilbake)`;

/** Infinitive verbs of action (used after "bør", which folds to "bor"). */
export const ACTION_INF = String.raw`(?:soke|soka|ringe|ringje|sende|begynne|byrje|starte|prove|komme|fa|ta|gjore|gjere|lage|skrive|trene|sta|ga|melde|snakke|jobbe|finne|skaffe|legge|mote|levere|fullfore|lese|ordne|kontakte)`;

export interface ChangeCue {
  subtype: TalkSubtype;
  pattern: RegExp;
  /** True when the cue counts without a target word or generic object. */
  targetFree?: boolean;
  /**
   * A mood or complaint (tired, fed up, angry, "orker ikke", nagging): sustain talk when it is
   * about the situation, neutral when the clause is about the private sphere and not the target
   * (PRIVATE_SPHERE: "jeg hater stefaren min", "lei av å være syk"). Also set on quitting and
   * forgetting, which about a hobby or family ("sluttet på dansen", "glemte å ringe mamma") is no
   * argument about work or school.
   */
  mood?: boolean;
  /** Counts only with a target word (a generic object like "det" is not enough). */
  targetOnly?: boolean;
  /** Only about the speaker: "han er ikke god nok" is about someone else. */
  speakerOnly?: boolean;
  /** Negated, the cue reports a past event and is no sustain talk. */
  negatedIsReport?: boolean;
}
