import type { LlamaBinding, ModelRuntimeInfo, ModelStatus } from './service.js';
import { coreCount } from './versions.js';

/**
 * Stand-in for the model runtime until a model is configured: reports that no model is loaded and
 * asks node-llama-cpp which binding it would use (prebuilt CPU binaries, never a build or download).
 */
export function createBindingProbe(): ModelRuntimeInfo {
  let binding: Promise<LlamaBinding> | null = null;
  const status: ModelStatus = { state: 'not-installed', activeModel: null, progress: null, message: null };
  return {
    status: () => ({ ...status }),
    binding: () => {
      binding ??= (async () => {
        const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
        const llama = await getLlama({ gpu: false, build: 'never', skipDownload: true, logLevel: LlamaLogLevel.error });
        return { buildType: llama.buildType, gpu: llama.gpu, threads: coreCount() };
      })();
      binding.catch(() => {
        binding = null;
      });
      return binding;
    },
  };
}
