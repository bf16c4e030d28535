import { procedures } from './api/router.js';
import { createDispatcher, type Dispatch } from './api/dispatcher.js';
import type { AnyProcedure } from './api/procedure.js';
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
  /** The model runtime; defaults to a probe that reports the binding and no loaded model. */
  model?: ModelRuntimeInfo;
  logger?: Logger;
  /** The machine policy; read from the OS location (or INKLUDMI_POLICY_FILE) when not given. */
  policy?: LoadedPolicy;
}

export interface Core {
  dispatch: Dispatch;
  services: CoreServices;
  /** A transport connection went away (window closed, page left): forget its login. */
  disconnect(connectionId: string): void;
  close(): Promise<void>;
}

/** The composition root: builds every service once and the one dispatcher in front of them. */
export function createCore(options: CoreOptions): Core {
  const logger = options.logger ?? createStderrLogger();
  const policy = options.policy ?? loadPolicy();
  if (policy.status.kind === 'invalid') logger.warn('policy.invalid', { problems: policy.status.problems.length });
  const services: CoreServices = {
    settings: new SettingsService(policy),
    system: new SystemService({
      appName: options.appName ?? 'InkludMI',
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      model: options.model ?? createBindingProbe(),
    }),
  };
  const dispatch = createDispatcher<CoreServices>({
    table: procedures as Readonly<Record<string, AnyProcedure<CoreServices>>>,
    services,
    resolveSession: async () => null,
    logFailure: (procedure, errorClass) => logger.error('procedure.failed', { procedure, errorClass }),
  });
  return {
    dispatch,
    services,
    disconnect: () => undefined,
    close: async () => undefined,
  };
}

export type { Dispatch } from './api/dispatcher.js';
