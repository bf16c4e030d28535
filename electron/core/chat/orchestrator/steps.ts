/**
 * The step a participant commits to ("jeg skal sende to søknader i morgen" → "Sende to søknader i
 * morgen"), as a title for their activity plan. Works on the raw text (for the plan, which is
 * theirs) and on the scrubbed text (for the model's instruction) alike.
 */
const FILLER = String.raw`(?:\s+(?:nok|faktisk|altså|bare|jo|liksom|egentlig|gjerne|virkelig|prøve å|prøve))*`;
const SUBJECT = String.raw`(?<![\p{L}])(?:jeg|eg|je|æ)\s+`;
/** Mobilising verbs first; a bare "vil" only when there is none. */
const STRONG = new RegExp(
  `${SUBJECT}(?:skal|ska|kommer til å|kjem til å|har bestemt meg for å|bestemmer meg for å|lover å|tenker å|planlegger å|har tenkt å|har tenkt til å|går for å|begynner å)${FILLER}\\s+(?:å\\s+)?`,
  'giu',
);
const WEAK = new RegExp(`${SUBJECT}(?:vil|ville|gidder å|har lyst til å|har lyst å)${FILLER}\\s+(?:å\\s+)?`, 'iu');
const STOP_AT = /[.!?;\n]|,\s*(?:men|og så|så)\s|\s(?:men|fordi|siden|hvis|om du)\s/iu;
const TRAILING = /(?:\s+(?:da|altså|liksom|tror jeg|kanskje|i hvert fall|ass|asså))+$/iu;
export const STEP_TITLE_MAX = 200;

export function extractCommittedStep(text: string): string | null {
  const m = [...text.matchAll(STRONG)].at(-1) ?? WEAK.exec(text);
  if (!m) return null;
  let rest = text.slice(m.index + m[0].length);
  const stop = rest.search(STOP_AT);
  if (stop >= 0) rest = rest.slice(0, stop);
  rest = rest
    .replace(/\s+/g, ' ')
    .replace(TRAILING, '')
    .replace(/[,:\s]+$/u, '')
    .trim();
  if (rest.replace(/[^\p{L}]/gu, '').length < 3) return null;
  // "jeg skal ikke …" is not a step.
  if (/^(?:ikke|ikkje|aldri|not)\b/iu.test(rest)) return null;
  const title = rest.charAt(0).toUpperCase() + rest.slice(1);
  return title.length > STEP_TITLE_MAX ? title.slice(0, STEP_TITLE_MAX).replace(/\s+\S*$/u, '') : title;
}
