import { r, type RiskRule } from './rule.js';
import { GAMES, SUBJ } from './tokens.js';

/**
 * Violence and abuse told plainly, as a tester writes them from the list (round 16):
 * being attacked, said in the active voice ("they jumped me"); the fear that one parent will kill
 * the other; a threat with "or else" ("ellers skal de ta meg") and a threat that keeps one silent
 * ("hvis jeg sier noe, skjer det noe med mamma"); sexual images sent to one; an adult in a role
 * who writes at night about one's looks; someone close who, among other things, hits one; and a
 * face or a head to be smashed. Each names a kind by its parts; games, laughter and everyday
 * twins are in `unless`.
 */

/** Someone close, as the subject of what is done to the speaker. */
const CLOSE = String.raw`(?:mamma|mama|pappa|papa|mor|far|faren|moren|mora|stefar\w*|stemor\w*|kjeresten|typen|dama|sambor\w*|sambo|eksen|broren|storebror\w*|onkel\w*|bestefar\w*|treneren|lereren)`;
/** A game, a match or laughter: the words are play. */
const PLAY = String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|xd|kamp\w*|match\w*|trening\w*|boksing\w*|kampsport\w*|bryting\w*|game\w*)\b|\bi\s+${GAMES}\b|\bin\s+(?:the\s+)?${GAMES}\b`;

export const THREAT_RULES: readonly RiskRule[] = [
  {
    // "they jumped me after school", "noen ranet meg på vei hjem": an attack on the speaker, active voice.
    id: 'violence.attacked_me',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:they|he|she|someone|somebody|some\s+(?:guys|kids|people)|a\s+(?:guy|group|gang))\s+(?:\w+\s+)?(?:jumped|attacked|assaulted|stabbed|mugged|robbed|beat\s+up|beat)\s+me\b|\b(?:noen|nokon|de|dei|en\s+gjeng|ei\s+gjeng|en\s+fyr|to\s+gutter|gutta)\s+(?:\w+\s+)?(?:ranet|rana|angrep|overfalt|overfall|knivstakk|banket\s+opp|banka\s+opp|slo\s+ned|dengte)\s+meg\b`,
    ),
    unless: r(PLAY),
  },
  {
    // "I'm scared my dad will kill my mom", "redd for at han skal drepe oss".
    id: 'violence.fear_killed',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:scared|afraid|terrified|worried|redd|livredd|engstelig)\s+(?:for\s+)?(?:that\s+|at\s+)?(?:my\s+)?(?:dad|father|mom|mum|mother|stepdad|boyfriend|bf|brother|he|she|they|${CLOSE}|han|hun|ho|de|dei)\s+(?:\w+\s+)?(?:will|is going to|gonna|might|skal|kommer til a|kjem til a|kan)\s+(?:kill|hurt|beat|stab|drepe|skade|banke|knivstikke|sla\s+ihjel)\s+(?:me|us|her|him|my\s+\w+|meg|oss|henne|ham|han|mamma|pappa|\w+\s+mi|\w+\s+min)\b`,
    ),
    unless: r(PLAY),
  },
  {
    // "betal, ellers skal de ta meg", "or else they'll hurt me": a threat with a condition.
    id: 'violence.or_else',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ellers|hvis ikke|viss ikkje|om ikke|or else|otherwise)\b[^.!?]{0,40}\b(?:skal|vil|kommer til a|kjem til a|will|'ll|gonna)\s+(?:\w+\s+){0,2}(?:ta|ta knekken pa|skade|drepe|banke|knivstikke|get|hurt|kill|beat|stab)\s+(?:meg|me)\b`,
    ),
    // A parent's scolding ("ellers tar mamma meg") said laughing, or a game.
    unless: r(PLAY),
  },
  {
    // "hvis jeg sier noe, skjer det noe med mamma", "if I tell, something will happen to my sister".
    id: 'abuse.silenced_by_threat',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:hvis|om|viss|dersom|if)\s+(?:${SUBJ}|i)\s+(?:\w+\s+)?(?:sier|seier|forteller|fortel|sladrer|sladrar|tell|say|tells)\b[^.!?]{0,30}\b(?:(?:skjer|hender|happens|will\s+happen)\s+(?:det\s+)?(?:noe|noko|something)?\s*(?:\w+\s+)?(?:med|mot|to)\s+(?:\w+\s+)?(?:mamma|pappa|mor|far|meg|me|oss|us|\w+\s+(?:min|mi|mitt)|my\s+\w+)|(?:skal|vil|will|gonna)\s+(?:\w+\s+)?(?:skade|drepe|sla|hurt|kill|beat)\s+(?:\w+\s+)?(?:mamma|pappa|meg|me|oss|us|my\s+\w+|\w+\s+(?:min|mi)))\b`,
    ),
    // A surprise, a present, a party; a grade or a job ("hvis jeg sier noe, skjer det noe med karakteren").
    unless: r(
      String.raw`\b(?:overrask\w*|bursdag\w*|gave\w*|surprise|present|fest\w*|party|karakter\w*|jobb\w*|grade\w*|haha\w*|lol)\b`,
    ),
  },
  {
    // "han sendte meg dickpics", "sends me nudes and wants some back".
    id: 'abuse.sexual_images_sent',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:sendt|sendte|sender|sende|sent|sends|send)\s+(?:meg|me)\s+(?:\w+\s+){0,2}(?:dickpic\w*|dick\s+pics?|pikkbild\w*|nakenbild\w*|nudes|nakne\s+bilder)\b`,
    ),
  },
  {
    // "en lærer skriver til meg om natta om hvor pen jeg er": an adult in a role, at night, on one's looks.
    id: 'abuse.adult_night_messages',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:lerer\w*|lerar\w*|trener\w*|sjef\w*|veileder\w*|rettleiar\w*|onkel\w*|stefar\w*|voksen|vaksen|eldre\s+(?:mann|fyr|kar)|teacher|coach|boss|uncle|stepdad|older\s+(?:man|guy))\b[^.!?]{0,40}\b(?:skriver|skriv|sender|sendte|snapper|messages|texts|dms|writes)\b[^.!?]{0,40}\b(?:meg|me)\b[^.!?]{0,60}\b(?:pen|pent|sot|sexy|kropp\w*|deilig|hot|pretty|body|om natta|om natten|midt pa natta|at night|in the night)\b`,
    ),
    unless: r(String.raw`\b(?:timen|lekse\w*|vakt\w*|skift\w*|mote\w*|avlyst\w*|homework|shift|meeting|cancel\w*)\b`),
  },
  {
    // "mamma kaller meg ubrukelig og slår meg": hitting as one of the things someone close does.
    id: 'abuse.close_and_hits_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b${CLOSE}\b[^.!?]{0,50}\b(?:og|and)\s+(?:\w+\s+)?(?:slar|slo|banker|banket|sparker|sparket|kveler|kvelte|lugger|dytter|kloper|klyper)\s+(?:meg|oss)\b`,
    ),
    unless: r(String.raw`${PLAY}|\b(?:sla|slar|slo)\s+meg\s+(?:pa|i)\s+(?:skulder\w*|rygg\w*)\s+(?:og|for)\b`),
  },
  {
    // "så knuser jeg trynet hans", "smadrer fjeset på han".
    id: 'violence.smash_face',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:knuse|knuser|knust|smadre|smadrer|sla\s+inn|slar\s+inn|dra\s+til|drar\s+til|banke|banker)\s+(?:${SUBJ}\s+)?(?:inn\s+)?(?:trynet|fjeset|ansiktet|kjeften|skallen|tenna|tennene|nesa)\s+(?:hans|hennes|dems|deres|pa\s+(?:han|ham|henne|dem|dei))\b`,
    ),
    unless: r(PLAY),
  },
];
