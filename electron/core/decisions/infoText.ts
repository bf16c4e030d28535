import type { NotNeededReason } from './decision.js';

/**
 * Plain-language information (bokmål) to a person on sick leave when the counselor decides that a
 * dialogmøte 2 is not needed now. It tells the person that a human made the assessment and that
 * they may ask for a meeting themselves. No diagnosis, no prediction numbers, nothing but what the
 * person needs.
 *
 * Rules it rests on (see models/decision/MODEL_CARD.md, "Regelverk"):
 * - folketrygdloven § 8-7 a: NAV calls the employee, the employer and, where relevant, the person
 *   who wrote the sick note to dialogmøte 2 by 26 weeks of sick leave, unless it is obviously
 *   unnecessary;
 * - nav.no, "Dialogmøte 2 og 3": all parties can take the initiative to hold the meeting earlier,
 *   and can ask NAV for a dialogmøte 3 later in the sick-leave period.
 */
export interface InformationTextInput {
  reason: NotNeededReason;
  reasonText: string;
  /** Whole weeks of sick leave when the decision was made. */
  weekOnLeave: number;
  counselorName: string;
  /** YYYY-MM-DD of the decision. */
  decidedOn: string;
  /** Latest date for dialogmøte 2 (start + 26 weeks), YYYY-MM-DD. */
  meetingDeadline: string;
}

function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  return `${d}. ${months[(m ?? 1) - 1]} ${y}`;
}

const REASON_EXPLANATION: Record<NotNeededReason, string> = {
  MEDISINSKE_GRUNNER: 'Helsesituasjonen din gjør at et møte ikke er hensiktsmessig nå.',
  INNLEGGELSE_INSTITUSJON: 'Du er innlagt i en helseinstitusjon.',
  FORVENTET_FRISKMELDING_INNEN_28UKER: 'Det ser ut til at du blir friskmeldt før du har vært sykmeldt i 28 uker.',
  DOKUMENTERT_TILTAK_FRISKMELDING: 'Det er satt i gang tiltak som sannsynligvis vil føre til at du kommer tilbake i arbeid.',
};

/** The information text as plain text (printable and copyable). */
export function notNeededInformationText(input: InformationTextInput): string {
  return [
    'Informasjon om dialogmøte',
    '',
    `Du har vært sykmeldt i ${input.weekOnLeave} uker. Når noen har vært sykmeldt en stund, skal NAV som hovedregel kalle inn til et møte med deg, arbeidsgiveren din og eventuelt den som sykmeldte deg. Møtet heter dialogmøte 2 og skal holdes før du har vært sykmeldt i 26 uker (senest ${norwegianDate(input.meetingDeadline)}). Dette står i folketrygdloven § 8-7 a. Møtet kan droppes hvis det er åpenbart unødvendig.`,
    '',
    `Vi har vurdert at det ikke er behov for et slikt møte nå. Grunnen er: ${input.reasonText.toLowerCase()}. ${REASON_EXPLANATION[input.reason]}`,
    '',
    'Det er en veileder, et menneske, som har gjort denne vurderingen. Et statistisk anslag kan ha vært brukt som ett av flere hjelpemidler, men det er ikke anslaget som har bestemt.',
    '',
    'Du kan be om et dialogmøte',
    '- Du har rett til å be om et dialogmøte, også før det har gått 26 uker.',
    '- Arbeidsgiveren din og den som sykmeldte deg kan også be om et møte.',
    '- Si fra til veilederen din eller til NAV (nav.no) at du ønsker et møte. Fortell gjerne hva du vil snakke om.',
    '- Hvis situasjonen din endrer seg, kan vi vurdere saken på nytt.',
    '',
    'Hva er et dialogmøte?',
    'I et dialogmøte går du, arbeidsgiveren din og NAV sammen gjennom situasjonen din og legger planer for veien tilbake til arbeid, for eksempel tilrettelegging på arbeidsplassen.',
    '',
    `Vurdert av ${input.counselorName}, ${norwegianDate(input.decidedOn)}.`,
  ].join('\n');
}
