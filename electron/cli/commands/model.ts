import path from 'node:path';
import { parseArgs } from 'node:util';
import { runModelBench } from '../../core/llm/bench.js';
import { ModelError } from '../../core/llm/errors.js';
import { withCore } from '../core.js';
import { CliError, writeLine, type CliCommand } from '../io.js';

const dataDirOption = { 'data-dir': { type: 'string' } } as const;

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toLocaleString('nb-NO', { maximumFractionDigits: 2 })} GB`;
  return `${(bytes / 1024 ** 2).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}

export const modelImportCommand: CliCommand = {
  name: 'model import',
  summary: 'Importerer en språkmodell (.gguf) fra disk: kontrollerer den, beregner sha256 og kopierer den inn',
  usage: 'inkludmi model import FIL [--data-dir MAPPE]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: dataDirOption, allowPositionals: true, strict: true });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new CliError(`Oppgi én modellfil.\n\nBruk: ${this.usage}`, 2);
    return withCore(values['data-dir'], async (core) => {
      let lastPercent = -1;
      try {
        const result = await core.services.models.import(path.resolve(file), (progress) => {
          if (progress.phase !== 'copying' || progress.bytesTotal === 0) return;
          const percent = Math.floor((progress.bytesDone / progress.bytesTotal) * 100);
          if (percent === lastPercent) return;
          lastPercent = percent;
          io.stderr.write(`\rKontrollerer og kopierer … ${percent} %`);
        });
        if (lastPercent >= 0) io.stderr.write('\n');
        const m = result.model;
        writeLine(io.stdout, result.alreadyInstalled ? `Modellen var allerede installert: ${m.fileName}` : `Importert: ${m.fileName}`);
        writeLine(io.stdout, `sha256: ${m.sha256}`);
        writeLine(io.stdout, `${m.architecture}, ${m.quantization ?? 'ukjent kvantisering'}, ${formatSize(m.size)}, ${m.purpose === 'chat' ? 'samtalemodell' : 'innbyggingsmodell'}`);
        return 0;
      } catch (err) {
        if (lastPercent >= 0) io.stderr.write('\n');
        if (err instanceof ModelError) throw new CliError(`${err.message} Ingenting ble endret.`);
        throw err;
      }
    });
  },
};

export const modelListCommand: CliCommand = {
  name: 'model list',
  summary: 'Viser installerte språkmodeller og hvilke som er aktive',
  usage: 'inkludmi model list [--json] [--data-dir MAPPE]',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { ...dataDirOption, json: { type: 'boolean' } }, strict: true });
    return withCore(values['data-dir'], async (core) => {
      const overview = await core.services.models.overview();
      if (values.json) {
        writeLine(io.stdout, JSON.stringify(overview, null, 2));
        return 0;
      }
      if (overview.models.length === 0) {
        writeLine(io.stdout, 'Ingen språkmodeller er installert. Importer en med «inkludmi model import FIL».');
        return 0;
      }
      for (const m of overview.models) {
        const purpose = m.purpose === 'chat' ? 'samtale' : 'innbygging';
        writeLine(io.stdout, `${m.active ? '*' : ' '} ${m.fileName}  (${purpose}, ${m.source === 'bundled' ? 'fulgte med appen' : 'importert'}, ${formatSize(m.sizeBytes)}, lisens ${m.license.spdx ?? 'ukjent'})`);
      }
      writeLine(io.stdout, '\n* = aktiv');
      return 0;
    });
  },
};

export const modelBenchCommand: CliCommand = {
  name: 'model bench',
  summary: 'Måler lastetid, hastighet og gjenbruk av kontekst for en modell (standard: den aktive)',
  usage: 'inkludmi model bench [FIL] [--threads N] [--turns N] [--data-dir MAPPE]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { ...dataDirOption, threads: { type: 'string' }, turns: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    return withCore(values['data-dir'], async (core) => {
      let modelPath = positionals[0] ? path.resolve(positionals[0]) : null;
      if (!modelPath) {
        await core.ready;
        modelPath = core.services.models.activeChatPath();
      }
      if (!modelPath) throw new CliError('Ingen samtalemodell er aktiv. Oppgi en modellfil: inkludmi model bench FIL');
      const threads = values.threads === undefined ? undefined : Number(values.threads);
      if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new CliError('--threads må være et positivt heltall.', 2);
      try {
        await runModelBench({
          modelPath,
          ...(threads ? { threads } : {}),
          ...(values.turns ? { turns: Number(values.turns) } : {}),
          write: (text) => io.stdout.write(text),
        });
      } catch (err) {
        if (err instanceof ModelError) throw new CliError(err.message);
        throw err;
      }
      return 0;
    });
  },
};
