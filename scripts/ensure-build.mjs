// Builds the app when out/ is missing or older than the sources, so `npm run serve` always serves current code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outputs = ['out/main/host.js', 'out/main/cli.js', 'out/renderer/index.html'].map((p) => path.join(root, p));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const missing = outputs.some((file) => !existsSync(file));
const builtAt = missing ? 0 : Math.min(...outputs.map((file) => statSync(file).mtimeMs));
const sourcesAt = Math.max(newest(path.join(root, 'electron')), newest(path.join(root, 'renderer')));
if (missing || sourcesAt > builtAt) {
  console.log('Bygger InkludMI …');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) {
    console.error('Byggingen feilet. Se meldingene over.');
    process.exit(result.status ?? 1);
  }
}
