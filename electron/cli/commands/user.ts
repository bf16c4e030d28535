import { parseArgs } from 'node:util';
import { AUTH_ERROR_MESSAGES } from '../../core/auth/errors.js';
import { normalizeUsername } from '../../core/auth/keyFile.js';
import { ROLES, type Role } from '../../core/auth/types.js';
import { CliError, EXIT, writeLine, type CliCommand } from '../io.js';
import { askNewPassword } from '../prompt.js';
import { asAdmin, callOk } from '../session.js';
import { passwordProblem } from './init.js';

const ROLE_NAME: Record<Role, string> = { admin: 'administrator', counselor: 'veileder', participant: 'deltaker' };

export const userAddCommand: CliCommand = {
  name: 'user add',
  summary: 'Oppretter en konto (administrator, veileder eller deltaker); krever innlogging som administrator',
  usage:
    'inkludmi user add --role admin|counselor|participant --username BRUKERNAVN --name "Fullt navn" [--counselor VEILEDERS_BRUKERNAVN] [--user ADMIN] [--data-dir MAPPE]\n' +
    '       (spør om administratorens passord, så om den nye brukerens førstegangspassord to ganger)',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        username: { type: 'string' },
        name: { type: 'string' },
        counselor: { type: 'string' },
        user: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
    });
    const role = values.role as Role | undefined;
    if (!role || !ROLES.includes(role))
      throw new CliError(`Oppgi --role admin, counselor eller participant.\n\nBruk: ${this.usage}`, EXIT.usage);
    const username = values.username?.trim() ?? '';
    const displayName = values.name?.trim() ?? '';
    if (!username || !displayName)
      throw new CliError(`Oppgi både --username og --name.\n\nBruk: ${this.usage}`, EXIT.usage);
    if (values.counselor !== undefined && role !== 'participant')
      throw new CliError('--counselor gjelder bare for deltakere (--role participant).', EXIT.usage);

    return asAdmin(
      io,
      { dataDir: values['data-dir'], user: values.user, action: 'user.create' },
      async ({ core, prompter }) => {
        const users = await callOk(core, 'users.list', {});
        if (users.some((u) => u.username === normalizeUsername(username)))
          throw new CliError(`${AUTH_ERROR_MESSAGES.USERNAME_TAKEN} Ingenting ble endret.`);
        let counselor: (typeof users)[number] | null = null;
        if (values.counselor !== undefined) {
          counselor = users.find((u) => u.username === normalizeUsername(values.counselor!)) ?? null;
          if (!counselor || counselor.role !== 'counselor')
            throw new CliError(`Fant ingen veileder med brukernavnet «${values.counselor}». Ingenting ble endret.`);
          if (!counselor.active)
            throw new CliError(`Veilederen «${counselor.username}» er deaktivert. Ingenting ble endret.`);
        }
        const password = await askNewPassword(
          prompter,
          io,
          `Førstegangspassord for ${normalizeUsername(username)}`,
          (pw) => passwordProblem(core, pw, [username, displayName]),
        );
        const created = await callOk(core, 'users.create', {
          username,
          displayName,
          role,
          password,
          counselorId: counselor?.id ?? null,
        });
        writeLine(
          io.stdout,
          `Opprettet ${ROLE_NAME[created.role]} «${created.username}»${counselor ? `, tildelt veileder «${counselor.username}»` : ''}.`,
        );
        writeLine(
          io.stdout,
          'Gi passordet til personen på en trygg måte, og be dem bytte det etter første innlogging.',
        );
        return EXIT.ok;
      },
    );
  },
};
