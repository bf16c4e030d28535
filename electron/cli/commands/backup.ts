import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AuthError } from '../../core/auth/errors.js';
import { describeFileProblems } from '../checks.js';
import { CliError, EXIT, writeLine, type CliCommand } from '../io.js';
import { asAdmin } from '../session.js';

/** Where the copy of the key file goes: beside the backup, as FILE.keys.json. */
export function keysCopyOf(backupFile: string): string {
  return `${backupFile}.keys.json`;
}

function refuseExisting(file: string): void {
  if (fs.existsSync(file))
    throw new CliError(
      `Filen ${file} finnes allerede. En sikkerhetskopi overskriver aldri en fil: velg et nytt filnavn. Ingenting ble endret.`,
    );
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Tar en kryptert sikkerhetskopi av databasen (og en kopi av nøkkelfilen ved siden av); krever administrator',
  usage: 'inkludmi backup --out FIL [--user ADMIN] [--data-dir MAPPE]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, user: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    if (!values.out)
      throw new CliError(`Oppgi hvor sikkerhetskopien skal skrives: --out FIL.\n\nBruk: ${this.usage}`, EXIT.usage);
    const target = path.resolve(values.out);
    const keysCopy = keysCopyOf(target);
    // Checked before anyone types a password; the store checks again when it writes.
    refuseExisting(target);
    refuseExisting(keysCopy);

    return asAdmin(
      io,
      { dataDir: values['data-dir'], user: values.user, action: 'db.backup' },
      async ({ core, audit }) => {
        const store = core.services.store;
        let check;
        try {
          check = await store.backup(target);
        } catch (err) {
          // Someone else's file appeared meanwhile: leave it alone. Otherwise the store removed its half-written copy.
          if (err instanceof Error && err.message === 'BACKUP_EXISTS') refuseExisting(target);
          await audit({ action: 'db.backup', outcome: 'error', targetType: 'database' }).catch(() => undefined);
          if (err instanceof AuthError)
            throw new CliError(`${err.userMessage} Sikkerhetskopien ble ikke skrevet.`, EXIT.failed);
          throw new CliError(
            'Sikkerhetskopien kunne ikke skrives (full disk, eller mangler skrivetilgang til mappen?). Ingenting i datamappen ble endret.',
          );
        }
        if (!check.ok) {
          fs.rmSync(target, { force: true });
          await audit({
            action: 'db.backup',
            outcome: 'failed',
            targetType: 'database',
            reason: check.problems[0] ?? null,
          });
          throw new CliError(
            `Sikkerhetskopien besto ikke kontrollen etterpå (${describeFileProblems(check)}) og er slettet. Kjør «inkludmi db verify». Ingenting i datamappen ble endret.`,
            EXIT.check,
          );
        }
        fs.chmodSync(target, 0o600);
        await audit({ action: 'db.backup', outcome: 'ok', targetType: 'database' });
        // The chain head at this backup, outside the database: truncating the log later is caught.
        await core.services.audit.checkpoint('backup');
        try {
          fs.copyFileSync(store.keyFile, keysCopy, fs.constants.COPYFILE_EXCL);
          fs.chmodSync(keysCopy, 0o600);
        } catch {
          throw new CliError(
            `Sikkerhetskopien er skrevet (${target}), men nøkkelfilen kunne ikke kopieres til ${keysCopy}. Kopier keys.json fra datamappen dit selv.`,
          );
        }
        writeLine(io.stdout, `Sikkerhetskopi skrevet: ${target}`);
        writeLine(
          io.stdout,
          'Den er kryptert med samme nøkkel som databasen og er kontrollert (kryptering, struktur, organisasjon).',
        );
        writeLine(io.stdout, `Nøkkelfilen er kopiert til ${keysCopy}.`);
        writeLine(
          io.stdout,
          'Den inneholder bare innpakkede nøkler (ingen passord, ingen nøkkel i klartekst). Oppbevar de to filene',
        );
        writeLine(
          io.stdout,
          'sammen: kopien åpnes med passordet til en bruker slik det var da kopien ble tatt, eller med',
        );
        writeLine(io.stdout, 'gjenopprettingsnøkkelen. Gjenopprett med «inkludmi restore FIL».');
        writeLine(
          io.stdout,
          'NB: En gammel sikkerhetskopi åpnes med passordene som gjaldt da den ble tatt, også passordet til en',
        );
        writeLine(
          io.stdout,
          'som senere er deaktivert, og med gjenopprettingsnøkkelen fra da. Oppbevar kopien like trygt som',
        );
        writeLine(io.stdout, 'datamappen, og slett gamle kopier når de ikke lenger trengs.');
        return EXIT.ok;
      },
    );
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Gjenoppretter databasen fra en sikkerhetskopi; kopien kontrolleres før noe erstattes; krever administrator',
  usage: 'inkludmi restore FIL [--user ADMIN] [--data-dir MAPPE]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { user: { type: 'string' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new CliError(`Oppgi én sikkerhetskopi.\n\nBruk: ${this.usage}`, EXIT.usage);
    const source = path.resolve(positionals[0]!);
    if (!fs.existsSync(source)) throw new CliError(`Finner ikke filen ${source}. Ingenting ble endret.`);

    return asAdmin(
      io,
      { dataDir: values['data-dir'], user: values.user, action: 'db.restore' },
      async ({ core, audit }) => {
        const store = core.services.store;
        if (source === path.resolve(store.dbFile))
          throw new CliError(
            'Filen er databasen som er i bruk, ikke en sikkerhetskopi. Ingenting ble endret.',
            EXIT.usage,
          );
        writeLine(io.stderr, 'Kontrollerer sikkerhetskopien …');
        // Marks the restore outside the database (with the audit key) so the older chain is not taken for
        // truncation, and gives the pending file a key for the entries written while the store is closed.
        await core.services.audit.beforeLock('restore');
        let check;
        try {
          check = await store.restore(source);
        } catch (err) {
          // The restored copy did not open or verify: the store has put the old database back.
          await audit({ action: 'db.restore', outcome: 'error', targetType: 'database' }).catch(() => undefined);
          const why = err instanceof AuthError ? err.userMessage : 'Den gjenopprettede databasen kunne ikke åpnes.';
          throw new CliError(
            `Gjenopprettingen ble avbrutt: ${why} Den nåværende databasen er beholdt som den var.`,
            EXIT.check,
          );
        }
        if (!check.ok) {
          await audit({
            action: 'db.restore',
            outcome: 'denied',
            targetType: 'database',
            reason: check.problems[0] ?? null,
          });
          throw new CliError(
            `Sikkerhetskopien blir ikke brukt: ${describeFileProblems(check)}.\nIngenting er endret: den nåværende databasen er urørt og kan brukes som før.`,
            EXIT.check,
          );
        }
        // The store is closed now; this entry waits in the pending file and joins the restored chain at the next login.
        await audit({ action: 'db.restore', outcome: 'ok', targetType: 'database' });
        writeLine(io.stdout, `Gjenopprettet fra ${source}.`);
        writeLine(
          io.stdout,
          'Den gjenopprettede databasen er åpnet og kontrollert (kryptering, struktur, organisasjon) før den erstattet den gamle.',
        );
        writeLine(
          io.stdout,
          'Endringer gjort etter at sikkerhetskopien ble tatt, er ikke med. Alle må logge inn på nytt.',
        );
        return EXIT.ok;
      },
    );
  },
};
