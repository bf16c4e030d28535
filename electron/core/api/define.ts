import type { CoreServices } from '../services.js';
import { procedureFactory } from './procedure.js';

/** Declares one procedure of core's API table (name → input schema, access, handler). */
export const procedure = procedureFactory<CoreServices>();

/** The audit target of a procedure about one participant (the dispatcher writes the entry). */
export const onParticipant = (input: { participantId: string }) => ({ type: 'participant', id: input.participantId });
