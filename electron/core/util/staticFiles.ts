import fs from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed build assets may be cached; index.html must not be. */
  immutable: boolean;
}

/**
 * Resolves a URL path to a file of the built renderer. Paths that escape the folder are refused;
 * paths without an extension fall back to index.html so client-side routes survive a reload.
 */
export async function readStaticFile(rendererDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const wanted = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return null;

  const ext = path.extname(wanted);
  const file = ext === '' || wanted === root ? path.join(root, 'index.html') : wanted;
  try {
    const body = await fs.readFile(file);
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    return { body, contentType: type, immutable: file.includes(`${path.sep}assets${path.sep}`) };
  } catch {
    return null;
  }
}
