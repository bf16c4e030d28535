import { ModelError, type ModelErrorCode } from '../../llm/errors.js';
import type { ModelMessage } from '../../llm/protocol.js';
import type { ModelRuntime } from '../../llm/runtime.js';
import { detectInOutput } from '../../scrub/output.js';
import type { PseudonymVault } from '../../scrub/vault.js';
import {
  checkMoveOutput,
  MI_INCONSISTENT,
  regenerationHint,
  type CheckCode,
  type CheckFailure,
} from '../checks/checkMoveOutput.js';
import { LENGTH_BOUNDS, type Move, type MoveKind } from '../mi/moves.js';
import {
  moveOutputJsonSchema,
  parseMoveOutput,
  type MoveOutput,
  type MoveOutputJsonSchema,
} from '../mi/outputSchema.js';
import { renderFallback, type FallbackSlots, type PhraseLibrary } from '../mi/phrases.js';
import type { TalkClass } from '../talk/types.js';

/** One structured call to the model: the raw JSON text it wrote (throws ModelError). */
export interface JsonGenerationRequest {
  systemPrompt: string;
  /** The conversation whose context the model process keeps between turns (none: a one-off call). */
  conversationId?: string | undefined;
  /** The conversation so far, as the model evaluated it before. */
  history?: readonly ModelMessage[] | undefined;
  prompt: string;
  schema: MoveOutputJsonSchema | Readonly<Record<string, unknown>>;
  maxTokens: number;
  temperature: number;
  seed?: number | undefined;
  timeLimitMs: number;
  signal: AbortSignal;
  onChunk?: ((raw: string) => void) | undefined;
}

export interface JsonGenerator {
  generateJson(request: JsonGenerationRequest): Promise<string>;
}

type RuntimeSchema = Parameters<ModelRuntime['generateJson']>[0]['schema'];

/** The generator over the model runtime (node-llama-cpp in its own process, JSON-schema grammar). */
export class RuntimeJsonGenerator implements JsonGenerator {
  constructor(private readonly runtime: Pick<ModelRuntime, 'generateJson'>) {}

  async generateJson(request: JsonGenerationRequest): Promise<string> {
    const { text } = await this.runtime.generateJson({
      prompt: request.prompt,
      systemPrompt: request.systemPrompt,
      ...(request.conversationId ? { conversationId: request.conversationId, history: request.history ?? [] } : {}),
      schema: request.schema as unknown as RuntimeSchema,
      options: {
        maxTokens: request.maxTokens,
        temperature: request.temperature,
        timeLimitMs: request.timeLimitMs,
        ...(request.seed !== undefined ? { seed: request.seed } : {}),
      },
      signal: request.signal,
      ...(request.onChunk ? { onChunk: request.onChunk } : {}),
    });
    return text;
  }
}

/** Failure codes of one attempt: the checks' own, plus what the output stage and the runtime add. */
export type AttemptFailure = CheckCode | 'invented_personal_data' | 'unknown_placeholder' | 'model_error';

export interface AttemptRecord {
  failures: AttemptFailure[];
  /** The model runtime's error code when the call itself failed. */
  modelError?: ModelErrorCode;
}

export type ReplyGeneration = 'model' | 'regenerated' | 'fallback' | 'stopped';

export interface Reply {
  move: MoveKind;
  variant: string;
  /** The reply with placeholders, as the model (or the phrase library) wrote it. */
  text: string;
  sources: string[];
  generation: ReplyGeneration;
  attempts: AttemptRecord[];
  /** The hint added to the second attempt's prompt, if there was one. */
  retryHint: string | null;
  /** Calls that reached the model runtime. */
  modelCalls: number;
  /** Phrase-library template id when the fallback was used. */
  templateId: string | null;
  /**
   * The turn as it now sits in the model's context: the prompt of the last call that reached it
   * and the JSON the model wrote for the reply (null when the reply is not the model's own).
   */
  modelTurn: { prompt: string; output: string | null } | null;
}

/** Receives the model's raw output of each attempt as it is written, and hears when a draft is thrown away. */
export interface DraftSink {
  begin(): (raw: string) => void;
  /** The partial text of the current attempt (model text, placeholders kept). */
  partial(): string;
  discard(): void;
}

export interface ReplyRequest {
  move: Move;
  systemPrompt: string;
  conversationId?: string | undefined;
  history?: readonly ModelMessage[] | undefined;
  prompt: string;
  passageIds: readonly string[];
  adviceAllowed: boolean;
  vault: PseudonymVault;
  fallback: {
    slots: FallbackSlots;
    sources: readonly string[];
    talk?: TalkClass | undefined;
    library?: PhraseLibrary | undefined;
  };
  rng: () => number;
  signal: AbortSignal;
  draft?: DraftSink | undefined;
  seed?: number | undefined;
  temperature?: number | undefined;
  /** Overrides the per-move token budget (benchmarks and tests with the tiny model). */
  maxTokens?: number | undefined;
  timeLimitMs?: number | undefined;
}

/** Runtime errors that will not go away on a second try: go straight to the phrase library. */
const NO_RETRY: ReadonlySet<ModelErrorCode> = new Set([
  'MODEL_NOT_CONFIGURED',
  'MODEL_LOAD_FAILED',
  'MODEL_SHUT_DOWN',
  'MODEL_INPUT_TOO_LONG',
]);
export const DEFAULT_ANSWER_TIME_LIMIT_MS = 90_000;

/** Tokens for a move's JSON: its longest text at ~2.5 characters per token, plus the JSON around it. */
export function tokenBudget(kind: MoveKind): number {
  return Math.ceil(LENGTH_BOUNDS[kind].max / 2.5) + 48;
}

/**
 * The output stage's own check of one reply: personal data the model made up (a name, a number
 * not in the vault) or a placeholder it invented fails the reply, as a check does.
 */
export function outputFailures(text: string, vault: PseudonymVault): AttemptFailure[] {
  const check = detectInOutput(text, vault);
  const failures: AttemptFailure[] = [];
  if (check.findings.length > 0) failures.push('invented_personal_data');
  if (check.unknownPlaceholders.length > 0) failures.push('unknown_placeholder');
  return failures;
}

/**
 * Generation with checks: the model writes `{move, text, sources}` under a JSON-schema grammar;
 * the reply must pass the MI checks and the output detectors. If it fails, the model tries once
 * more with a hint of what failed; if that fails too, the MI phrase library answers. A stop by the
 * person ends it at once with the partial text they saw.
 */
export async function generateReply(generator: JsonGenerator, req: ReplyRequest): Promise<Reply> {
  const schema = moveOutputJsonSchema(req.move, req.passageIds);
  const attempts: AttemptRecord[] = [];
  let retryHint: string | null = null;
  let modelCalls = 0;
  let lastPrompt: string | null = null;
  const modelTurn = (output: string | null) => (lastPrompt === null ? null : { prompt: lastPrompt, output });
  // What the person last saw of an attempt that failed its checks: a stop that lands before the
  // next attempt has written anything keeps this (when it holds nothing the model made up).
  let shown = '';
  const discardDraft = () => {
    const partial = req.draft?.partial() ?? '';
    if (partial.trim() && outputFailures(partial, req.vault).length === 0) shown = partial;
    req.draft?.discard();
  };
  const stoppedText = () => (req.draft?.partial() ?? '').trim() || shown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const prompt =
      attempt === 0 || !retryHint ? req.prompt : `${req.prompt}\n\nForrige forslag ble ikke godkjent. ${retryHint}`;
    const onChunk = req.draft?.begin();
    let raw: string;
    try {
      modelCalls++;
      lastPrompt = prompt;
      raw = await generator.generateJson({
        systemPrompt: req.systemPrompt,
        conversationId: req.conversationId,
        history: req.history,
        prompt,
        schema,
        maxTokens: req.maxTokens ?? tokenBudget(req.move.kind),
        temperature: req.temperature ?? 0.6,
        seed: req.seed !== undefined ? req.seed + attempt : undefined,
        timeLimitMs: req.timeLimitMs ?? DEFAULT_ANSWER_TIME_LIMIT_MS,
        signal: req.signal,
        onChunk,
      });
    } catch (error) {
      if (req.signal.aborted) {
        return {
          move: req.move.kind,
          variant: req.move.variant,
          text: stoppedText(),
          sources: [],
          generation: 'stopped',
          attempts,
          retryHint,
          modelCalls,
          templateId: null,
          modelTurn: modelTurn(null),
        };
      }
      const code = error instanceof ModelError ? error.code : 'MODEL_INTERNAL';
      attempts.push({ failures: ['model_error'], modelError: code });
      discardDraft();
      if (NO_RETRY.has(code)) break;
      continue;
    }
    const parsed: MoveOutput | null = parseMoveOutput(raw);
    const checked = checkMoveOutput(parsed ?? raw, {
      move: req.move,
      adviceAllowed: req.adviceAllowed,
      passageIds: req.passageIds,
    });
    const failures: AttemptFailure[] = checked.failures.map((f) => f.code);
    if (parsed) failures.push(...outputFailures(parsed.text, req.vault));
    if (parsed && failures.length === 0) {
      return {
        move: req.move.kind,
        variant: req.move.variant,
        text: parsed.text.trim(),
        sources: parsed.sources,
        generation: attempt === 0 ? 'model' : 'regenerated',
        attempts: [...attempts, { failures: [] }],
        retryHint,
        modelCalls,
        templateId: null,
        modelTurn: modelTurn(raw),
      };
    }
    attempts.push({ failures });
    discardDraft();
    retryHint =
      regenerationHint(checked.failures as CheckFailure[]) || 'Følg instruksjonen nøyaktig, kort og på norsk.';
    if (failures.includes('invented_personal_data') || failures.includes('unknown_placeholder')) {
      retryHint = `${retryHint} Ikke skriv navn, tall eller plassholdere som ikke står i teksten du fikk.`.trim();
    }
  }
  if (req.signal.aborted) {
    return {
      move: req.move.kind,
      variant: req.move.variant,
      text: stoppedText(),
      sources: [],
      generation: 'stopped',
      attempts,
      retryHint,
      modelCalls,
      templateId: null,
      modelTurn: modelTurn(null),
    };
  }
  const fb = renderFallback(req.move, req.fallback.slots, req.rng, {
    ...(req.fallback.talk ? { talk: req.fallback.talk } : {}),
    sources: req.fallback.sources,
    ...(req.fallback.library ? { library: req.fallback.library } : {}),
    accept: (text, variant) => {
      const sources =
        req.move.kind === 'provide_information' && variant === 'grounded' ? [...req.fallback.sources] : [];
      const move = { kind: req.move.kind, variant } as Move;
      const checked = checkMoveOutput(
        { move: req.move.kind, text, sources },
        { move, adviceAllowed: req.adviceAllowed, passageIds: req.passageIds },
      );
      return !checked.failures.some((f) => MI_INCONSISTENT.has(f.code));
    },
  });
  return {
    move: fb.move,
    variant: fb.variant,
    text: fb.text,
    sources: fb.sources,
    generation: 'fallback',
    attempts,
    retryHint,
    modelCalls,
    templateId: fb.templateId,
    modelTurn: modelTurn(null),
  };
}
