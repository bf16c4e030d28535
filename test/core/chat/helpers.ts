import path from 'node:path';
import type { ApiEvent } from '../../../electron/core/api/events.js';
import type { ApiResult } from '../../../electron/core/api/errors.js';
import type { InputOf, OutputOf, ProcedureName } from '../../../electron/core/api/router.js';
import { TEST_KDF_COST } from '../../../electron/core/auth/kdf.js';
import type { Role } from '../../../electron/core/auth/types.js';
import type { JsonGenerationRequest, JsonGenerator } from '../../../electron/core/chat/orchestrator/generation.js';
import type { GenerationSettings } from '../../../electron/core/chat/orchestrator/turnEnv.js';
import { createCore, type CoreOptions } from '../../../electron/core/index.js';
import { createForkLauncher, type ModelProcessLauncher } from '../../../electron/core/llm/launcher.js';
import type { WorkerRequest } from '../../../electron/core/llm/protocol.js';
import { silentLogger, type Logger } from '../../../electron/core/log.js';
import type { LoadedPolicy } from '../../../electron/core/policy/policy.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { recordBases, showNotice } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

export const ADMIN_PASSWORD = 'blåbærsyltetøy på vaffel';
export const PASSWORD = 'lang nok passfrase for test';
const noPolicy: LoadedPolicy = {
  status: { kind: 'none', path: '/nonexistent/policy.json' },
  settings: {},
  locked: new Set(),
};

/**
 * A launcher that starts the real model process and keeps a copy of every message the app sends
 * it: exactly what node-llama-cpp's process receives.
 */
export function recordingLauncher(): { launcher: ModelProcessLauncher; sent: WorkerRequest[]; pids: number[] } {
  const inner = createForkLauncher();
  const sent: WorkerRequest[] = [];
  const pids: number[] = [];
  return {
    sent,
    pids,
    launcher: {
      launch() {
        const p = inner.launch();
        if (p.pid !== undefined) pids.push(p.pid);
        return {
          get pid() {
            return p.pid;
          },
          send(message) {
            sent.push(structuredClone(message));
            p.send(message);
          },
          onMessage: (listener) => p.onMessage(listener),
          onExit: (listener) => p.onExit(listener),
          kill: () => p.kill(),
        };
      },
    },
  };
}

/** Every text in messages that reached the model process (prompts, system prompts, chat turns, embeddings). */
export function textsSentToModel(sent: readonly WorkerRequest[]): string[] {
  const out: string[] = [];
  for (const m of sent) {
    if (m.type === 'json') out.push(m.prompt, m.systemPrompt ?? '', ...m.history.map((h) => h.text));
    else if (m.type === 'embed') out.push(...m.texts);
  }
  return out;
}

/** A scripted stand-in for the model (orchestration tests; the same path runs for real in privacy.test.ts). */
export class ScriptedGenerator implements JsonGenerator {
  readonly requests: JsonGenerationRequest[] = [];
  constructor(private readonly answer: (request: JsonGenerationRequest, index: number) => string | Error) {}

  async generateJson(request: JsonGenerationRequest): Promise<string> {
    const index = this.requests.length;
    this.requests.push(request);
    const out = this.answer(request, index);
    if (out instanceof Error) throw out;
    // Stream it like the model does, a few characters at a time.
    for (let i = 0; i < out.length; i += 7) {
      if (request.signal.aborted)
        throw Object.assign(new Error('stopped'), { name: 'ModelError', code: 'MODEL_STOPPED' });
      request.onChunk?.(out.slice(i, i + 7));
    }
    return out;
  }
}

/** The move the request asks for (fixed by its grammar). */
export function requestedMove(request: JsonGenerationRequest): string {
  const props = (request.schema as { properties?: { move?: { const?: string } } }).properties;
  return props?.move?.const ?? '';
}

export interface ChatCoreOptions {
  generator?: JsonGenerator;
  launcher?: ModelProcessLauncher;
  generation?: GenerationSettings;
  /** The phrase library's random draw (the benchmark seeds it so each run has the same turns). */
  rng?: () => number;
  /** Import the tiny model and make it the active chat model. */
  tinyModel?: boolean;
  /** Receives core's log events (figures only): the benchmark reads the model's per-answer figures. */
  logger?: Logger;
  modelRuntime?: CoreOptions['modelRuntime'];
  /** Display names of the people (defaults: Anna Veileder, Bjørn Veileder, Sunniva Kvalheim, Kaja Deltaker). */
  names?: Partial<Record<'counselorA' | 'counselorB' | 'participantP' | 'participantQ', string>>;
}

/** A core with an organisation: admin, counselors A and B, participant P (of A) and Q (of B), each logged in on their own connection. */
export async function chatCore(options: ChatCoreOptions = {}) {
  const temp = await makeTempDir('inkludmi-chat-');
  const dataDir = path.join(temp.dir, 'data');
  const core = createCore({
    dataDir,
    appVersion: '0.0.0-test',
    logger: options.logger ?? silentLogger,
    ...(options.modelRuntime ? { modelRuntime: options.modelRuntime } : {}),
    policy: noPolicy,
    kdfCost: TEST_KDF_COST,
    ...(options.launcher ? { modelLauncher: options.launcher } : {}),
    chat: {
      ...(options.generator ? { generator: options.generator } : {}),
      ...(options.generation ? { generation: options.generation } : {}),
      ...(options.rng ? { rng: options.rng } : {}),
    },
    model: {
      status: () => ({ state: 'not-installed', activeModel: null, progress: null, message: null }),
      binding: async () => ({ buildType: 'prebuilt', gpu: false, threads: 2 }),
    },
  });
  let n = 0;
  const events = new Map<string, ApiEvent[]>();
  const call = <N extends ProcedureName>(
    connectionId: string | null,
    name: N,
    input: InputOf<N>,
    signal?: AbortSignal,
  ) =>
    core.dispatch({
      name,
      input,
      connectionId,
      emit: (event) => {
        const list = events.get(connectionId ?? '') ?? [];
        list.push(event);
        events.set(connectionId ?? '', list);
      },
      ...(signal ? { signal } : {}),
    }) as Promise<ApiResult<OutputOf<N>>>;
  const ok = async <N extends ProcedureName>(
    connectionId: string | null,
    name: N,
    input: InputOf<N>,
  ): Promise<OutputOf<N>> => {
    const r = await call(connectionId, name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  const connection = () => `conn-${++n}`;
  const login = async (username: string, password = PASSWORD) => {
    const conn = connection();
    await ok(conn, 'auth.login', { username, password });
    return conn;
  };

  const admin = connection();
  await ok(admin, 'auth.setup', {
    organisationName: 'Chat Tiltak AS',
    admin: { username: 'admin', displayName: 'Astrid Admin', password: ADMIN_PASSWORD },
  });
  // Setup leaves the legal-basis register empty; the chatbot needs its basis recorded (issue 9).
  await recordBases(ok, admin);
  const create = (username: string, displayName: string, role: Role, counselorId?: string) =>
    ok(admin, 'users.create', {
      username,
      displayName,
      role,
      password: PASSWORD,
      ...(counselorId ? { counselorId } : {}),
    });
  const names = {
    counselorA: 'Anna Veileder',
    counselorB: 'Bjørn Veileder',
    participantP: 'Sunniva Kvalheim',
    participantQ: 'Kaja Deltaker',
    ...options.names,
  };
  const userA = await create('anna', names.counselorA, 'counselor');
  const userB = await create('bjorn', names.counselorB, 'counselor');
  const userP = await create('sunniva', names.participantP, 'participant', userA.id);
  const userQ = await create('kaja', names.participantQ, 'participant', userB.id);
  if (options.tinyModel) {
    await ok(admin, 'model.import', { path: await ensureTinyModel(), stream: 'tiny' });
    const overview = await ok(admin, 'model.overview', {});
    const chatModel = overview.models.find((m) => m.purpose === 'chat');
    if (!chatModel) throw new Error('tiny model not imported as a chat model');
    await ok(admin, 'model.setActive', { purpose: 'chat', fileName: chatModel.fileName });
  }
  const counselorA = await login('anna');
  const counselorB = await login('bjorn');
  // The chatbot waits until each participant has been shown the current notice (issue 18).
  await showNotice(ok, counselorA, [userP.participantId!]);
  await showNotice(ok, counselorB, [userQ.participantId!]);
  return {
    core,
    call,
    ok,
    events,
    connection,
    login,
    admin,
    counselorA,
    counselorB,
    participantP: await login('sunniva'),
    participantQ: await login('kaja'),
    userA,
    userB,
    p: userP.participantId!,
    q: userQ.participantId!,
    /** Events emitted on a connection's channel, optionally only one stream's. */
    eventsOf(connectionId: string, stream?: string): ApiEvent[] {
      return (events.get(connectionId) ?? []).filter((e) => !stream || e.stream === stream);
    },
    async close() {
      await core.close();
      await temp.cleanup();
    },
  };
}

export type ChatCore = Awaited<ReturnType<typeof chatCore>>;

/** What the screen shows after a stream ends: the tokens since the last discard. */
export function shownText(events: readonly ApiEvent[]): string {
  let text = '';
  for (const e of events) {
    if (e.kind === 'token') text += e.text;
    if (e.kind === 'discard') text = '';
  }
  return text;
}
