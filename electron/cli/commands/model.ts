import path from 'node:path';
import { parseArgs } from 'node:util';
import { ModelError } from '../../core/llm/errors.js';
import { readGgufInfo } from '../../core/llm/gguf-info.js';
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
        writeLine(
          io.stdout,
          result.alreadyInstalled ? `Modellen var allerede installert: ${m.fileName}` : `Importert: ${m.fileName}`,
        );
        writeLine(io.stdout, `sha256: ${m.sha256}`);
        writeLine(
          io.stdout,
          `${m.architecture}, ${m.quantization ?? 'ukjent kvantisering'}, ${formatSize(m.size)}, ${m.purpose === 'chat' ? 'samtalemodell' : 'innbyggingsmodell'}`,
        );
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
        writeLine(
          io.stdout,
          `${m.active ? '*' : ' '} ${m.fileName}  (${purpose}, ${m.source === 'bundled' ? 'fulgte med appen' : 'importert'}, ${formatSize(m.sizeBytes)}, lisens ${m.license.spdx ?? 'ukjent'})`,
        );
      }
      writeLine(io.stdout, '\n* = aktiv');
      return 0;
    });
  },
};

export const modelInfoCommand: CliCommand = {
  name: 'model info',
  summary: 'Viser hva en modellfil sier om seg selv og hvor mye minne den vil ta (vektene og KV-bufferen appen ber om)',
  usage: 'inkludmi model info FIL [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new CliError(`Oppgi én modellfil.\n\nBruk: ${this.usage}`, 2);
    let info;
    try {
      info = await readGgufInfo(path.resolve(file));
    } catch (err) {
      if (err instanceof ModelError) throw new CliError(err.message);
      throw err;
    }
    if (values.json) {
      const {
        architecture,
        name,
        parameterCount,
        quantization,
        contextLength,
        purpose,
        shape,
        memory,
        requiredMemoryBytes,
      } = info;
      writeLine(
        io.stdout,
        JSON.stringify({
          architecture,
          name,
          parameterCount,
          quantization,
          contextLength,
          purpose,
          shape,
          memory,
          requiredMemoryBytes,
        }),
      );
      return 0;
    }
    writeLine(
      io.stdout,
      `${info.name ?? path.basename(file)}: ${info.architecture}, ${info.quantization ?? 'ukjent kvantisering'}, ${info.purpose === 'chat' ? 'samtalemodell' : 'innbyggingsmodell'}`,
    );
    if (info.shape)
      writeLine(
        io.stdout,
        `Form: ${info.shape.layers} lag, ${info.shape.kvHeads} KV-hoder à ${info.shape.headSize}, KV-buffer i f16`,
      );
    if (info.memory) {
      const m = info.memory;
      writeLine(
        io.stdout,
        `Kontekst: ${m.contextSize} tokens per samtale, ${m.sequences} ${m.sequences === 1 ? 'samtale' : 'samtaler'} holdt i minnet samtidig`,
      );
      writeLine(
        io.stdout,
        `Minne: vekter ${formatSize(m.weightsBytes)} + KV-buffer ${formatSize(m.kvCacheBytes)} (${m.kvCacheBytes} byte) = ${formatSize(m.totalBytes)}`,
      );
    } else {
      writeLine(io.stdout, `Minne: omtrent ${formatSize(info.requiredMemoryBytes)} (filen oppgir ikke formen sin)`);
    }
    return 0;
  },
};
