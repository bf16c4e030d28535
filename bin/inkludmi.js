#!/usr/bin/env node
// The admin CLI. It runs the built code under out/ (npm run build makes it).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  console.error('InkludMI er ikke bygget ennå. Kjør «npm run build» i prosjektmappen først.');
  process.exit(1);
}
await import(pathToFileURL(built).href);
