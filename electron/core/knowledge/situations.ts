/**
 * The situation-concept layer of knowledge search: the NEEDS people bring (low mood, money running
 * out, a letter from Nav, a new job, not knowing what to do with life, who gets to see what they
 * say, …), each told by the everyday words people use when they describe their situation rather
 * than name the topic ("alt føles svart", "pengene er borte før månedens slutt", "tør ikke åpne
 * brevene"), and mapped to the documents that serve that need.
 *
 * Kinds of need from study sets' misses read by kind; wording from how young people talk. Matching
 * (situationMatch.ts): one STRONG cue, or cues of two different FACETS (a feeling and a bodily state;
 * the money and what happens to it). A cue is a word or short phrase, matched in any order and
 * inflection (a phrase with function words in its order). One generic everyday word is never
 * enough, and a strong cue tells the need, not only the topic: "inkasso" is debt in trouble, but
 * "sosialhjelp" (the page's own word) counts only with a cue of what happens ("møte opp").
 */
import { LIFE_NEEDS } from './situations/lifeNeeds.js';
import { NAV_NEEDS } from './situations/navNeeds.js';
import { WORK_NEEDS } from './situations/workNeeds.js';
import type { SituationNeed } from './situations/need.js';

export type { SituationNeed } from './situations/need.js';

/** The table: data in situations/ (one module per area of life), its rules above. */
export const SITUATION_NEEDS: readonly SituationNeed[] = [...LIFE_NEEDS, ...WORK_NEEDS, ...NAV_NEEDS];
