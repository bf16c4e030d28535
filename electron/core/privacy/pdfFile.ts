/** A generated PDF as the transports carry it. */
export interface PdfFile {
  fileName: string;
  mimeType: 'application/pdf';
  /** The PDF bytes, base64 (the transports carry JSON). */
  base64: string;
  bytes: number;
}

export const toPdfFile = (fileName: string, bytes: Buffer): PdfFile => ({
  fileName,
  mimeType: 'application/pdf',
  base64: bytes.toString('base64'),
  bytes: bytes.length,
});

/** The date part of a file name (YYYY-MM-DD). */
export const stamp = (d: Date): string => d.toISOString().slice(0, 10);
