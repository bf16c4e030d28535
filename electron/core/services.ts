import type { AuditService } from './audit/service.js';
import type { AuthService } from './auth/service.js';
import type { ChatMessageService } from './chat/messages.js';
import type { ChatServices } from './chat/services.js';
import type { EncryptedStore } from './db/store.js';
import type { DecisionService } from './decisions/service.js';
import type { AppointmentService } from './followup/appointments.js';
import type { CaseloadService } from './followup/caseload.js';
import type { MotivationService } from './followup/motivation.js';
import type { PlanService } from './followup/plan.js';
import type { ProfileService } from './followup/profile.js';
import type { FollowupService } from './followup/service.js';
import type { StageService } from './followup/stages.js';
import type { GamificationService } from './gamification/service.js';
import type { ModelService } from './llm/service.js';
import type { PrivacyService } from './privacy/service.js';
import type { SettingsService } from './settings/service.js';
import type { SystemService } from './system/service.js';

/** Every service core offers to procedures. Later areas add their service here. */
export interface CoreServices extends ChatServices {
  system: SystemService;
  settings: SettingsService;
  models: ModelService;
  store: EncryptedStore;
  audit: AuditService;
  auth: AuthService;
  followup: FollowupService;
  chat: ChatMessageService;
  decisions: DecisionService;
  /** Folder of the bundled decision model and its model card (text). */
  decisionModelDir: string;
  caseload: CaseloadService;
  profiles: ProfileService;
  stages: StageService;
  plan: PlanService;
  motivation: MotivationService;
  appointments: AppointmentService;
  gamification: GamificationService;
  privacy: PrivacyService;
}
