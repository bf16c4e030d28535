import { normalize } from '../../../electron/core/knowledge/analyzer.js';
import type { EmbedFn } from '../../../electron/core/knowledge/types.js';

/**
 * A deterministic stand-in for an embedding model: character 3- and 4-grams of each word (with
 * word boundaries) hashed into a fixed number of dimensions (FNV-1a, signed). It captures spelling
 * overlap, not meaning, which is enough to exercise the hybrid path for real without a model.
 */
export function hashingEmbedder(dims = 512): EmbedFn {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  };
  const one = (text: string): number[] => {
    const v = new Array<number>(dims).fill(0);
    for (const word of normalize(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 2) continue;
      const w = `<${word}>`;
      for (const n of [3, 4]) {
        for (let i = 0; i + n <= w.length; i++) {
          const h = fnv(w.slice(i, i + n));
          v[h % dims]! += (h & 0x80000000) !== 0 ? -1 : 1;
        }
      }
    }
    return v;
  };
  return async (texts) => texts.map(one);
}
