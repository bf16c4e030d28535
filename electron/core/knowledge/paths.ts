import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the shipped knowledge base lives: an explicit folder, then INKLUDMI_KNOWLEDGE_DIR, then the
 * packaged app's extra resources (`<resourcesPath>/resources/knowledge`), then the source tree.
 */
export function defaultKnowledgeDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    explicit,
    env['INKLUDMI_KNOWLEDGE_DIR'],
    resourcesPath ? path.join(resourcesPath, 'resources', 'knowledge') : undefined,
    fileURLToPath(new URL('../../../resources/knowledge', import.meta.url)),
    path.join(process.cwd(), 'resources', 'knowledge'),
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isDirectory()) return path.resolve(c);
  return path.resolve(candidates[0] ?? path.join(process.cwd(), 'resources', 'knowledge'));
}
