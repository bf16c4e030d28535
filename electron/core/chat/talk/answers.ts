/**
 * An elliptic answer read against the assistant's last question, as an MI counselor hears it:
 * "ja, kanskje det" to "Kunne du tenke deg å søke?" is change talk, "nei egentlig ikke" to
 * "Har du vurdert å ta opp matte?" sustain talk, "ja det passer" to "Går det greit på torsdag?"
 * neither. Only an answer that says nothing on its own is read this way (and a reason given to
 * a question that asks for reasons one way or the other).
 */
import type { TalkClassification, TalkSubtype } from './types.js';

const UNSURE =
  /^(?:tja|mja|hmm+|bade og|both|usikker|aner ikke|(?:jeg\s+|eg\s+)?(?:vet|veit)\s+(?:ikke|ikkje|itj)|kanskje ikke|kanskje ikkje|not sure|i don'?t know|dunno|idk)\b/;
const YES =
  /^(?:ja+|jepp|jep|jupp|jo|joda|jada|javisst|jau|yes|yeah|yep|yup|ok|okei|okey|absolutt|gjerne|definitivt|definitely|sure|of course|klart|selvfolgelig|sjolvsagt|kanskje|maybe|sett det opp|la oss)\b/;
const NO =
  /^(?:nei+|neh|nope|nah|naa+|nee+|ne|no|nix|niks|ikke|ikkje|itj|aldri|helst ikke|helst ikkje|not really|never|no way)\b/;

/** Questions that ask for reasons for change (evocative) or for the status quo, by what they ask. */
const CHANGE_ASK =
  /^(?:hvorfor|kvifor|why)\s+(?:vil|ville|onsker|onskjer|er det (?:sa\s+)?viktig|do you want)\b|\b(?:hva|kva|what)\s+(?:ville|vil|hadde|kunne|would)\s+(?:vert|vaert|vore|blitt|bli|verte|be)\s+(?:annerledes|annleis|bedre|betre|different|better)\b|\b(?:det\s+)?beste\s+med\s+a\b|\b(?:neste|forste)\s+(?:steg|skritt)\b|\bnext\s+step\b|\bom\s+(?:et|eit|ett|to|tre|fem|\d+)\s+(?:ar|years?)\b/;
const SUSTAIN_ASK =
  /\b(?:bra|fint|godt|positivt|digg|good)\s+(?:med|about)\s+(?:slik|sann|sik|korleis|hvordan|how)\s+(?:\w+\s+)?(?:er|har|is|are)\b|^(?:hvorfor|kvifor|why)\s+(?:ikke|ikkje|not)\b|\b(?:holder|held|holds)\s+(?:deg|you)\s+(?:igjen|tilbake|back)\b|\b(?:hva|kva|what)\s+(?:gjor|gjer|er|makes)\s+(?:det\s+|it\s+)?(?:sa\s+)?(?:vanskelig|vanskeleg|tungt|skummelt|hard|difficult)\b/;
/** "Hvorfor 8 og ikke 5?": asking why the number is not lower draws out reasons for change. */
const RULER_WHY =
  /\b(?:hvorfor|kvifor|why)\s+(?:en\s+|ein\s+|a\s+)?(\d+)\s+(?:og|and)\s+(?:ikke|ikkje|not)\s+(?:en\s+|ein\s+|a\s+)?(\d+)\b/;

/** The last sentence of the assistant's message that asks something, folded, or null. */
export function lastQuestion(foldedAsked: string): string | null {
  const sentences = foldedAsked.split(/(?<=[.!?])\s+/).filter((s) => /\?\s*$/.test(s));
  const last = sentences[sentences.length - 1];
  return last ? last.replace(/\?\s*$/, '').trim() : null;
}

/**
 * A yes/no question turned into the participant's own statement: the assistant's "du" becomes
 * "jeg", its "jeg" becomes "du", and the verb-first order becomes a statement
 * ("kunne du tenke deg å søke" → "jeg kunne tenke meg å søke").
 */
export function asStatement(question: string): string {
  const swap: Record<string, string> = {
    du: 'jeg',
    dere: 'jeg',
    deg: 'meg',
    dykk: 'meg',
    din: 'min',
    di: 'mi',
    ditt: 'mitt',
    dine: 'mine',
    jeg: 'du',
    eg: 'du',
    meg: 'deg',
    you: 'i',
    your: 'my',
    yourself: 'myself',
  };
  const swapped = question.replace(
    /\b(?:du|dere|deg|dykk|din|di|ditt|dine|jeg|eg|meg|you|your|yourself)\b/g,
    (w) => swap[w] ?? w,
  );
  return swapped
    .replace(/^(\w+)\s+(jeg|vi)\s+/, '$2 $1 ')
    .replace(/^(do|did|would|could|will|are|have|can)\s+i\s+/, 'i $1 ');
}

const PREPARATORY: readonly TalkSubtype[] = ['desire', 'ability', 'reasons', 'need'];

type Reader = (statement: string) => TalkClassification;

/** The answer's class read against the question, or null when the question does not decide it. */
export function readAnswer(
  answer: string,
  own: TalkClassification,
  question: string,
  read: Reader,
): TalkClassification | null {
  const unsure = UNSURE.test(answer);
  const yes = !unsure && YES.test(answer);
  const no = !unsure && NO.test(answer);
  const ruler = RULER_WHY.exec(question);
  const towards = CHANGE_ASK.test(question) || (ruler !== null && Number(ruler[1]) > Number(ruler[2]));
  const away = !towards && SUSTAIN_ASK.test(question);
  if (towards || away) {
    // An open question that asks for reasons: a reason, wish or ability given answers it in the
    // question's direction ("kan sove så lenge jeg vil" to "hva er bra med slik det er nå?").
    const answered = own.talk === 'neutral' || (own.subtype !== undefined && PREPARATORY.includes(own.subtype));
    if (!answered || unsure || no || answer.split(/\s+/).length < 2) return null;
    const subtype: TalkSubtype = /\bsteg|skritt|step\b/.test(question)
      ? 'commitment'
      : /\bom\s+\S+\s+(?:ar|years?)\b/.test(question)
        ? 'desire'
        : 'reasons';
    return { talk: towards ? 'change' : 'sustain', subtype, confidence: 0.6 };
  }
  if (own.talk !== 'neutral') return null;
  if (unsure) return { talk: 'neutral', confidence: 0.6 };
  if (!yes && !no) return null;
  const statement = read(asStatement(question));
  if (statement.talk === 'change' && statement.subtype)
    return { talk: yes ? 'change' : 'sustain', subtype: statement.subtype, confidence: 0.6 };
  if (statement.talk === 'sustain' && statement.subtype && yes)
    return { talk: 'sustain', subtype: statement.subtype, confidence: 0.6 };
  return null;
}
