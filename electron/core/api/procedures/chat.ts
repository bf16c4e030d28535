import { z } from 'zod';
import { participantIdInput as participantId } from '../../followup/index.js';
import { onParticipant, procedure } from '../define.js';

const conversationId = z.string().uuid('Ugyldig samtale-id.');
/** Stream id for token events; the caller chooses it so it can listen before calling (as model.import). */
const stream = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.');

/**
 * The chatbot (with the counselor assistant and MI fidelity) is a purpose of its own (`feature:
 * 'chatbot'`): it runs only while the organisation has it switched on AND a legal basis is recorded
 * for it (core/privacy), and not for a participant whose objection stands (said only to someone with
 * access to them). Stopping an answer and the crisis flags are never gated: they serve the
 * participant's safety.
 *
 * The MI chatbot (issue 7). Participant chat: the participant in their own chat, or their assigned
 * counselor (in a session on the counselor's machine); never an admin. Counselor assistant and
 * fidelity: the assigned counselor only. Every call is audited with the participant it concerns.
 *
 * Streaming: chat.send and chat.regenerate emit `{kind:'token', stream, text}` as the reply is
 * written (placeholders already restored), `{kind:'discard', stream}` when a draft fails its
 * checks and is replaced (clear what was shown), and
 * `{kind:'end', stream}` last. After the end, the tokens since the last discard are exactly the
 * stored reply, which the call also returns.
 */
export const chatProcedures = {
  'chat.start': procedure({
    summary: 'Starter en ny samtale med assistenten (åpningsspørsmålet)',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.start(principal, input.participantId);
    },
  }),
  'chat.send': procedure({
    summary: 'Sender en melding til assistenten og får svaret (strømmes som tokens)',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z
      .object({
        participantId,
        text: z.string().trim().min(1, 'Skriv en melding.').max(4_000, 'Meldingen er for lang. Del den gjerne opp.'),
        conversationId: conversationId.optional(),
        stream: stream.optional(),
      })
      .strict(),
    handler: async (input, { services, principal, emit, signal }) => {
      return services.conversation.send(
        principal,
        input.participantId,
        { text: input.text, conversationId: input.conversationId },
        { stream: input.stream, emit, signal },
      );
    },
  }),
  'chat.stop': procedure({
    summary: 'Stopper svaret som skrives nå (det som er skrevet, blir stående)',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content' },
    audit: onParticipant,
    input: z.object({ participantId, stream }).strict(),
    handler: async (input, { services, principal }) =>
      services.conversation.stop(principal, input.participantId, input.stream),
  }),
  'chat.regenerate': procedure({
    summary: 'Lager et nytt svar på den siste meldingen',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId, conversationId, stream: stream.optional() }).strict(),
    handler: async (input, { services, principal, emit, signal }) => {
      return services.conversation.regenerate(principal, input.participantId, input.conversationId, {
        stream: input.stream,
        emit,
        signal,
      });
    },
  }),
  'chat.context': procedure({
    routineOwnRead: true,
    summary: 'Hva assistenten vet: nøyaktig det språkmodellen fikk i siste tur, pseudonymisert',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId, conversationId: conversationId.optional() }).strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.context(principal, input.participantId, input.conversationId);
    },
  }),
  'chat.acceptStep': procedure({
    summary: 'Legger steget fra samtalen inn i aktivitetsplanen',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z
      .object({ participantId, conversationId, title: z.string().trim().min(1, 'Skriv steget.').max(200).optional() })
      .strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.acceptStep(principal, input.participantId, input.conversationId, input.title);
    },
  }),
  'chat.conversations': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Samtalene med assistenten, nyeste først',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.conversations(principal, input.participantId);
    },
  }),
  'chat.conversation': procedure({
    recordRead: true,
    routineOwnRead: true,
    summary: 'Meldingene i én samtale med assistenten',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId, conversationId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.messages(principal, input.participantId, input.conversationId);
    },
  }),
  'chat.modelView': procedure({
    summary: 'Vis hva modellen ser: meldingene i en samtale slik språkmodellen får dem (tekstvasket)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId, conversationId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.conversation.modelTexts(principal, input.participantId, input.conversationId);
    },
  }),
  'chat.flags': procedure({
    routineOwnRead: true,
    summary: 'Krisevarsler fra samtalene til egne deltakere (uten meldingsteksten)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', optional: true },
    audit: (input) =>
      input.participantId ? { type: 'participant', id: input.participantId } : { type: 'caseload', id: null },
    input: z
      .object({
        participantId: participantId.optional(),
        unseenOnly: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => {
      const ids = input.participantId
        ? [input.participantId]
        : (await services.followup.caseload(principal, { limit: 500 })).map((p) => p.id);
      return services.conversation.flags(principal, ids, {
        skipRestricted: !input.participantId,
        ...(input.unseenOnly !== undefined ? { unseenOnly: input.unseenOnly } : {}),
        ...(input.limit ? { limit: input.limit } : {}),
      });
    },
  }),
  'chat.flagSeen': procedure({
    summary: 'Markerer et krisevarsel som sett',
    access: ['counselor'],
    participant: { from: { field: 'flagId', owner: 'crisisFlag' }, scope: 'content' },
    audit: (input) => ({ type: 'crisis_flag', id: input.flagId }),
    input: z.object({ flagId: z.string().uuid() }).strict(),
    handler: async (input, { services, principal }) => services.conversation.markFlagSeen(principal, input.flagId),
  }),
  'assistant.prepareMeeting': procedure({
    summary: 'Forbereder et møte: hva som har skjedd, motivasjon, MI-fokus og åpne spørsmål',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal, signal }) => {
      return services.assistant.prepareMeeting(principal, input.participantId, signal);
    },
  }),
  'assistant.draftNote': procedure({
    summary: 'Gjør stikkord fra et møte om til et utkast til notat (veilederen retter og lagrer)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'notes' },
    feature: 'chatbot',
    audit: onParticipant,
    input: z
      .object({
        participantId,
        bullets: z.string().trim().min(1, 'Skriv noen stikkord.').max(8_000),
        occurredOn: isoDate.optional(),
        kind: z.enum(['meeting', 'phone', 'digital', 'other']).optional(),
      })
      .strict(),
    handler: async (input, { services, principal, signal }) => {
      return services.assistant.draftNote(
        principal,
        input.participantId,
        { bullets: input.bullets, occurredOn: input.occurredOn, kind: input.kind },
        signal,
      );
    },
  }),
  'fidelity.conversation': procedure({
    summary: 'MI-kvalitet i én samtale (MITI: refleksjoner per spørsmål, komplekse refleksjoner, åpne spørsmål)',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
    feature: 'chatbot',
    audit: onParticipant,
    input: z.object({ participantId, conversationId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.fidelity.conversation(principal, input.participantId, input.conversationId);
    },
  }),
  'fidelity.overTime': procedure({
    routineOwnRead: true,
    summary: 'MI-kvalitet over tid, for én deltaker eller hele porteføljen',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', optional: true },
    feature: 'chatbot',
    audit: (input) =>
      input.participantId ? { type: 'participant', id: input.participantId } : { type: 'caseload', id: null },
    input: z
      .object({
        participantId: participantId.optional(),
        period: z.enum(['day', 'week', 'month']).optional(),
        since: isoDate.optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => {
      return services.fidelity.overTime(principal, input);
    },
  }),
};
