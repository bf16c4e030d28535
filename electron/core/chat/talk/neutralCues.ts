/** Cues that take the direction out of a clause (folded text, see lexicon.ts): private sphere,
 * deliberation, embedded clauses, played-down moods, other subjects. */
import { r } from './lexicon.js';

/**
 * The private sphere: family, friends, partners, neighbours, one's body and health, games and
 * shows. A mood about these, in a clause that names no target behaviour, is how the person feels
 * about their life, not an argument for the status quo of work or school: neutral.
 */
export const PRIVATE_SPHERE = r(
  String.raw`\b(?:mamma|mamma\w*|mor|mora|moren|mutter\w*|pappa|pappa\w*|faren|fatter\w*|foreldr\w*|stefar\w*|stemor\w*|steforeld\w*|bror|broren|brodre\w*|lillebror\w*|storebror\w*|soster|sostera|systera|sosteren|sostr\w*|lillesost\w*|storesost\w*|sosken\w*|besteforeld\w*|bestemor\w*|bestefar\w*|farmor|farfar|mormor|morfar|tante\w*|onkel\w*|slekt\w*|familie\w*|familien|venn|venner|vennen|vennene|venninne\w*|venninna|bestevenn\w*|kompis\w*|kamerat\w*|kjereste\w*|typen|dama|eksen|naboe?\w*|klassekamerat\w*|kroppen|kropp|speilet|syk|sjuk|forkjol\w*|influensa|hodepine\w*|paracet\w*|ibux|medisin\w*|tablett\w*|piller|pillene|mensen|spill\w*|gamet|gaming|serien|serie|netflix|valorant|fortnite|fifa|minecraft|fotball\w*|handball\w*|gitar\w*|piano\w*|dans|dansen|dansing|danse\w*|korps\w*|hobby\w*|hobbyen|sjakk|regn|regnet|regnver\w*|\w*veret|snoen|kulde\w*|morketid\w*|mat|maten|middag\w*|frokost\w*|lunsj\w*|nudler|pizza\w*|telefon|telefonen|mobilen|playstation\w*|ps5|xbox)\b`,
);

/** Deliberation without a direction: "det må jeg tenke på", "skal tenkje over det", "need to think about it". */
export const DELIBERATION =
  /\b(?:ma|skal|vil|far)\s+(?:\w+\s+)?(?:tenke|tenkje|fundere|sove)\s+(?:litt\s+|mer\s+|meir\s+)?(?:pa|over)\s+(?:det|dette|den|saken)\s*$|\b(?:det|dette)\s+(?:ma|skal|far)\s+(?:jeg|eg|e|i)\s+(?:\w+\s+)?(?:tenke|tenkje|sove)\s+(?:litt\s+|mer\s+|meir\s+)?(?:pa|over)\s*$|\b(?:need|have)\s+to\s+think\s+(?:about\s+it|it\s+over)\b/;

/** The start of an embedded question or condition right before a modal: "hva jeg", "når vi", "hvor mange timer jeg". */
export const EMBEDDED =
  /(?<!\b(?:plan|planen|planlagt|planlegger)\s+(?:for\s+)?)\b(?:der|hva|kva|hvordan|korleis|hvor|kor|hvem|kven|hvilke\w*|kva\s+for|nar|hvis|viss|dersom|om|what|how|when|if)\s+(?:\w+\s+){0,2}?(?:jeg|eg|e|i|vi|me|man|du|de|dei)\s+$/;

/** A feeling played down with "bare" (not "bare tull", which is an argument). */
export const PLAYED_DOWN =
  /\bbare\s+(?:litt\s+|sa\s+|veldig\s+|skikkelig\s+)?(?:sliten|slitne|trott|trotte|lei|stressa|stresset|sur|sint|irritert|nervos|frustrert|tired|stressed|bored|annoyed)\b/;

/** Third parties who can be the subject of a step or plan that is not the speaker's. */
export const OTHER_SUBJECT =
  /^(?:han|hun|ho|de|dei|noen|nokon|folk|alle|andre|som|sjefen|legen|lereren|lerer|treneren|veilederen|rettleiaren|saksbehandleren|rektor|kompisen|venninna|vennen|mamma|pappa|mor|far|faren|moren|broren|bror|sostera|soster|kusina|fetteren|he|she|they|someone|everyone)$/;

export const SPEAKER = /^(?:jeg|eg|je|e|i|vi|me|meg|mæ)$/;

/** A clash of appointments ("kan ikke komme da", "rekker ikke møtet på fredag"): logistics, not sustain talk. */
export const SCHEDULE_CLASH =
  /\b(?:kan|rekker|rekk|can'?t)\s+(?:ikke\s+|ikkje\s+)?(?:a\s+)?(?:komme|kome|mote|motet|stille|make it|vere\s+(?:hjemme|heime|der|med))\s+(?:\w+\s+){0,2}?(?:da|der|den dagen|i dag|i morgen|i morgon|i kveld|(?:pa\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag)|on\s+\w+day|then)\b/;
