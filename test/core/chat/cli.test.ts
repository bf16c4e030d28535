/** `inkludmi chat classify` and `inkludmi kb search`, run in-process. */
import { describe, expect, it } from 'vitest';
import { runInkludmi } from '../../cli/run.js';

describe('inkludmi chat classify', () => {
  it('reads JSON lines {"id","text"} and writes {"id","talk","crisis"}', async () => {
    const input = [
      { id: 1, text: 'Jeg skal sende to søknader i morgen.' },
      { id: 'b', text: 'Jeg vil ikke søke på den jobben.' },
      { id: 3, text: 'Hva er AFT?' },
      { id: 4, text: 'Det regner i dag.' },
      { id: 5, text: 'Jeg vil ikke leve lenger.' },
      { id: 6, text: 'Jeg døde av latter, den filmen var drepende kjedelig' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await runInkludmi(['chat', 'classify'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual([
      { id: 1, talk: 'change', crisis: false },
      { id: 'b', talk: 'sustain', crisis: false },
      { id: 3, talk: 'question', crisis: false },
      { id: 4, talk: 'neutral', crisis: false },
      { id: 5, talk: expect.any(String), crisis: true },
      { id: 6, talk: expect.any(String), crisis: false },
    ]);
  });

  it('reports bad lines and goes on, with exit code 1', async () => {
    const { code, stdout, stderr } = await runInkludmi(['chat', 'classify'], 'ikke json\n{"id":2}\n{"id":3,"text":"hei"}\n');
    expect(code).toBe(1);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 2, error: expect.any(String) });
    expect(out[2]).toEqual({ id: 3, talk: 'neutral', crisis: false });
    expect(stderr).toContain('2 av 3 linjer');
  });
});

describe('inkludmi kb search', () => {
  it('prints the top passages with scores and sources as JSON', async () => {
    const { code, stdout } = await runInkludmi(['kb', 'search', 'Hva er arbeidsforberedende trening?', '--limit', '2']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { answer: string; passages: { docId: string; score: number; source: string }[] };
    expect(result.answer).toBe('passages');
    expect(result.passages).toHaveLength(2);
    expect(result.passages[0]).toMatchObject({ docId: 'arbeidsforberedende-trening', score: expect.any(Number), source: expect.stringMatching(/^https:\/\//) });
  });

  it('says so when the knowledge base has no answer, and needs a question', async () => {
    const none = await runInkludmi(['kb', 'search', 'Hva koster en pizza på Grünerløkka?']);
    expect(JSON.parse(none.stdout)).toMatchObject({ answer: 'none', passages: [] });
    expect((await runInkludmi(['kb', 'search'])).code).toBe(2);
  });
});
