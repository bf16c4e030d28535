import { getLlama, type Llama } from 'node-llama-cpp';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTE_SCHEMA } from '../../../electron/core/chat/orchestrator/noteText.js';
import { QUESTIONS_SCHEMA } from '../../../electron/core/chat/orchestrator/assistant.js';
import { MOVE_KINDS, MOVE_VARIANTS, type MoveKind } from '../../../electron/core/chat/mi/moves.js';
import { moveOutputJsonSchema } from '../../../electron/core/chat/mi/outputSchema.js';

/**
 * Every JSON schema the chat sends must compile into a node-llama-cpp grammar: one that does not
 * is refused at generation time, and the phrase library then answers every time without anyone
 * noticing (that happened to the note draft: a string of up to 2,000 characters).
 */
describe('the JSON schemas of the chat and the assistant', () => {
  let llama: Llama;
  beforeAll(async () => {
    llama = await getLlama({ build: 'never', gpu: false, progressLogs: false });
  });

  const moveSchemas = MOVE_KINDS.flatMap((kind: MoveKind) =>
    (MOVE_VARIANTS[kind] as readonly string[]).flatMap((variant) => [
      [`${kind}:${variant}`, moveOutputJsonSchema({ kind, variant } as never)] as const,
      [
        `${kind}:${variant} with passages`,
        moveOutputJsonSchema({ kind, variant } as never, ['arbeidstrening#1', 'aft#2', 'ips#1']),
      ] as const,
    ]),
  );

  it.each([...moveSchemas, ['meeting questions', QUESTIONS_SCHEMA] as const, ['note draft', NOTE_SCHEMA] as const])(
    '%s compiles into a grammar',
    async (_name, schema) => {
      await expect(llama.createGrammarForJsonSchema(schema as never)).resolves.toBeDefined();
    },
  );

  it('a schema node-llama-cpp cannot compile is refused (so the checks above can fail)', async () => {
    const tooLong = {
      type: 'object',
      properties: { text: { type: 'string', minLength: 40, maxLength: 2000 } },
    } as const;
    await expect(llama.createGrammarForJsonSchema(tooLong as never)).rejects.toThrow();
  });
});
