import { z } from 'zod';
import { ROLES } from '../../auth/index.js';
import { procedure } from '../define.js';

const id = z.string().uuid('Ugyldig id.');

export const userProcedures = {
  'users.list': procedure({
    summary: 'Alle brukere i organisasjonen (navn, rolle, status, tildelt veileder)',
    access: ['admin'],
    audit: () => ({ type: 'user', id: null }),
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.auth.listUsers(),
  }),
  'users.create': procedure({
    summary: 'Oppretter en konto (administrator, veileder eller deltaker) med et førstegangspassord',
    access: ['admin'],
    audit: () => ({ type: 'user', id: null }),
    input: z
      .object({
        username: z.string().trim().min(2, 'Skriv et brukernavn.').max(64),
        displayName: z.string().trim().min(1, 'Skriv navnet.').max(120),
        role: z.enum(ROLES),
        password: z.string().min(1, 'Skriv et passord.').max(256),
        counselorId: id.nullable().optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => services.auth.createUser(principal, input),
  }),
  'users.resetPassword': procedure({
    summary: 'Setter nytt passord for en bruker som har glemt sitt (ny nøkkelplass)',
    access: ['admin'],
    audit: (input) => ({ type: 'user', id: input.userId }),
    input: z.object({ userId: id, password: z.string().min(1, 'Skriv et passord.').max(256) }).strict(),
    handler: async (input, { services, principal }) => {
      await services.auth.resetPassword(principal, input.userId, input.password);
      return { ok: true };
    },
  }),
  'users.setActive': procedure({
    summary: 'Deaktiverer en konto (nøkkelplassen fjernes) eller aktiverer den igjen med nytt passord',
    access: ['admin'],
    audit: (input) => ({ type: 'user', id: input.userId }),
    input: z.object({ userId: id, active: z.boolean(), password: z.string().min(1).max(256).optional() }).strict(),
    handler: async (input, { services, principal }) =>
      services.auth.setActive(principal, input.userId, input.active, input.password),
  }),
};
