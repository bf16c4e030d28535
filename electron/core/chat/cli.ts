import readline from 'node:readline';
import { defaultScrubber, scrubSafely, type Scrubber } from '../scrub/scrubber.js';
import { PseudonymVault } from '../scrub/vault.js';
import { assessRisk, isCrisis } from './safety/assessRisk.js';
import { classifyTalk } from './talk/classifyTalk.js';

/**
 * `inkludmi chat classify`: JSON lines {"id","text"} in, one line per input out:
 * {"id","talk","crisis"} with talk one of change, sustain, neutral, question, and crisis true when
 * the safety stage would answer with the crisis message. As in a chat turn, safety reads the raw
 * text and talk is classified on the scrubbed text. A bad line gets {"id":…,"error":"…"} and the
 * rest go on. Nothing is kept, and no model is used.
 */
export async function runChatClassifyCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, scrubber: Scrubber = defaultScrubber()): Promise<{ lines: number; errors: number }> {
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
    const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    const id = record && (typeof record.id === 'string' || typeof record.id === 'number') ? record.id : null;
    if (!record || typeof record.text !== 'string' || id === null) {
      errors++;
      await write({ id, error: 'Linjen må være et JSON-objekt med "id" (tekst eller tall) og "text".' });
      continue;
    }
    const crisis = isCrisis(assessRisk(record.text));
    const scrubbed = scrubSafely(scrubber, record.text, { vault: new PseudonymVault() });
    if (!scrubbed.ok) {
      errors++;
      await write({ id, error: scrubbed.error.message });
      continue;
    }
    await write({ id, talk: classifyTalk(scrubbed.text).talk, crisis });
  }
  return { lines, errors };
}
