/** Question cues (folded text, see lexicon.ts): openers, verb-first, requests, rhetorical questions. */
import { r } from './lexicon.js';

/** Words that open a question (folded, bokmål, nynorsk, English). */
export const QUESTION_OPENER = r(
  String.raw`^(?:hva|hvordan|hvorfor|hvor|hvem|nar|hvilke|hvilken|hvilket|kva|korleis|kvifor|kor|kven|kvar|kva tid|koss|kossen|assen|ka|kaffor|kem|vafor|what|how|why|where|who|when|which|can i|do i|is it|am i|kan jeg|kan eg|kan man|kan du|far jeg|far eg|far man|ma jeg|ma eg|ma man|er det|har jeg|har eg|trenger jeg|treng eg|skal jeg|skal eg|bor jeg|lurer pa|lurte pa|fortell meg|forklar|vet du|veit du|do you know|(?:er|e|var|har|hadde|kan|kunne|vil|ville|skal|skulle|ma|matte|far|fikk|trenger|treng|fins|finnes|finst|gar|blir|ble|bor|burde|hjelper|funker|lonner|pleier)\s+(?:du|dere|de|dei|man|ein|noen|nokon|folk|vi|me|der)|(?:er|var|blir|ble|fins|finnes|finst|gar|hjelper|funker|lonner)\s+(?:det|den|dette)|(?:tror|trur|synes|syns|meiner|mener|vet|veit)\s+(?:du|dere))\b`,
);

/** Markers that make a question-shaped utterance rhetorical sustain talk. */
export const RHETORICAL_SUSTAIN = r(
  String.raw`\b(?:gidde|gidd|gidder|vits|vitsen|poenget|bry meg|orke|orker)\b|^(?:hva|kva)\s+skal\s+(?:jeg|eg)\s+med\b|^(?:er|blir|hadde|ville)\s+det\s+(?:ikke|ikkje)\s+(?:bare\s+)?(?:enklere|bedre|betre|lettere|greiere|tryggere)\s+a\s+(?:\w+\s+){0,3}?(?:hjemme|heime|som\s+na|som\s+no|fortsette|vente|pa\s+nav)\b|^(?:hvorfor|kvifor|why)\s+(?:skal|skulle|should)\s+(?:jeg|eg|i)\b.*\b(?:nar|when|hvis|viss|om|uansett|anyway)\b`,
);

/** A request for help or information ("kan du hjelpe meg", "vet du"), which no complaint makes rhetorical. */
export const HELP_REQUEST =
  /^(?:kan|kunne|vil)\s+(?:du|dere|noen)\s+(?:hjelpe|hjelpa|forklare|si|gi)\b|^(?:vet|veit)\s+du\b|^(?:can|could)\s+you\s+(?:help|explain|tell)\b/;

/** A finite verb first and a question mark: Norwegian asks with the verb first ("kan NAV betale …?"). */
export const VERB_FIRST =
  /^(?:kan|kunne|vil|ville|skal|skulle|ma|matte|far|fikk|bor|burde|er|var|har|hadde|blir|ble|gar|trenger|treng|fins|finnes|hjelper|funker|pleier|betaler|dekker|gir)\s+\S+/;
