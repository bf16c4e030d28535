import { z } from 'zod';
import { participantIdInput as participantId } from '../../followup/index.js';
import { onParticipant, procedure } from '../define.js';

/**
 * The participant's own page: their goal, steps, progress, motivation chart, next appointments,
 * process stage and (when on and allowed) gamification. Never the counselor's notes or reminder.
 * The participant passes their own id (from auth.status) so the audit entry names the record.
 */
export const meProcedures = {
  'me.overview': procedure({
    routineOwnRead: true,
    summary: 'Deltakerens egen side: mål, steg, fremdrift, motivasjon, avtaler og poeng',
    access: ['participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => {
      const id = input.participantId;
      const [plan, motivation, appointments, profile] = [
        await services.plan.get(principal, id),
        await services.motivation.timeline(principal, id),
        await services.appointments.list(principal, id),
        await services.profiles.profile(principal, id),
      ];
      const gamification = services.gamification.isAvailable(id)
        ? await services.gamification.view(principal, id)
        : null;
      return {
        participantId: id,
        displayName: profile.displayName,
        stage: profile.stage?.stage ?? null,
        counselor: profile.counselor,
        goal: plan.goal,
        steps: plan.steps,
        progress: plan.progress,
        motivation: motivation.series,
        events: motivation.events,
        appointments: appointments.slice(0, 5),
        /** null when the organisation has switched gamification off. */
        gamification,
      };
    },
  }),
};
