import { r, type RiskRule } from './rule.js';
import { NEG, UNTIL_PAYDAY } from './tokens.js';

/**
 * The first risk rules for acute welfare: nowhere to sleep tonight, no food. Read right after
 * the first suicide rules (lexicon.ts), where they began.
 */
export const CORE_WELFARE_RULES: readonly RiskRule[] = [
  {
    id: 'welfare.no_place_tonight',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:${NEG}|ingen|ingenting|nowhere|no)\b[^.!?]{0,25}\b(?:sted|stad|steder|plass|tak over hodet|place|where)\b[^.!?]{0,20}(?:\ba\s+(?:sove|sova|sov|bo|bu|vere|dra)\b|\bto\s+(?:sleep|stay|go)\b|\bi\s+natt\b|\bi\s+kveld\b|\btonight\b)|\bikke\s+tak\s+over\s+hodet\b|\b(?:kastet|kasta|thrown|kicked)\s+(?:meg\s+)?(?:ut|out)\b[^.!?]{0,40}\b(?:hjemmefra|heimanfra|av leiligheten|hjemme|heime|of the house|of my flat|sover|sove|gata|ingen steder)|\bsover\s+(?:ute|pa gata|i trappa|i trappeoppgangen|i bilen)\b|\b(?:homeless|nowhere to sleep|nowhere to stay|evicted tonight)\b|\b(?:hvor|kvar|kor)\s+(?:jeg|eg)\s+skal\s+(?:sove|bo|bu)\s+(?:i natt|i kveld|fra i dag|fra i kveld)|\b(?:(?:kan|far|fikk|kunne|slipper)\s+${NEG}|${NEG}\s+(?:kan|far|fikk|kunne|slipper))\s+(?:\w+\s+)?(?:dra|ga|komme|reise|vere|sove|inn)\s+(?:\w+\s+)?(?:hjem|heim|hjemme|heime)\b[^.!?]{0,25}\b(?:i natt|i kveld|tonight|lenger|lengre)\b|\b(?:can't|cannot|can not)\s+go\s+home\s+tonight\b`,
    ),
    // "ikke noe sted å parkere i natt": a place for something other than sleeping or staying;
    // "ikke noe sted å være på dagtid", "… i sommerferien": the day or a holiday, not the night.
    unless: r(
      String.raw`\b(?:dagtid|daytime|during the day|parker\w*|park|lade|lader|charge|studere|study|lese|ove|trene|spille|feire|henge|innstilt|forsinket|forsinka|overtid|vakt\w*|nattskift\w*|storm\w*|uver\w*|festival\w*|teltplass\w*|camping\w*|roadtrip\w*|spare penger)\b|\ba\s+(?:vere|vera)\s+(?:\w+\s+){0,2}(?:i|pa|om|etter)\s+(?:\w*ferie\w*|friminutt\w*|storefri|lunsj\w*|helg\w*|dagen|dagane|dagene|skolen|skulen)\b`,
    ),
  },
  {
    id: 'welfare.no_food',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:spist|ete|eaten)\s+(?:pa|i|pa\s+flere|sidan|siden|in)\s+(?:\w+\s+){0,2}(?:dager|dagar|dogn|days)\b|\b(?:ingen|ikke|ikkje|no)\s+(?:\w+\s+)?(?:penger|pengar|money|rad)\s+(?:\w+\s+)?(?:til\s+)?(?:mat|food)\b|\b(?:ingen|ikke|ikkje|no)\s+(?:noe\s+)?mat\b[^.!?]{0,40}\b(?:penger|pengar|sulten|money|hungry)\b|\bgatt\s+sulten\b|\b(?:det\s+er|det\s+e|finnes|fins|har\s+vi)\s+(?:ikke|ikkje|ingen)\s+(?:noe\s+|noko\s+)?mat\s+(?:til\s+(?:meg|oss|hverandre|broren|bror|sostera|sosteren|sosknene|lillebror|lillesoster|barna|ungene)|i\s+(?:huset|kjoleskapet|skapet|skapa|leiligheten|leiligheita)|hjemme|heime)\b(?![^.!?]{0,40}\b(?:handle\w*|butikk\w*|bestill\w*|kjop\w*|middag\w*)\b)`,
    ),
    unless: r(String.raw`\b(?:kino|restaurant|pizza|godteri|snop|takeaway)\b|${UNTIL_PAYDAY}`),
  },
];
