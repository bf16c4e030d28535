import type { RiskCategory, RiskLevel } from '../types.js';

export interface RiskRule {
  /** Stable id, reported in `matched` and on the counselor's flag (e.g. "suicide.wish_to_die"). */
  id: string;
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
  pattern: RegExp;
  /** Skip this match when the clause around it matches (idioms and accidents). */
  unless?: RegExp;
  /**
   * Skip this match when the sentence around it matches: an everyday context named in another
   * clause ("har sagt opp jobben og tar farvel med alle i dag").
   */
  unlessInSentence?: RegExp;
  /** Lower an acute match to concern when the clause around it matches (denial, third person, topic). */
  concernIf?: RegExp;
  /**
   * 'speaker': acute only when the clause's subject is the speaker or left out
   * ("jeg tar livet av meg", "vil ta livet av meg"); other subjects give concern
   * ("det tar livet av meg", "jobben tar livet av meg").
   */
  subject?: 'speaker';
}

/** A rule pattern: global, on folded text. */
export const r = (source: string): RegExp => new RegExp(source, 'g');
