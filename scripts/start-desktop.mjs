// `npm start`: the desktop app. npm ci skips Electron's binary download (package.json
// allowScripts); it is fetched here on first start, with a clear message when that is impossible.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// INKLUDMI_ELECTRON_DIR points the script at another copy of the electron package (tests use a
// stand-in whose download fails).
const electronDir = process.env.INKLUDMI_ELECTRON_DIR
  ? path.resolve(process.env.INKLUDMI_ELECTRON_DIR)
  : path.dirname(require.resolve('electron/package.json'));

/** One line about why the download failed, from what electron's install script printed (never its stack). */
function downloadFailureReason(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^at\s/.test(l) && !/^[\^~]+$/.test(l) && !/^node:/.test(l) && !/^Node\.js v/.test(l));
  const codes = [
    ...String(output).matchAll(/\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|CERT_[A-Z_]+)\b/g),
  ].map((m) => m[1]);
  if (codes.length > 0) return `nettverksfeil (${[...new Set(codes)].join(', ')})`;
  // Node prints the failing source line before the error itself: take the "XError: message" line.
  const error = lines.find((l) => /^[A-Za-z]*Error:\s/.test(l)) ?? lines.find((l) => /failed/i.test(l));
  return error ? error.replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 160) : 'ukjent feil';
}

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary) {
  console.log('Henter Electron (skrivebordsmotoren) første gang. Dette krever internett …');
  // The install script's own output is kept back: when the download fails it is a raw stack trace.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = install.status === 0 ? electronBinary() : null;
  if (!binary) {
    console.error(
      [
        '',
        `Kunne ikke hente Electron: ${downloadFailureReason(`${install.stderr ?? ''}\n${install.stdout ?? ''}`)}.`,
        'Skrivebordsappen trenger Electron én gang, og den lastes ned fra GitHub.',
        'Sjekk internettforbindelsen og prøv «npm start» på nytt, eller bruk nettlesermodus uten Electron:',
        '',
        '    npm run serve',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
