import { MI_SYSTEM_INSTRUCTION, moveInstruction, type InstructionSlots } from '../mi/instructions.js';
import type { Move } from '../mi/moves.js';
import { renderContext, type ChatPurpose, type ContextEntry } from './context.js';
import type { RollingSummary } from './summary.js';
import type { ModelView, PromptPassage } from './view.js';

export interface TurnPromptInput {
  purpose: ChatPurpose;
  at: string;
  move: Move;
  context: readonly ContextEntry[];
  rolling: RollingSummary;
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

/**
 * The two texts the model gets for a participant turn, and the view of them for "Hva assistenten
 * vet". System: the MI instruction and the allowlisted context (stable across turns, so the model
 * process reuses its evaluated prefix). Turn: the rolling summary, the last exchanges, the new
 * message, any knowledge passages, and the move instruction. Everything in it is already scrubbed.
 */
export function buildTurnPrompt(input: TurnPromptInput): { systemPrompt: string; prompt: string; view: ModelView } {
  const systemPrompt = `${MI_SYSTEM_INSTRUCTION}\n\n${renderContext(input.context)}`;
  const instruction = moveInstruction(input.move, input.slots);
  const parts: string[] = [];
  if (input.rolling.summary.length > 0) parts.push(`Sammendrag av samtalen så langt:\n${input.rolling.summary.map((s) => `- ${s}`).join('\n')}`);
  if (input.rolling.recent.length > 0) {
    parts.push(`Siste del av samtalen:\n${input.rolling.recent.map((t) => `${t.role === 'participant' ? 'Personen' : 'Du'}: ${t.text}`).join('\n')}`);
  }
  parts.push(`Personen skriver nå:\n${input.participantText}`);
  if (input.passages.length > 0) parts.push(`Kunnskapsutdrag (oppgi id-ene du bruker i «sources»):\n${renderPassages(input.passages)}`);
  parts.push(`Oppgave:\n${instruction}`);
  const prompt = parts.join('\n\n');
  return {
    systemPrompt,
    prompt,
    view: {
      purpose: input.purpose,
      at: input.at,
      sentToModel: true,
      notSentReason: null,
      move: { kind: input.move.kind, variant: input.move.variant, reason: input.move.reason },
      context: [...input.context],
      summary: [...input.rolling.summary],
      recent: input.rolling.recent.map((t) => ({ ...t })),
      participantText: input.participantText,
      passages: input.passages.map((p) => ({ ...p, text: clip(p.text, PASSAGE_MAX) })),
      instruction,
      systemPrompt,
      prompt,
      retryHint: null,
    },
  };
}
