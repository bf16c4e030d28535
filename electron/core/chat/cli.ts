import { defaultScrubber, detectInOutput, scrubSafely, type Scrubber } from '../scrub/index.js';
import { PseudonymVault } from '../scrub/index.js';
import { processTextLines } from '../util/index.js';
import { checkReplyText, type ReplyTextOptions } from './checks/checkMoveOutput.js';
import { assessRisk, isCrisis } from './safety/assessRisk.js';
import { classifyTalk } from './talk/classifyTalk.js';

/**
 * `inkludmi chat classify`: JSON lines {"id","text"} in, one line per input out:
 * {"id","talk","crisis","level","categories"} with talk one of change, sustain, neutral,
 * question; level one of none, check_in, concern, acute; crisis true for every level above none
 * (the safety stage would answer with the crisis or check-in message). As in a chat turn, safety
 * reads the raw text and talk is classified on the scrubbed text; a message with any risk is
 * never change talk. A bad line gets {"id":…,"error":"…"} and the rest go on. Nothing is kept,
 * and no language model is used.
 */
export function runChatClassifyCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  scrubber: Scrubber = defaultScrubber(),
): Promise<{ lines: number; errors: number }> {
  return processTextLines(input, output, ({ text }) => {
    const risk = assessRisk(text);
    const crisis = isCrisis(risk);
    const scrubbed = scrubSafely(scrubber, text, { vault: new PseudonymVault() });
    if (!scrubbed.ok) return { ok: false, error: scrubbed.error.message };
    return {
      ok: true,
      value: {
        talk: classifyTalk(scrubbed.text, { riskFired: crisis }).talk,
        crisis,
        level: risk.level,
        categories: risk.categories,
      },
    };
  });
}

/**
 * `inkludmi chat check`: JSON lines {"id","text"} of candidate assistant replies in, one line
 * per input out: {"id","ok","reasons"}. The same checks the chat runs on every reply before it is
 * shown (checks/checkMoveOutput.ts and the output detectors): Norwegian prose (known words, no
 * garbled or template tokens, no repetition), not English, no advice, labelling, confrontation
 * or warnings, no numbers or law without a cited passage, no personal data.
 */
export function runChatCheckCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  scrubber: Scrubber = defaultScrubber(),
): Promise<{ lines: number; errors: number }> {
  return processTextLines(input, output, ({ text }) => {
    const reasons = candidateReplyReasons(text, scrubber);
    return { ok: true, value: { ok: reasons.length === 0, reasons } };
  });
}

/**
 * Why one candidate reply may not be shown (empty: it may): the move-independent reply checks
 * and the output detector of tekstvask ("personal_data"). `inkludmi chat check` answers with
 * this, and the reply benchmark (test/bench/chat/replies.ts) measures it.
 */
export function candidateReplyReasons(
  text: string,
  scrubber: Scrubber = defaultScrubber(),
  options: ReplyTextOptions = {},
): string[] {
  const reasons: string[] = checkReplyText(text, options);
  if (detectInOutput(text, new PseudonymVault(), scrubber).findings.length > 0) reasons.push('personal_data');
  return reasons;
}
