/**
 * The registry of installed models: `models.json` in the models folder, next to the files. It holds
 * only facts about model files (no personal data), and is replaced atomically on every change.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export const REGISTRY_FILE = 'models.json';

export interface InstalledModel {
  /** First 16 hex digits of the sha256. */
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  architecture: string;
  name: string | null;
  parameterCount: number;
  quantization: string | null;
  contextLength: number | null;
  hasChatTemplate: boolean;
  purpose: 'chat' | 'embedding';
  license: string | null;
  requiredMemoryBytes: number;
  /** 'import' for files picked from disk, 'bundled' for models shipped with the installer. */
  source: 'import' | 'bundled';
  importedAt: string;
}

export interface ModelRegistry {
  version: 1;
  models: InstalledModel[];
}

function isRegistry(value: unknown): value is ModelRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { version?: unknown }).version === 1 &&
    Array.isArray((value as { models?: unknown }).models)
  );
}

export async function readRegistry(modelsDir: string): Promise<ModelRegistry> {
  let text: string;
  try {
    text = await fs.readFile(path.join(modelsDir, REGISTRY_FILE), 'utf8');
  } catch {
    return { version: 1, models: [] };
  }
  const parsed: unknown = JSON.parse(text);
  if (!isRegistry(parsed)) throw new Error('models.json has an unknown format');
  return parsed;
}

export async function writeRegistry(modelsDir: string, registry: ModelRegistry): Promise<void> {
  const target = path.join(modelsDir, REGISTRY_FILE);
  const temp = path.join(modelsDir, `.${REGISTRY_FILE}.${randomBytes(4).toString('hex')}.tmp`);
  await fs.writeFile(temp, JSON.stringify(registry, null, 2) + '\n', { mode: 0o644 });
  await fs.rename(temp, target);
}

/** Installed models whose file is present in the folder. */
export async function listInstalledModels(modelsDir: string): Promise<InstalledModel[]> {
  const registry = await readRegistry(modelsDir);
  const present = await Promise.all(
    registry.models.map((m) =>
      fs.stat(path.join(modelsDir, m.fileName)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return registry.models.filter((_m, i) => present[i]);
}
