import { parseArgs } from 'node:util';
import { AUTH_ERROR_MESSAGES } from '../../core/auth/errors.js';
import { normalizeUsername } from '../../core/auth/keyFile.js';
import type { Core } from '../../core/index.js';
import { withCore } from '../core.js';
import { CliError, EXIT, writeLine, type CliCommand, type CliIo } from '../io.js';
import { askNewPassword, createPrompter } from '../prompt.js';
import { apiFailure, call, callOk } from '../session.js';

/** The password rules of the organisation (auth.checkPassword): the Norwegian reason, or null. */
export async function passwordProblem(core: Core, password: string, personalWords: string[]): Promise<string | null> {
  const r = await callOk(
    core,
    'auth.checkPassword',
    { password, personalWords: personalWords.filter((w) => w.length > 0).slice(0, 5) },
    null,
  );
  return r.problem;
}

function printRecoveryKey(io: CliIo, recoveryKey: string): void {
  const out = io.stdout;
  writeLine(out);
  writeLine(out, 'GJENOPPRETTINGSNØKKEL – vises bare denne ene gangen:');
  writeLine(out);
  writeLine(out, `    ${recoveryKey}`);
  writeLine(out);
  writeLine(out, 'Skriv den ut eller skriv den av på papir nå, og oppbevar arket innelåst (for eksempel i');
  writeLine(out, 'safen), et annet sted enn maskinen. Med den får organisasjonen tilgang til dataene igjen hvis');
  writeLine(out, 'alle administratorer har glemt passordet sitt. Den lagres ikke i klartekst noe sted og kan ikke');
  writeLine(out, 'vises igjen. Ikke lagre den i en fil på maskinen, i e-post eller i en skytjeneste.');
  writeLine(out, 'Kommer den bort, kan en administrator lage en ny i appen; da slutter den gamle å virke.');
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Første oppsett: organisasjonen, den første administratoren og gjenopprettingsnøkkelen',
  usage: 'inkludmi init [--data-dir MAPPE]   (spør om organisasjon, brukernavn, navn og passord to ganger)',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: true });
    const prompter = createPrompter(io);
    try {
      return await withCore(
        values['data-dir'],
        async (core, dataDir) => {
          const status = await callOk(core, 'auth.status', {}, null);
          if (status.state !== 'setup')
            throw new CliError(
              `${AUTH_ERROR_MESSAGES.ALREADY_SET_UP} Datamappe: ${dataDir}. Ingenting ble endret.`,
              EXIT.failed,
            );
          if (io.interactive) writeLine(io.stderr, `Setter opp InkludMI i ${dataDir}\n`);
          const organisationName = await prompter.ask('Navn på organisasjonen: ');
          if (organisationName.length < 2)
            throw new CliError('Skriv navnet på organisasjonen (minst 2 tegn). Ingenting ble endret.', EXIT.usage);
          const username = await prompter.ask('Brukernavn for administratoren: ');
          const displayName = await prompter.ask('Fullt navn på administratoren: ');
          if (!username || !displayName)
            throw new CliError('Skriv både brukernavn og navn på administratoren. Ingenting ble endret.', EXIT.usage);
          const password = await askNewPassword(prompter, io, 'Passord for administratoren', (pw) =>
            passwordProblem(core, pw, [username, displayName, organisationName]),
          );
          const result = await call(core, 'auth.setup', {
            organisationName,
            admin: { username, displayName, password },
          });
          if (!result.ok) throw apiFailure(result.error);
          writeLine(io.stdout, `InkludMI er satt opp for «${organisationName}» i ${dataDir}.`);
          writeLine(io.stdout, `Administrator: ${normalizeUsername(username)}`);
          printRecoveryKey(io, result.data.recoveryKey);
          await call(core, 'auth.logout', {});
          return EXIT.ok;
        },
        { kdfCost: io.kdfCost },
      );
    } finally {
      prompter.close();
    }
  },
};
