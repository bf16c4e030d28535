import { z } from 'zod';
import { ATTENDANCE, NOTE_KINDS } from '../../followup/index.js';
import { calendarDate, noteBodyInput, participantIdInput as participantId } from '../../followup/index.js';
import { onParticipant, procedure } from '../define.js';

export const participantProcedures = {
  'participants.list': procedure({
    routineOwnRead: true,
    summary: 'Mine deltakere (veileder) eller alle deltakere for tildeling (administrator)',
    access: ['counselor', 'admin'],
    audit: () => ({ type: 'caseload', id: null }),
    input: z
      .object({
        search: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.followup.caseload(principal, input),
  }),
  'participants.get': procedure({
    recordRead: true,
    summary: 'Én deltakers grunnopplysninger',
    access: 'authenticated',
    participant: { from: 'participantId', scope: 'record' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => services.followup.participant(principal, input.participantId),
  }),
  'participants.create': procedure({
    summary: 'Legger til en deltaker i egen portefølje',
    access: ['counselor'],
    audit: () => ({ type: 'participant', id: null }),
    input: z.object({ displayName: z.string().trim().min(1, 'Skriv navnet.').max(120) }).strict(),
    handler: async (input, { services, principal }) => services.followup.create(principal, input),
  }),
  'participants.rename': procedure({
    summary: 'Endrer navnet på en deltaker',
    access: ['counselor', 'admin'],
    participant: { from: 'participantId', scope: 'record' },
    audit: onParticipant,
    input: z.object({ participantId, displayName: z.string().trim().min(1, 'Skriv navnet.').max(120) }).strict(),
    handler: async (input, { services, principal }) =>
      services.followup.rename(principal, input.participantId, input.displayName),
  }),
  'participants.assign': procedure({
    summary: 'Tildeler en deltaker til en veileder (eller ingen)',
    access: ['admin'],
    participant: { from: 'participantId', scope: 'record' },
    audit: onParticipant,
    input: z.object({ participantId, counselorId: z.string().uuid('Velg en veileder.').nullable() }).strict(),
    handler: async (input, { services, principal }) =>
      services.followup.assign(principal, input.participantId, input.counselorId),
  }),
  'notes.add': procedure({
    summary: 'Skriver et oppfølgingsnotat for en deltaker',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        kind: z.enum(NOTE_KINDS, { message: 'Velg hva slags kontakt det var.' }),
        occurredOn: calendarDate,
        durationMinutes: z
          .number()
          .int('Skriv varigheten i hele minutter.')
          .min(0, 'Varigheten kan ikke være negativ.')
          .max(24 * 60, 'Varigheten kan være høyst 24 timer (1440 minutter).')
          .nullable()
          .optional(),
        attendance: z.enum(ATTENDANCE, { message: 'Velg møtt, ikke møtt eller avlyst.' }).nullable().optional(),
        body: noteBodyInput,
      })
      .strict(),
    handler: async ({ participantId: id, ...note }, { services, principal }) =>
      services.followup.addNote(principal, id, note),
  }),
  'notes.list': procedure({
    recordRead: true,
    summary: 'Oppfølgingsnotatene for en deltaker',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    audit: onParticipant,
    input: z.object({ participantId, limit: z.number().int().min(1).max(500).optional() }).strict(),
    handler: async (input, { services, principal }) =>
      services.followup.notes(principal, input.participantId, input.limit),
  }),
  'notes.search': procedure({
    summary: 'Søker i notatene til én deltaker',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    audit: onParticipant,
    input: z.object({ participantId, query: z.string().trim().min(1, 'Skriv hva du søker etter.').max(200) }).strict(),
    handler: async (input, { services, principal }) =>
      services.followup.searchNotes(principal, input.participantId, input.query),
  }),
  'chat.messages': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'De siste meldingene i samtalen med en deltaker',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        limit: z.number().int().min(1).max(200).optional(),
        beforeId: z.number().int().min(1).optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.chat.list(principal, input.participantId, input),
  }),
  'chat.append': procedure({
    summary: 'Lagrer en melding i samtalen (fra deltakeren selv eller veilederen)',
    access: ['counselor', 'participant'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        body: z.string().trim().min(1, 'Skriv en melding.').max(8_000),
        conversationId: z.string().uuid().optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.chat.append(principal, input.participantId, input.body, input.conversationId),
  }),
};
