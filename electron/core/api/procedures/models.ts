import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { procedure } from '../define.js';

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.gguf$/i, 'Må være navnet på en .gguf-fil.');

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
        path: z.string().min(1, 'Skriv hvor modellfilen ligger.').max(4096),
        /** Stream id for progress events; the caller chooses it so it can listen before calling. */
        stream: z
          .string()
          .min(1)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
      })
      .strict(),
    handler: async (input, { services, emit, signal }) => {
      if (!path.isAbsolute(input.path)) {
        throw new ApiError('VALIDATION', undefined, [
          { path: 'path', message: 'Oppgi hele stien til filen, for eksempel /home/deg/modeller/modell.gguf.' },
        ]);
      }
      let last = -1;
      const result = await services.models.import(
        input.path,
        (progress) => {
          // Throttle to whole percents: a 2.5 GB copy would otherwise flood the event channel.
          const percent = progress.bytesTotal > 0 ? Math.floor((progress.bytesDone / progress.bytesTotal) * 100) : 0;
          if (percent === last && progress.phase !== 'done') return;
          last = percent;
          emit({
            kind: 'progress',
            stream: input.stream,
            done: progress.bytesDone,
            total: progress.bytesTotal || null,
            label: progress.phase,
          });
        },
        signal,
      );
      emit({ kind: 'end', stream: input.stream });
      return {
        fileName: result.model.fileName,
        sha256: result.model.sha256,
        sizeBytes: result.model.size,
        alreadyInstalled: result.alreadyInstalled,
      };
    },
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
