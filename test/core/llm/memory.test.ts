import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelInfoCommand } from '../../../electron/cli/commands/model.js';
import { readGgufInfo } from '../../../electron/core/llm/gguf-info.js';
import { kvCacheBytes } from '../../../electron/core/llm/memory.js';
import { encodeGguf, type GgufTensor, type GgufValue } from '../../../models/tiny/gguf-writer.js';
import { makeTempDir } from '../../helpers/tempDir.js';

/** A header with Qwen3-4B's published shape: 36 layers, 32 query heads, 8 KV heads of 128, 40,960 tokens of context. */
function qwen3Shaped(): Buffer {
  const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
  const width = 2560;
  const metadata: Array<readonly [string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'qwen3' }],
    ['general.name', { type: 'string', value: 'Qwen3-formet testmodell' }],
    ['general.file_type', u32(1)],
    ['qwen3.context_length', u32(40960)],
    ['qwen3.embedding_length', u32(width)],
    ['qwen3.block_count', u32(36)],
    ['qwen3.feed_forward_length', u32(9728)],
    ['qwen3.attention.head_count', u32(32)],
    ['qwen3.attention.head_count_kv', u32(8)],
    ['qwen3.attention.key_length', u32(128)],
    ['qwen3.attention.value_length', u32(128)],
    ['tokenizer.ggml.model', { type: 'string', value: 'gpt2' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: ['a', 'b', 'c'] }],
  ];
  const tensors: GgufTensor[] = [{ name: 'token_embd.weight', dims: [width, 151936], type: 'F16' }];
  return encodeGguf({ metadata, tensors }, { headerOnly: true });
}

describe('the memory a model takes, from its own shape', () => {
  it('budgets Qwen3-4B at 576 MiB of f16 KV cache per 4,096-token conversation, and model info prints the same bytes', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = path.join(dir, 'qwen3-shaped.gguf');
      await fs.writeFile(file, qwen3Shaped());
      const info = await readGgufInfo(file, 32 * 1024 ** 3);
      expect(info.shape).toEqual({ layers: 36, kvHeads: 8, headSize: 128, kvBytes: 2 });
      // 2 (keys and values) × 36 layers × 8 heads × 128 × 2 bytes × 4,096 tokens = 603,979,776 bytes.
      expect(kvCacheBytes(info.shape!, 4096, 1)).toBe(603_979_776);
      expect(info.memory).toMatchObject({ contextSize: 4096, sequences: 2, kvCacheBytes: 2 * 603_979_776 });
      expect(info.requiredMemoryBytes).toBe(info.memory!.weightsBytes + info.memory!.kvCacheBytes);
      // On a small machine it keeps one conversation in memory rather than two.
      expect((await readGgufInfo(file, 3 * 1024 ** 3)).memory?.sequences).toBe(1);

      let out = '';
      const io = { stdout: { write: (t: string) => ((out += t), true) }, stderr: { write: () => true } };
      expect(await modelInfoCommand.run([file, '--json'], io as never)).toBe(0);
      const printed = JSON.parse(out) as { memory: { kvCacheBytes: number; contextSize: number; sequences: number } };
      const here = await readGgufInfo(file);
      expect(printed.memory).toEqual(here.memory);
      expect(printed.memory.kvCacheBytes).toBe(
        kvCacheBytes(here.shape!, printed.memory.contextSize, printed.memory.sequences),
      );
    } finally {
      await cleanup();
    }
  });
});
