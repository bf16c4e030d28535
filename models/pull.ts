/**
 * `npm run models:pull` — for a builder machine with internet access, never for the app.
 *
 * Downloads every model in models/manifest.json into models/ with node-llama-cpp's downloader,
 * then verifies each file: size and sha256 against the manifest (when it states them) and against
 * models/manifest.lock.json (when an earlier pull pinned them), and that its GGUF header is the
 * architecture the manifest says. The first pull pins size and sha256 in the lock file; a later
 * pull that gets a different file fails (the upstream file changed: review it, then re-pin with
 * --repin). A file that fails verification is deleted, so it can never be shipped.
 *
 *   node --import tsx models/pull.ts [--only <id>] [--dir <folder>] [--repin]
 *   node --import tsx models/pull.ts --verify     (npm run models:verify, run by npm run dist)
 *
 * --verify downloads nothing: it checks that every .gguf in models/ (what the installers ship) is a
 * manifest model and exactly the file pinned in the lock, and fails the build otherwise. The app
 * checks the same pins again when it starts (electron/core/llm/model-lock.ts).
 *
 * HF_TOKEN is passed on when set (gated repositories).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  readModelLock,
  sha256File,
  verifyShippedModels,
  type LockEntry,
  type ModelLock,
} from '../electron/core/llm/model-lock.js';

export { sha256File, type LockEntry };
export type Lock = ModelLock;

export interface ManifestEntry {
  id: string;
  purpose: 'chat' | 'embedding';
  default: boolean;
  displayName: string;
  source: { uri: string; revision: string | null; page: string; baseModel: string };
  fileName: string;
  expectedSizeBytes: number | null;
  approximateSizeBytes: number;
  sha256: string | null;
  license: { spdx: string; url: string };
  architecture: string;
  quantization: string;
  contextLength: number;
  appContextLength: number;
  embeddingLength?: number;
  notes?: string;
}

export interface Manifest {
  version: 1;
  models: ManifestEntry[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const MANIFEST_PATH = path.join(here, 'manifest.json');
export const LOCK_PATH = path.join(here, 'manifest.lock.json');

export async function readManifest(file = MANIFEST_PATH): Promise<Manifest> {
  const manifest = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
  if (manifest.version !== 1 || !Array.isArray(manifest.models)) throw new Error(`${file}: unknown manifest format`);
  return manifest;
}

export async function readLock(file = LOCK_PATH): Promise<Lock> {
  return readModelLock(file);
}

export async function writeLock(lock: Lock, file = LOCK_PATH): Promise<void> {
  const sorted: Lock = {
    version: 1,
    models: Object.fromEntries(Object.entries(lock.models).sort(([a], [b]) => a.localeCompare(b))),
  };
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, JSON.stringify(sorted, null, 2) + '\n');
  await fs.rename(temp, file);
}

/** The node-llama-cpp URI for an entry, with its revision as `#branch-or-commit`. */
export function sourceUri(entry: ManifestEntry): string {
  return entry.source.revision ? `${entry.source.uri}#${entry.source.revision}` : entry.source.uri;
}

/**
 * Checks a downloaded file against the manifest and the lock. Returns the lock entry to record
 * (the pin); throws when the file differs from what the manifest or an earlier pull pinned.
 */
export async function verifyPulledFile(
  entry: ManifestEntry,
  file: string,
  pinned: LockEntry | undefined,
  options: { repin?: boolean; now?: Date } = {},
): Promise<LockEntry> {
  const { size } = await fs.stat(file);
  const problems: string[] = [];
  if (entry.expectedSizeBytes !== null && size !== entry.expectedSizeBytes)
    problems.push(`size ${size} ≠ manifest ${entry.expectedSizeBytes}`);
  if (pinned && !options.repin && size !== pinned.size) problems.push(`size ${size} ≠ pinned ${pinned.size}`);
  const sha256 = problems.length === 0 ? await sha256File(file) : '';
  if (sha256 && entry.sha256 !== null && sha256 !== entry.sha256.toLowerCase())
    problems.push(`sha256 ${sha256} ≠ manifest ${entry.sha256}`);
  if (sha256 && pinned && !options.repin && sha256 !== pinned.sha256)
    problems.push(`sha256 ${sha256} ≠ pinned ${pinned.sha256}`);
  if (problems.length > 0) throw new Error(`${entry.id}: ${problems.join('; ')}`);
  return {
    fileName: entry.fileName,
    uri: sourceUri(entry),
    size,
    sha256,
    pinnedAt: (options.now ?? new Date()).toISOString(),
  };
}

/** The header must be the architecture the manifest promises (catches a wrong or broken conversion). */
async function verifyHeader(entry: ManifestEntry, file: string): Promise<void> {
  const { readGgufFileInfo } = await import('node-llama-cpp');
  const info = await readGgufFileInfo(file, {
    sourceType: 'filesystem',
    logWarnings: false,
    ignoreKeys: [
      'tokenizer.ggml.tokens',
      'tokenizer.ggml.scores',
      'tokenizer.ggml.token_type',
      'tokenizer.ggml.merges',
    ],
  });
  const architecture = String(info.metadata.general.architecture);
  if (architecture !== entry.architecture)
    throw new Error(`${entry.id}: architecture ${architecture} ≠ manifest ${entry.architecture}`);
}

async function pull(entry: ManifestEntry, dir: string, lock: Lock, repin: boolean): Promise<void> {
  const { createModelDownloader } = await import('node-llama-cpp');
  const token = process.env['HF_TOKEN'];
  process.stdout.write(`\n${entry.id}: ${sourceUri(entry)} → ${path.join(dir, entry.fileName)}\n`);
  const downloader = await createModelDownloader({
    modelUri: sourceUri(entry),
    dirPath: dir,
    fileName: entry.fileName,
    skipExisting: true,
    showCliProgress: true,
    ...(token ? { tokens: { huggingFace: token } } : {}),
  });
  const file = await downloader.download();
  try {
    if (path.basename(file) !== entry.fileName)
      throw new Error(
        `${entry.id}: downloaded ${path.basename(file)}, expected ${entry.fileName} (split files are not supported)`,
      );
    await verifyHeader(entry, file);
    const pin = await verifyPulledFile(entry, file, lock.models[entry.id], { repin });
    const previous = lock.models[entry.id];
    lock.models[entry.id] = previous && previous.sha256 === pin.sha256 ? previous : pin;
    process.stdout.write(
      `${entry.id}: ok, ${pin.size} bytes, sha256 ${pin.sha256}${previous ? '' : ' (pinned now)'}\n`,
    );
  } catch (error) {
    await fs.rm(file, { force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      dir: { type: 'string' },
      repin: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
    },
  });
  const manifest = await readManifest();
  if (values.verify) {
    const { checked, problems } = await verifyShippedModels(path.resolve(values.dir ?? here), manifest.models);
    if (problems.length > 0) {
      process.stderr.write(`models:verify failed:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(
        checked.length > 0
          ? `models:verify: ${checked.join(', ')} match the pins.\n`
          : 'models:verify: no model files to ship.\n',
      );
    }
    return;
  }
  const lock = await readLock();
  const dir = path.resolve(values.dir ?? here);
  const entries = manifest.models.filter((m) => !values.only || m.id === values.only);
  if (entries.length === 0) throw new Error(`no model with id ${values.only}`);
  const failures: string[] = [];
  for (const entry of entries) {
    try {
      await pull(entry, dir, lock, values.repin ?? false);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
    // Record every pin that succeeded, even if a later model fails.
    await writeLock(lock);
  }
  if (failures.length > 0) {
    process.stderr.write(`\nmodels:pull failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`\nAll models verified. Pins in ${path.relative(process.cwd(), LOCK_PATH)}.\n`);
  }
}

const invokedAsScript =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedAsScript) await main();
