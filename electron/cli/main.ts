import { backupCommand, restoreCommand } from './commands/backup.js';
import { chatCheckCommand, chatClassifyCommand } from './commands/chat.js';
import { decisionsSimulateCommand } from './commands/decisions.js';
import { demoCommand } from './commands/demo.js';
import { infoCommand } from './commands/info.js';
import { initCommand } from './commands/init.js';
import { kbSearchCommand } from './commands/kb.js';
import { modelInfoCommand, modelImportCommand, modelListCommand } from './commands/model.js';
import { scrubCommand } from './commands/scrub.js';
import { userAddCommand } from './commands/user.js';
import { auditVerifyCommand, dbVerifyCommand } from './commands/verify.js';
import { CliError, writeLine, type CliCommand, type CliIo } from './io.js';

/** Every command of `inkludmi`; later areas add theirs here. */
export const COMMANDS: readonly CliCommand[] = [
  infoCommand,
  initCommand,
  userAddCommand,
  auditVerifyCommand,
  dbVerifyCommand,
  backupCommand,
  restoreCommand,
  modelImportCommand,
  modelListCommand,
  modelInfoCommand,
  scrubCommand,
  chatClassifyCommand,
  chatCheckCommand,
  kbSearchCommand,
  demoCommand,
  decisionsSimulateCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Bruk: inkludmi <kommando> [valg]',
    '',
    'Kommandoer:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Skriv «inkludmi <kommando> --help» for valgene til en kommando.',
    'Passord leses aldri fra argumenter: de skrives uten ekko i terminalen, eller leses én per linje fra standard inn.',
    '',
    'Avslutningskoder: 0 ferdig, 1 feilet (ingenting endret), 2 feil bruk, 3 innlogging avvist,',
    '4 nøkkelfil eller database kan ikke åpnes, 5 en kontroll fant feil, 130 avbrutt.',
  ].join('\n');
}

/** Finds the longest command name that prefixes argv (commands may have two words: "user add"). */
function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return null;
}

/** node:util parseArgs's English messages, in Norwegian. */
function argumentProblem(code: string, message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return /^--?pass/i.test(option)
        ? `Ukjent valg: ${option}. Passord gis aldri som argument: kommandoen spør etter det (eller leser det fra standard inn).`
        : `Ukjent valg: ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Valget ${option} mangler en verdi.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Uventet argument: ${quoted}.`;
    default:
      return 'Ugyldige valg.';
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    writeLine(argv.length === 0 ? io.stderr : io.stdout, usage());
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    writeLine(io.stderr, `Ukjent kommando: ${argv.join(' ')}\n\n${usage()}`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    writeLine(io.stdout, `${found.command.summary}\n\nBruk: ${found.command.usage}`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      writeLine(io.stderr, err.message);
      return err.exitCode;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      writeLine(io.stderr, `${argumentProblem(String(err.code), err.message)}\n\nBruk: ${found.command.usage}`);
      return 2;
    }
    writeLine(io.stderr, 'Noe gikk galt. Ingenting ble endret. Kjør kommandoen på nytt, eller kontakt IT-ansvarlig.');
    return 1;
  }
}
