import { parseArgs } from 'node:util';
import { runKbSearchCli } from '../../core/knowledge/cli.js';
import { withCore } from '../core.js';
import { CliError, type CliCommand } from '../io.js';

export const kbSearchCommand: CliCommand = {
  name: 'kb search',
  summary:
    'Søker i kunnskapsbasen slik appen gjør (med innbyggingsmodellen når den er valgt) og skriver de beste utdragene med poeng og kilder som JSON',
  usage: 'inkludmi kb search "SPØRSMÅL" [--limit N] [--dir MAPPE] [--data-dir MAPPE]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { limit: { type: 'string' }, dir: { type: 'string' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new CliError(`Skriv hva du vil søke etter.\n\nBruk: ${this.usage}`, 2);
    const limit = values.limit === undefined ? 5 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw new CliError('--limit må være et helt tall fra 1 til 50.', 2);
    return withCore(
      values['data-dir'],
      async (core) => {
        // The models the app would use (the embedding model among them) are chosen before searching.
        await core.ready;
        const service = values.dir ? core.services.knowledge.withDir(values.dir) : core.services.knowledge;
        try {
          await runKbSearchCli(query, io.stdout, { service, limit });
        } finally {
          if (service !== core.services.knowledge) await service.close();
        }
        return 0;
      },
      { command: 'kb search' },
    );
  },
};
