import { z } from 'zod';
import { ApiError } from '../errors.js';
import { procedure } from '../define.js';

const username = z.string().trim().min(2, 'Skriv brukernavnet.').max(64);
const password = z.string().min(1, 'Skriv passordet.').max(256);
const displayName = z.string().trim().min(1, 'Skriv navnet.').max(120);

function requireConnection(connectionId: string | null): string {
  if (!connectionId)
    throw new ApiError('UNAVAILABLE', 'Innlogging krever en åpen forbindelse til appen. Last inn siden på nytt.');
  return connectionId;
}

export const authProcedures = {
  'auth.status': procedure({
    summary: 'Om appen er satt opp, låst eller åpen, og hvem som er logget inn her',
    access: 'public',
    input: z.object({}).strict(),
    handler: (_input, { services, connectionId }) => services.auth.status(connectionId),
  }),
  'auth.setup': procedure({
    summary: 'Første oppstart: organisasjon, databasenøkkel, første administrator og gjenopprettingsnøkkel',
    access: 'public',
    input: z
      .object({
        organisationName: z.string().trim().min(2, 'Skriv navnet på organisasjonen.').max(200),
        admin: z.object({ username, displayName, password }).strict(),
      })
      .strict(),
    handler: async (input, { services, connectionId }) => {
      const { recoveryKey, principal } = await services.auth.setup(requireConnection(connectionId), input);
      return {
        recoveryKey,
        user: principal ? { userId: principal.userId, role: principal.role, displayName: principal.displayName } : null,
      };
    },
  }),
  'auth.login': procedure({
    summary: 'Logger inn med brukernavn og passord',
    access: 'public',
    input: z.object({ username, password }).strict(),
    handler: async (input, { services, connectionId }) => {
      const p = await services.auth.login(requireConnection(connectionId), input.username, input.password);
      // With the status auth.status would give now, so the screen signs in without a second call.
      return {
        userId: p.userId,
        role: p.role,
        displayName: p.displayName,
        participantId: p.participantId,
        status: await services.auth.status(connectionId),
      };
    },
  }),
  'auth.recover': procedure({
    summary: 'Glemt passord: nytt passord med organisasjonens gjenopprettingsnøkkel',
    access: 'public',
    input: z
      .object({
        username,
        recoveryKey: z.string().trim().min(1, 'Skriv gjenopprettingsnøkkelen.').max(80),
        newPassword: password,
      })
      .strict(),
    handler: async (input, { services, connectionId }) => {
      const p = await services.auth.recover(requireConnection(connectionId), input);
      return p ? { userId: p.userId, role: p.role, displayName: p.displayName, participantId: p.participantId } : null;
    },
  }),
  'auth.checkPassword': procedure({
    summary: 'Sjekker et nytt passord mot reglene (lengde, vanlige passord) uten å lagre noe',
    access: 'public',
    input: z
      .object({ password: z.string().max(256), personalWords: z.array(z.string().max(200)).max(5).default([]) })
      .strict(),
    handler: async (input, { services }) => {
      try {
        services.auth.checkPassword(input.password, input.personalWords);
        return { problem: null };
      } catch (err) {
        if (err instanceof ApiError) return { problem: err.message };
        throw err;
      }
    },
  }),
  'auth.logout': procedure({
    summary: 'Logger ut; appen låses når ingen er logget inn',
    access: 'authenticated',
    beforePasswordChange: true,
    input: z.object({}).strict(),
    handler: async (_input, { services, connectionId }) => {
      await services.auth.logout(requireConnection(connectionId), 'logout');
      return { ok: true };
    },
  }),
  'auth.lock': procedure({
    summary: 'Låser skjermen nå (nøkkelen fjernes fra minnet når ingen andre er logget inn)',
    access: 'authenticated',
    beforePasswordChange: true,
    input: z.object({}).strict(),
    handler: async (_input, { services, connectionId }) => {
      await services.auth.logout(requireConnection(connectionId), 'lock');
      return { ok: true };
    },
  }),
  'auth.activity': procedure({
    summary: 'Brukeren gjør noe (tastatur, mus): nullstiller tiden til automatisk låsing',
    access: 'authenticated',
    beforePasswordChange: true,
    input: z.object({}).strict(),
    handler: async () => ({ ok: true }),
  }),
  'auth.changePassword': procedure({
    summary: 'Bytter eget passord (bare egen nøkkelplass pakkes inn på nytt)',
    access: 'authenticated',
    beforePasswordChange: true,
    audit: () => ({ type: 'user', id: null }),
    input: z.object({ currentPassword: password, newPassword: password }).strict(),
    handler: async (input, { services, principal }) => {
      await services.auth.changePassword(principal, input.currentPassword, input.newPassword);
      return { ok: true };
    },
  }),
  'auth.participantMode.start': procedure({
    summary:
      'Deltakermodus: veilederen eller administratoren åpner appen for deltakere på denne maskinen og logges selv ut',
    access: ['admin', 'counselor'],
    input: z.object({}).strict(),
    handler: async (_input, { services, principal, connectionId }) => {
      await services.auth.startParticipantMode(requireConnection(connectionId), principal);
      return { ok: true };
    },
  }),
  'auth.participantMode.stop': procedure({
    summary: 'Avslutter deltakermodus med passordet til en veileder eller administrator; appen låses',
    access: 'public',
    input: z.object({ username, password }).strict(),
    handler: async (input, { services, connectionId }) => {
      await services.auth.stopParticipantMode(requireConnection(connectionId), input.username, input.password);
      return { ok: true };
    },
  }),
  'auth.rotateRecoveryKey': procedure({
    summary: 'Lager en ny gjenopprettingsnøkkel (den gamle slutter å virke); vises én gang',
    access: ['admin'],
    input: z.object({}).strict(),
    handler: async (_input, { services, principal }) => ({
      recoveryKey: await services.auth.rotateRecoveryKey(principal),
    }),
  }),
};
