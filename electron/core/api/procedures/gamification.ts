import { z } from 'zod';
import { participantIdInput as participantId } from '../../followup/index.js';
import { onParticipant, procedure } from '../define.js';

/**
 * Opt-in gamification. Only the participant turns it on, shares it or turns it off (which erases
 * it); the counselor sees it only when shared. Refused with UNAVAILABLE when the organisation has
 * switched `features.gamification` off, except turning it off, which always works.
 */
export const gamificationProcedures = {
  'gamification.get': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Poeng, merker og fremdrift (deltakeren selv; veilederen bare når deltakeren deler)',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'gamification',
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.gamification.view(principal, input.participantId),
  }),
  'gamification.enable': procedure({
    summary: 'Deltakeren slår på poeng og merker etter å ha lest forklaringen',
    access: ['participant'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'gamification',
    audit: onParticipant,
    input: z.object({ participantId, explanationVersion: z.number().int().min(1) }).strict(),
    handler: async (input, { services, principal }) =>
      services.gamification.enable(principal, input.participantId, input.explanationVersion),
  }),
  'gamification.disable': procedure({
    summary: 'Deltakeren slår av poeng og merker; alt som var lagret om dem, slettes',
    access: ['participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.gamification.disable(principal, input.participantId),
  }),
  'gamification.share': procedure({
    summary: 'Deltakeren deler (eller slutter å dele) poeng og merker med veilederen',
    access: ['participant'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'gamification',
    audit: onParticipant,
    input: z.object({ participantId, shared: z.boolean() }).strict(),
    handler: async (input, { services, principal }) =>
      services.gamification.share(principal, input.participantId, input.shared),
  }),
};
