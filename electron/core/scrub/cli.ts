import { defaultScrubber, scrubSafely, type Scrubber } from './scrubber.js';
import { processTextLines } from '../util/index.js';
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

export function runScrubCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  scrubber: Scrubber = defaultScrubber(),
): Promise<{ lines: number; errors: number }> {
  return processTextLines(input, output, ({ text }) => {
    const result = scrubSafely(scrubber, text, { vault: new PseudonymVault() });
    if (!result.ok) return { ok: false, error: result.error.message };
    const at = codePointIndex(text);
    return {
      ok: true,
      value: {
        text: result.text,
        spans: result.spans.map((s) => ({ start: at(s.start), end: at(s.end), type: s.type })),
      },
    };
  });
}
