/**
 * The model lock file (models/manifest.lock.json): the size and sha256 of every model file that
 * `npm run models:pull` downloaded and verified, pinned on the first pull. A model file shipped
 * with the app is used only when it is exactly the pinned file: checked when the installers are
 * built (`npm run models:verify`, part of `npm run dist`) and again when the app starts.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE_NAME = 'manifest.lock.json';

export interface LockEntry {
  fileName: string;
  uri: string;
  size: number;
  sha256: string;
  pinnedAt: string;
}

export interface ModelLock {
  version: 1;
  models: Record<string, LockEntry>;
}

/** What the check needs to know about a manifest model. */
export interface LockedModel {
  id: string;
  fileName: string;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 4 * 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Reads a lock file; a missing one is an empty lock (nothing pinned yet), a malformed one throws. */
export async function readModelLock(file: string): Promise<ModelLock> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, models: {} };
    throw error;
  }
  const lock = JSON.parse(text) as ModelLock;
  if (lock.version !== 1 || typeof lock.models !== 'object' || lock.models === null)
    throw new Error(`${file}: unknown lock format`);
  return lock;
}

/**
 * Checks one model file against its pin. Returns null when it is the pinned file, else the
 * problem (in English: for build logs and log codes, never shown as UI text).
 */
export async function lockProblem(model: LockedModel, file: string, lock: ModelLock): Promise<string | null> {
  const pin = lock.models[model.id];
  if (!pin) return `${model.fileName}: not pinned in ${LOCK_FILE_NAME} (run npm run models:pull)`;
  if (pin.fileName !== model.fileName) return `${model.fileName}: the pin is for ${pin.fileName}`;
  const { size } = await fs.stat(file);
  if (size !== pin.size) return `${model.fileName}: size ${size} ≠ pinned ${pin.size}`;
  const sha256 = await sha256File(file);
  if (sha256 !== pin.sha256) return `${model.fileName}: sha256 ${sha256} ≠ pinned ${pin.sha256}`;
  return null;
}

/**
 * The build check: every .gguf in the folder that ships with the installers must be a manifest
 * model and exactly its pinned file. Returns the problems (empty: all good) and the files checked.
 */
export async function verifyShippedModels(
  dir: string,
  models: readonly LockedModel[],
): Promise<{ checked: string[]; problems: string[] }> {
  const lock = await readModelLock(path.join(dir, LOCK_FILE_NAME));
  const files = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.gguf'))
    .map((e) => e.name);
  const checked: string[] = [];
  const problems: string[] = [];
  for (const fileName of files.sort()) {
    const model = models.find((m) => m.fileName === fileName);
    if (!model) {
      problems.push(`${fileName}: not in models/manifest.json (it would ship with the installers)`);
      continue;
    }
    const problem = await lockProblem(model, path.join(dir, fileName), lock);
    if (problem) problems.push(problem);
    checked.push(fileName);
  }
  return { checked, problems };
}
