// Checks the packaging configuration without a real Electron binary: runs `electron-builder --dir`
// with electronDist pointing at a stand-in folder (an "electron" file that carries the fuse wire the
// way real Electron binaries do) and inspects the packaged tree. A second, Windows pack uses a
// stand-in electron.exe (a real, empty PE file with a version resource and the fuse wire): there
// electron-builder writes the fuses into InkludMI.exe and the app.asar integrity hash into its
// resources, which the check reads back and recomputes. (Linux has no embedded asar integrity in
// Electron; the macOS Info.plist can only be produced on macOS.)
//
//   node scripts/check-package-layout.mjs        prints the findings, exit 1 on any failure
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

// @electron/fuses' wire format: sentinel, version byte, wire length, one ASCII '0'/'1' per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
// Electron's own defaults, so the check proves electron-builder flipped what the config says.
const ELECTRON_DEFAULT_FUSES = '10110001';

const fuseWire = () =>
  Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'ascii'),
  ]);

function makeStandInElectron(dir) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in for the Electron binary\n'),
    Buffer.alloc(64),
    fuseWire(),
    Buffer.alloc(64),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), require('electron/package.json').version);
}

// resedit is what electron-builder itself edits Windows executables with (taken from its own dependencies).
const resedit = () => createRequire(require.resolve('app-builder-lib/package.json'))('resedit');

export function makeStandInElectronWin(dir) {
  const { NtExecutable, NtExecutableResource, Resource } = resedit();
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const exe = NtExecutable.createEmpty(false, false);
  const res = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'stand-in for the Electron binary' },
  );
  version.outputToResourceEntries(res.entries);
  const wire = fuseWire();
  // RT_RCDATA: the fuse wire inside the file, found by its sentinel like in the real electron.exe.
  res.entries.push({
    type: 10,
    id: 1,
    lang: 1033,
    codepage: 1200,
    bin: wire.buffer.slice(wire.byteOffset, wire.byteOffset + wire.byteLength),
  });
  res.outputResource(exe);
  fs.writeFileSync(path.join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), require('electron/package.json').version);
}

/** The asar integrity list electron-builder embeds in a Windows executable (resource INTEGRITY/ELECTRONASAR), or null. */
export function readWinAsarIntegrity(exePath) {
  const { NtExecutable, NtExecutableResource } = resedit();
  const res = NtExecutableResource.from(NtExecutable.from(fs.readFileSync(exePath)));
  const entry = res.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  return entry ? JSON.parse(Buffer.from(entry.bin).toString('utf8')) : null;
}

/** What Electron compares at start: the sha256 of the archive's JSON header. */
export function asarHeaderSha256(asarPath) {
  const { headerString } = require('@electron/asar').getRawHeader(asarPath);
  return createHash('sha256').update(headerString).digest('hex');
}

function runBuilder(platformArgs, standIn, output) {
  const builder = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      ...platformArgs,
      '--publish',
      'never',
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  if (builder.status !== 0) {
    throw new Error(
      `electron-builder ${platformArgs.join(' ')} failed (${builder.status}):\n${builder.stdout}\n${builder.stderr}`,
    );
  }
}

export function readFuses(binaryPath) {
  const bytes = fs.readFileSync(binaryPath);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  if (at < FUSE_SENTINEL.length) return null;
  const length = bytes[at + 1];
  const fuses = {};
  for (let i = 0; i < length; i++) fuses[FUSE_ORDER[i] ?? `fuse${i}`] = bytes[at + 2 + i] === 0x31;
  return fuses;
}

/** The packaged tree without models may not grow past this (issue 20: 111 MB before the exclusions). */
export const PACKAGE_LIMIT_MB = 80;

const LOAD_PROBE = `
const { createRequire } = require('node:module');
const path = require('node:path');
const requireApp = createRequire(path.join(process.argv[1], 'package.json'));
const sqlite = requireApp('@journeyapps/sqlcipher');
const db = new sqlite.Database(':memory:');
db.serialize(() => {
  db.run("PRAGMA key = 'probe'");
  db.get('PRAGMA cipher_version', async (err, row) => {
    if (err || !row || !row.cipher_version) { console.error('SQLCipher: ' + (err ? err.message : 'no cipher_version')); process.exit(2); }
    db.close();
    try {
      const { pathToFileURL } = require('node:url');
      const entry = requireApp.resolve('node-llama-cpp');
      const { getLlama } = await import(pathToFileURL(entry).href);
      const llama = await getLlama({ gpu: false, build: 'never', skipDownload: true, logLevel: 'error' });
      await llama.dispose();
      console.log('ok ' + row.cipher_version);
    } catch (e) { console.error('node-llama-cpp: ' + e.message); process.exit(3); }
  });
});
`;

function packagedModulesLoad(asarPath, work) {
  const extracted = path.join(work, 'app-extracted');
  require('@electron/asar').extractAll(asarPath, extracted);
  const run = spawnSync(process.execPath, ['-e', LOAD_PROBE, extracted], { encoding: 'utf8', timeout: 120_000 });
  const ok = run.status === 0 && /^ok /m.test(run.stdout);
  return { ok, detail: ok ? run.stdout.trim() : `${run.stderr || run.stdout}`.trim().slice(0, 500) };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...walk(full)] : [full];
  });
}

function readBuilderFuseConfig() {
  const text = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)/gm)].map((m) => [m[1], m[2] === 'true']));
}

/** Packs into a temp folder and returns { ok, checks: [{name, ok, detail}], appDir, seconds }. */
export function checkPackageLayout({ keep = false } = {}) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('build failed');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludmi-pack-'));
  const standIn = path.join(work, 'electron-dist');
  const output = path.join(work, 'release');
  makeStandInElectron(standIn);

  const started = Date.now();
  runBuilder(['--linux', '--x64'], standIn, output);
  const seconds = (Date.now() - started) / 1000;

  const appDir = path.join(output, 'linux-unpacked');
  const res = path.join(appDir, 'resources');
  const unpacked = path.join(res, 'app.asar.unpacked');
  const all = fs.existsSync(appDir) ? walk(appDir).map((f) => path.relative(appDir, f)) : [];
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });

  check('app.asar exists', fs.existsSync(path.join(res, 'app.asar')));
  const asar = require('@electron/asar');
  const inAsar = fs.existsSync(path.join(res, 'app.asar'))
    ? asar.listPackage(path.join(res, 'app.asar'), { isPack: false })
    : [];
  for (const entry of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
    check(`app.asar contains ${entry}`, inAsar.includes(entry));
  }
  check(
    'no TypeScript sources or tests in app.asar',
    !inAsar.some((e) => /^\/(electron|renderer\/src|test)\//.test(e)),
  );
  const sqlcipherNode = all.find(
    (f) => f.startsWith('resources/app.asar.unpacked/node_modules/@journeyapps/sqlcipher/') && f.endsWith('.node'),
  );
  check('SQLCipher native module unpacked', sqlcipherNode, sqlcipherNode ?? 'no .node file under app.asar.unpacked');
  const llamaNode = all.find(
    (f) =>
      f.startsWith('resources/app.asar.unpacked/node_modules/@node-llama-cpp/linux-x64/') &&
      f.endsWith('llama-addon.node'),
  );
  check('node-llama-cpp CPU binary unpacked', llamaNode, llamaNode ?? 'no llama-addon.node');
  check(
    'node-llama-cpp package unpacked',
    fs.existsSync(path.join(unpacked, 'node_modules/node-llama-cpp/package.json')),
  );
  check(
    'models/ shipped as extra resource',
    fs.existsSync(path.join(res, 'models')) && fs.statSync(path.join(res, 'models')).isDirectory(),
  );
  check(
    'resources/ shipped as extra resource',
    fs.existsSync(path.join(res, 'resources')) && fs.statSync(path.join(res, 'resources')).isDirectory(),
  );
  // Files only needed to build llama.cpp or SQLCipher from source, which the app never does (issue 20:
  // the llama.cpp git bundle alone was 34 MB of the 111 MB tree).
  const neverLoaded = all.filter((f) =>
    /node-llama-cpp[\\/]llama[\\/](gitRelease\.bundle|CMakeLists\.txt|cmake[\\/])|@journeyapps[\\/]sqlcipher[\\/](deps|src)[\\/]/.test(
      f,
    ),
  );
  check(
    'no build-from-source files (llama.cpp gitRelease.bundle, CMake, SQLCipher sources)',
    neverLoaded.length === 0,
    neverLoaded.slice(0, 5).join(', '),
  );
  const gpu = all.filter((f) => /cuda|vulkan|cublas/i.test(f));
  check('no CUDA or Vulkan binaries', gpu.length === 0, gpu.slice(0, 5).join(', '));
  const renderDeps = ['react', 'react-dom', '@navikt/ds-react'].filter((d) =>
    inAsar.includes(`/node_modules/${d}/package.json`),
  );
  check('renderer libraries bundled, not shipped as node_modules', renderDeps.length === 0, renderDeps.join(', '));

  const fuses = readFuses(path.join(appDir, 'inkludmi'));
  const wanted = readBuilderFuseConfig();
  check(
    'electron-builder.yml sets all eight fuses',
    Object.keys(wanted).length === FUSE_ORDER.length,
    JSON.stringify(wanted),
  );
  for (const name of FUSE_ORDER) {
    check(
      `fuse ${name} = ${wanted[name]}`,
      fuses && fuses[name] === wanted[name],
      fuses ? `found ${fuses[name]}` : 'no fuse wire',
    );
  }

  // Windows: the fuses in InkludMI.exe and the app.asar integrity hash electron-builder embeds there.
  const standInWin = path.join(work, 'electron-dist-win');
  const outputWin = path.join(work, 'release-win');
  makeStandInElectronWin(standInWin);
  const startedWin = Date.now();
  runBuilder(['--win', '--x64'], standInWin, outputWin);
  const secondsWin = (Date.now() - startedWin) / 1000;
  const winDir = path.join(outputWin, 'win-unpacked');
  const exe = path.join(winDir, 'InkludMI.exe');
  const winFuses = fs.existsSync(exe) ? readFuses(exe) : null;
  for (const name of FUSE_ORDER) {
    check(
      `Windows: fuse ${name} = ${wanted[name]}`,
      winFuses && winFuses[name] === wanted[name],
      winFuses ? `found ${winFuses[name]}` : 'no InkludMI.exe or no fuse wire',
    );
  }
  const winAsar = path.join(winDir, 'resources', 'app.asar');
  const integrity = fs.existsSync(exe) ? readWinAsarIntegrity(exe) : null;
  const expected = fs.existsSync(winAsar) ? asarHeaderSha256(winAsar) : null;
  const listed = integrity?.find((i) => i.file === 'resources\\app.asar');
  check(
    'Windows: app.asar integrity (SHA256 of its header) embedded in InkludMI.exe',
    expected !== null && listed?.alg === 'SHA256' && listed.value === expected,
    `embedded ${JSON.stringify(integrity)}, app.asar header sha256 ${expected}`,
  );

  // The size limit covers the app without models: weights pulled into models/ on a builder machine
  // are shipped too, but they are the model's size, not the app's.
  const sizeMb =
    all.reduce((sum, f) => {
      const full = path.join(appDir, f);
      if (/^resources[\\/]models[\\/].*\.gguf$/.test(f)) return sum;
      return sum + (fs.statSync(full).isFile() ? fs.statSync(full).size : 0);
    }, 0) /
    1024 /
    1024;
  check(
    `packaged tree without models <= ${PACKAGE_LIMIT_MB} MB`,
    sizeMb <= PACKAGE_LIMIT_MB,
    `${sizeMb.toFixed(1)} MB`,
  );

  // What the exclusions leave must still run: the archive is unpacked as Electron's asar layer would
  // present it, and a plain Node process loads SQLCipher (opens an encrypted database) and
  // node-llama-cpp (its CPU binary, without downloading or building) from it.
  const loadable = fs.existsSync(path.join(res, 'app.asar'))
    ? packagedModulesLoad(path.join(res, 'app.asar'), work)
    : { ok: false, detail: 'no app.asar' };
  check('packaged SQLCipher and node-llama-cpp load from the packaged tree', loadable.ok, loadable.detail);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  return { ok: checks.every((c) => c.ok), checks, appDir, seconds, secondsWin, sizeMb };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = checkPackageLayout();
  for (const c of result.checks)
    console.log(`${c.ok ? 'ok  ' : 'FEIL'} ${c.name}${c.detail && !c.ok ? ` (${c.detail})` : ''}`);
  console.log(
    `electron-builder --dir: ${result.seconds.toFixed(1)} s (Linux), ${result.secondsWin.toFixed(1)} s (Windows), packaged tree ${result.sizeMb.toFixed(0)} MB`,
  );
  process.exit(result.ok ? 0 : 1);
}
