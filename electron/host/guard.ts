import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The loopback host's gatekeeping, as plain functions: the Host header must name our own
 * loopback address and port (defeats DNS rebinding), an Origin, when sent, must be our own origin
 * (no CORS, no cross-site calls), and API calls must carry the per-launch token.
 */
export interface GuardConfig {
  port: number;
  token: string;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(headers: IncomingHttpHeaders, config: GuardConfig): boolean {
  const host = headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(config.port).includes(host);
}

export function isAllowedOrigin(headers: IncomingHttpHeaders, config: GuardConfig): boolean {
  const origin = headers.origin;
  if (origin === undefined) {
    // Browsers mark cross-site requests even when they leave out Origin.
    const site = headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  return allowedHosts(config.port).some((host) => origin === `http://${host}`);
}

export function hasValidToken(headers: IncomingHttpHeaders, config: GuardConfig): boolean {
  const auth = headers.authorization;
  if (!auth?.startsWith('Bearer ')) return false;
  const presented = Buffer.from(auth.slice('Bearer '.length).trim());
  const expected = Buffer.from(config.token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
