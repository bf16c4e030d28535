import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/api/dispatcher.js';
import { errorBody, type ApiResult, type ErrorCode } from '../core/api/errors.js';
import type { ApiEvent } from '../core/api/events.js';
import { PAGE_SECURITY_HEADERS } from '../core/security/csp.js';
import { hasValidToken, isAllowedHost, isAllowedOrigin, type GuardConfig } from './guard.js';
import { readStaticFile } from '../core/util/staticFiles.js';

/** Browser mode: the built renderer and the one API, on 127.0.0.1 only. */
export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a random 256-bit token per launch otherwise. */
  token?: string;
  /** Called when a page's event stream closes: its login is forgotten. */
  onDisconnect?: (connectionId: string) => void;
}

export interface RunningHost {
  /** The URL to open: the page, with the token in the fragment (never sent to a server). */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1024 * 1024;
export const CONNECTION_HEADER = 'x-inkludmi-connection';
const KEEPALIVE_MS = 20_000;

const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_PROCEDURE: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

interface EventConnection {
  res: ServerResponse;
  keepalive: NodeJS.Timeout;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const connections = new Map<string, EventConnection>();
  const guard: GuardConfig = { port: 0, token };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: errorBody('INTERNAL') });
      else res.destroy();
    });
  });
  // No keep-alive surprises in tests and no slowloris: bounded header and request times.
  server.headersTimeout = 10_000;
  server.requestTimeout = 0; // event streams and model answers are long-lived

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers, guard) || !isAllowedOrigin(req.headers, guard)) {
      return sendForbidden(res);
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (!hasValidToken(req.headers, guard)) return sendForbidden(res);
      if (req.method === 'GET' && url.pathname === '/api/events') return openEventStream(req, res);
      const match = /^\/api\/call\/([A-Za-z0-9._-]{1,100})$/.exec(url.pathname);
      if (req.method === 'POST' && match?.[1]) return call(req, res, match[1]);
      return sendJson(res, 404, { ok: false, error: errorBody('UNKNOWN_PROCEDURE') });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...PAGE_SECURITY_HEADERS }).end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...PAGE_SECURITY_HEADERS }).end('Ikke funnet');
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
      ...PAGE_SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    const connectionId = randomBytes(16).toString('base64url');
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`event: hello\ndata: ${JSON.stringify({ connectionId })}\n\n`);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    connections.set(connectionId, { res, keepalive });
    req.on('close', () => {
      clearInterval(keepalive);
      connections.delete(connectionId);
      options.onDisconnect?.(connectionId);
    });
  }

  function emitTo(connectionId: string | null): (event: ApiEvent) => void {
    return (event) => {
      const conn = connectionId ? connections.get(connectionId) : undefined;
      conn?.res.write(`data: ${JSON.stringify(event)}\n\n`);
    };
  }

  async function call(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return sendJson(res, 415, {
        ok: false,
        error: errorBody('VALIDATION', 'Forespørselen må sendes som JSON.'),
      });
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      return sendJson(res, 413, { ok: false, error: errorBody('VALIDATION', 'Forespørselen er for stor.') });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, { ok: false, error: errorBody('VALIDATION', 'Forespørselen er ikke gyldig JSON.') });
    }
    const header = req.headers[CONNECTION_HEADER];
    const presented = typeof header === 'string' ? header : null;
    // Only a connection with an open event stream counts; anything else is anonymous.
    const connectionId = presented && connections.has(presented) ? presented : null;

    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const result = await options.dispatch({
      name,
      input,
      connectionId,
      emit: emitTo(connectionId),
      signal: abort.signal,
    });
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard.port = port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const conn of connections.values()) {
          clearInterval(conn.keepalive);
          conn.res.end();
        }
        connections.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendForbidden(res: ServerResponse): void {
  sendJson(res, 403, { ok: false, error: errorBody('FORBIDDEN') });
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
