import { NORWEGIAN_MONTHS } from '../util/index.js';
import type { NotNeededReason } from './decisionInput.js';

/**
 * Plain-language information (bokmål or nynorsk) to a person on sick leave when the counselor decides that a
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

/** The person's own written standard: the letter exists in bokmål and nynorsk (issue 17). */
export const INFORMATION_LANGUAGES = ['nb', 'nn'] as const;
export type InformationLanguage = (typeof INFORMATION_LANGUAGES)[number];

/** «5. januar 2027» from YYYY-MM-DD (the month names are the same in bokmål and nynorsk). */
export function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${NORWEGIAN_MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** NAV's reason codes in nynorsk (the bokmål names are NAV's own, in NOT_NEEDED_REASONS). */
export const NOT_NEEDED_REASONS_NN: Record<NotNeededReason, string> = {
  MEDISINSKE_GRUNNER: 'Medisinske grunnar',
  INNLEGGELSE_INSTITUSJON: 'Innlegging i helseinstitusjon',
  FORVENTET_FRISKMELDING_INNEN_28UKER: 'Venta friskmelding innan 28 veker med sjukmelding',
  DOKUMENTERT_TILTAK_FRISKMELDING: 'Tiltak som truleg vil føre til friskmelding',
};

const REASON_EXPLANATION: Record<InformationLanguage, Record<NotNeededReason, string>> = {
  nb: {
    MEDISINSKE_GRUNNER: 'Helsesituasjonen din gjør at et møte ikke er hensiktsmessig nå.',
    INNLEGGELSE_INSTITUSJON: 'Du er innlagt i en helseinstitusjon.',
    FORVENTET_FRISKMELDING_INNEN_28UKER: 'Det ser ut til at du blir friskmeldt før du har vært sykmeldt i 28 uker.',
    DOKUMENTERT_TILTAK_FRISKMELDING:
      'Det er satt i gang tiltak som sannsynligvis vil føre til at du kommer tilbake i arbeid.',
  },
  nn: {
    MEDISINSKE_GRUNNER: 'Helsesituasjonen din gjer at eit møte ikkje er føremålstenleg no.',
    INNLEGGELSE_INSTITUSJON: 'Du er innlagd i ein helseinstitusjon.',
    FORVENTET_FRISKMELDING_INNEN_28UKER: 'Det ser ut til at du blir friskmeld før du har vore sjukmeld i 28 veker.',
    DOKUMENTERT_TILTAK_FRISKMELDING: 'Det er sett i gang tiltak som truleg vil føre til at du kjem tilbake i arbeid.',
  },
};

/** The information text as plain text (printable and copyable), in bokmål (default) or nynorsk. */
export function notNeededInformationText(input: InformationTextInput, lang: InformationLanguage = 'nb'): string {
  const deadline = norwegianDate(input.meetingDeadline);
  const decidedOn = norwegianDate(input.decidedOn);
  const reason = REASON_EXPLANATION[lang][input.reason];
  if (lang === 'nn') {
    return [
      'Informasjon om dialogmøte',
      '',
      `Du har vore sjukmeld i ${input.weekOnLeave} veker. Når nokon har vore sjukmeld ei stund, skal NAV som hovudregel kalle inn til eit møte med deg, arbeidsgivaren din og eventuelt den som sjukmelde deg. Møtet heiter dialogmøte 2 og skal haldast før du har vore sjukmeld i 26 veker (seinast ${deadline}). Dette står i folketrygdlova § 8-7 a. Møtet kan droppast viss det openbert er unødvendig.`,
      '',
      `Vi har vurdert at det ikkje er behov for eit slikt møte no. Grunnen er: ${NOT_NEEDED_REASONS_NN[input.reason].toLowerCase()}. ${reason}`,
      '',
      'Det er ein rettleiar, eit menneske, som har gjort denne vurderinga. Eit statistisk overslag kan ha vore brukt som eitt av fleire hjelpemiddel, men det er ikkje overslaget som har avgjort.',
      '',
      'Du kan be om eit dialogmøte',
      '- Du har rett til å be om eit dialogmøte, også før det har gått 26 veker.',
      '- Arbeidsgivaren din og den som sjukmelde deg kan også be om eit møte.',
      '- Sei frå til rettleiaren din eller til NAV (nav.no) at du ønskjer eit møte. Fortel gjerne kva du vil snakke om.',
      '- Viss situasjonen din endrar seg, kan vi vurdere saka på nytt.',
      '',
      'Kva er eit dialogmøte?',
      'I eit dialogmøte går du, arbeidsgivaren din og NAV saman gjennom situasjonen din og legg planar for vegen tilbake til arbeid, til dømes tilrettelegging på arbeidsplassen.',
      '',
      `Vurdert av ${input.counselorName}, ${decidedOn}.`,
    ].join('\n');
  }
  return [
    'Informasjon om dialogmøte',
    '',
    `Du har vært sykmeldt i ${input.weekOnLeave} uker. Når noen har vært sykmeldt en stund, skal NAV som hovedregel kalle inn til et møte med deg, arbeidsgiveren din og eventuelt den som sykmeldte deg. Møtet heter dialogmøte 2 og skal holdes før du har vært sykmeldt i 26 uker (senest ${deadline}). Dette står i folketrygdloven § 8-7 a. Møtet kan droppes hvis det er åpenbart unødvendig.`,
    '',
    `Vi har vurdert at det ikke er behov for et slikt møte nå. Grunnen er: ${input.reasonText.toLowerCase()}. ${reason}`,
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
    `Vurdert av ${input.counselorName}, ${decidedOn}.`,
  ].join('\n');
}
