import { ApiError } from '../api/errors.js';
import type { EncryptedStore } from '../db/store.js';
import path from 'node:path';
import type { EmbeddingOptions } from '../knowledge/index.js';
import { KnowledgeService } from '../knowledge/service.js';
import type { ModelRuntime } from '../llm/runtime.js';
import type { Logger } from '../log.js';
import { CounselorAssistant } from './orchestrator/assistant.js';
import { FidelityService, type CaseloadPort } from './orchestrator/fidelityService.js';
import {
  FollowupContextProvider,
  FollowupIdentitySource,
  type FollowupParticipantPort,
  type FollowupPorts,
  type MotivationPort,
  type PlanPort,
  type ProfilePort,
} from './orchestrator/followupPorts.js';
import { RuntimeJsonGenerator, type JsonGenerator } from './orchestrator/generation.js';
import { ChatOrchestrator } from './orchestrator/orchestrator.js';
import type { GenerationSettings } from './orchestrator/turnEnv.js';

/** The MI chatbot's services, as core offers them to procedures. */
export interface ChatServices {
  /** The participant chat: one pipeline per turn. */
  conversation: ChatOrchestrator;
  /** The counselor assistant: meeting preparation and note drafts. */
  assistant: CounselorAssistant;
  /** MI fidelity from the stored labels. */
  fidelity: FidelityService;
  /** The knowledge base, indexed into the store when the chat opens or at the first question after an unlock. */
  knowledge: KnowledgeService;
}

/** The follow-up services the chat calls (structurally; read at call time, as core builds them in one object). */
export interface ChatCorePorts {
  followup: FollowupParticipantPort & CaseloadPort;
  profiles?: ProfilePort;
  plan?: PlanPort;
  motivation?: MotivationPort;
  auth?: { listUsers(): Promise<readonly { id: string; displayName: string }[]> };
}

export interface ChatServiceDeps {
  store: EncryptedStore;
  runtime: Pick<ModelRuntime, 'generateJson'> & Partial<Pick<ModelRuntime, 'embed' | 'embeddingModel'>>;
  core: () => ChatCorePorts;
  /** Overrides the model (tests); default: the runtime. */
  generator?: JsonGenerator;
  generation?: GenerationSettings;
  knowledgeDir?: string;
  /** Folder of the knowledge base's passage-vector cache (the data folder's cache/knowledge). */
  knowledgeCacheDir?: string;
  /** The phrase library's random draw (benchmarks seed it; default Math.random). */
  rng?: () => number;
  logger?: Logger;
}

/** Ports that forward to the core's services at call time. */
export function lazyPorts(core: () => ChatCorePorts): FollowupPorts & { caseload: CaseloadPort } {
  const has = <K extends keyof ChatCorePorts>(key: K) => core()[key] !== undefined;
  return {
    followup: {
      participant: (p, id) => core().followup.participant(p, id),
      notes: (p, id, limit) => core().followup.notes(p, id, limit),
    },
    caseload: { caseload: (p, options) => core().followup.caseload(p, options) },
    profile: {
      profile: (p, id) =>
        has('profiles') ? core().profiles!.profile(p, id) : Promise.reject(new Error('no profiles')),
    },
    plan: {
      get: (p, id) => (has('plan') ? core().plan!.get(p, id) : Promise.reject(new Error('no plan'))),
      addStep: (p, id, step) => {
        const plan = core().plan;
        if (!plan) return Promise.reject(new ApiError('UNAVAILABLE', 'Aktivitetsplanen er ikke tilgjengelig.'));
        return plan.addStep(p, id, step);
      },
    },
    motivation: {
      timeline: (p, id) =>
        has('motivation') ? core().motivation!.timeline(p, id) : Promise.reject(new Error('no motivation')),
    },
    userName: async (userId) => (await core().auth?.listUsers())?.find((u) => u.id === userId)?.displayName ?? null,
  };
}

/**
 * Vectors for hybrid retrieval from the embedding model the admin chose (never the chat model: its
 * vectors are not made for search). The model file's sha256 keys the cached passage vectors, so
 * another model gets its own vectors; e5 models get the prefixes they were trained with.
 */
export function runtimeEmbedding(runtime: ChatServiceDeps['runtime']): EmbeddingOptions | null {
  const model = runtime.embeddingModel?.() ?? null;
  if (!model || !runtime.embed) return null;
  const embed = runtime.embed.bind(runtime);
  const e5 = /(^|[^a-z])e5([^a-z]|$)/i.test(path.basename(model));
  return {
    embed: (texts) => embed(texts),
    modelId: path.basename(model),
    modelFile: model,
    ...(e5 ? { passagePrefix: 'passage: ', queryPrefix: 'query: ' } : {}),
  };
}

export function createChatServices(deps: ChatServiceDeps): ChatServices {
  const generator = deps.generator ?? new RuntimeJsonGenerator(deps.runtime);
  const ports = lazyPorts(deps.core);
  const context = new FollowupContextProvider(ports);
  const identities = new FollowupIdentitySource(ports);
  const knowledge = new KnowledgeService({
    store: deps.store,
    ...(deps.knowledgeDir ? { dir: deps.knowledgeDir } : {}),
    ...(deps.knowledgeCacheDir ? { vectorCacheDir: deps.knowledgeCacheDir } : {}),
    embedding: () => runtimeEmbedding(deps.runtime),
  });
  return {
    conversation: new ChatOrchestrator({
      store: deps.store,
      generator,
      context,
      identities,
      knowledge,
      plan: ports.plan,
      ...(deps.generation ? { generation: deps.generation } : {}),
      ...(deps.rng ? { rng: deps.rng } : {}),
      logger: deps.logger,
    }),
    assistant: new CounselorAssistant({
      store: deps.store,
      generator,
      context,
      identities,
      followup: ports.followup,
      plan: ports.plan,
      ...(deps.generation?.maxTokens !== undefined ? { maxTokens: deps.generation.maxTokens } : {}),
    }),
    fidelity: new FidelityService(deps.store, ports.caseload),
    knowledge,
  };
}
