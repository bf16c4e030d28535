import { procedures } from './api/router.js';
import { createDispatcher, type Dispatch } from './api/dispatcher.js';
import type { AnyProcedure } from './api/procedure.js';
import path from 'node:path';
import { modelErrorToApi } from './llm/apiErrors.js';
import type { ModelProcessLauncher } from './llm/launcher.js';
import { ModelRuntime } from './llm/runtime.js';
import { ModelService } from './llm/service.js';
import { createStderrLogger, type Logger } from './log.js';
import { loadPolicy, type LoadedPolicy } from './policy/policy.js';
import { SettingsService } from './settings/service.js';
import type { CoreServices } from './services.js';
import { createBindingProbe } from './system/llamaProbe.js';
import { SystemService, type ModelRuntimeInfo } from './system/service.js';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  appName?: string;
  /** Stand-in for the model status in system info (tests); defaults to the model service. */
  model?: ModelRuntimeInfo;
  /** Starts the model process: utilityProcess in Electron, child_process.fork elsewhere (default). */
  modelLauncher?: ModelProcessLauncher;
  /** Folder of models shipped with the app (models/ in development, resources/models when installed). */
  bundledModelsDir?: string | null;
  logger?: Logger;
  /** The machine policy; read from the OS location (or INKLUDMI_POLICY_FILE) when not given. */
  policy?: LoadedPolicy;
}

export interface Core {
  dispatch: Dispatch;
  services: CoreServices;
  /** A transport connection went away (window closed, page left): forget its login. */
  disconnect(connectionId: string): void;
  /** Settles when start-up work (choosing the active model) is done. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** The composition root: builds every service once and the one dispatcher in front of them. */
export function createCore(options: CoreOptions): Core {
  const logger = options.logger ?? createStderrLogger();
  const policy = options.policy ?? loadPolicy();
  if (policy.status.kind === 'invalid') logger.warn('policy.invalid', { problems: policy.status.problems.length });
  const settings = new SettingsService(policy);
  const bindingProbe = createBindingProbe();
  const runtime = new ModelRuntime({ ...(options.modelLauncher ? { launcher: options.modelLauncher } : {}), logger });
  const models = new ModelService({
    runtime,
    settings,
    modelsDir: settings.effective().modelDir ?? path.join(options.dataDir, 'models'),
    bundledDir: options.bundledModelsDir ?? null,
    bindingProbe: () => bindingProbe.binding(),
  });
  const services: CoreServices = {
    settings,
    models,
    system: new SystemService({
      appName: options.appName ?? 'InkludMI',
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      model: options.model ?? models,
    }),
  };
  const ready = models.applyActive().catch(() => logger.warn('models.apply_failed'));
  const dispatch = createDispatcher<CoreServices>({
    table: procedures as Readonly<Record<string, AnyProcedure<CoreServices>>>,
    services,
    resolveSession: async () => null,
    translateError: modelErrorToApi,
    logFailure: (procedure, errorClass) => logger.error('procedure.failed', { procedure, errorClass }),
  });
  return {
    dispatch,
    services,
    disconnect: () => undefined,
    ready,
    close: async () => {
      await runtime.shutdown();
    },
  };
}

export type { Dispatch } from './api/dispatcher.js';
