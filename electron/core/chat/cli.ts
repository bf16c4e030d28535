import { defaultScrubber, scrubSafely, type Scrubber } from '../scrub/scrubber.js';
import { PseudonymVault } from '../scrub/vault.js';
import { processTextLines } from '../util/jsonLines.js';
import { assessRisk, isCrisis } from './safety/assessRisk.js';
import { classifyTalk } from './talk/classifyTalk.js';

/**
 * `inkludmi chat classify`: JSON lines {"id","text"} in, one line per input out:
 * {"id","talk","crisis"} with talk one of change, sustain, neutral, question, and crisis true when
 * the safety stage would answer with the crisis message. As in a chat turn, safety reads the raw
 * text and talk is classified on the scrubbed text. A bad line gets {"id":…,"error":"…"} and the
 * rest go on. Nothing is kept, and no model is used.
 */
export function runChatClassifyCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, scrubber: Scrubber = defaultScrubber()): Promise<{ lines: number; errors: number }> {
  return processTextLines(input, output, ({ text }) => {
    const crisis = isCrisis(assessRisk(text));
    const scrubbed = scrubSafely(scrubber, text, { vault: new PseudonymVault() });
    if (!scrubbed.ok) return { ok: false, error: scrubbed.error.message };
    return { ok: true, value: { talk: classifyTalk(scrubbed.text).talk, crisis } };
  });
}
