/**
 * `inkludmi kb search` answers through the app's own knowledge service: keyword-only without an
 * embedding model, hybrid with one, its passage vectors computed once and read from the data
 * folder's cache on the next run (issue 15, acceptance 4).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTinyEmbeddingModel, ensureTinyModel } from '../../models/tiny/generate.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { runInkludmi } from './run.js';

interface SearchOutput {
  answer: string;
  outcome: string;
  weak: boolean;
  caveat?: string;
  message?: string;
  mode: string;
  embeddedPassages: number;
  passages: { docId: string; score: number; source: string; weak?: boolean }[];
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  process.env['INKLUDMI_POLICY_FILE'] = path.join(dir, 'no-policy.json');
});
afterAll(() => cleanup());

const search = async (dataDir: string, ...args: string[]) => {
  const run = await runInkludmi(['kb', 'search', ...args, '--data-dir', dataDir]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SearchOutput;
};

describe('inkludmi kb search', () => {
  it('prints the top passages with scores and sources as JSON, by keywords when no embedding model is installed', async () => {
    const result = await search(path.join(dir, 'plain'), 'Hva er arbeidsforberedende trening?', '--limit', '2');
    expect(result).toMatchObject({
      answer: 'passages',
      outcome: 'confident',
      weak: false,
      mode: 'keyword',
      embeddedPassages: 0,
    });
    expect(result.caveat).toBeUndefined();
    expect(result.passages).toHaveLength(2);
    expect(result.passages[0]).toMatchObject({
      docId: 'arbeidsforberedende-trening',
      score: expect.any(Number),
      source: expect.stringMatching(/^https:\/\//),
    });
  });

  it('says so when the knowledge base has no answer, and needs a question', async () => {
    const none = await search(path.join(dir, 'plain'), 'Hva koster en pizza på Grünerløkka?');
    expect(none).toMatchObject({ answer: 'none', outcome: 'none', passages: [] });
    expect(none.message).toContain('Spør gjerne veilederen din');
    expect((await runInkludmi(['kb', 'search', '--data-dir', path.join(dir, 'plain')])).code).toBe(2);
  });

  it('marks a weak hit: the page with the caveat the chat adds, every passage marked weak', async () => {
    // The meldekort page lists "Kor ofte skal eg sende meldekort?"; "levere" is not its word.
    const weak = await search(path.join(dir, 'plain'), 'Hvor ofte skal jeg levere meldekortet?');
    expect(weak).toMatchObject({ answer: 'passages', outcome: 'weak', weak: true });
    expect(weak.caveat).toContain('Jeg er ikke sikker på at dette svarer på spørsmålet ditt');
    expect(weak.caveat).toContain('Spør gjerne veilederen din');
    expect(weak.passages[0]?.docId).toBe('meldekort');
    expect(weak.passages.every((p) => p.weak === true)).toBe(true);
  });

  it('searches hybrid with the installed embedding model, embedding the passages once and reading them back on the next run', async () => {
    const dataDir = path.join(dir, 'embed');
    // The runtime runs beside a chat model, as in the app; the embedding model is a second file.
    expect((await runInkludmi(['model', 'import', await ensureTinyModel(), '--data-dir', dataDir])).code).toBe(0);
    const imported = await runInkludmi(['model', 'import', await ensureTinyEmbeddingModel(), '--data-dir', dataDir]);
    expect(imported.stdout).toContain('innbyggingsmodell');

    const first = await search(dataDir, 'Hva er arbeidsforberedende trening?');
    expect(first.mode).toBe('hybrid');
    expect(first.answer).toBe('passages');
    expect(first.embeddedPassages).toBeGreaterThan(100);
    const cached = await fs.readdir(path.join(dataDir, 'cache', 'knowledge'));
    expect(cached).toHaveLength(1);

    // A new process (a restart): the vectors come from the cache file, none is computed again.
    const second = await search(dataDir, 'Hvordan lager jeg et budsjett?');
    expect(second).toMatchObject({ mode: 'hybrid', answer: 'passages', embeddedPassages: 0 });
    expect(second.passages[0]?.docId).toBe('budsjett');
    expect(await fs.readdir(path.join(dataDir, 'cache', 'knowledge'))).toEqual(cached);
  }, 300_000);
});
