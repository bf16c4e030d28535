import type { JsonGenerationRequest } from '../../../electron/core/chat/orchestrator/generation.js';
import { requestedMove, ScriptedGenerator } from './helpers.js';

/** A reply per move that passes the MI checks, as a good model would write it. */
export const GOOD_TEXT: Readonly<Record<string, string>> = {
  open_question: 'Hva er det viktigste for deg akkurat nå?',
  simple_reflection: 'Du har lyst til å komme i gang med noe.',
  complex_reflection: 'Det høres ut som det betyr mye for deg å klare dette selv.',
  affirmation: 'Du har virkelig stått på for å få dette til.',
  summary:
    'Så langt har du fortalt at du vil jobbe, og at det har vært tungt å komme i gang. Du har også sagt at egne penger betyr mye for deg.',
  readiness_ruler: 'På en skala fra 0 til 10, hvor viktig er det for deg å få en jobb?',
  ask_permission: 'Er det greit at jeg forteller litt om hvordan en søknad kan se ut?',
  'plan_next_step:ask_step': 'Hva blir det første lille steget, og når vil du gjøre det?',
  'plan_next_step:offer_plan': 'Det høres ut som et godt steg. Vil du at jeg legger det inn i aktivitetsplanen din?',
  provide_information:
    'Ifølge kunnskapsbasen er AFT et tiltak der du kan prøve ut hva du klarer i jobb, med tett oppfølging.',
};

/** The passage ids the prompt offered, in order. */
export function passageIdsIn(prompt: string): string[] {
  return [...prompt.matchAll(/^\[([a-z0-9-]+#[a-z0-9-]+)\]/gm)].map((m) => m[1] as string);
}

export function goodReply(request: JsonGenerationRequest): string {
  const move = requestedMove(request);
  const variant = /ask_step|Hjelp dem å gjøre det konkret/.test(request.prompt) ? 'ask_step' : 'offer_plan';
  const text = move === 'plan_next_step' ? GOOD_TEXT[`plan_next_step:${variant}`] : GOOD_TEXT[move];
  const sources = move === 'provide_information' ? passageIdsIn(request.prompt).slice(0, 1) : [];
  return JSON.stringify({ move, text, sources });
}

/** A model that always writes a good reply. */
export function goodModel(): ScriptedGenerator {
  return new ScriptedGenerator((request) => goodReply(request));
}
