import { parseArgs } from 'node:util';
import type { OutputOf } from '../../core/api/router.js';
import { withCore } from '../core.js';
import { CliError, writeLine, type CliCommand } from '../io.js';

const MODEL_STATE: Record<OutputOf<'system.info'>['model']['state'], string> = {
  'not-installed': 'ingen modell installert',
  'not-loaded': 'ikke lastet',
  loading: 'laster',
  ready: 'klar',
  error: 'feil',
};

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Viser versjoner og status for InkludMI, databasemotoren og språkmodellen',
  usage: 'inkludmi info [--json] [--data-dir MAPPE]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    return withCore(values['data-dir'], async (core) => {
      const result = await core.dispatch({ name: 'system.info', input: {}, connectionId: null, emit: () => undefined });
      if (!result.ok) throw new CliError(result.error.message);
      const info = result.data as OutputOf<'system.info'>;
      if (values.json) {
        writeLine(io.stdout, JSON.stringify(info, null, 2));
        return 0;
      }
      const binding = info.llama.binding;
      const rows: [string, string][] = [
        ['InkludMI', info.app.version],
        ['SQLCipher', info.sqlcipher.version],
        ['node-llama-cpp', info.llama.version ?? 'ikke installert'],
        [
          'Motorbinding',
          binding
            ? `${binding.buildType}, ${binding.gpu || 'kun prosessor'}, ${binding.threads} tråder`
            : (info.llama.bindingError ?? 'ikke tilgjengelig'),
        ],
        ['Språkmodell', info.model.activeModel ?? 'ingen aktiv modell'],
        ['Modellstatus', MODEL_STATE[info.model.state]],
        [
          'Plattform',
          `${info.platform.os} ${info.platform.arch}, Node ${info.platform.node}, ${info.platform.cpuCores} kjerner, ${info.platform.memoryGiB} GiB minne`,
        ],
      ];
      const width = Math.max(...rows.map(([label]) => label.length));
      for (const [label, value] of rows) writeLine(io.stdout, `${label.padEnd(width)}  ${value}`);
      return 0;
    });
  },
};
