import { z } from 'zod';
import {
  calendarDate,
  emailInput,
  nationalIdInput,
  navOfficeInput,
  participantIdInput as participantId,
  phoneInput,
  PROGRAMMES,
} from '../../followup/index.js';
import { onParticipant, procedure } from '../define.js';
import { empty, note, requestId } from './privacy.js';

/**
 * The data subject's rights that act on a participant's data (issue 9): access and portability as
 * JSON and PDF, rectification, erasure and restriction. Each is logged as a privacy request and
 * audited; objections and the request log are in privacy.ts.
 */
export const privacyRightsProcedures = {
  // ---- access, portability, rectification ----
  'privacy.export': procedure({
    summary: 'Innsyn og dataportabilitet: alt som er lagret om deltakeren, med hvem som har sett det (JSON)',
    access: ['participant', 'counselor'],
    participant: {
      from: 'participantId',
      scope: 'content',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z
      .object({ participantId, kind: z.enum(['access', 'portability']).optional(), requestId: requestId.optional() })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.exportData(principal, input.participantId, {
        kind: input.kind ?? 'access',
        requestId: input.requestId,
      }),
  }),
  'privacy.exportPdf': procedure({
    summary: 'Innsyn som lesbar PDF: alt som er lagret om deltakeren, med hvem som har sett det',
    access: ['participant', 'counselor'],
    participant: {
      from: 'participantId',
      scope: 'content',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z.object({ participantId, requestId: requestId.optional() }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.exportPdf(principal, input.participantId, { requestId: input.requestId }),
  }),
  'privacy.rectify': procedure({
    summary: 'Retter opplysninger i profilen og/eller legger til deltakerens merknad (artikkel 16)',
    access: ['counselor'],
    participant: {
      from: 'participantId',
      scope: 'notes',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        changes: z
          .object({
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
          .optional(),
        statement: z
          .string()
          .trim()
          .min(1, 'Skriv merknaden.')
          .max(4000, 'Merknaden kan ha høyst 4000 tegn.')
          .optional(),
        requestId: requestId.optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.rectify(principal, input.participantId, {
        changes: input.changes,
        statement: input.statement,
        requestId: input.requestId,
      }),
  }),

  // ---- erasure and restriction ----
  'privacy.erasurePreview': procedure({
    summary: 'Viser hva sletting av en deltaker fjerner, og hva loven krever beholdt (antall, ikke innhold)',
    access: ['admin'],
    participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.erasurePreview(principal, input.participantId),
  }),
  'privacy.erase': procedure({
    summary: 'Sletter en deltaker (artikkel 17): alt unntatt det loven krever beholdt, og plassen frigjøres',
    access: ['admin'],
    participant: {
      from: 'participantId',
      scope: 'record',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        requestId: requestId.optional(),
        confirm: z.literal(true, { error: 'Bekreft at deltakeren skal slettes.' }),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.erase(principal, input.participantId, { requestId: input.requestId }),
  }),
  'privacy.restrict': procedure({
    summary: 'Begrenser behandlingen (artikkel 18): opplysningene lagres, men fryses og brukes ikke',
    access: ['admin'],
    participant: {
      from: 'participantId',
      scope: 'record',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z.object({ participantId, requestId: requestId.optional(), note: note.optional() }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.restrict(principal, input.participantId, {
        requestId: input.requestId,
        note: input.note,
      }),
  }),
  'privacy.liftRestriction': procedure({
    summary: 'Opphever begrensningen (gi deltakeren beskjed først)',
    access: ['admin'],
    participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.rights.liftRestriction(principal, input.participantId),
  }),
  'privacy.restrictions': procedure({
    summary: 'Deltakere med begrenset behandling',
    access: ['admin'],
    audit: () => ({ type: 'participant', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.rights.restrictions(principal),
  }),
};
