/**
 * What tekstvask knows about words: given names and surnames from name lists, and per word form
 * how often it appeared lower-case, capitalised inside a sentence, or first in a sentence, and
 * whether it was then part of a person name, another named entity, or neither (NorNE counts).
 */
export interface WordStats {
  /** Lower-case occurrences. */
  low: number;
  /** Capitalised inside a sentence: not an entity / in a PER mention / in another entity. */
  midO: number;
  midPer: number;
  midEnt: number;
  /** Capitalised first in a sentence: not an entity / PER / another entity. */
  iniO: number;
  iniPer: number;
  iniEnt: number;
}

export function emptyStats(): WordStats {
  return { low: 0, midO: 0, midPer: 0, midEnt: 0, iniO: 0, iniPer: 0, iniEnt: 0 };
}

export interface GazetteerData {
  first: string;
  last: string;
  words: string;
}

export class Lexicon {
  constructor(
    readonly first: ReadonlySet<string>,
    readonly last: ReadonlySet<string>,
    private readonly words: ReadonlyMap<string, WordStats>,
  ) {}

  static fromData(data: GazetteerData): Lexicon {
    const words = new Map<string, WordStats>();
    for (const line of data.words.split('\n')) {
      const parts = line.split(' ');
      if (parts.length < 8) continue;
      const n = parts.map(Number);
      words.set(parts[0] ?? '', {
        low: n[1] ?? 0,
        midO: n[2] ?? 0,
        midPer: n[3] ?? 0,
        midEnt: n[4] ?? 0,
        iniO: n[5] ?? 0,
        iniPer: n[6] ?? 0,
        iniEnt: n[7] ?? 0,
      });
    }
    return new Lexicon(new Set(data.first.split(' ')), new Set(data.last.split(' ')), words);
  }

  stats(lower: string): WordStats | undefined {
    return this.words.get(lower);
  }

  isFirstName(lower: string): boolean {
    return this.first.has(lower);
  }

  isSurname(lower: string): boolean {
    return this.last.has(lower);
  }

  /** In a name list, or seen as part of a person name in NorNE. */
  isKnownName(lower: string): boolean {
    if (this.first.has(lower) || this.last.has(lower)) return true;
    const s = this.words.get(lower);
    return s !== undefined && s.midPer + s.iniPer > 0;
  }

  /** How often the form was written lower-case (an ordinary word). */
  lowerCount(lower: string): number {
    return this.words.get(lower)?.low ?? 0;
  }
}
