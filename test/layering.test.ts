import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(c|m)?(t|j)sx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports, requires or dynamically imports. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const patterns = [
    /\bimport\s+(type\s+)?[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(type\s+)?[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*()['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*()['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*()['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.push({ specifier: match[2] ?? '', typeOnly: Boolean(match[1]) });
  }
  return found;
}

describe('layering (ARCHITECTURE.md rule 2 and "The shape")', () => {
  it('finds the imports it is looking for (the checker itself works)', () => {
    const sample = path.join(root, 'electron/main/index.ts');
    expect(importsOf(sample).map((i) => i.specifier)).toContain('electron');
  });

  it('no file under electron/core imports electron', () => {
    const files = sourceFiles(path.join(root, 'electron/core'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) =>
      importsOf(file).some((i) => i.specifier === 'electron' || i.specifier.startsWith('electron/')),
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('electron is imported only by electron/main and electron/preload (type-only elsewhere is not allowed either)', () => {
    const files = [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'renderer/src'))];
    const offenders = files.filter((file) => {
      const rel = path.relative(root, file);
      if (rel.startsWith(path.join('electron', 'main')) || rel.startsWith(path.join('electron', 'preload')))
        return false;
      return importsOf(file).some((i) => i.specifier === 'electron');
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('the renderer imports nothing from electron/ at run time (types only)', () => {
    const offenders = sourceFiles(path.join(root, 'renderer/src')).flatMap((file) =>
      importsOf(file)
        .filter((i) => /(^|\/)electron\/(core|main|host|cli|preload)\//.test(i.specifier) && !i.typeOnly)
        .map((i) => `${path.relative(root, file)} → ${i.specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
