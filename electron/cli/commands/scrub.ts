import { parseArgs } from 'node:util';
import { runScrubCli } from '../../core/scrub/cli.js';
import { writeLine, type CliCommand } from '../io.js';

export const scrubCommand: CliCommand = {
  name: 'scrub',
  summary:
    'Tekstvask: leser JSON-linjer {"id","text"} og skriver teksten uten personopplysninger, med posisjonene som ble funnet (i Unicode-kodepunkter)',
  usage: 'inkludmi scrub < inn.jsonl > ut.jsonl',
  async run(args, io) {
    parseArgs({ args, options: {}, strict: true });
    const { lines, errors } = await runScrubCli(io.stdin, io.stdout);
    if (errors > 0) writeLine(io.stderr, `${errors} av ${lines} linjer kunne ikke leses (se "error" i utdata).`);
    return errors > 0 ? 1 : 0;
  },
};
