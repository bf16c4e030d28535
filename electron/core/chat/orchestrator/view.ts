import type { MoveKind, MoveReason } from '../mi/moves.js';
import type { SearchMode } from '../../knowledge/types.js';
import type { ChatPurpose, ContextEntry } from './context.js';

/** A knowledge passage as it was put in the prompt. */
export interface PromptPassage {
  id: string;
  title: string;
  heading: string;
  text: string;
  source: string;
  date: string;
  /** How the knowledge search found it (see Citation.mode). */
  mode?: SearchMode;
  /** A weak hit (see PassageHit.weak): an answer built on it gets the caveat and the counselor suggestion. */
  weak?: boolean;
}

/**
 * "Hva assistenten vet": exactly what the model was given for one turn, pseudonymised as it was
 * sent. `systemPrompt` and `prompt` are the two texts that went to the model process; the other
 * fields are the same content in parts, for the screen.
 */
export interface ModelView {
  purpose: ChatPurpose;
  at: string;
  /** False when the model was not asked at all (crisis turn, fixed answer): then nothing was sent. */
  sentToModel: boolean;
  /** Why the model was not asked, when it was not. */
  notSentReason: 'crisis' | 'fixed_answer' | null;
  move: { kind: MoveKind; variant: string; reason: MoveReason } | null;
  context: ContextEntry[];
  summary: string[];
  recent: { role: 'participant' | 'assistant'; text: string }[];
  participantText: string | null;
  passages: PromptPassage[];
  instruction: string | null;
  systemPrompt: string | null;
  prompt: string | null;
  /** Added to the prompt of the second attempt when the first failed its checks. */
  retryHint: string | null;
}

export function notSentView(
  purpose: ChatPurpose,
  reason: 'crisis' | 'fixed_answer',
  at: string,
  move: ModelView['move'] = null,
): ModelView {
  return {
    purpose,
    at,
    sentToModel: false,
    notSentReason: reason,
    move,
    context: [],
    summary: [],
    recent: [],
    participantText: null,
    passages: [],
    instruction: null,
    systemPrompt: null,
    prompt: null,
    retryHint: null,
  };
}
