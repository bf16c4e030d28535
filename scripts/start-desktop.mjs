// `npm start`: the desktop app. npm ci skips Electron's binary download (package.json
// allowScripts); it is fetched here on first start, with a clear message when that is impossible.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary) {
  console.log('Henter Electron (skrivebordsmotoren) første gang. Dette krever internett …');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = install.status === 0 ? electronBinary() : null;
  if (!binary) {
    console.error(
      [
        '',
        'Kunne ikke hente Electron. Skrivebordsappen trenger den én gang, og den lastes ned fra GitHub.',
        'Sjekk internettforbindelsen og prøv «npm start» på nytt, eller bruk nettlesermodus uten Electron:',
        '',
        '    npm run serve',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
