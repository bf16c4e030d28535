import { parseArgs } from 'node:util';
import { runChatCheckCli, runChatClassifyCli } from '../../core/chat/cli.js';
import { writeLine, type CliCommand } from '../io.js';

export const chatClassifyCommand: CliCommand = {
  name: 'chat classify',
  summary:
    'Klassifiserer deltakerutsagn: leser JSON-linjer {"id","text"} og skriver {"id","talk","crisis","level","categories"} (talk: change, sustain, neutral, question; level: none, check_in, concern, acute)',
  usage: 'inkludmi chat classify < inn.jsonl > ut.jsonl',
  async run(args, io) {
    parseArgs({ args, options: {}, strict: true });
    const { lines, errors } = await runChatClassifyCli(io.stdin, io.stdout);
    if (errors > 0) writeLine(io.stderr, `${errors} av ${lines} linjer kunne ikke leses (se "error" i utdata).`);
    return errors > 0 ? 1 : 0;
  },
};

export const chatCheckCommand: CliCommand = {
  name: 'chat check',
  summary:
    'Kontrollerer svarforslag med de samme kontrollene som chatten: leser JSON-linjer {"id","text"} og skriver {"id","ok","reasons"}',
  usage: 'inkludmi chat check < svar.jsonl > ut.jsonl',
  async run(args, io) {
    parseArgs({ args, options: {}, strict: true });
    const { lines, errors } = await runChatCheckCli(io.stdin, io.stdout);
    if (errors > 0) writeLine(io.stderr, `${errors} av ${lines} linjer kunne ikke leses (se "error" i utdata).`);
    return errors > 0 ? 1 : 0;
  },
};
