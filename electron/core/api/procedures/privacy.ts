import { z } from 'zod';
import { calendarDate, participantIdInput as participantId } from '../../followup/index.js';
import { legalBasisInputSchema, organisationRoleSchema } from '../../privacy/index.js';
import { PURPOSES } from '../../privacy/index.js';
import { REQUEST_KINDS } from '../../privacy/index.js';
import { onParticipant, procedure } from '../define.js';

const purpose = z.enum(PURPOSES, { error: 'Velg et formål fra listen.' });
/** A data subject request's id (the rights' procedures take one to close). */
export const requestId = z.string().uuid('Ugyldig krav-id.');
export const empty = z.object({}).strict();
export const note = z.string().trim().max(2000, 'Merknaden kan ha høyst 2000 tegn.');

/**
 * Data protection (issue 9): the legal-basis register (admin), the privacy notice (participants
 * see it at first login and after every change), data-subject requests and rights (access and
 * portability as JSON and PDF, rectification, erasure, restriction, objection), retention with
 * legal hold, the records of processing with the data map (JSON and PDF), and the training gate.
 * Every call that touches a participant or the register is audited.
 */
export const privacyProcedures = {
  // ---- the register ----
  'privacy.guidance': procedure({
    summary: 'Veiledning om behandlingsgrunnlag (artikkel 6 og 9) og om hvert formål, på bokmål',
    access: 'authenticated',
    input: empty,
    handler: async (_input, { services }) => services.privacy.guidance(),
  }),
  'privacy.features': procedure({
    summary: 'Hvilke funksjoner som er i bruk, og hvorfor en er slått av (manglende grunnlag eller avslått)',
    access: 'authenticated',
    input: empty,
    handler: async (_input, { services }) => services.privacy.features(),
  }),
  'privacy.register': procedure({
    summary: 'Registeret over behandlingsgrunnlag: organisasjonens rolle og grunnlaget per formål, med råd',
    access: ['admin'],
    audit: () => ({ type: 'legal_basis_register', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.registerView(principal),
  }),
  'privacy.setOrganisation': procedure({
    summary: 'Registrerer organisasjonens rolle (behandlingsansvarlig eller databehandler med avtale) og kontaktpunkt',
    access: ['admin'],
    audit: () => ({ type: 'organisation', id: null }),
    input: organisationRoleSchema,
    handler: async (input, { services, principal }) => services.privacy.setOrganisation(principal, input),
  }),
  'privacy.recordBasis': procedure({
    summary: 'Registrerer behandlingsgrunnlaget for et formål (slår formålet på)',
    access: ['admin'],
    audit: (input) => ({ type: 'legal_basis', id: input.purpose }),
    input: z.object({ purpose, basis: legalBasisInputSchema }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.recordBasis(principal, input.purpose, input.basis),
  }),
  'privacy.removeBasis': procedure({
    summary: 'Fjerner behandlingsgrunnlaget for et formål (formålet slås av straks)',
    access: ['admin'],
    audit: (input) => ({ type: 'legal_basis', id: input.purpose }),
    input: z.object({ purpose }).strict(),
    handler: async (input, { services, principal }) => services.privacy.removeBasis(principal, input.purpose),
  }),

  // ---- the notice ----
  'privacy.notice': procedure({
    summary: 'Personvernerklæringen til deltakerne, gjeldende versjon eller en bestemt versjon',
    access: ['admin', 'counselor'],
    input: z.object({ version: z.number().int().min(1).optional() }).strict(),
    handler: async (input, { services, principal }) =>
      input.version
        ? services.privacy.noticeVersion(principal, input.version)
        : services.privacy.currentNotice(principal),
  }),
  'privacy.noticeVersions': procedure({
    summary: 'Alle versjoner av personvernerklæringen og hvor mange som har lest hver',
    access: ['admin'],
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.noticeVersions(principal),
  }),
  'privacy.noticePdf': procedure({
    summary: 'Personvernerklæringen som PDF (gjeldende eller en bestemt versjon)',
    access: 'authenticated',
    input: z
      .object({ version: z.number().int().min(1).optional(), language: z.enum(['nb', 'nn']).optional() })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.noticePdf(principal, input.version, input.language),
  }),
  'me.notice': procedure({
    routineOwnRead: true,
    summary: 'Deltakerens personvernerklæring: gjeldende versjon og om den må leses (første gang, etter endringer)',
    access: ['participant'],
    participant: { from: 'participantId', scope: 'content', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.participantNotice(principal, input.participantId),
  }),
  'privacy.participantNotice': procedure({
    summary: 'Personvernerklæringen for en deltaker i egen portefølje, og om deltakeren har fått den',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.participantNotice(principal, input.participantId),
  }),
  'privacy.acknowledge': procedure({
    summary: 'Registrerer at deltakeren har lest personvernerklæringen (selv, eller sammen med veilederen)',
    access: ['participant', 'counselor'],
    participant: { from: 'participantId', scope: 'content', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId, version: z.number().int().min(1) }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.acknowledgeNotice(principal, input.participantId, input.version),
  }),

  // ---- requests ----
  'privacy.requests': procedure({
    summary: 'Krav om rettigheter med frist (én måned), for én deltaker eller alle man har tilgang til',
    access: 'authenticated',
    participant: { from: 'participantId', scope: 'record', optional: true, restricted: 'allowed' },
    audit: (input) =>
      input.participantId ? { type: 'participant', id: input.participantId } : { type: 'privacy_request', id: null },
    input: z.object({ participantId: participantId.optional(), openOnly: z.boolean().optional() }).strict(),
    handler: async (input, { services, principal }) => services.privacy.listRequests(principal, input),
  }),
  'privacy.registerRequest': procedure({
    summary:
      'Registrerer et krav fra en deltaker (innsyn, retting, sletting, begrensning, protest, portabilitet) med frist',
    access: 'authenticated',
    participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        kind: z.enum(REQUEST_KINDS, { error: 'Velg hva kravet gjelder.' }),
        receivedOn: calendarDate.optional(),
        note: note.optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.privacy.registerRequest(principal, input),
  }),
  'privacy.closeRequest': procedure({
    summary: 'Avslutter et krav (utført eller avslått med begrunnelse)',
    access: ['admin', 'counselor'],
    participant: { from: { field: 'requestId', owner: 'privacyRequest' }, scope: 'record', restricted: 'allowed' },
    audit: (input) => ({ type: 'privacy_request', id: input.requestId }),
    input: z
      .object({
        requestId,
        status: z.enum(['completed', 'refused'], { error: 'Velg utført eller avslått.' }),
        outcome: z.string().regex(/^[a-z][a-z_]{1,40}$/, 'Utfallet må være en kode (små bokstaver og understrek).'),
        note: note.optional(),
      })
      .strict(),
    handler: async ({ requestId: id, ...rest }, { services, principal }) =>
      services.privacy.closeRequest(principal, id, rest),
  }),
  'privacy.extendRequest': procedure({
    summary: 'Forlenger fristen for et krav med inntil to måneder, med begrunnelse',
    access: ['admin', 'counselor'],
    participant: { from: { field: 'requestId', owner: 'privacyRequest' }, scope: 'record', restricted: 'allowed' },
    audit: (input) => ({ type: 'privacy_request', id: input.requestId }),
    input: z
      .object({
        requestId,
        extendedTo: calendarDate,
        note: note.min(1, 'Skriv hvorfor fristen forlenges. Deltakeren skal få vite det.'),
      })
      .strict(),
    handler: async ({ requestId: id, ...rest }, { services, principal }) =>
      services.privacy.extendRequest(principal, id, rest),
  }),

  // ---- objection ----
  'privacy.object': procedure({
    summary: 'Registrerer protest (artikkel 21, grunnlag e eller f) eller tilbaketrukket samtykke for et formål',
    access: ['participant', 'counselor', 'admin'],
    participant: {
      from: 'participantId',
      scope: 'record',
      owns: { requestId: 'privacyRequest' },
      restricted: 'allowed',
    },
    audit: onParticipant,
    input: z.object({ participantId, purpose, requestId: requestId.optional() }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.object(principal, input.participantId, input.purpose, { requestId: input.requestId }),
  }),
  'privacy.decideObjection': procedure({
    summary: 'Avgjør en protest: tatt til følge, eller avslått med tungtveiende grunner',
    access: ['admin'],
    participant: { from: { field: 'objectionId', owner: 'objection' }, scope: 'record', restricted: 'allowed' },
    audit: (input) => ({ type: 'objection', id: input.objectionId }),
    input: z
      .object({
        objectionId: z.string().uuid('Ugyldig id.'),
        status: z.enum(['upheld', 'rejected'], { error: 'Velg tatt til følge eller avslått.' }),
        reason: note.optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.decideObjection(principal, input.objectionId, { status: input.status, reason: input.reason }),
  }),
  'privacy.objections': procedure({
    summary: 'Protester for én deltaker (eller alle, for administrator)',
    access: 'authenticated',
    participant: { from: 'participantId', scope: 'record', optional: true, restricted: 'allowed' },
    audit: (input) =>
      input.participantId ? { type: 'participant', id: input.participantId } : { type: 'objection', id: null },
    input: z.object({ participantId: participantId.optional() }).strict(),
    handler: async (input, { services, principal }) => services.privacy.listObjections(principal, input.participantId),
  }),

  // ---- retention and legal hold ----
  'privacy.retentionRules': procedure({
    summary: 'Slettereglene per kategori (måneder etter at tiltaket er avsluttet)',
    access: ['admin'],
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.retentionRules(principal),
  }),
  'privacy.retentionPreview': procedure({
    summary: 'Nøyaktig hva slettejobben vil slette i dag, og hva som holdes tilbake (bevaringspålegg, lovkrav)',
    access: ['admin'],
    audit: () => ({ type: 'retention', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.retentionPreview(principal),
  }),
  'privacy.runRetention': procedure({
    summary: 'Kjører slettejobben nå (den kjører også av seg selv én gang i døgnet)',
    access: ['admin'],
    audit: () => ({ type: 'retention', id: null }),
    input: z.object({ confirm: z.literal(true, { error: 'Bekreft at slettejobben skal kjøres.' }) }).strict(),
    handler: async (_input, { services, principal }) => services.privacy.runRetention(principal),
  }),
  'privacy.retentionRuns': procedure({
    summary: 'Når slettejobben har kjørt, og hvor mye den slettet',
    access: ['admin'],
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.retentionRuns(principal),
  }),
  'privacy.holds': procedure({
    summary: 'Deltakere med bevaringspålegg (ingenting av dem slettes)',
    access: ['admin'],
    audit: () => ({ type: 'participant', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.retention.holds(principal),
  }),
  'privacy.placeHold': procedure({
    summary: 'Setter bevaringspålegg for en deltaker (for eksempel ved klage eller rettssak)',
    access: ['admin'],
    participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    audit: onParticipant,
    input: z
      .object({
        participantId,
        reason: z
          .string()
          .trim()
          .min(1, 'Skriv hvorfor opplysningene må bevares.')
          .max(500, 'Begrunnelsen kan ha høyst 500 tegn.'),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.retention.placeHold(principal, input.participantId, input.reason),
  }),
  'privacy.releaseHold': procedure({
    summary: 'Opphever bevaringspålegget for en deltaker',
    access: ['admin'],
    participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    audit: onParticipant,
    input: z.object({ participantId }).strict(),
    handler: async (input, { services, principal }) =>
      services.privacy.retention.releaseHold(principal, input.participantId),
  }),

  // ---- records of processing ----
  'privacy.records': procedure({
    summary: 'Protokoll over behandlingsaktiviteter (artikkel 30) og datakart for DPIA, fra gjeldende oppsett (JSON)',
    access: ['admin'],
    audit: () => ({ type: 'records_of_processing', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.records(principal),
  }),
  'privacy.recordsPdf': procedure({
    summary: 'Protokoll over behandlingsaktiviteter og datakart som PDF',
    access: ['admin'],
    audit: () => ({ type: 'records_of_processing', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.recordsPdf(principal),
  }),

  // ---- training ----
  'privacy.trainingStatus': procedure({
    summary: 'Om samtaler kan leveres ut til videretrening (eget grunnlag og erklæring kreves)',
    access: ['admin'],
    input: empty,
    handler: async (_input, { services, principal }) => services.privacy.trainingStatus(principal),
  }),
  'privacy.trainingExport': procedure({
    summary: 'Vaskede samtaler til videretrening, bare med eget grunnlag og erklæring til deltakerne det gjelder',
    access: ['admin'],
    audit: () => ({ type: 'training_export', id: null }),
    input: z.object({ confirm: z.literal(true, { error: 'Bekreft utleveringen.' }) }).strict(),
    handler: async (_input, { services, principal }) => {
      return services.privacy.trainingExport(principal);
    },
  }),
};
