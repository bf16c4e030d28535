import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';

/**
 * Reads an SQLCipher 4 database file (and its WAL) page by page WITHOUT SQLCipher: every page,
 * including free pages and old WAL frames the database no longer uses, is decrypted with the raw
 * key (AES-256-CBC, the IV in the page's reserved tail). This is how a test sees the bytes an
 * attacker with the key would see, not only the rows SQL still returns.
 *
 * SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at the end of each page (16-byte IV,
 * 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt instead of the SQLite header.
 */
export const PAGE_SIZE = 4096;
const RESERVE = 80;
const SALT = 16;

export function decryptPage(page: Buffer, pageNumber: number, key: Buffer): Buffer {
  const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + 16);
  const start = pageNumber === 1 ? SALT : 0;
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(page.subarray(start, PAGE_SIZE - RESERVE)), decipher.final()]);
  return pageNumber === 1 ? Buffer.concat([Buffer.alloc(SALT), plain]) : plain;
}

/** Every page of the main file, decrypted (in file order). */
export function decryptDatabaseFile(file: string, key: Buffer): Buffer[] {
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  for (let i = 0; i + PAGE_SIZE <= bytes.length; i += PAGE_SIZE)
    pages.push(decryptPage(bytes.subarray(i, i + PAGE_SIZE), i / PAGE_SIZE + 1, key));
  return pages;
}

/** Every frame of a WAL file, decrypted (a missing or empty WAL gives none). */
export function decryptWalFile(file: string, key: Buffer): Buffer[] {
  if (!fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const frames: Buffer[] = [];
  const FRAME_HEADER = 24;
  for (let i = 32; i + FRAME_HEADER + PAGE_SIZE <= bytes.length; i += FRAME_HEADER + PAGE_SIZE) {
    const pageNumber = bytes.readUInt32BE(i);
    frames.push(decryptPage(bytes.subarray(i + FRAME_HEADER, i + FRAME_HEADER + PAGE_SIZE), pageNumber, key));
  }
  return frames;
}

/** Which of `needles` occur in any of the buffers (UTF-8), case-sensitive. */
export function found(buffers: readonly Buffer[], needles: readonly string[]): string[] {
  const all = Buffer.concat(buffers);
  return needles.filter((n) => all.includes(Buffer.from(n, 'utf8')));
}
