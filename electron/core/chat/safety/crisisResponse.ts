import { HELP_LINES, type HelpLine, type HelpLineId } from './helpLines.js';
import { checkInQuestion } from './checkIn.js';
import type { CrisisLanguage, RiskAssessment } from './types.js';

/**
 * The fixed, caring message of a crisis turn. The language model is never asked to write or
 * change it: on any risk the orchestrator sends exactly this text.
 *
 * Written after safe-messaging advice (WHO/IASP "Preventing suicide: a resource for media
 * professionals", 2017/2023; Helsedirektoratet's guidance on responsible communication, which
 * points to it; the Norwegian #chatsafe guidance for young people):
 * - say that you care and take it seriously, without drama or judgement;
 * - never mention or ask about methods, places or details;
 * - give accurate, concrete places to get help now, with what each is for;
 * - encourage contact with a person (help line, someone they trust, the counselor);
 * - be honest about the limits of a chatbot and about the counselor being told
 *   (participants are told this in advance in the privacy notice).
 */
export interface CrisisResponse {
  language: CrisisLanguage;
  /** Which opening was used: the person at risk of harming themself, harmed by others, or wanting to harm others. */
  kind: CrisisKind;
  /** 'check_in': the direct question with the help lines; the answer is assessed next turn. */
  level: 'check_in' | 'concern' | 'acute';
  text: string;
  helpLines: HelpLineId[];
}

export type CrisisKind = 'self' | 'harmed' | 'anger' | 'need';

export interface CrisisResponseOptions {
  /** Add the sentence that the counselor is told (default true: the orchestrator raises the flag). */
  counselorNotified?: boolean;
}

const LINES_BY_KIND: Readonly<Record<CrisisKind, readonly HelpLineId[]>> = {
  self: ['emergency_medical', 'legevakt', 'mental_helse', 'kirkens_sos', 'kors_pa_halsen'],
  harmed: ['police', 'emergency_medical', 'vo_linjen', 'alarmtelefonen', 'kirkens_sos'],
  anger: ['police', 'legevakt', 'mental_helse', 'kirkens_sos'],
  need: ['nav', 'kirkens_sos', 'mental_helse'],
};
const LINE_ORDER: readonly HelpLineId[] = [
  'emergency_medical',
  'police',
  'legevakt',
  'mental_helse',
  'kirkens_sos',
  'vo_linjen',
  'alarmtelefonen',
  'kors_pa_halsen',
  'nav',
];

const VICTIM_RULES = new Set([
  'violence.threatened',
  'violence.someone_will_kill_me',
  'violence.victim',
  'concept.threatened',
]);
/** The concept layer's violence ids (concepts.ts): the speaker threatened, or meaning harm. */
const CONCEPT_VIOLENCE = new Set(['concept.threatened', 'concept.violence_intent', 'concept.weapon', 'concept.arson']);

interface Texts {
  opening: Readonly<Record<CrisisKind, string>>;
  openingConcern: string;
  checkInOpening: string;
  checkInLines: string;
  limits: string;
  chat: string;
  trusted: string;
  counselor: string;
}

const TEXTS: Readonly<Record<CrisisLanguage, Texts>> = {
  nb: {
    opening: {
      self: 'Takk for at du forteller meg dette. Det høres veldig tungt ut, og jeg blir bekymret for deg. Du skal ikke måtte bære dette alene.',
      harmed:
        'Takk for at du forteller meg dette. Det er aldri din skyld når noen skader eller truer deg, og du har rett til å være trygg.',
      anger:
        'Det høres ut som du har det veldig vanskelig akkurat nå, og at mye har hopet seg opp. Det er bra at du sier det, for dette fortjener du å snakke med et menneske om.',
      need: 'Takk for at du sier fra. Du skal ikke måtte være uten mat eller et trygt sted å sove, og det finnes hjelp å få i dag.',
    },
    openingConcern:
      'Det du skriver, gjør at jeg lurer på hvordan du egentlig har det. Hvis det er tungt nå, eller du har tanker om å skade deg selv, fortjener du å snakke med et menneske om det.',
    checkInOpening: 'Takk for at du forteller meg hvordan du har det.',
    checkInLines: 'Du kan svare meg her. Og du kan alltid snakke med et menneske, også nå:',
    limits:
      'Jeg er bare en chatbot og kan ikke hjelpe deg godt nok med dette. Men det finnes mennesker som kan, og som gjerne vil høre fra deg:',
    chat: 'chat',
    trusted:
      'Hvis du klarer det, si også fra til noen du stoler på – en venn, noen i familien, fastlegen eller veilederen din.',
    counselor:
      'Veilederen din får beskjed om at du har det vanskelig, slik det står i personvernerklæringen, så dere kan snakke sammen.',
  },
  nn: {
    opening: {
      self: 'Takk for at du fortel meg dette. Det høyrest veldig tungt ut, og eg blir uroleg for deg. Du skal ikkje måtte bere dette åleine.',
      harmed:
        'Takk for at du fortel meg dette. Det er aldri di skuld når nokon skadar eller trugar deg, og du har rett til å vere trygg.',
      anger:
        'Det høyrest ut som du har det veldig vanskeleg akkurat no, og at mykje har hopa seg opp. Det er bra at du seier det, for dette fortener du å snakke med eit menneske om.',
      need: 'Takk for at du seier frå. Du skal ikkje måtte vere utan mat eller ein trygg stad å sove, og det finst hjelp å få i dag.',
    },
    openingConcern:
      'Det du skriv, gjer at eg lurer på korleis du eigentleg har det. Dersom det er tungt no, eller du har tankar om å skade deg sjølv, fortener du å snakke med eit menneske om det.',
    checkInOpening: 'Takk for at du fortel meg korleis du har det.',
    checkInLines: 'Du kan svare meg her. Og du kan alltid snakke med eit menneske, òg no:',
    limits:
      'Eg er berre ein chatbot og kan ikkje hjelpe deg godt nok med dette. Men det finst menneske som kan, og som gjerne vil høyre frå deg:',
    chat: 'chat',
    trusted:
      'Dersom du klarer det, sei òg frå til nokon du stolar på – ein ven, nokon i familien, fastlegen eller rettleiaren din.',
    counselor:
      'Rettleiaren din får melding om at du har det vanskeleg, slik det står i personvernerklæringa, slik at de kan snakke saman.',
  },
  en: {
    opening: {
      self: 'Thank you for telling me this. It sounds really hard, and I am worried about you. You should not have to carry this alone.',
      harmed:
        'Thank you for telling me this. It is never your fault when someone hurts or threatens you, and you have the right to be safe.',
      anger:
        'It sounds like things are really hard right now and a lot has built up. It is good that you say it, because this is something you deserve to talk about with a person.',
      need: 'Thank you for telling me. You should not have to go without food or a safe place to sleep, and there is help to get today.',
    },
    openingConcern:
      'What you write makes me wonder how you are really doing. If things feel heavy right now, or you have thoughts of hurting yourself, you deserve to talk to a person about it.',
    checkInOpening: 'Thank you for telling me how you are.',
    checkInLines: 'You can answer me here. And you can always talk to a person, right now too:',
    limits:
      'I am only a chatbot and cannot help you well enough with this. But there are people who can, and who would like to hear from you:',
    chat: 'chat',
    trusted:
      'If you can, also tell someone you trust – a friend, someone in your family, your doctor or your counselor.',
    counselor:
      'Your counselor will be told that you are having a hard time, as the privacy notice explains, so that you can talk together.',
  },
};

/** Which crisis opening fits the assessment (without one: the general, self-directed message). */
export function crisisKinds(assessment?: RiskAssessment): CrisisKind[] {
  if (!assessment || assessment.categories.length === 0) return ['self'];
  const kinds = new Set<CrisisKind>();
  const cats = new Set(assessment.categories);
  if (cats.has('suicide') || cats.has('self_harm')) kinds.add('self');
  if (cats.has('abuse')) kinds.add('harmed');
  if (cats.has('welfare')) kinds.add('need');
  if (cats.has('violence')) {
    const violenceRules = assessment.matched.filter((id) => id.startsWith('violence.') || CONCEPT_VIOLENCE.has(id));
    if (violenceRules.some((id) => VICTIM_RULES.has(id))) kinds.add('harmed');
    if (violenceRules.some((id) => !VICTIM_RULES.has(id))) kinds.add('anger');
  }
  if (kinds.size === 0) kinds.add('self');
  return (['self', 'harmed', 'anger', 'need'] as const).filter((k) => kinds.has(k));
}

function formatLine(line: HelpLine, language: CrisisLanguage, texts: Texts): string {
  const hours = line.hours ? ` (${line.hours[language]})` : '';
  const web = line.web ? ` ${texts.chat[0]?.toUpperCase()}${texts.chat.slice(1)}: ${line.web}.` : '';
  return `• ${line.number} – ${line.name[language]}: ${line.purpose[language]}${hours}.${web}`;
}

/**
 * The fixed crisis message in bokmål (default), nynorsk or English. Give it the assessment to
 * pick the right opening and lines (self-harm/suicide, being harmed, wanting to harm others).
 */
export function crisisResponse(
  language: CrisisLanguage = 'nb',
  assessment?: RiskAssessment,
  options: CrisisResponseOptions = {},
): CrisisResponse {
  const texts = TEXTS[language];
  const kinds = crisisKinds(assessment);
  const primary = kinds[0] ?? 'self';
  const level = assessment?.level === 'concern' ? 'concern' : assessment?.level === 'check_in' ? 'check_in' : 'acute';
  const wanted = new Set<HelpLineId>(kinds.flatMap((k) => LINES_BY_KIND[k]));
  const ids = LINE_ORDER.filter((id) => wanted.has(id));
  const lines = ids.map((id) => {
    const line = HELP_LINES.find((l) => l.id === id);
    if (!line) throw new Error(`unknown help line ${id}`);
    return formatLine(line, language, texts);
  });
  const closing = options.counselorNotified === false ? texts.trusted : `${texts.trusted}\n${texts.counselor}`;
  if (level === 'check_in') {
    // Ask directly and kindly; the next message is read as the answer (a yes is acute).
    const text = [
      `${texts.checkInOpening} ${checkInQuestion(language)}`,
      '',
      texts.checkInLines,
      ...lines,
      '',
      closing,
    ].join('\n');
    return { language, kind: primary, level, text, helpLines: ids };
  }
  const opening = level === 'concern' && primary === 'self' ? texts.openingConcern : texts.opening[primary];
  const text = [opening, '', texts.limits, ...lines, '', closing].join('\n');
  return { language, kind: primary, level, text, helpLines: ids };
}
