/**
 * Words that announce a person name in chat. A capitalised word after one of them is a name; a
 * lower-case word after one is a name when it is in a name list (for the strong cues: even
 * when it is also an ordinary word, e.g. "hun heter liv").
 */

/** "heter Kari", "kalt Kari", "fru Hansen": the next word is a name. */
export const STRONG_CUES = new Set([
  'heter', 'het', 'hete', 'kalles', 'kaltes', 'kalt', 'kallenavn', 'fru', 'frue', 'frøken', 'frk', 'herr', 'hr', 'dr', 'doktor',
  'heiter', 'heitte', 'mrs', 'mr', 'ms', 'miss', 'mister', 'navnet',
]);

/** Relations and roles: "mamma Kari", "sjefen min Ola", "kollegaen hans Ali". */
export const RELATION_CUES = new Set([
  'mamma', 'mammaen', 'mor', 'moren', 'mora', 'mamma', 'pappa', 'pappaen', 'far', 'faren', 'fars', 'bror', 'broren', 'brora', 'lillebror', 'storebror',
  'søster', 'søsteren', 'søstera', 'lillesøster', 'storesøster', 'kjæreste', 'kjæresten', 'samboer', 'samboeren', 'kone', 'kona', 'konen',
  'mann', 'mannen', 'ektemann', 'ektemannen', 'venn', 'vennen', 'venninne', 'venninnen', 'venninna', 'kompis', 'kompisen', 'bestevenn',
  'bestevennen', 'bestevenninne', 'bestevenninnen', 'sjef', 'sjefen', 'leder', 'lederen', 'kollega', 'kollegaen', 'kollegene', 'lærer', 'læreren',
  'kontaktlærer', 'kontaktlæreren', 'veileder', 'veilederen', 'kontaktperson', 'kontaktpersonen', 'nabo', 'naboen', 'onkel', 'onkelen', 'tante',
  'tanta', 'tanten', 'bestemor', 'bestefar', 'farmor', 'farfar', 'mormor', 'morfar', 'besta', 'bestemora', 'sønn', 'sønnen', 'datter', 'datteren',
  'dattera', 'fetter', 'fetteren', 'kusine', 'kusinen', 'kusina', 'lege', 'legen', 'fastlege', 'fastlegen', 'psykolog', 'psykologen',
  'saksbehandler', 'saksbehandleren', 'advokat', 'advokaten', 'ex', 'eksen', 'stefar', 'stefaren', 'stemor', 'stemoren', 'fosterfar', 'fostermor',
  'verge', 'vergen', 'trener', 'treneren', 'rektor', 'rektoren', 'helsesykepleier', 'helsesykepleieren', 'miljøarbeider', 'miljøarbeideren',
  'mentor', 'mentoren', 'arbeidsgiver', 'arbeidsgiveren', 'eier', 'eieren', 'kunde', 'kunden', 'elev', 'eleven', 'deltaker', 'deltakeren',
  'gutten', 'jenta', 'gutt', 'jente', 'vennen', 'kameraten', 'kamerat', 'tvillingbror', 'tvillingsøster', 'halvbror', 'halvsøster', 'svoger', 'svigerinne',
  'svigermor', 'svigerfar', 'bestekompis',
]);

/** Possessives that may stand between a relation and the name ("sjefen min Ola"). */
export const POSSESSIVES = new Set(['min', 'mi', 'mitt', 'mine', 'din', 'di', 'hans', 'hennes', 'vår', 'deres', 'sin', 'si']);

/** Verbs and prepositions that often stand before a name; they only support a lower-case name-list word. */
export const WEAK_CUES = new Set([
  'sa', 'sier', 'spurte', 'spør', 'til', 'hos', 'med', 'og', 'fra', 'ved', 'av', 'om', 'ringte', 'møtte', 'traff', 'snakket', 'snakka', 'hilser',
  'hei', 'hallo', 'takk', 'kjære', 'sammen', 'gift', 'skrev', 'sendte', 'fikk',
  // Chat: "ring jonas", "si til amir", "tekst fatima", "heisann elias", "spør ali".
  'ring', 'ringe', 'ringer', 'ringt', 'tekst', 'tekste', 'send', 'sende', 'melding', 'hils', 'spurt', 'snakk', 'snakke', 'snakker',
  'møte', 'møter', 'treffe', 'treffer', 'besøke', 'besøker', 'besøkte', 'heisann', 'hey', 'hi', 'yo', 'mellom', 'enn', 'uten', 'eller',
]);

/** "Kari sin mamma": a possessive right after the name. */
export const AFTER_NAME = new Set(['sin', 'sitt', 'sine', 'si']);

/** Particles inside names: "van der Berg", "bin Laden", "de la Cruz". */
export const NAME_PARTICLES = new Set(['van', 'der', 'den', 'von', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'ten', 'zu', 'af', 'av', 'y', 'abu', 'bint', 'ould', 'mac', 'st']);

export type CueKind = 'strong' | 'relation' | 'possessive' | 'weak';

/** One lookup for every cue word (a word in several lists gets the strongest kind). */
export const CUE_KIND: ReadonlyMap<string, CueKind> = (() => {
  const map = new Map<string, CueKind>();
  for (const w of WEAK_CUES) map.set(w, 'weak');
  for (const w of POSSESSIVES) map.set(w, 'possessive');
  for (const w of RELATION_CUES) map.set(w, 'relation');
  for (const w of STRONG_CUES) map.set(w, 'strong');
  return map;
})();
