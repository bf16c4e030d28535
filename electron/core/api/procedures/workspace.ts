import { z } from 'zod';
import { APPOINTMENT_KINDS, DEFAULT_ICS_SUMMARY } from '../../followup/index.js';
import { CASELOAD_SORTS, DEFAULT_NO_CONTACT_DAYS, NEW_PARTICIPANT_DAYS } from '../../followup/index.js';
import {
  calendarDate,
  emailInput,
  goalInput,
  instant,
  locationInput,
  nationalIdInput,
  navOfficeInput,
  participantIdInput as participantId,
  phoneInput,
  reminderInput,
  rulerInput,
  stepDescriptionInput,
  stepTitleInput,
} from '../../followup/index.js';
import { NEW_STEP_STATUSES, STEP_KINDS, STEP_STATUSES } from '../../followup/index.js';
import { PROGRAMMES } from '../../followup/index.js';
import { STAGES } from '../../followup/index.js';
import { BADGES } from '../../gamification/index.js';
import { onParticipant, procedure } from '../define.js';

const atLeastOne = (fields: string[]) => (input: Record<string, unknown>) => fields.some((f) => input[f] !== undefined);

/**
 * The follow-up workspace: caseload, participant profile, process stage, activity plan,
 * motivation rulers and appointments. Every procedure that names a participant is audited on that
 * participant; the services check access by need (assigned counselor, or the participant's own).
 */
export const workspaceProcedures = {
  'followup.vocabulary': procedure({
    summary:
      'Kodene arbeidsflaten bruker (faser, tiltak, statuser, typer, merker) og forklaringen om poeng og merker, til skjemaene',
    // Code lists and a fixed text: no personal data, so no audit entry.
    access: 'authenticated',
    input: z.object({}).strict(),
    handler: async (_input, { services }) => ({
      stages: STAGES,
      programmes: PROGRAMMES,
      stepStatuses: STEP_STATUSES,
      newStepStatuses: NEW_STEP_STATUSES,
      stepKinds: STEP_KINDS,
      appointmentKinds: APPOINTMENT_KINDS,
      caseloadSorts: CASELOAD_SORTS,
      badges: BADGES,
      newParticipantDays: NEW_PARTICIPANT_DAYS,
      defaultNoContactDays: DEFAULT_NO_CONTACT_DAYS,
      defaultIcsSummary: DEFAULT_ICS_SUMMARY,
      gamification: { available: services.gamification.isAvailable(), explanation: services.gamification.explanation },
    }),
  }),
  'caseload.list': procedure({
    routineOwnRead: true,
    summary: 'Mine deltakere: porteføljen med søk, hurtigfiltre og det listen viser (veileder)',
    access: ['counselor'],
    audit: () => ({ type: 'caseload', id: null }),
    input: z
      .object({
        search: z.string().trim().max(100, 'Søket kan ha høyst 100 tegn.').optional(),
        isNew: z.boolean().optional(),
        awaitingReply: z.boolean().optional(),
        noContactDays: z
          .number()
          .int('Skriv et helt antall dager.')
          .min(1, 'Velg minst 1 dag.')
          .max(365, 'Velg høyst 365 dager.')
          .optional(),
        overdue: z.boolean().optional(),
        meetingToday: z.boolean().optional(),
        stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
        hasReminder: z.boolean().optional(),
        sort: z.enum(CASELOAD_SORTS).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.caseload.list(principal, input),
  }),

  'participants.profile': procedure({
    recordRead: true,
    summary:
      'Deltakerens profil: kontaktinformasjon, tiltak, datoer, NAV-kontor, fase med historikk (fødselsnummer maskert)',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.profiles.profile(principal, input.participantId),
  }),
  'participants.updateProfile': procedure({
    summary: 'Endrer profilen til en deltaker (felt som utelates, beholdes; null tømmer feltet)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        displayName: z.string().trim().min(1, 'Skriv navnet.').max(120, 'Navnet kan ha høyst 120 tegn.').optional(),
        nationalId: nationalIdInput.optional(),
        phone: phoneInput.optional(),
        email: emailInput.optional(),
        programme: z.enum(PROGRAMMES, { message: 'Velg et tiltak fra listen.' }).nullable().optional(),
        startDate: calendarDate.nullable().optional(),
        plannedEndDate: calendarDate.nullable().optional(),
        navOffice: navOfficeInput.optional(),
      })
      .strict()
      .refine(
        atLeastOne([
          'displayName',
          'nationalId',
          'phone',
          'email',
          'programme',
          'startDate',
          'plannedEndDate',
          'navOffice',
        ]),
        { message: 'Ingen endringer å lagre.' },
      )
      .refine((i) => !i.startDate || !i.plannedEndDate || i.plannedEndDate >= i.startDate, {
        path: ['plannedEndDate'],
        message: 'Planlagt sluttdato kan ikke være før startdatoen.',
      }),
    handler: async ({ participantId: id, ...changes }, { services, principal }) =>
      services.profiles.update(principal, id, changes),
  }),
  'participants.revealNationalId': procedure({
    summary: 'Viser hele fødselsnummeret til en deltaker (egen handling i revisjonsloggen)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.profiles.revealNationalId(principal, input.participantId),
  }),
  'participants.setReminder': procedure({
    summary: 'Veilederens egen påminnelse om en deltaker (vises bare for veilederen selv; tom tekst fjerner den)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    audit: onParticipant,
    input: z.object({ participantId, reminder: reminderInput }).strict(),
    handler: async (input, { services, principal }) =>
      services.profiles.setReminder(principal, input.participantId, input.reminder),
  }),

  'stages.set': procedure({
    summary: 'Registrerer at deltakeren er i en ny fase i prosessen (fra en dato, standard i dag)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        stage: z.enum(STAGES, { message: 'Velg en fase fra listen.' }),
        startedOn: calendarDate.optional(),
      })
      .strict(),
    handler: async ({ participantId: id, ...input }, { services, principal }) =>
      services.stages.set(principal, id, input),
  }),

  'plan.get': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Aktivitetsplanen: målet med deltakerens egne ord, stegene og fremdriften',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.plan.get(principal, input.participantId),
  }),
  'plan.setGoal': procedure({
    summary: 'Setter målet i aktivitetsplanen (med deltakerens egne ord)',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId, goal: goalInput }).strict(),
    handler: async (input, { services, principal }) =>
      services.plan.setGoal(principal, input.participantId, input.goal),
  }),
  'plan.addStep': procedure({
    summary: 'Legger til et steg: deltakerens eget (planlagt) eller veilederens forslag',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        title: stepTitleInput,
        description: stepDescriptionInput.optional(),
        kind: z.enum(STEP_KINDS).optional(),
        dueOn: calendarDate.nullable().optional(),
        status: z
          .enum(NEW_STEP_STATUSES, { message: 'Et nytt steg kan være forslag, planlagt eller gjennomføres.' })
          .optional(),
        agreed: z.boolean().optional(),
      })
      .strict(),
    handler: async ({ participantId: id, ...step }, { services, principal }) =>
      services.plan.addStep(principal, id, step),
  }),
  'plan.updateStep': procedure({
    summary:
      'Endrer et steg (status, frist, tekst for den som foreslo det, avtalt for veilederen); gir poeng og merker når de er slått på',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content', owns: { stepId: 'step' } },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        stepId: z.number().int().min(1, 'Ugyldig steg.'),
        title: stepTitleInput.optional(),
        description: stepDescriptionInput.optional(),
        kind: z.enum(STEP_KINDS).optional(),
        dueOn: calendarDate.nullable().optional(),
        status: z.enum(STEP_STATUSES, { message: 'Velg en status fra listen.' }).optional(),
        agreed: z.boolean().optional(),
      })
      .strict()
      .refine(atLeastOne(['title', 'description', 'kind', 'dueOn', 'status', 'agreed']), {
        message: 'Ingen endringer å lagre.',
      }),
    handler: async ({ participantId: id, stepId, ...changes }, { services, principal }) => {
      const step = await services.plan.updateStep(principal, id, stepId, changes);
      const rewards = changes.status === 'done' ? await services.gamification.afterStepChange(principal, id) : null;
      return { step, rewards };
    },
  }),

  'motivation.list': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Motivasjon over tid (viktighet og mestringstro) med hendelsene i aktivitetsplanen, til grafen',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.motivation.timeline(principal, input.participantId),
  }),
  'motivation.add': procedure({
    summary: 'Registrerer motivasjonsskalaene 0–10 (av deltakeren selv, eller sammen i en samtale)',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        importance: rulerInput('viktighet'),
        confidence: rulerInput('mestringstro'),
        measuredOn: calendarDate.optional(),
      })
      .strict(),
    handler: async ({ participantId: id, ...input }, { services, principal }) =>
      services.motivation.add(principal, id, input),
  }),

  'appointments.list': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Avtalene med en deltaker (fra i dag, eller alle)',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({ participantId, includePast: z.boolean().optional(), includeCancelled: z.boolean().optional() })
      .strict(),
    handler: async ({ participantId: id, ...options }, { services, principal }) =>
      services.appointments.list(principal, id, options),
  }),
  'appointments.upcoming': procedure({
    routineOwnRead: true,
    summary: 'Veilederens kommende avtaler i hele porteføljen',
    access: ['counselor'],
    audit: () => ({ type: 'caseload', id: null }),
    input: z.object({ days: z.number().int().min(0).max(90).optional() }).strict(),
    handler: async (input, { services, principal }) => services.appointments.upcoming(principal, input.days),
  }),
  'appointments.add': procedure({
    summary: 'Avtaler et møte med en deltaker',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        startsAt: instant,
        durationMinutes: z
          .number()
          .int('Skriv varigheten i hele minutter.')
          .min(5, 'Et møte varer minst 5 minutter.')
          .max(480, 'Et møte kan vare høyst 8 timer.'),
        kind: z.enum(APPOINTMENT_KINDS, { message: 'Velg type møte.' }),
        location: locationInput.optional(),
        past: z.boolean().optional(),
        attended: z.boolean().optional(),
      })
      .strict(),
    handler: async ({ participantId: id, ...input }, { services, principal }) =>
      services.appointments.add(principal, id, input),
  }),
  'appointments.attendance': procedure({
    summary: 'Registrerer om deltakeren møtte til en avtale',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { appointmentId: 'appointment' } },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        appointmentId: z.number().int().min(1),
        attended: z.boolean({ message: 'Velg om deltakeren møtte.' }),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.appointments.recordAttendance(principal, input.participantId, input.appointmentId, input.attended),
  }),
  'appointments.cancel': procedure({
    summary: 'Avlyser en avtale',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { appointmentId: 'appointment' } },
    audit: onParticipant,
    input: z.object({ participantId, appointmentId: z.number().int().min(1) }).strict(),
    handler: async (input, { services, principal }) =>
      services.appointments.cancel(principal, input.participantId, input.appointmentId),
  }),
  'appointments.ics': procedure({
    summary:
      'Kalenderfil (.ics) med kommende avtaler til veilederens egen kalender; uten personopplysninger med mindre veilederen ber om det',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { appointmentIds: 'appointment' }, optional: true },
    audit: (input) =>
      input.participantId ? { type: 'participant', id: input.participantId } : { type: 'caseload', id: null },
    input: z
      .object({
        participantId: participantId.optional(),
        appointmentIds: z.array(z.number().int().min(1)).min(1).max(200).optional(),
        includeName: z.boolean().optional(),
        includeLocation: z.boolean().optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.appointments.ics(principal, input),
  }),
};
