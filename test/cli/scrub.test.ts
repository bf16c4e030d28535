import { describe, expect, it } from 'vitest';
import { runInkludmi } from './run.js';

describe('inkludmi scrub', () => {
  it('writes one scrubbed line per input line with spans in the original text', async () => {
    const input = [
      { id: 'a', text: 'Ring meg på 912 34 567 eller send til kari.nordmann@example.no.' },
      { id: 'b', text: 'Ring 113 hvis det haster.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { code, stdout } = await runInkludmi(['scrub'], input + '\n');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string; spans: { start: number; end: number; type: string }[] });
    expect(lines).toHaveLength(2);
    const [a, b] = lines;
    expect(a?.text).not.toContain('912 34 567');
    expect(a?.text).not.toContain('kari.nordmann@example.no');
    const original = JSON.parse(input.split('\n')[0]!) as { text: string };
    const types = a?.spans.map((s) => [s.type, original.text.slice(s.start, s.end)]);
    expect(types).toEqual(
      expect.arrayContaining([
        ['PHONE', '912 34 567'],
        ['EMAIL', 'kari.nordmann@example.no'],
      ]),
    );
    expect(b).toEqual({ id: 'b', text: 'Ring 113 hvis det haster.', spans: [] });
  });

  it('reports a bad line and goes on with the rest', async () => {
    const { code, stdout, stderr } = await runInkludmi(['scrub'], 'ikke json\n{"id":"ok","text":"Hei"}\n');
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[1]).toMatchObject({ id: 'ok', text: 'Hei' });
    expect(stderr).toContain('1 av 2 linjer');
  });
});
