import readline from 'node:readline';
import { defaultScrubber, scrubSafely, type Scrubber } from './scrubber.js';
import { PseudonymVault } from './vault.js';

/**
 * `inkludmi scrub`: JSON lines {"id","text"} in, one line per input out:
 * {"id","text","spans":[{"start","end","type"}]} with the text scrubbed and the spans in the
 * original text. Each line is scrubbed on its own (fresh vault). A bad line gets
 * {"id":null,"error":"…"} (or its id, when it had one) and the rest go on.
 */
export async function runScrubCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, scrubber: Scrubber = defaultScrubber()): Promise<{ lines: number; errors: number }> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  const write = (value: unknown): Promise<void> =>
    new Promise((resolve) => {
      if (output.write(`${JSON.stringify(value)}\n`)) resolve();
      else output.once('drain', () => resolve());
    });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      errors++;
      await write({ id: null, error: 'Linjen er ikke gyldig JSON.' });
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      errors++;
      await write({ id: null, error: 'Linjen må være et JSON-objekt med "id" og "text".' });
      continue;
    }
    const record = parsed as Record<string, unknown>;
    const id = record.id;
    const validId = typeof id === 'string' || typeof id === 'number' ? id : null;
    if (typeof record.text !== 'string') {
      errors++;
      await write({ id: validId, error: 'Feltet "text" mangler eller er ikke tekst.' });
      continue;
    }
    if (validId === null) {
      errors++;
      await write({ id: null, error: 'Feltet "id" mangler eller er verken tekst eller tall.' });
      continue;
    }
    const result = scrubSafely(scrubber, record.text, { vault: new PseudonymVault() });
    if (!result.ok) {
      errors++;
      await write({ id: validId, error: result.error.message });
      continue;
    }
    await write({ id: validId, text: result.text, spans: result.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) });
  }
  return { lines, errors };
}
