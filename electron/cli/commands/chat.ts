import { parseArgs } from 'node:util';
import { runChatClassifyCli } from '../../core/chat/cli.js';
import { writeLine, type CliCommand } from '../io.js';

export const chatClassifyCommand: CliCommand = {
  name: 'chat classify',
  summary: 'Klassifiserer deltakerutsagn: leser JSON-linjer {"id","text"} og skriver {"id","talk","crisis"} (talk: change, sustain, neutral, question)',
  usage: 'inkludmi chat classify < inn.jsonl > ut.jsonl',
  async run(args, io) {
    parseArgs({ args, options: {}, strict: true });
    const { lines, errors } = await runChatClassifyCli(io.stdin, io.stdout);
    if (errors > 0) writeLine(io.stderr, `${errors} av ${lines} linjer kunne ikke leses (se "error" i utdata).`);
    return errors > 0 ? 1 : 0;
  },
};
