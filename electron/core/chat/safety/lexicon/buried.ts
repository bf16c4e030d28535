/**
 * Round 20 (crises said in the middle of a long message): two wordings that were missed even
 * when their sentence stood alone.
 *
 * Patterns are on folded text (normalize.ts).
 */
import { r, type RiskRule } from './rule.js';
import { FAMILY, GAMES, PARTNER } from './tokens.js';

/** Opening up one's own skin: rispe, risse, skrape, klore, skjære, kutte, flerre … opp. */
const OPEN_VERB = String.raw`(?:rispet|rispa|risper|rispe|risset|rissa|risser|risse|skrapte|skrapt|skrapa|skraper|skrape|klorte|klort|klora|klorer|klore|skar|skaret|skjerer|skjere|kuttet|kutta|kutter|kutte|flerret|flerra|flerrer|flerre)`;
const OPEN_UP = String.raw`${OPEN_VERB}\s+opp`;
const OWN_BODY = String.raw`(?:armene|armen|armane|handleddet|handleddene|handledda|handledd|laret|larene|lara|huden|magen|beina|beinet|leggen|leggene|skinnet)`;

/** Who can threaten to hit: someone close, or "han/hun" told of. */
const HITTER = String.raw`(?:${FAMILY}|${PARTNER}|han|hun|ho|de|dei)`;
const HIT = String.raw`(?:sla|banke|banke opp|denge|juling|sparke|kvele|lugge|skade|gi meg juling|gi meg bank)`;

export const BURIED_RULES: readonly RiskRule[] = [
  {
    // "gikk hjem og rispet opp armene med en saks": the speaker opening up their own skin (the
    // tool named after it is what "med en saks" adds, not a craft).
    id: 'self_harm.buried.opened_own_skin',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`(?:(?:^|\b(?:jeg|eg|je|og|sa|da|har|hadde|bare|berre)\s+)(?:\w+\s+)?${OPEN_UP}|\b${OPEN_VERB}\s+(?:jeg|eg|je)\s+opp)\s+(?:\w+\s+)?${OWN_BODY}\b`,
    ),
    // A scratch in a fall, from an animal or a bush, in sport: an accident, not self-harm.
    unlessInSentence: r(
      String.raw`\b(?:katt\w*|kattunge\w*|pusen|hund\w*|valp\w*|busk\w*|torn\w*|rosebusk\w*|falt|falle|datt|detta|sykkel\w*|sykla|asfalt\w*|grus\w*|glass\w*|ulykke\w*|uhell\w*|trening\w*|kamp\w*|fotball\w*|handball\w*|klatr\w*|myggstikk\w*|eksem\w*|klodde|kloe|klor meg)\b`,
    ),
  },
  {
    // "pappa sier han kommer til å slå meg hvis jeg ikke får jobb": a threat to hit, said of
    // someone who is to do it, in the future form "kommer til å".
    id: 'violence.buried.will_hit_me',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b${HITTER}\s+(?:\w+\s+){0,2}(?:kommer|kjem|kjeme|komme)\s+til\s+(?:a\s+)?(?:\w+\s+)?${HIT}\s+(?:meg|oss|me)\b`,
    ),
    unless: r(
      String.raw`\b(?:sla|banke|slar)\s+(?:meg|oss)\s+(?:\w+\s+){0,2}(?:i|pa)\s+(?:${GAMES}|tid|poeng|finalen|malstreken|kamp\w*)\b|\bmed\s+(?:sporsmal|mas|klemmer|kjerlighet|omsorg)\b`,
    ),
  },
];
