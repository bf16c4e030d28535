import { AFTER_NAME, CUE_KIND } from './cues.js';

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
  /** Name-list tokens that are also ordinary Norwegian words ("per", "liv", "mine"), space-separated. */
  nameWords?: string;
  /** Places, organisations and brands, lower-cased phrases separated by "|". */
  places?: string;
}

/** Bits of Lexicon#flags: what the lists say about a lower-cased word, in one lookup. */
export const FIRST = 1;
export const LAST = 2;
export const ONLY_PERSON = 4;
export const PLACE = 8;
export const ANY_PLACE = 16;
export const PHRASE_START = 32;
/** Set only on words that also carry one of the bits above. */
export const ORDINARY = 64;
/** A cue word of any kind (cues.ts CUE_KIND: "heter", "mamma", "min", "ring" …). */
export const CUE = 128;
/** "sin", "sitt", "sine", "si": a possessive that follows a name ("kari sin"). */
export const NAME_AFTER = 256;
/** Set with CUE on a cue word that is only a weak cue ("og", "til", "med", "ring"). */
export const CUE_WEAK = 512;

/** A lower-case form written this often in NorNE is an ordinary word. */
const ORDINARY_LOWER = 3;

export class Lexicon {
  /** Place/brand phrases of two or more words, by their first word (lower-cased words). */
  private readonly phrases = new Map<string, string[][]>();
  /** One-word places and brands that are not mostly names of people. */
  private readonly singlePlaces = new Set<string>();
  /** Every one-word place and brand, also those that are mostly surnames ("Førde", "Lund"). */
  private readonly anyPlaces = new Set<string>();

  constructor(
    readonly first: ReadonlySet<string>,
    readonly last: ReadonlySet<string>,
    private readonly words: ReadonlyMap<string, WordStats>,
    private readonly nameWords: ReadonlySet<string> = new Set(),
    places: Iterable<string> = [],
  ) {
    for (const phrase of places) {
      const parts = phrase.split(' ').filter(Boolean);
      if (parts.length === 0) continue;
      if (parts.length === 1) {
        const w = parts[0] ?? '';
        this.anyPlaces.add(w);
        // "Finn", "Max", "Lund", "Strand": a place or brand, but in NorNE more often a person (or a
        // given name it was never seen as an entity): not kept on the list's word alone.
        const s = words.get(w);
        const per = s ? s.midPer + s.iniPer : 0;
        const ent = s ? s.midEnt + s.iniEnt : 0;
        if (per > ent || (per === 0 && ent === 0 && first.has(w))) continue;
        this.singlePlaces.add(w);
        continue;
      }
      const list = this.phrases.get(parts[0] ?? '') ?? [];
      list.push(parts);
      this.phrases.set(parts[0] ?? '', list);
    }
    for (const list of this.phrases.values()) list.sort((a, b) => b.length - a.length);
    const add = (w: string, bit: number): void => {
      this.flagMap.set(w, (this.flagMap.get(w) ?? 0) | bit);
    };
    for (const w of first) add(w, FIRST);
    for (const w of last) add(w, LAST);
    for (const w of words.keys()) if (this.isOnlyPersonName(w)) add(w, ONLY_PERSON);
    for (const w of this.singlePlaces) add(w, PLACE);
    for (const w of this.anyPlaces) add(w, ANY_PLACE);
    for (const w of this.phrases.keys()) add(w, PHRASE_START);
    for (const w of [...this.flagMap.keys()]) if (this.isOrdinaryWord(w)) add(w, ORDINARY);
    // After ORDINARY: a cue word is not marked ordinary for being a cue.
    for (const [w, kind] of CUE_KIND) add(w, kind === 'weak' ? CUE | CUE_WEAK : CUE);
    for (const w of AFTER_NAME) add(w, NAME_AFTER);
  }

  private readonly flagMap = new Map<string, number>();

  /** FIRST | LAST | ONLY_PERSON | PLACE | ANY_PLACE | PHRASE_START (| ORDINARY) | CUE | NAME_AFTER bits of a lower-cased word (0 for most words). */
  flags(lower: string): number {
    return this.flagMap.get(lower) ?? 0;
  }

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
    const nameWords = new Set((data.nameWords ?? '').split(' ').filter(Boolean));
    const places = (data.places ?? '').split('|').filter(Boolean);
    return new Lexicon(new Set(data.first.split(' ')), new Set(data.last.split(' ')), words, nameWords, places);
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

  /**
   * An ordinary Norwegian word as well as (or instead of) a name: in nameWords (name-list tokens
   * that are everyday words, scripts/scrub/build-name-words.ts) or written lower-case in NorNE.
   */
  isOrdinaryWord(lower: string): boolean {
    const s = this.words.get(lower);
    const low = s?.low ?? 0;
    if (low >= ORDINARY_LOWER) return true;
    if (!this.nameWords.has(lower)) return false;
    // An everyday word, but in NorNE only ever part of a person's name, never written lower-case ("ali").
    return !(s !== undefined && low === 0 && s.midPer + s.iniPer > 0 && s.midO + s.iniO === 0);
  }

  /** Seen in NorNE only as (part of) a person's name: never lower-case, never another entity or a plain capitalised word. */
  isOnlyPersonName(lower: string): boolean {
    const s = this.words.get(lower);
    return s !== undefined && s.low === 0 && s.midPer + s.iniPer > 0 && s.midO + s.iniO + s.midEnt + s.iniEnt === 0;
  }

  /** A one-word place or brand ("førde", "norge") that is not mostly a person's name. */
  isPlace(lower: string): boolean {
    return this.singlePlaces.has(lower);
  }

  /** Any one-word place or brand, also one that is more often a surname ("førde", "lund"): a place after "i", "fra" … */
  isPlaceName(lower: string): boolean {
    return this.anyPlaces.has(lower);
  }

  /** Multi-word place/brand phrases that start with this word, longest first ("los angeles"). */
  phrasesFrom(lower: string): readonly (readonly string[])[] | undefined {
    return this.phrases.get(lower);
  }

  /** How often the form was written lower-case (an ordinary word). */
  lowerCount(lower: string): number {
    return this.words.get(lower)?.low ?? 0;
  }
}
