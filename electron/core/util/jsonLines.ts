import readline from 'node:readline';

/** One input line of the JSON-lines CLIs (`inkludmi scrub`, `inkludmi chat classify`). */
export interface TextLine {
  id: string | number;
  text: string;
}

/** What a command makes of one line: the output record, or a Norwegian error for that line. */
export type LineResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/**
 * Reads JSON lines `{"id","text"}` and writes one line per input: `{"id", …value}` or
 * `{"id","error"}` for a bad line, after which the rest go on. Honours back-pressure on output.
 */
export async function processTextLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  handle: (line: TextLine) => LineResult,
): Promise<{ lines: number; errors: number }> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  const write = (value: unknown): Promise<void> =>
    new Promise((resolve) => {
      if (output.write(`${JSON.stringify(value)}\n`)) resolve();
      else output.once('drain', () => resolve());
    });
  const fail = (id: string | number | null, error: string) => {
    errors++;
    return write({ id, error });
  };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      await fail(null, 'Linjen er ikke gyldig JSON.');
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      await fail(null, 'Linjen må være et JSON-objekt med "id" og "text".');
      continue;
    }
    const record = parsed as Record<string, unknown>;
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
    if (typeof record.text !== 'string') {
      await fail(id, 'Feltet "text" mangler eller er ikke tekst.');
      continue;
    }
    if (id === null) {
      await fail(null, 'Feltet "id" mangler eller er verken tekst eller tall.');
      continue;
    }
    const result = handle({ id, text: record.text });
    if (result.ok) await write({ id, ...result.value });
    else await fail(id, result.error);
  }
  return { lines, errors };
}
