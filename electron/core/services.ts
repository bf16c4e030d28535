import type { ModelService } from './llm/service.js';
import type { SettingsService } from './settings/service.js';
import type { SystemService } from './system/service.js';

/** Every service core offers to procedures. Later areas add their service here. */
export interface CoreServices {
  system: SystemService;
  settings: SettingsService;
  models: ModelService;
}
