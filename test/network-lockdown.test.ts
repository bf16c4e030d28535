import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Offline by construction (ARCHITECTURE.md rule 8): no module under electron/ may open a listening
 * or outbound socket, except the loopback host of browser mode, which the desktop app never starts.
 */
const ALLOWED_PREFIXES = [
  // Browser mode: listens on 127.0.0.1 only; the desktop app never starts it.
  'electron/host/',
];

const NETWORK_MODULES = [
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'undici',
  'ws',
  'axios',
  'node-fetch',
  'got',
  'ky',
];
const NETWORK_GLOBALS = [
  /\bfetch\s*\(/,
  /\bnew\s+WebSocket\b/,
  /\bXMLHttpRequest\b/,
  /\bnew\s+EventSource\b/,
  /\bnet\.request\b/,
  /\bcreateModelDownloader\b/,
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [full] : [];
  });
}

function networkUse(text: string): string[] {
  const found: string[] = [];
  const specifiers = [...text.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  for (const spec of specifiers) {
    const bare = spec.replace(/^node:/, '');
    if (NETWORK_MODULES.includes(bare) || NETWORK_MODULES.some((m) => bare.startsWith(`${m}/`)))
      found.push(`imports ${spec}`);
  }
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const pattern of NETWORK_GLOBALS) if (pattern.test(code)) found.push(`uses ${pattern.source}`);
  return found;
}

describe('network lockdown', () => {
  it('the checker recognises network use (so it can fail)', () => {
    expect(networkUse("import http from 'node:http';")).toEqual(['imports node:http']);
    expect(networkUse("const s = require('net');")).toEqual(['imports net']);
    expect(networkUse('await fetch("https://example.org")')).toEqual(['uses \\bfetch\\s*\\(']);
    expect(networkUse("import { request } from 'undici';")).toEqual(['imports undici']);
    expect(networkUse("import type { AddressInfo } from 'node:net';")).toEqual(['imports node:net']);
  });

  it('no module under electron/ other than the loopback host opens a socket', () => {
    const offenders = files(path.join(root, 'electron'))
      .map((file) => ({
        file: path.relative(root, file).split(path.sep).join('/'),
        uses: networkUse(fs.readFileSync(file, 'utf8')),
      }))
      .filter(({ file, uses }) => uses.length > 0 && !ALLOWED_PREFIXES.some((prefix) => file.startsWith(prefix)))
      .map(({ file, uses }) => `${file}: ${uses.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('the allowlisted host binds to 127.0.0.1 only', () => {
    const server = fs.readFileSync(path.join(root, 'electron/host/server.ts'), 'utf8');
    const listens = [...server.matchAll(/\.listen\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    expect(listens.length).toBeGreaterThan(0);
    for (const args of listens) expect(args).toContain("'127.0.0.1'");
  });

  it('the desktop app never starts the loopback host: nothing main, preload or the model process loads reaches electron/host', () => {
    const entries = ['electron/main/index.ts', 'electron/preload/index.ts', 'electron/core/llm/worker.ts'];
    const seen = new Set<string>();
    const queue = entries.map((e) => path.join(root, e));
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file) || !fs.existsSync(file)) continue;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts');
        queue.push(fs.existsSync(target) ? target : target.replace(/\.ts$/, '.tsx'));
      }
    }
    const reached = [...seen].map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(reached).toContain('electron/core/index.ts');
    expect(reached.filter((f) => f.startsWith('electron/host/'))).toEqual([]);
  });

  it('no telemetry, crash uploads or auto-update: no such package, no crashReporter or autoUpdater, no publish feed', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(
      deps.filter((d) => /updater|sentry|analytics|telemetry|bugsnag|posthog|mixpanel|segment|crash/i.test(d)),
    ).toEqual([]);
    const uses = files(path.join(root, 'electron'))
      .filter((file) => /\b(crashReporter|autoUpdater)\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(uses).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^publish: null$/m);
    // The GPU build extends it and must not bring a feed back.
    expect(fs.readFileSync(path.join(root, 'electron-builder.gpu.yml'), 'utf8')).not.toMatch(/^publish:(?! null$)/m);
  });

  it('node-llama-cpp never downloads or builds: every getLlama call says build: never and skipDownload: true', () => {
    const calls = files(path.join(root, 'electron')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/getLlama\(\{([^}]*)\}/g)].map((m) => ({
        file: path.relative(root, file),
        options: m[1] ?? '',
      })),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const { file, options } of calls) {
      expect(options, file).toMatch(/build:\s*'never'/);
      expect(options, file).toMatch(/skipDownload:\s*true/);
    }
  });
});
