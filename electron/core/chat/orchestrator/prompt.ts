import type { ModelMessage } from '../../llm/protocol.js';
import { MI_SYSTEM_INSTRUCTION, moveInstruction, type InstructionSlots } from '../mi/instructions.js';
import type { Move } from '../mi/moves.js';
import { renderContext, type ChatPurpose, type ContextEntry } from './context.js';
import type { TurnMessage } from './repo.js';
import { rollingSummary, type PromptTurn } from './summary.js';
import type { ModelView, PromptPassage } from './view.js';

/**
 * The prompt layout, built for reuse: a stable prefix (the MI instruction, the allowlisted context
 * and, once the window has slid, the summary of what fell out of it), then the conversation's
 * messages in order, each exactly as the model evaluated it, then this turn's message with its
 * instruction last. Turn N+1 therefore begins with everything turn N evaluated, and the model
 * process evaluates only the new part.
 */

/** Characters of conversation kept verbatim; past this the window slides by half (about 4k tokens). */
export const WINDOW_CHARS = 12_000;

export interface ConversationContext {
  /** The messages inside the window, as the model evaluated them. */
  messages: ModelMessage[];
  /** Lines about the turns before the window (empty until it first slides). */
  summary: string[];
  /** The window's turns as the person reads them ("Hva assistenten vet"). */
  recent: { role: 'participant' | 'assistant'; text: string }[];
}

/** A stored answer that the model did not write itself, as the model's JSON would hold it. */
export function canonicalAnswer(m: Pick<TurnMessage, 'move' | 'modelText' | 'sources'>): string {
  return JSON.stringify({ move: m.move, text: m.modelText, sources: m.sources.map((s) => s.id) });
}

function toPromptTurn(m: TurnMessage): PromptTurn {
  return {
    role: m.author === 'assistant' ? 'assistant' : 'participant',
    modelText: m.crisis ? null : m.modelText,
    talk: m.talk,
    subtype: m.talkSubtype,
    move: m.move,
  };
}

/** A stored message as it sits in the model's context, or null when it never goes to the model. */
export function modelMessage(m: TurnMessage): ModelMessage | null {
  if (m.crisis || m.modelText === null) return null;
  if (m.author === 'assistant') return { role: 'model', text: m.modelTurn ?? canonicalAnswer(m) };
  return { role: 'user', text: m.modelTurn ?? m.modelText };
}

/**
 * Where the window starts. Computed from the first turn on, so it only moves when the
 * conversation outgrows WINDOW_CHARS, and then by half at once: between slides every turn keeps
 * the prefix of the one before.
 */
export function windowStart(sizes: readonly number[], limit = WINDOW_CHARS): number {
  let start = 0;
  let total = 0;
  sizes.forEach((size, i) => {
    total += size;
    if (total <= limit) return;
    while (start < i && total > limit / 2) total -= sizes[start++] ?? 0;
  });
  return start;
}

/** The conversation as the model gets it for the next turn, from the stored turns. */
export function conversationContext(turns: readonly TurnMessage[], limit = WINDOW_CHARS): ConversationContext {
  const sent = turns
    .map((t) => ({ turn: t, message: modelMessage(t) }))
    .filter((x): x is { turn: TurnMessage; message: ModelMessage } => x.message !== null);
  let start = windowStart(
    sent.map((x) => x.message.text.length),
    limit,
  );
  // A window begins with the participant's words, never half an exchange.
  while (start < sent.length && sent[start]?.turn.author === 'assistant' && start > 0) start++;
  const before = sent.slice(0, start).map((x) => toPromptTurn(x.turn));
  const inside = sent.slice(start);
  return {
    messages: inside.map((x) => x.message),
    summary: rollingSummary(before, 0).summary,
    recent: inside.map((x) => ({
      role: x.turn.author === 'assistant' ? 'assistant' : 'participant',
      text: x.turn.modelText ?? '',
    })),
  };
}

export interface TurnPromptInput {
  purpose: ChatPurpose;
  at: string;
  move: Move;
  context: readonly ContextEntry[];
  conversation: ConversationContext;
  /** The participant's message, scrubbed. */
  participantText: string;
  passages: readonly PromptPassage[];
  slots: InstructionSlots;
}

const PASSAGE_MAX = 1200;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/u, '')} …` : text;
}

export function renderPassages(passages: readonly PromptPassage[]): string {
  return passages.map((p) => `[${p.id}] ${p.title} – ${p.heading}\n${clip(p.text, PASSAGE_MAX)}`).join('\n\n');
}

/** The stable prefix: changes only when the allowlisted context or the summary does. */
export function systemPromptOf(context: readonly ContextEntry[], summary: readonly string[]): string {
  const parts = [MI_SYSTEM_INSTRUCTION, renderContext(context)];
  if (summary.length > 0)
    parts.push(`Sammendrag av samtalen før det som følger:\n${summary.map((s) => `- ${s}`).join('\n')}`);
  return parts.join('\n\n');
}

/**
 * What the model gets for a participant turn, and the view of it for "Hva assistenten vet".
 * Everything in it is already scrubbed.
 */
export function buildTurnPrompt(input: TurnPromptInput): {
  systemPrompt: string;
  history: ModelMessage[];
  prompt: string;
  view: ModelView;
} {
  const systemPrompt = systemPromptOf(input.context, input.conversation.summary);
  const instruction = moveInstruction(input.move, input.slots);
  const parts: string[] = [`Personen skriver nå:\n${input.participantText}`];
  if (input.passages.length > 0)
    parts.push(`Kunnskapsutdrag (oppgi id-ene du bruker i «sources»):\n${renderPassages(input.passages)}`);
  parts.push(`Oppgave:\n${instruction}`);
  const prompt = parts.join('\n\n');
  return {
    systemPrompt,
    history: input.conversation.messages,
    prompt,
    view: {
      purpose: input.purpose,
      at: input.at,
      sentToModel: true,
      notSentReason: null,
      move: { kind: input.move.kind, variant: input.move.variant, reason: input.move.reason },
      context: [...input.context],
      summary: [...input.conversation.summary],
      recent: input.conversation.recent.map((t) => ({ ...t })),
      participantText: input.participantText,
      passages: input.passages.map((p) => ({ ...p, text: clip(p.text, PASSAGE_MAX) })),
      instruction,
      systemPrompt,
      prompt,
      retryHint: null,
    },
  };
}
