import path from 'node:path';
import { z } from 'zod';
import type { ImportProgress, ImportResult } from '../../llm/index.js';
import type { ApiEvent } from '../events.js';
import { ApiError } from '../errors.js';
import { procedure } from '../define.js';

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.gguf$/i, 'Må være navnet på en .gguf-fil.');

/** Stream id for progress events; the caller chooses it so it can listen before calling. It also names an upload. */
const stream = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The largest piece of an upload, as raw bytes (see UPLOAD_CHUNK_BYTES in core/llm). */
const CHUNK_BYTES = 512 * 1024;

/** Progress as events on the caller's stream, throttled to whole percents per phase. */
function progressEmitter(id: string, emit: (event: ApiEvent) => void): (progress: ImportProgress) => void {
  let last = '';
  return (progress) => {
    // A 2.5 GB copy would otherwise flood the event channel.
    const percent = progress.bytesTotal > 0 ? Math.floor((progress.bytesDone / progress.bytesTotal) * 100) : 0;
    const key = `${progress.phase}:${percent}`;
    if (key === last) return;
    last = key;
    emit({
      kind: 'progress',
      stream: id,
      done: progress.bytesDone,
      total: progress.bytesTotal || null,
      label: progress.phase,
    });
  };
}

/** What the page is told about an imported model: enough to show it and its memory need before it is made active. */
function imported(result: ImportResult) {
  return {
    fileName: result.model.fileName,
    sha256: result.model.sha256,
    sizeBytes: result.model.size,
    requiredMemoryBytes: result.model.requiredMemoryBytes,
    purpose: result.model.purpose,
    alreadyInstalled: result.alreadyInstalled,
  };
}

export const modelProcedures = {
  'model.status': procedure({
    summary: 'Status for språkmodellen (laster, klar, feil)',
    access: 'public',
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.models.status(),
  }),
  'model.overview': procedure({
    summary: 'Installerte modeller, hvilke som er aktive, og status',
    access: ['admin'],
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.models.overview(),
  }),
  'model.import': procedure({
    summary: 'Importerer en .gguf-fil fra disk: kontroll, sha256 med fremdrift, kopi til modellmappen',
    access: ['admin'],
    audit: () => ({ type: 'model_file', id: null }),
    input: z
      .object({
        /** Browser mode and tools: the file's full path on this machine. */
        path: z.string().min(1, 'Skriv hvor modellfilen ligger.').max(4096).optional(),
        /** Desktop: the token the file dialog gave for the file the person picked. */
        picked: z.string().min(16).max(64).optional(),
        stream,
      })
      .strict()
      .refine((v) => (v.path === undefined) !== (v.picked === undefined), {
        message: 'Velg en modellfil.',
        path: ['path'],
      }),
    handler: async (input, { services, emit, signal }) => {
      let file: string;
      if (input.picked !== undefined) {
        const picked = services.models.takePickedFile(input.picked);
        if (!picked) throw new ApiError('VALIDATION', 'Filvalget er utløpt. Velg filen på nytt.');
        file = picked;
      } else {
        file = input.path ?? '';
        if (!path.isAbsolute(file)) {
          throw new ApiError('VALIDATION', undefined, [
            { path: 'path', message: 'Oppgi hele stien til filen, for eksempel /home/deg/modeller/modell.gguf.' },
          ]);
        }
      }
      try {
        return imported(await services.models.import(file, progressEmitter(input.stream, emit), signal, input.stream));
      } finally {
        emit({ kind: 'end', stream: input.stream });
      }
    },
  }),
  'model.uploadBegin': procedure({
    summary: 'Starter opplasting av en .gguf-fil fra nettleseren (sjekker størrelse og ledig plass)',
    access: ['admin'],
    audit: () => ({ type: 'model_file', id: null }),
    input: z
      .object({
        stream,
        fileName: z
          .string()
          .min(1)
          .max(255)
          .regex(/^[^/\\\0]+$/, 'Ugyldig filnavn.'),
        sizeBytes: z.number().int().positive(),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.models.uploadBegin(input.stream, principal.userId, input.fileName, input.sizeBytes),
  }),
  'model.uploadChunk': procedure({
    summary: 'Tar imot én del av en .gguf-fil som lastes opp',
    access: ['admin'],
    input: z
      .object({
        stream,
        offset: z.number().int().nonnegative(),
        data: z
          .string()
          .min(1)
          .max(Math.ceil(CHUNK_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Delen må være base64.'),
      })
      .strict(),
    handler: async (input, { services, principal }) =>
      services.models.uploadChunk(input.stream, principal.userId, input.offset, Buffer.from(input.data, 'base64')),
  }),
  'model.uploadFinish': procedure({
    summary: 'Fullfører en opplastet .gguf-fil: kontroll, sha256 med fremdrift, inn i modellmappen',
    access: ['admin'],
    audit: () => ({ type: 'model_file', id: null }),
    input: z.object({ stream }).strict(),
    handler: async (input, { services, principal, emit, signal }) => {
      try {
        return imported(
          await services.models.uploadFinish(
            input.stream,
            principal.userId,
            progressEmitter(input.stream, emit),
            signal,
          ),
        );
      } finally {
        emit({ kind: 'end', stream: input.stream });
      }
    },
  }),
  'model.importCancel': procedure({
    summary: 'Avbryter en import eller opplasting av en modellfil; ingenting blir liggende igjen',
    access: ['admin'],
    input: z.object({ stream }).strict(),
    handler: async (input, { services, principal }) => ({
      cancelled: await services.models.cancelImport(input.stream, principal.userId),
    }),
  }),
  'model.setActive': procedure({
    summary: 'Velger aktiv samtalemodell eller innbyggingsmodell',
    access: ['admin'],
    // Audited with what changed: the purpose, and the file as a code (issue 16).
    audit: (input) => ({
      type: `model_active_${input.purpose}`,
      id: input.fileName
        ? input.fileName
            .replace(/[^A-Za-z0-9_.-]/g, '_')
            .replace(/^[^A-Za-z0-9]/, 'm')
            .slice(0, 128)
        : null,
    }),
    input: z.object({ purpose: z.enum(['chat', 'embedding']), fileName: fileName.nullable() }).strict(),
    handler: async (input, { services }) => services.models.setActive(input.purpose, input.fileName),
  }),
  'model.license': procedure({
    summary: 'Lisensteksten til en modell',
    access: 'public',
    input: z.object({ spdx: z.string().min(1).max(64) }).strict(),
    handler: async (input, { services }) => {
      const text = await services.models.licenseText(input.spdx);
      if (text === null)
        throw new ApiError('NOT_FOUND', 'Lisensteksten følger ikke med appen. Se lenken til modellsiden.');
      return { spdx: input.spdx, text };
    },
  }),
};
