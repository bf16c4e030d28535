import type { MoveKind } from '../mi/moves.js';
import type { TalkClass, TalkSubtype } from '../talk/types.js';

/** One stored turn as the prompt builder sees it: labels and the pseudonymised text only. */
export interface PromptTurn {
  role: 'participant' | 'assistant';
  /** The text with placeholders, as the model saw or wrote it; null when it never went to the model. */
  modelText: string | null;
  talk?: TalkClass | null;
  subtype?: TalkSubtype | null;
  move?: MoveKind | null;
}

export interface RollingSummary {
  /** Lines about the earlier part of the conversation (pseudonymised). */
  summary: string[];
  /** The last exchanges verbatim (pseudonymised), oldest first. */
  recent: { role: 'participant' | 'assistant'; text: string }[];
}

/** Exchanges kept verbatim; older ones are folded into the summary. */
export const RECENT_TURNS = 6;
const QUOTE_MAX = 140;

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `«${t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX).replace(/\s+\S*$/u, '')} …` : t}»`;
}

/**
 * A rolling summary: the last few turns as they were, and of the earlier ones only what the MI
 * engine needs to remember — the participant's own change talk (above all commitment), sustain
 * talk, and what they asked about. Deterministic and built from the stored labels and
 * pseudonymised text, so "Hva assistenten vet" can show it exactly; no model call.
 */
export function rollingSummary(turns: readonly PromptTurn[], recentTurns = RECENT_TURNS): RollingSummary {
  const usable = turns.filter(
    (t): t is PromptTurn & { modelText: string } => t.modelText !== null && t.modelText.trim().length > 0,
  );
  const recent = usable.slice(-recentTurns).map((t) => ({ role: t.role, text: t.modelText }));
  const older = usable.slice(0, Math.max(0, usable.length - recentTurns)).filter((t) => t.role === 'participant');
  const summary: string[] = [];
  if (older.length > 0) {
    summary.push(
      `Tidligere i samtalen har personen skrevet ${older.length} ${older.length === 1 ? 'melding' : 'meldinger'}.`,
    );
    const commitment = older.filter(
      (t) =>
        t.talk === 'change' &&
        (t.subtype === 'commitment' || t.subtype === 'activation' || t.subtype === 'taking_steps'),
    );
    const change = older.filter((t) => t.talk === 'change' && !commitment.includes(t));
    const sustain = older.filter((t) => t.talk === 'sustain');
    const questions = older.filter((t) => t.talk === 'question');
    if (commitment.length > 0)
      summary.push(
        `Det personen har sagt de vil gjøre eller har gjort: ${commitment
          .slice(-2)
          .map((t) => quote(t.modelText))
          .join('; ')}.`,
      );
    if (change.length > 0)
      summary.push(
        `Det personen har sagt for endring: ${change
          .slice(-3)
          .map((t) => quote(t.modelText))
          .join('; ')}.`,
      );
    if (sustain.length > 0)
      summary.push(
        `Det som holder personen tilbake: ${sustain
          .slice(-2)
          .map((t) => quote(t.modelText))
          .join('; ')}.`,
      );
    if (questions.length > 0)
      summary.push(
        `Personen har spurt om: ${questions
          .slice(-2)
          .map((t) => quote(t.modelText))
          .join('; ')}.`,
      );
  }
  return { summary, recent };
}
