import type { Logger } from '../../log.js';
import type { Scrubber } from '../../scrub/scrubber.js';
import { PseudonymVault } from '../../scrub/vault.js';
import { move, MOVE_KINDS, MOVE_VARIANTS } from '../mi/moves.js';
import type { PhraseLibrary } from '../mi/phrases.js';
import { chooseMove } from '../mi/policy.js';
import { createDialogueState, observeParticipant } from '../mi/state.js';
import { assessRisk } from '../safety/assessRisk.js';
import { compilePatterns, safetyPatterns, twoByte } from '../safety/warm.js';
import { classifyTalk } from '../talk/classifyTalk.js';
import { draftReadsAsProse } from '../checks/prose.js';
import { prepareGrounding } from '../checks/grounding.js';
import { generateReply, type JsonGenerator } from './generation.js';
import { conversationScrubber } from './guard.js';
import type { KnowledgeSearch } from './turnEnv.js';

/**
 * The turn pipeline's own code made ready while the participant reads the opening question and
 * types: the first time V8 meets a regular expression or a code path it compiles it, and a turn
 * runs hundreds of them (the crisis layers, tekstvask, the talk classifier, the output checks of
 * every move). Done once per process, on fixed made-up texts (no person's data), in small steps
 * that give way to other work between them, so the participant's first turns do not pay for it.
 */
let prepared: Promise<void> | null = null;

/**
 * Each sample also in its two-byte form: V8 compiles an expression separately for text stored one
 * byte per character and two (a "’", a "–" or an emoji in the message, a passage cut from a page
 * that has one), and the first two-byte reply to a knowledge question paid ~0.2–0.3 s for it.
 */
const SAMPLE_MESSAGES = [
  'Hei. Jeg heter Ola Nordmann og har ikke jobbet på en stund, ring meg på 912 34 567.',
  'Eg veit ikkje heilt kva eg vil, men kanskje eg kunne prøvd å søkje på ein jobb i butikk.',
  'Jeg skal sende to søknader før fredag, det har jeg bestemt meg for.',
  'Hva er arbeidsavklaringspenger, og hvor lenge kan man få det?',
  'Det har vært tungt i det siste, jeg orker nesten ingenting og sover dårlig.',
].flatMap((text) => [text, twoByte(text)]);

const FIXED_REPLY = 'Det høres ut som du har tenkt mye på hvordan du kan komme i gang igjen.';

const SAMPLE_QUESTION = 'Hvordan skriver jeg en god CV når jeg ikke har mye erfaring?';

/** A model that answers every move with one fixed reply (checked like a real one, then the phrase library). */
const fixedReply = (text: string): JsonGenerator => ({
  generateJson: async (request) =>
    JSON.stringify({
      move: (request.schema as { properties?: { move?: { const?: string } } }).properties?.move?.const ?? '',
      text,
      sources: [],
    }),
});

async function yieldToOthers(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}

async function prepare(scrubber: Scrubber, library: PhraseLibrary | undefined, logger?: Logger): Promise<void> {
  const started = performance.now();
  const vault = new PseudonymVault();
  const scrub = conversationScrubber(scrubber, vault, [{ kind: 'participant', fullName: 'Ola Nordmann' }]);
  // Every crisis-layer expression compiled, 25 at a time (about 15 ms each step).
  const patterns = safetyPatterns();
  for (let i = 0; i < patterns.length; i += 25) {
    compilePatterns(patterns.slice(i, i + 25));
    await yieldToOthers();
  }
  // The knowledge base's passages that ground a cited fact (about 60 ms, once).
  prepareGrounding();
  await yieldToOthers();
  let state = createDialogueState();
  const earlier: string[] = [];
  for (const message of SAMPLE_MESSAGES) {
    assessRisk(message, { conversation: { recentParticipantTexts: earlier, lastAssistantWasCheckIn: false } });
    const scrubbed = scrub(message);
    const talk = classifyTalk(scrubbed);
    state = observeParticipant(state, scrubbed, talk);
    chooseMove(state, talk, { knowledgeAvailable: false });
    draftReadsAsProse(scrubbed, true);
    earlier.push(message);
    await yieldToOthers();
  }
  assessRisk('ja', { conversation: { recentParticipantTexts: earlier, lastAssistantWasCheckIn: true } });
  const signal = new AbortController().signal;
  for (const [kind, text] of MOVE_KINDS.flatMap((k) =>
    [FIXED_REPLY, twoByte(FIXED_REPLY)].map((t) => [k, t] as const),
  )) {
    await generateReply(fixedReply(text), {
      move: move(kind, MOVE_VARIANTS[kind][0], 'explore'),
      systemPrompt: '',
      conversationId: 'warmup',
      history: [],
      prompt: '',
      passageIds: [],
      adviceAllowed: false,
      vault,
      fallback: { slots: {}, sources: [], talk: 'neutral', ...(library ? { library } : {}) },
      rng: () => 0,
      signal,
    });
    await yieldToOthers();
  }
  logger?.info('chat.prepared', { ms: Math.round(performance.now() - started), patterns: patterns.length });
}

export interface TurnPipelineParts {
  scrubber: Scrubber;
  library?: PhraseLibrary | undefined;
  /** The knowledge base: its index of the open store is built now, not at the first question. */
  knowledge: KnowledgeSearch | null;
  /** Whether the store is still open when the index would be built (locked in between: nothing to build). */
  storeOpen: () => boolean;
  logger?: Logger | undefined;
}

/**
 * Starts making the turn pipeline ready after the caller's own work (a timer, so the answer that
 * triggered it is not delayed): the code once per process, then the knowledge index of the open
 * store (built once per unlock; a search answers from it at once when it is there). Never fails: a
 * failure only means the first turn is not sped up, and is logged as a code.
 */
export function prepareTurnPipeline(parts: TurnPipelineParts): void {
  const { scrubber, library, knowledge, storeOpen, logger } = parts;
  const code = (prepared ??= new Promise<void>((resolve) => {
    setTimeout(() => {
      prepare(scrubber, library, logger)
        .catch(() => logger?.warn('chat.prepare_failed', {}))
        .finally(resolve);
    }, 0).unref?.();
  }));
  void code.then(() =>
    storeOpen()
      ? knowledge
          ?.search(SAMPLE_QUESTION, { limit: 3 })
          .catch(() => logger?.warn('chat.prepare_failed', { part: 'knowledge' }))
      : undefined,
  );
}
