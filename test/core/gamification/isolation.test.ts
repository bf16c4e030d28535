import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../../electron/core/api/router.js';

/**
 * Acceptance 4, second half: gamification data is never used for decisions, reporting to NAV or
 * any other purpose. This fails when a module of decisions or privacy, or any report procedure,
 * mentions a gamification table or imports core/gamification (or its service), and when anything
 * outside the few places that must know it starts reading the tables.
 */
const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(c|m)?(t|j)sx?$|\.sql$/.test(entry.name) ? [full] : [];
  });
}

/** What in a text points at gamification data: a table name, an import of the module, or the service. */
export function gamificationReferences(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bgamification_(profiles|points|badges)\b/g)) found.push(m[0]);
  for (const m of text.matchAll(/['"][^'"]*\/gamification\/[^'"]*['"]/g)) found.push(`import ${m[0]}`);
  for (const m of text.matchAll(/\bservices\.gamification\b|\bGamificationService\b/g)) found.push(m[0]);
  return found;
}

const rel = (f: string) => path.relative(root, f);
const offenders = (files: string[]) =>
  files
    .map((f) => ({ file: rel(f), refs: gamificationReferences(fs.readFileSync(f, 'utf8')) }))
    .filter((o) => o.refs.length > 0);

/** Procedures that report, decide or export: what NAV, an auditor or a decision could see. */
const REPORTING =
  /^(decisions?|privacy|reports?|statistics|dpia|retention|audit)\.|report|statisti|dpia|export|decision/i;

describe('gamification data stays out of decisions, privacy and reports', () => {
  it('the checker finds table names, imports and the service', () => {
    expect(gamificationReferences('SELECT * FROM gamification_points')).toEqual(['gamification_points']);
    expect(gamificationReferences("import { x } from '../gamification/service.js'")).toHaveLength(1);
    expect(gamificationReferences('await services.gamification.view(p, id)')).toEqual(['services.gamification']);
    expect(gamificationReferences('features: { gamification: true }')).toEqual([]);
  });

  it('no module under electron/core/decisions or electron/core/privacy refers to gamification data', () => {
    const files = [
      ...sourceFiles(path.join(root, 'electron/core/decisions')),
      ...sourceFiles(path.join(root, 'electron/core/privacy')),
    ];
    expect(files.length).toBeGreaterThan(0);
    expect(offenders(files)).toEqual([]);
  });

  it('no report, decision or export procedure refers to gamification data (its file nor its handler)', () => {
    const reporting = Object.entries(procedures).filter(([name]) => REPORTING.test(name));
    expect(reporting.length).toBeGreaterThan(0);
    for (const [name, def] of reporting) expect(gamificationReferences(def.handler.toString()), name).toEqual([]);
    const procedureFiles = sourceFiles(path.join(root, 'electron/core/api/procedures'));
    const reportingFiles = procedureFiles.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return [...text.matchAll(/['"]([a-zA-Z]+\.[a-zA-Z]+)['"]\s*:\s*procedure\(/g)].some((m) =>
        REPORTING.test(m[1] ?? ''),
      );
    });
    expect(offenders(reportingFiles)).toEqual([]);
  });

  it('only core/gamification reads its tables, and only the composition root and the participant-facing procedures use it', () => {
    const files = [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'renderer/src'))];
    const allowed = new Set([
      'electron/core/gamification/service.ts',
      'electron/core/gamification/explanation.ts',
      'electron/core/db/migrations/002_followup_workspace.sql',
      'electron/core/index.ts',
      'electron/core/services.ts',
      'electron/core/api/procedures/gamification.ts',
      'electron/core/api/procedures/me.ts',
      // plan.updateStep hands the participant their rewards when a step is completed.
      'electron/core/api/procedures/workspace.ts',
    ]);
    expect(offenders(files).filter((o) => !allowed.has(o.file))).toEqual([]);
    // Even those that use the service do not touch its tables.
    const tableUsers = files
      .filter((f) => /\bgamification_(profiles|points|badges)\b/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(tableUsers.sort()).toEqual([
      'electron/core/db/migrations/002_followup_workspace.sql',
      'electron/core/gamification/service.ts',
    ]);
  });
});
