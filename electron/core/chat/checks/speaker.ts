import { sentences, u } from './text.js';

/**
 * Does the reply speak as the participant? A small model that loses track of the turns answers in
 * the person's voice ("Jeg føler meg helt utslitt, og jeg orker ikke …", "Nei, jeg har ikke lyst til
 * å snakke om det."). The counselor speaks to the person: a reply of theirs says "du", "deg" or
 * "din" somewhere, or uses "jeg" only to ask leave, to offer, or to say what it hears ("Er det greit
 * at jeg forteller …?", "Eg høyrer at …", "Jeg har noen tanker om det."). So: no second person in
 * the whole reply, and in its statements either the first person twice or more, or once in an
 * answer that opens with "ja", "nei" or "hmm" or with the speaker's own people or things ("Mamma
 * maser. Faren min skjønner ingenting."). What the speaker perceives does not count.
 */
const SECOND_PERSON = u(/\b(?:du|deg|din|di|ditt|dine|dere|dykk|dykkar|dokker)\b/iu);
const FIRST_PERSON = u(/\b(?:jeg|eg|meg|min|mi|mitt|mine)\b/giu);
/** "jeg hører/forstår/skjønner …", "hører jeg": the speaker's own listening. */
const PERCEIVES = u(
  /\b(?:jeg|eg)\s+(?:hører|høyrer|forstår|skjønner|ser|merker|kjenner\s+igjen)\b|\b(?:hører|høyrer|forstår|skjønner)\s+(?:jeg|eg)\b/giu,
);
/**
 * The speaker's own people and things, "moren min", "jobben min": the participant's life. The
 * counselor's own words and thoughts ("forslaget mitt", "tankene mine") are not.
 */
const OWN_PEOPLE_AND_THINGS = u(
  /\b(?!(?:forslag|tank|råd|spørsmål|inntrykk|poeng|mening|erfaring|oppgave|rolle|svar)\p{L}*\s)\p{L}{2,}(?:en|a|et|ene|ane|er)\s+(?:min|mi|mitt|mine)\b/iu,
);
const ANSWER = u(/^(?:ja|nei|nja|tja|jo|hmm+|mm+|æh|eh)\b[\s,.!]*(?:\p{L}+\s+){0,2}(?:jeg|eg)\b/iu);

export function speaksAsParticipant(text: string): boolean {
  if (SECOND_PERSON.test(text)) return false;
  const statements = sentences(text).filter((s) => !s.endsWith('?'));
  const mentions = statements.reduce(
    (n, s) => n + (s.match(FIRST_PERSON) ?? []).length - (s.match(PERCEIVES) ?? []).length,
    0,
  );
  return mentions >= 2 || (mentions >= 1 && statements.some((s) => ANSWER.test(s) || OWN_PEOPLE_AND_THINGS.test(s)));
}
