/** The model runtime and model management (issue 4). The model runs in its own process. */
export {
  ModelRuntime,
  type ActiveModels,
  type JsonRequest,
  type ModelRuntimeOptions,
  type RuntimeState,
  type RuntimeStatus,
} from './runtime.js';
export {
  createForkLauncher,
  defaultWorkerEntry,
  type ForkLauncherOptions,
  type ModelProcess,
  type ModelProcessExit,
  type ModelProcessLauncher,
  type WorkerEntry,
} from './launcher.js';
export type {
  AnswerStats,
  JsonAnswer,
  ModelMessage,
  GenerationOptions,
  GpuSetting,
  LoadedModel,
  StopReason,
  WorkerEvent,
  WorkerRequest,
} from './protocol.js';
export { isWorkerEvent, isWorkerRequest } from './protocol.js';
export {
  MODEL_ERROR_MESSAGES,
  ModelError,
  toModelErrorBody,
  type ModelErrorBody,
  type ModelErrorCode,
} from './errors.js';
export { readGgufInfo, MEMORY_ESTIMATE_CONTEXT, type GgufInfo } from './gguf-info.js';
export { sha256File } from './model-lock.js';
export {
  checkModelFile,
  importModel,
  type ImportOptions,
  type ImportPhase,
  type ImportProgress,
  type ImportResult,
} from './model-import.js';
export {
  listInstalledModels,
  readRegistry,
  REGISTRY_FILE,
  type InstalledModel,
  type ModelRegistry,
} from './model-registry.js';
