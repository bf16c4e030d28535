/** Talk classes of a participant utterance, after MI's change talk / sustain talk distinction. */
export const TALK_CLASSES = ['change', 'sustain', 'neutral', 'question'] as const;
export type TalkClass = (typeof TALK_CLASSES)[number];

/**
 * DARN-CAT plus taking steps: preparatory change talk (desire, ability, reasons, need) and
 * mobilising change talk (commitment, activation, taking steps). Sustain talk uses the same
 * subtypes for the opposite direction ("jeg vil ikke" = sustain/desire, "jeg klarer det ikke" =
 * sustain/ability).
 */
export const TALK_SUBTYPES = [
  'desire',
  'ability',
  'reasons',
  'need',
  'commitment',
  'activation',
  'taking_steps',
] as const;
export type TalkSubtype = (typeof TALK_SUBTYPES)[number];

export interface TalkClassification {
  talk: TalkClass;
  /** Set for change and sustain talk. */
  subtype?: TalkSubtype;
  /** 0..1, a rule-based estimate (how explicit the cue was), not a calibrated probability. */
  confidence: number;
  /** Both change and sustain cues in one utterance ("jeg vil, men jeg klarer det ikke"). */
  ambivalent?: boolean;
}

export interface ClassifyTalkOptions {
  /**
   * Extra words for the participant's own target behaviour (from the current goal, e.g.
   * "førerkort", "truck"), so "jeg vil ta truckførerbevis" counts as change talk.
   */
  targetTerms?: readonly string[];
  /**
   * A risk layer fired on this message (any safety level above none). Such a message is never
   * change talk: "jeg har en plan for hvordan jeg skal gjøre det slutt" is not a step forward.
   */
  riskFired?: boolean;
  /**
   * The assistant's last message, when the utterance answers it. An answer that says little on its
   * own ("ja, kanskje det", "nei egentlig ikke") is read against the question it answers.
   */
  asked?: string;
}
