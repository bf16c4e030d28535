import type { CoreServices } from '../services.js';
import { procedureFactory } from './procedure.js';

/** Declares one procedure of core's API table (name → input schema, access, handler). */
export const procedure = procedureFactory<CoreServices>();
