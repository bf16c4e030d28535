/**
 * A full conversation turn through the real node-llama-cpp with the project's tiny model
 * (issue 5, acceptance 3): the participant's message is scrubbed, the scrubbed text is what the
 * model's context holds (read back from the context's own tokens), and the reply shown to the
 * user has its placeholders restored. The tiny model talks nonsense, so a grammar makes it answer
 * with placeholders, as a real model does.
 */
import os from 'node:os';
import {
  getLlama,
  LlamaChatSession,
  LlamaLogLevel,
  type Llama,
  type LlamaContext,
  type LlamaModel,
} from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { detectInOutput } from '../../../electron/core/scrub/output.js';
import { defaultScrubber, scrubSafely } from '../../../electron/core/scrub/scrubber.js';
import type { KnownIdentity } from '../../../electron/core/scrub/types.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { makeBankAccount, makeNationalId, seededRng } from './ids.js';

const rng = seededRng(2026);
const fnr = makeNationalId(rng);
const account = makeBankAccount(rng);
const participant: KnownIdentity = {
  kind: 'participant',
  fullName: 'Sunniva Kvalheim',
  nationalId: fnr,
  phone: '912 34 567',
  email: 'sunniva.kvalheim@example.no',
  address: 'Løkkeveien 14 B, 4008 Stavanger',
};
const counselor: KnownIdentity = { kind: 'counselor', fullName: 'Geir Arne Lie' };

describe('a conversation turn with the tiny model sees only scrubbed text', () => {
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;

  beforeAll(async () => {
    llama = await getLlama({ gpu: false, build: 'never', skipDownload: true, logLevel: LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath: await ensureTinyModel() });
    context = await model.createContext({ contextSize: 512, threads: os.availableParallelism() });
  });

  afterAll(async () => {
    await context?.dispose();
    await model?.dispose();
  });

  it('hands node-llama-cpp no known identity string and no detected number, and restores the reply', async () => {
    const vault = new PseudonymVault();
    const message =
      `Hei, det er sunniva. Fødselsnummeret mitt er ${fnr.slice(0, 6)} ${fnr.slice(6)} og mobilen 91234567. ` +
      `Lønna skal til ${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}, og jeg bor i Løkkeveien 14 B, 4008 Stavanger. ` +
      `Mamma Hodan sier Geir Arne er grei. Skriv til sunniva.kvalheim@example.no. Ring 116 123 hvis det er krise?`;
    const scrubbed = scrubSafely(defaultScrubber(), message, { vault, known: [participant, counselor] });
    if (!scrubbed.ok) throw new Error(scrubbed.error.message);

    const sequence = context.getSequence();
    const session = new LlamaChatSession({ contextSequence: sequence, systemPrompt: 'Du er en vennlig veileder.' });
    const grammar = await llama.createGrammar({
      grammar: 'root ::= "Hei [NAVN_1]! Jeg har notert [TLF_1] og [KONTO_1]. Hilsen [NAVN_3]."',
    });
    const answer = await session.prompt(scrubbed.text, { grammar, maxTokens: 80 });

    // What the model actually processed: the context's own tokens, detokenised.
    const seen = model.detokenize(sequence.contextTokens, true);
    expect(seen).toContain(scrubbed.text);
    const forbidden = [
      'Sunniva',
      'sunniva',
      'Kvalheim',
      'Geir',
      'Arne',
      'Lie ',
      'Hodan',
      'Løkkeveien',
      '4008',
      fnr,
      fnr.slice(0, 6),
      fnr.slice(6),
      '91234567',
      '912 34 567',
      account,
      account.slice(6),
      'example.no',
    ];
    for (const value of forbidden) expect(seen, value).not.toContain(value);
    // Derived, not only listed: every span tekstvask removed, and every string of both records
    // (each name part as a whole word in any case, numbers also without their spaces).
    const removed = scrubbed.spans.map((span) => message.slice(span.start, span.end));
    expect(scrubbed.spans.map((span) => span.type)).toEqual([
      'PERSON',
      'NATIONAL_ID',
      'PHONE',
      'BANK_ACCOUNT',
      'ADDRESS',
      'PERSON',
      'PERSON',
      'EMAIL',
    ]);
    for (const value of removed) expect(seen, value).not.toContain(value);
    for (const identity of [participant, counselor]) {
      for (const part of (identity.fullName ?? '').split(/[\s-]+/))
        expect(seen, part).not.toMatch(new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'iu'));
      for (const value of [identity.nationalId, identity.phone, identity.email, identity.address]) {
        if (!value) continue;
        expect(seen, value).not.toContain(value);
        if (/\d/.test(value) && !/\p{L}/u.test(value))
          expect(seen.replace(/\s/g, ''), value).not.toContain(value.replace(/\s/g, ''));
      }
    }
    expect(seen).toContain('116 123'); // help lines stay

    expect(answer).toBe('Hei [NAVN_1]! Jeg har notert [TLF_1] og [KONTO_1]. Hilsen [NAVN_3].');
    const shown = vault.restore(answer);
    expect(shown).toBe(
      `Hei sunniva! Jeg har notert 91234567 og ${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}. Hilsen Geir Arne.`,
    );
    expect(detectInOutput(answer, vault).findings).toEqual([]);
    session.dispose({ disposeSequence: true });
  });
});
