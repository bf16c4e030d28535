import type { ApiErrorBody } from '../../../../../electron/core/api/errors';
import type { InkludmiBridge } from '../../../../../electron/core/api/router';

/** Bytes per piece: what the host accepts per call (UPLOAD_CHUNK_BYTES in core/llm/model-upload.ts). */
export const UPLOAD_PIECE_BYTES = 512 * 1024;

/** One piece of the file as base64, read by the browser itself (only this piece is in memory). */
function pieceAsBase64(piece: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(piece);
  });
}

export type UploadOutcome =
  | { ok: true }
  | { ok: false; error: ApiErrorBody }
  | { ok: false; cancelled: true }
  /** The browser could not read the file (moved, or on a drive that went away). */
  | { ok: false; unreadable: true };

/**
 * Sends `file` to the models folder piece by piece (browser mode): one piece read and in flight at
 * a time, so the page never holds the file. `onSent` follows the bytes the app has written;
 * `cancelled` is asked before each piece. The caller finishes or cancels the upload afterwards.
 */
export async function uploadModelFile(
  api: InkludmiBridge,
  stream: string,
  file: File,
  onSent: (bytes: number) => void,
  cancelled: () => boolean,
): Promise<UploadOutcome> {
  const begun = await api.call('model.uploadBegin', { stream, fileName: file.name, sizeBytes: file.size });
  if (!begun.ok) return { ok: false, error: begun.error };
  for (let offset = 0; offset < file.size; offset += UPLOAD_PIECE_BYTES) {
    if (cancelled()) return { ok: false, cancelled: true };
    let data: string;
    try {
      data = await pieceAsBase64(file.slice(offset, offset + UPLOAD_PIECE_BYTES));
    } catch {
      return { ok: false, unreadable: true };
    }
    const sent = await api.call('model.uploadChunk', { stream, offset, data });
    if (!sent.ok) return { ok: false, error: sent.error };
    onSent(sent.data.received);
  }
  return { ok: true };
}
