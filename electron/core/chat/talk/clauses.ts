/**
 * Clause-level reading of a folded message: where it turns ("men", "samtidig", a comma and a new
 * first-person subject, ", så"), which clause is a concession ("selv om …"), and two kinds that
 * only the message as a whole can tell: an obligation that competes with the target ("må passe
 * småsøsknene") and a barrier stated after a turn ("…, men ryggen tåler ikke tunge løft").
 */

export interface Clause {
  text: string;
  /** Introduced by a turn ("men", "but", "likevel", "samtidig"): same topic, new direction. */
  turn: boolean;
  /** A concession ("selv om …", "samtidig som …"): the main clause, not this one, carries. */
  concessive: boolean;
  /** Joined to the clause before by a comma in the same sentence (", jeg …", ", så …"). */
  joined: boolean;
}

const TURN_WORD = /^\s*,?\s*(?:men|but|likevel|samtidig)\b/;
const CONCESSION = /^\s*,?\s*(?:selv om|sjolv om|sjol om|even though|although|samtidig som)\b/;
const BOUNDARY =
  /([.!;]+\s*|\s*,?\s+\b(?:men|but|likevel|samtidig)\b(?!\s+som)\s*|(?:^|\s*,?\s+)\b(?:selv om|sjolv om|sjol om|even though|although|samtidig som)\b\s*|,\s+(?=(?:sa|so)\s+\w)|,\s+(?=(?:jeg|eg|e|je|i|vi|me)\s+\w))/;

/** Splits a folded message into clauses, marking turns and concessions. */
export function splitClauses(folded: string): Clause[] {
  const parts = folded.split(BOUNDARY);
  const out: Clause[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = (parts[i] ?? '').trim();
    const delimiter = i > 0 ? (parts[i - 1] ?? '') : '';
    if (text.length === 0) continue;
    const concessive = CONCESSION.test(delimiter);
    // A fronted concession ("selv om det er skummelt, har jeg lyst"): the main clause follows the comma.
    const comma = concessive ? text.indexOf(', ') : -1;
    if (comma > 0) {
      out.push({ text: text.slice(0, comma).trim(), turn: false, concessive: true, joined: false });
      out.push({ text: text.slice(comma + 2).trim(), turn: false, concessive: false, joined: true });
      continue;
    }
    out.push({ text, turn: TURN_WORD.test(delimiter), concessive, joined: /^,\s+$/.test(delimiter) });
  }
  return out;
}

/** Care for family that takes the time work or school would need: "må passe småsøsknene", "har ansvaret for mormor". */
const FAMILY = String.raw`(?:mamma|mor|mora|moren|pappa|far|faren|foreldr\w*|bror|broren|lillebror\w*|storebror\w*|brodr\w*|soster\w*|sostra|systera|systra|lillesost\w*|storesost\w*|sostr\w*|\w*sosk(?:e)?n\w*|besteforeld\w*|bestemor|bestefar|mormor|morfar|farmor|farfar|barn|barna|ungen|ungene|ungan|dattera|datteren|sonnen|guttungen|tante|onkel)`;
export const CARE_OBLIGATION = new RegExp(
  String.raw`\b(?:ma|matte|har ansvar\w*\s+for\s+a|er nodt til a)\s+(?:\w+\s+){0,2}?(?:passe|hjelpe|ta vare pa|ta meg av|stelle|hente|folge|pleie|vere hjemme med|vere heime med)\s+(?:pa\s+)?(?:\w+\s+)?${FAMILY}\b|\bhar\s+(?:ansvar\w*|omsorg\w*)\s+for\s+(?:\w+\s+)?${FAMILY}\b`,
);

/**
 * A care obligation is sustain talk when the message also names the target it competes with
 * ("ville begynne på kurset, men må passe småsøsknene"); alone ("må hente lillebror kl 16") it is
 * logistics. Target words inside the obligation's own clause ("i barnehagen") do not count.
 */
export function obligationCompetes(
  clauses: readonly Clause[],
  index: number,
  hasTarget: (text: string) => boolean,
): boolean {
  return clauses.some((c, i) => i !== index && hasTarget(c.text));
}

/**
 * A barrier after a turn: a negated state with no cue of its own and no report of a past step
 * ("…, men det er ingen jobber her", "…, but my back can't take it"). Not a narrowing that starts
 * with the negation ("men ikke i dag") and not a report ("men har ikke fått svar").
 */
export function isBarrier(clause: Clause): boolean {
  if (!clause.turn) return false;
  const text = clause.text.replace(/^(?:men|but|likevel|samtidig)\s+/, '');
  return (
    /\b(?:ikke|ikkje|itj|ingen|inga|aldri)\b/.test(text) &&
    !/^(?:ikke|ikkje|itj|not|ingen|inga)\b/.test(text) &&
    !/\b(?:har|hadde|fikk|fekk|ble|vart|har ikke|har ikkje)\b/.test(text)
  );
}

/**
 * Whether each clause is about the target: its own words, those of the clauses a comma joins it to
 * (one sentence, one topic), or, after a turn, those of the clause before ("…, men det gikk fint").
 */
const ANAPHOR = /\b(?:det|den|dit|der|it|there)\b/;

export function clauseTargets(clauses: readonly Clause[], hasTarget: (text: string) => boolean): boolean[] {
  const own = clauses.map((c) => hasTarget(c.text));
  const group: number[] = [];
  clauses.forEach((c, i) => group.push(c.joined && i > 0 ? (group[i - 1] as number) : i));
  return clauses.map(
    (c, i) =>
      (own[i] as boolean) ||
      own.some((t, j) => t && group[j] === group[i]) ||
      (c.turn && i > 0 && (own[i - 1] as boolean) && ANAPHOR.test(c.text)),
  );
}
