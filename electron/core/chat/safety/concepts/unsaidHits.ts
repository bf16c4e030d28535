import { ctxOf, push, type Hit, type Sentence } from './sentence.js';

/** Someone close (family, partner, ex) as canonicalWords() writes them. */
const CLOSE_ONE = String.raw`(?:mamma|pappa|mor|far|faren|moren|mora|stefar\w*|stemor\w*|foreldr\w*|broren|bror|sosteren|kjeresten|typen|dama|eksen|mannen|kona|sambo\w*|onkel\w*|dad|mom|mum|father|mother|stepdad|stepmom|boyfriend|girlfriend|my ex|han|hun)`;
/** Marks on the body. */
const MARKS = String.raw`(?:blamerke\w*|merke|merker|merkene|arr|arrene|sar|sarene|kutt|kuttene|bruises?|marks|scars|cuts|blatt oye|blatt|blatte)`;
/** Everyday causes of marks and everyday hiding. */
const EVERYDAY_MARKS =
  /\b(?:operasjon\w*|fotball\w*|handball\w*|trening\w*|kamp\w*|sykkel\w*|fall\w*|datt|skled|ulykke\w*|tatovering\w*|kviser?|kvise\w*|akne|solbrent|myggstikk\w*|katten\s+(?:min|var)\s+(?:leken|lei)|sminke\s+(?:til|pa)\s+fest\w*|kalde?|freezing|cold)\b/;
const GAMES =
  /\b(?:kamp\w*|finale\w*|turnering\w*|sesong\w*|serien|spill\w*|game\w*|match\w*|playoffs?|sjakk|fifa|mario|ludo|veddemal\w*|kort)\b/;

const HIDDEN_MARKS = new RegExp(
  String.raw`\b(?:skjul\w*|gjemm\w*|dekk\w*|goym\w*|hide|hiding|cover\w*)\s+(?:\w+\s+){0,3}${MARKS}\b|\b${MARKS}\s+(?:\w+\s+){0,4}(?:skjul\w*|gjemt|dekket|hidden|covered|lyver|lyg|lie|lying)\b|\b(?:lyver|lyg|lie|lying)\s+(?:om|about)\s+(?:hvorfor|why|${MARKS}|armene|handleddet|wrists?|arms)\b|\bsier\s+(?:til\s+\w+\s+)?(?:at\s+)?det\s+var\s+(?:katten|hunden|uhell)\b|\b(?:ingen|nobody|no one)\s+(?:\w+\s+){0,2}(?:ser|se|sees|see)\s+(?:armene|arma|handleddene|lara|arms|wrists|thighs)\b`,
);
const MARKS_AFTER_CLOSE = new RegExp(
  String.raw`\b${MARKS}\s+(?:\w+\s+){0,4}(?:etter|fra|from|after)\s+(?:at\s+)?${CLOSE_ONE}\b`,
);
const CLOSE_ONE_HURTS = new RegExp(
  String.raw`\b${CLOSE_ONE}\s+(?:min\s+|mi\s+)?(?:dro|drog|lugget|lugga|klop|klyp\w*|kvelte|kvalte|choked|pinched|pulled)\s+(?:meg|me)\b`,
);
const COVER_STORY = new RegExp(
  String.raw`\b(?:falt|fell|walked into)\b.*\b(?:men|but)\s+(?:det\s+var|it\s+was)\s+${CLOSE_ONE}\b`,
);

/**
 * A word stem that every check below needs at least one of: most sentences have none, so one scan
 * replaces a dozen (the checks themselves decide).
 */
const GATE =
  /\b(?:skjul|gjem|dekk|goym|hid|cover|lyver|lyg|lie|lying|sier|arm|handledd|lara|wrist|thigh|blamerk|merke|arr|sar|kutt|bruis|mark|scar|cut|blatt|dro|lugg|klop|klyp|kvelt|kvalt|chok|pinch|pull|falt|fell|walked|folg|follow|watch|track|vent|star|wait|sporing|show|ser|sees|vet|know|svi|betal|angre|unngjeld|regret|pay|ambulanse|blod|liste|spis|mat|food|eat|kjoleskap|fridge|skapene|levd|lever|levde|hatt|only|lived|living|sov|overnatt|sleep|slept|couch|sult|hungr|starv|igjen)/;

/**
 * Risk said without its word: marks hidden or explained away (self-harm); marks or pain left by
 * someone close (abuse); being followed, watched or waited for (stalking); revenge promised with
 * no game in sight (violence); food run out at home (welfare). Each is a meaning made of two
 * parts, each part filled by many words; everyday causes (sport, surgery, a game) are left alone.
 * These are uncertain by nature: the assistant asks, the counselor is told.
 */
export function addUnsaidHits(s: Sentence, hits: Hit[]): void {
  const t = s.text;
  if (!GATE.test(t)) return;
  // Self-harm: marks hidden from others, or explained with a cover story.
  if (HIDDEN_MARKS.test(t) && !EVERYDAY_MARKS.test(t))
    push(hits, s, 'concept.hidden_marks', 'self_harm', 'check_in', 'SELF');
  // Abuse: marks or pain after someone close, or someone close pulling, pinching, choking.
  if (
    (MARKS_AFTER_CLOSE.test(t) || CLOSE_ONE_HURTS.test(t) || COVER_STORY.test(t)) &&
    !EVERYDAY_MARKS.test(t) &&
    !GAMES.test(t)
  )
    push(hits, s, 'concept.bruises', 'abuse', 'concern', 'OTHER');
  // Stalking: someone follows, watches, tracks or waits for the speaker.
  if (
    /\b(?:folger etter meg|folgte etter meg|following me|follows me|watching me|tracking me|venter (?:pa meg )?(?:ved|utenfor)|star utenfor (?:vinduet|dora|doren|huset|skolen)|waits? outside|sporing pa|tracker pa|showing up where)\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:hunden|katten|lillebror|lillesoster|bussen|toget|taxi\w*|venn\w*\s+min)\b/.test(t)
  )
    push(hits, s, 'concept.stalked', 'abuse', 'concern', 'OTHER');
  if (
    /\b(?:at|that|og sier|and says)\s+(?:han|hun|de|noen|he|she|they|someone)\s+(?:ser|sees|watches|is watching|are watching|folger med pa)\s+(?:meg|me)\b|\bvet hva jeg har pa meg\b|\bknows what i'm wearing\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:story|snap\w*|insta\w*|video\w*|film\w*|kamera\w*|bilde\w*|tv|scenen|stage|konsert\w*|pa jobb|at work)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.stalked', 'abuse', 'concern', 'OTHER');
  // Violence: revenge promised, not in a game.
  if (
    /\b(?:skal|kommer til a|will|gonna|going to|they'll|he'll|she'll|you'll)\s+(?:fa\s+)?(?:svi|betale|angre|unngjelde|regret|pay)\b|\bmake\s+(?:them|him|her|everyone|you)\s+(?:all\s+)?pay\b|\bblir det (?:ambulanse|blod\w*)\b|\bdet blir blodig\b|\bliste over (?:dem|de|folk)\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:regning\w*|pizza\w*|husleie\w*|skatt\w*|bill|rent|lan\w*|kortet)\b/.test(t)
  )
    push(hits, s, 'concept.violence_intent', 'violence', 'concern', 'SELF');
  // Acute need: living on one cheap food for days; sleeping where nobody lives.
  if (
    /\b(?:levd|lever|levde|bare hatt|bare spist|kun spist|only had|lived on|living on)\s+(?:pa\s+)?(?:\w+\s+){0,2}(?:i|for|hele)\s+(?:\w+\s+)?(?:uke|uka|veke|veka|uker|dager|week|weeks|days)\b/.test(
      t,
    ) &&
    !/\b(?:slank\w*|diett\w*|faste\w*|diet|fasting|trening\w*|ferie\w*|tur\w*|hytt\w*|syk\w*|omgangssyke|magesjau|sick)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  if (
    /\b(?:sover|sov|overnatter|overnatta|overnattet|sleeping|slept|sleep)\s+(?:\w+\s+){0,2}(?:i\s+(?:bilen|en bil|trappeoppgang\w*|oppgangen|kjelleren|parken)|pa\s+(?:\w+\s+){0,2}(?:stasjon\w*|butikk\w*|gata|benk\w*|kjopesenter\w*|flyplass\w*|sofaen hos)|at the (?:train |bus )?station|in (?:my|a|the) car|on the street|in the park)\b/.test(
      t,
    ) &&
    !/\b(?:tur\w*|ferie\w*|roadtrip\w*|festival\w*|camping\w*|telt\w*|hytt\w*|fly\w*\s+(?:gikk|ble)|forsinket|delayed|russ\w*|sovnet|sovna|fell asleep)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  // Acute need: staying with different people every night; hungry with no money or shopping.
  if (
    /\bsover\s+(?:\w+\s+){0,2}hos\s+(?:forskjellige|ulike|nye|andre|tilfeldige)\s+(?:folk|venner|people)\b|\bcouch\s*surf\w*/.test(
      t,
    ) ||
    (/\b(?:sult\w*|hungry|starving)\b|\bbare\s+\w+\s+igjen\b/.test(t) &&
      /\b(?:ingen|ikke)\s+(?:penger|handlet|mat)\b|\bno\s+(?:money|food)\b/.test(t) &&
      !/\b(?:matpakk\w*|glemt|forgot|med meg|lunsj\w*|lunch)\b/.test(t))
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  // Acute need: nothing to eat at home, or no meal for days.
  if (
    (/\b(?:ingenting|ikke noe|ikkje noko|nothing)\s+(?:a\s+)?(?:spise|mat|food|to eat)\b|\b(?:kjoleskapet|fridge|skapene)\s+(?:er\s+|is\s+)?(?:tomt|tom|empty)\b/.test(
      t,
    ) ||
      /\b(?:ikke|haven't|not)\s+(?:\w+\s+)?(?:spist|eaten)\s+(?:\w+\s+){0,2}(?:siden|since|pa\s+(?:\w+\s+)?dager|for\s+(?:\w+\s+)?days)\b/.test(
        t,
      )) &&
    !/\b(?:slank\w*|diett\w*|faste\w*|ramadan|diet|fasting|handle\w*|shopping)\b|\b(?:pa|til|to)\s+(?:butikken|the store|kiwi|rema|coop|meny|extra)\b|\bsiden\s+(?:frokost\w*|lunsj\w*|middag\w*|i morges|i dag|breakfast|lunch|this morning)\b/.test(
      t,
    ) &&
    !ctxOf(s, 'MEANS')
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
}
