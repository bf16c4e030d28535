import readline from 'node:readline';
import { defaultScrubber, scrubSafely, type Scrubber } from './scrubber.js';
import { PseudonymVault } from './vault.js';

/**
 * `inkludmi scrub`: JSON lines {"id","text"} in, one line per input out:
 * {"id","text","spans":[{"start","end","type"}]} with the text scrubbed and the spans in the
 * original text. Each line is scrubbed on its own (fresh vault). A bad line gets
 * {"id":null,"error":"…"} (or its id, when it had one) and the rest go on.
 *
 * Span positions count Unicode code points (as Python and most evaluation tools index strings),
 * not UTF-16 code units: an emoji before a name moves it by one, not two.
 */
/** Maps a UTF-16 index in `text` to its code point index (the identity when there are no surrogate pairs). */
export function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map.push(cp);
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      map.push(cp);
      i++;
    }
    cp++;
  }
  map.push(cp);
  return (i) => map[i] ?? cp;
}

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
    const at = codePointIndex(record.text);
    await write({ id: validId, text: result.text, spans: result.spans.map((s) => ({ start: at(s.start), end: at(s.end), type: s.type })) });
  }
  return { lines, errors };
}
