import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScrubCli } from '../../../electron/core/scrub/cli.js';
import { detectInOutput } from '../../../electron/core/scrub/output.js';
import { resolveSpans } from '../../../electron/core/scrub/resolver.js';
import { SCRUB_FAILED_MESSAGE, Scrubber, scrubSafely } from '../../../electron/core/scrub/scrubber.js';
import type { Span } from '../../../electron/core/scrub/types.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { makeNationalId, seededRng } from './ids.js';

const scrubber = new Scrubber();

describe('resolver', () => {
  const span = (start: number, end: number, confidence: number, type: Span['type'] = 'PERSON'): Span => ({
    start,
    end,
    confidence,
    type,
  });

  it('keeps non-overlapping spans and sorts them', () => {
    expect(resolveSpans([span(10, 12, 0.5), span(0, 3, 0.5)]).map((s) => s.start)).toEqual([0, 10]);
  });

  it('prefers higher confidence, then the longer span, deterministically', () => {
    expect(resolveSpans([span(0, 10, 0.8, 'ADDRESS'), span(0, 4, 0.9)]).map((s) => s.type)).toEqual(['PERSON']);
    expect(resolveSpans([span(0, 4, 0.9), span(0, 10, 0.9, 'ADDRESS')]).map((s) => s.type)).toEqual(['ADDRESS']);
    const a = [span(0, 5, 0.9, 'PHONE'), span(0, 5, 0.9, 'NATIONAL_ID')];
    expect(resolveSpans(a)).toEqual(resolveSpans([...a].reverse()));
  });
});

describe('fail closed', () => {
  it('turns any exception into SCRUB_FAILED with a Norwegian message and no text', () => {
    const broken = new Scrubber();
    broken.scrub = () => {
      throw new Error('Kari Nordmann 01010112345');
    };
    const result = scrubSafely(broken, 'Kari Nordmann', { vault: new PseudonymVault() });
    expect(result).toEqual({ ok: false, error: { code: 'SCRUB_FAILED', message: SCRUB_FAILED_MESSAGE } });
    expect(JSON.stringify(result)).not.toContain('Kari');
    expect(SCRUB_FAILED_MESSAGE).toBe(
      'Teksten kunne ikke vaskes for personopplysninger, så den ble ikke sendt til assistenten.',
    );
  });

  it('fails when a known identity would survive (defence in depth)', () => {
    const leaky = new Scrubber();
    leaky.scrub = (text: string) => ({ text, spans: [] });
    const result = scrubSafely(leaky, 'Hei, jeg er Sunniva.', {
      vault: new PseudonymVault(),
      known: [{ kind: 'participant', fullName: 'Sunniva Berg' }],
    });
    expect(result.ok).toBe(false);
  });

  it('fails on input that is not text', () => {
    expect(scrubSafely(scrubber, 42 as unknown as string, { vault: new PseudonymVault() }).ok).toBe(false);
  });

  it('passes ordinary text through', () => {
    const result = scrubSafely(scrubber, 'Hei, jeg heter Kari.', { vault: new PseudonymVault() });
    expect(result).toMatchObject({ ok: true, text: 'Hei, jeg heter [NAVN_1].' });
  });
});

describe('detectInOutput', () => {
  it('flags names and numbers the model made up, and not the placeholders', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Jeg heter Kari og nummeret er 91234567.', { vault });
    const check = detectInOutput(
      'Hei [NAVN_1]! Ring Per Hansen på 41234567 eller [TLF_1], eller [NAVN_3].',
      vault,
      scrubber,
    );
    expect(check.findings.map((f) => [f.span.text, f.span.type, f.kind])).toEqual([
      ['Per Hansen', 'PERSON', 'invented'],
      ['41234567', 'PHONE', 'invented'],
    ]);
    expect(check.unknownPlaceholders.map((p) => p.text)).toEqual(['[NAVN_3]']);
  });

  it('marks real values the model wrote out as known', () => {
    const vault = new PseudonymVault();
    scrubber.scrub('Jeg heter Kari og nummeret er 91234567.', { vault });
    const check = detectInOutput('Hei Kari, ring 912 34 567.', vault, scrubber);
    expect(check.findings.map((f) => f.kind)).toEqual(['known', 'known']);
  });
});

describe('runScrubCli', () => {
  async function run(input: string): Promise<unknown[]> {
    const chunks: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString('utf8'));
        done();
      },
    });
    await runScrubCli(Readable.from([input]), output, scrubber);
    return chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
  }

  it('writes one line per input with scrubbed text and spans in the original text', async () => {
    const fnr = makeNationalId(seededRng(3));
    const text = `Kari Nordmann, fnr ${fnr}, ring 116 123 ved krise.`;
    const lines = await run(
      `${JSON.stringify({ id: 'a1', text })}\n${JSON.stringify({ id: 2, text: 'Ingen personopplysninger her.' })}\n`,
    );
    expect(lines).toEqual([
      {
        id: 'a1',
        text: 'Tekst'.length > 0 ? `[NAVN_1], fnr [FNR_1], ring 116 123 ved krise.` : '',
        spans: [
          { start: 0, end: 13, type: 'PERSON' },
          { start: 19, end: 30, type: 'NATIONAL_ID' },
        ],
      },
      { id: 2, text: 'Ingen personopplysninger her.', spans: [] },
    ]);
  });

  it('counts span positions in code points, so an emoji before a name does not shift it', async () => {
    const text = 'Hei 👋😀 jeg heter Kari 🙂 og mobilen er 912 34 567';
    const [line] = (await run(`${JSON.stringify({ id: 'e', text })}\n`)) as {
      spans: { start: number; end: number; type: string }[];
    }[];
    const codePoints = [...text];
    expect(line?.spans.map((s) => [s.type, codePoints.slice(s.start, s.end).join('')])).toEqual([
      ['PERSON', 'Kari'],
      ['PHONE', '912 34 567'],
    ]);
  });

  it('answers a bad line with an error in Norwegian and goes on', async () => {
    const lines = await run(`not json\n{"id":"x"}\n[1,2]\n{"text":"Ola"}\n{"id":"ok","text":"Hei Ola"}\n`);
    expect(lines).toEqual([
      { id: null, error: 'Linjen er ikke gyldig JSON.' },
      { id: 'x', error: 'Feltet "text" mangler eller er ikke tekst.' },
      { id: null, error: 'Linjen må være et JSON-objekt med "id" og "text".' },
      { id: null, error: 'Feltet "id" mangler eller er verken tekst eller tall.' },
      { id: 'ok', text: 'Hei [NAVN_1]', spans: [{ start: 4, end: 7, type: 'PERSON' }] },
    ]);
  });
});
