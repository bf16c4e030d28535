import { procedures } from './api/router.js';
import { createDispatcher, type Dispatch } from './api/dispatcher.js';
import type { AnyProcedure } from './api/procedure.js';
import path from 'node:path';
import type { DispatchOutcome } from './api/dispatcher.js';
import type { AuditEntryInput } from './audit/log.js';
import { AuditService } from './audit/service.js';
import { authErrorToApi } from './auth/apiErrors.js';
import type { KdfCost } from './auth/kdf.js';
import { AuthService } from './auth/service.js';
import type { Principal } from './auth/types.js';
import { ChatMessageService } from './chat/messages.js';
import { createChatServices, type ChatServiceDeps } from './chat/services.js';
import { withReadScope } from './db/connection.js';
import { EncryptedStore } from './db/store.js';
import { createDecisionService, decisionModelDir, loadBundledDecisionModel } from './decisions/setup.js';
import { AppointmentService } from './followup/appointments.js';
import { CaseloadService } from './followup/caseload.js';
import { MotivationService } from './followup/motivation.js';
import { PlanService } from './followup/plan.js';
import { ProfileService } from './followup/profile.js';
import { FollowupService } from './followup/service.js';
import { StageService } from './followup/stages.js';
import { GamificationService } from './gamification/service.js';
import { modelErrorToApi } from './api/modelErrors.js';
import type { ModelProcessLauncher } from './llm/launcher.js';
import { ModelRuntime, type ModelRuntimeOptions } from './llm/runtime.js';
import { ModelService } from './llm/service.js';
import { createStderrLogger, type Logger } from './log.js';
import { loadPolicy, type LoadedPolicy } from './policy/policy.js';
import { PrivacyService } from './privacy/service.js';
import { privacyPersonalData } from './privacy/personalData.js';
import { accountPersonalData, participantUserId } from './auth/index.js';
import { auditPersonalData } from './audit/index.js';
import { chatPersonalData } from './chat/index.js';
import { decisionsPersonalData } from './decisions/index.js';
import { followupPersonalData, participantPersonalData } from './followup/index.js';
import { DbSettingsStore } from './settings/dbStore.js';
import { SettingsService } from './settings/service.js';
import { declaredRules } from './rules.js';
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
  /** Context, sequences and threads of the model runtime (benchmarks and tests; default: fitted to the machine). */
  modelRuntime?: Pick<ModelRuntimeOptions, 'contextSize' | 'sequences' | 'threads'>;
  /** Folder of models shipped with the app (models/ in development, resources/models when installed). */
  bundledModelsDir?: string | null;
  logger?: Logger;
  /** The machine policy; read from the OS location (or INKLUDMI_POLICY_FILE) when not given. */
  policy?: LoadedPolicy;
  /** scrypt cost of new key slots; tests lower it, installs keep the default (128 MiB). */
  kdfCost?: KdfCost;
  /** The chatbot's model settings (tests and benchmarks: a small token budget for the tiny model). */
  chat?: Pick<ChatServiceDeps, 'generator' | 'generation' | 'rng'>;
  /** The clock of core/privacy (request deadlines, retention); tests control it. */
  privacyClock?: () => Date;
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
  const store = new EncryptedStore({
    dataDir: options.dataDir,
    onSlow: (kind, ms) => logger.warn('db.slow', { kind, ms }),
  });
  const settings = new SettingsService(policy, new DbSettingsStore(store));
  const audit = new AuditService(store);
  // The legal-basis register gates every optional feature (settings.isFeatureEnabled).
  const privacy = new PrivacyService({
    store,
    settings,
    audit,
    ports: () => ({
      deactivateAccount: (admin, userId) => auth.forgetAccount(admin, userId),
      updateProfile: (principal, participantId, changes) => services.profiles.update(principal, participantId, changes),
      addNote: (principal, participantId, note) => followup.addNote(principal, participantId, note),
    }),
    actionTitles: Object.fromEntries(Object.entries(procedures).map(([name, def]) => [name, def.summary])),
    ...(options.privacyClock ? { clock: options.privacyClock } : {}),
    onSchedulerError: () => logger.warn('privacy.retention_failed'),
  });
  settings.usePurposeGate(privacy.register);
  const followup = new FollowupService(store);
  const auth = new AuthService({
    store,
    audit,
    settings,
    followup,
    logger,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
  const bindingProbe = createBindingProbe();
  const runtime = new ModelRuntime({
    ...options.modelRuntime,
    ...(options.modelLauncher ? { launcher: options.modelLauncher } : {}),
    logger,
  });
  const models = new ModelService({
    runtime,
    settings,
    modelsDir: settings.effective().modelDir ?? path.join(options.dataDir, 'models'),
    bundledDir: options.bundledModelsDir ?? null,
    bindingProbe: () => bindingProbe.binding(),
    logger,
  });
  const plan = new PlanService(store);
  const decisionDir = decisionModelDir(options.bundledModelsDir ?? null);
  const services: CoreServices = {
    settings,
    models,
    store,
    audit,
    auth,
    followup,
    chat: new ChatMessageService(store),
    ...createChatServices({
      store,
      runtime,
      core: () => services,
      logger,
      knowledgeCacheDir: path.join(options.dataDir, 'cache', 'knowledge'),
      ...options.chat,
    }),
    decisions: createDecisionService(store, loadBundledDecisionModel(decisionDir), settings, privacy.register),
    decisionModelDir: decisionDir,
    caseload: new CaseloadService(store),
    profiles: new ProfileService(store),
    stages: new StageService(store),
    plan,
    motivation: new MotivationService(store, plan),
    appointments: new AppointmentService(store),
    gamification: new GamificationService(store, settings, plan),
    privacy,
    system: new SystemService({
      appName: options.appName ?? 'InkludMI',
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      model: options.model ?? models,
    }),
  };
  // Every module's personal data, in erasure order: rows that point at others first, the participant row last.
  for (const source of [
    chatPersonalData(),
    followupPersonalData(),
    services.gamification.personalData,
    decisionsPersonalData(),
    privacyPersonalData(),
    auditPersonalData(participantUserId),
    accountPersonalData(),
    participantPersonalData(),
  ])
    privacy.registerSource(source);
  auth.onLock(() => services.decisions.forgetStoredModel());
  privacy.startScheduler();
  const ready = models.applyActive().catch(() => logger.warn('models.apply_failed'));
  const dispatch = createDispatcher<CoreServices>({
    table: procedures as Readonly<Record<string, AnyProcedure<CoreServices>>>,
    services,
    resolveSession: (connectionId, activity) => auth.resolve(connectionId, activity),
    runAudited: (outcome, work) =>
      outcome.routine
        ? audit.routineReads.run(auditEntryOf(outcome), work)
        : outcome.opening
          ? audit.routineReads.runInOpening(auditEntryOf(outcome), outcome.opening, work)
          : audit.runAudited(auditEntryOf(outcome), work),
    onOutcome: (outcome) => auditOutcome(audit, store, outcome),
    translateError: (err) => authErrorToApi(err) ?? modelErrorToApi(err),
    logFailure: (procedure, errorClass) => logger.error('procedure.failed', { procedure, errorClass }),
    rules: declaredRules(() => store.db, settings),
    callScope: withReadScope,
  });
  return {
    dispatch,
    services,
    disconnect: (connectionId) =>
      void auth.logout(connectionId, 'disconnect').catch(() => logger.warn('auth.disconnect_failed')),
    ready,
    close: async () => {
      privacy.stopScheduler();
      await auth.close();
      await services.knowledge.close();
      await runtime.shutdown();
    },
  };
}

const REASON: Record<Principal['role'], string> = {
  admin: 'administration',
  counselor: 'assigned_counselor',
  participant: 'own_data',
};

/**
 * The dispatcher's audit hook: every call to a procedure that touches participant data or
 * accounts, and every refused call, becomes an audit entry (codes and ids only). While the store
 * is locked, refusals wait in the pending file.
 */
async function auditOutcome(audit: AuditService, store: EncryptedStore, o: DispatchOutcome): Promise<void> {
  if (!o.audited && o.outcome !== 'denied') return;
  if (!o.audited && !o.principal && !store.isOpen) return; // anonymous probing of public procedures while locked
  await audit.record(auditEntryOf(o));
}

function auditEntryOf(o: DispatchOutcome): AuditEntryInput {
  return {
    actorId: o.principal?.userId ?? null,
    actorRole: o.principal?.role ?? null,
    action: o.procedure,
    targetType: o.target?.type ?? null,
    targetId: o.target?.id ?? null,
    outcome: o.outcome,
    reason: o.outcome === 'ok' ? (o.principal ? REASON[o.principal.role] : null) : o.code,
  };
}

export type { Dispatch } from './api/dispatcher.js';
