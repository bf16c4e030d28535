/**
 * chat/talk — classifies participant utterances (after the safety stage, on scrubbed text):
 *
 *   classifyTalk("jeg skal søke på to jobber i morgen") → { talk: 'change', subtype: 'commitment', confidence: 0.85 }
 */
export { classifyTalk } from './classifyTalk.js';
export {
  TALK_CLASSES,
  TALK_SUBTYPES,
  type TalkClass,
  type TalkSubtype,
  type TalkClassification,
  type ClassifyTalkOptions,
} from './types.js';
