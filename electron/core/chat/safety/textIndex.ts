/**
 * The message side of the rules pre-check (prefilter.ts): what a message holds, indexed once.
 */

/** A literal the text must hold; `start`/`end`: it begins/ends a word (ASCII \w, as \b sees it). */
export interface Literal {
  lit: string;
  start: boolean;
  end: boolean;
  /** Where to look it up in the message's index (computed once, with the pattern). */
  keys: readonly number[];
}

/**
 * What every match requires of the text: a literal, all of some requirements (a sequence), or one
 * of them (alternatives). `true` is "nothing known". A composite has an `id` (prefilter.ts gives
 * the same one to the same condition in every rule), under which a message's index remembers its
 * answer: the token classes the rules share ("jeg|eg|je|…") are looked up once per message.
 */
export type Requirement =
  true | Literal | { all: readonly Requirement[]; id: number } | { any: readonly Requirement[]; id: number };

/** Literals shorter than this say too little to be worth a look-up (inside a word: three). */
export const MIN_LITERAL = 2;
export const MIN_INNER_LITERAL = 3;

// ─── The message side ───────────────────────────────────────────────────────────────────────────

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Hash-table keys of the same prefix differ by kind: word, word start, word end, letter triple. */
const KIND_SEED = { word: 0x3c6ef372, start: 0x5bd1e995, end: 0x27d4eb2f } as const;
/** Longest word start or end indexed; a longer literal is looked up by its first/last letters. */
const EDGE_MAX = 12;
/** A message is cut into at most this many parts (sentences, or runs of them): one bit each. */
const MAX_PARTS = 30;

/** A literal with its index keys: one hash for a word or a word's start or end, else its triples. */
export function literal(lit: string, start: boolean, end: boolean): Literal {
  let h = 0;
  if (start && end) {
    for (let k = 0; k < lit.length; k++) h = Math.imul(h, 31) + lit.charCodeAt(k);
    return { lit, start, end, keys: [slot(h, KIND_SEED.word, lit.length)] };
  }
  const n = Math.min(lit.length, EDGE_MAX);
  if (start) {
    for (let k = 0; k < n; k++) h = Math.imul(h, 31) + lit.charCodeAt(k);
    return { lit, start, end, keys: [slot(h, KIND_SEED.start, n)] };
  }
  if (end) {
    for (let k = lit.length - 1; k >= lit.length - n; k--) h = Math.imul(h, 31) + lit.charCodeAt(k);
    return { lit, start, end, keys: [slot(h, KIND_SEED.end, n)] };
  }
  const keys: number[] = [];
  for (let k = 0; k + 3 <= lit.length; k++)
    keys.push(
      (letterCode(lit.charCodeAt(k)) * 27 + letterCode(lit.charCodeAt(k + 1))) * 27 + letterCode(lit.charCodeAt(k + 2)),
    );
  return { lit, start, end, keys };
}

function letterCode(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 96 : 0;
}

function isWordCode(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || ch === 95;
}

function slot(hash: number, seed: number, length: number): number {
  return Math.imul(hash ^ seed, 0x9e3779b1) ^ Math.imul(length, 0x85ebca6b);
}

/**
 * The tables behind one index, kept between messages and cleared after use (an index is used by
 * one synchronous assessment at a time), so that indexing a message allocates nothing large.
 */
const TABLE = new Int32Array(1 << TABLE_BITS);
const TRIPLES = new Int32Array(27 * 27 * 27);
const touched: number[] = [];
let tablesInUse = false;
/** Per composite requirement id: the parts meeting it in the message indexed under `MEMO_STAMP`. */
let MEMO_BITS = new Int32Array(1024);
let MEMO_STAMP = new Uint32Array(1024);
let lastStamp = 0;

/**
 * What the text holds, indexed once, so that many literals can be looked up without a scan: for
 * each word, word start, word end and letter triple, the parts of the message (sentences) it
 * occurs in, as bits. A rule whose pattern cannot cross a sentence end then runs only on the
 * sentences that may hold a match. Use inside `withTextIndex`.
 */
export class TextIndex {
  /** Where each part of the text starts and ends. */
  readonly parts: readonly { from: number; to: number }[];
  /** The bits of all parts. */
  readonly all: number;
  /** Marks this index's answers in the shared memo (an answer with another stamp is stale). */
  private readonly stamp: number;

  constructor(text: string) {
    this.stamp = lastStamp = lastStamp === 0xffffffff ? 1 : lastStamp + 1;
    if (lastStamp === 1) MEMO_STAMP.fill(0);
    const ends: number[] = [];
    for (let k = 0; k < text.length; k++) {
      const ch = text.charCodeAt(k);
      if ((ch === 46 || ch === 33 || ch === 63) && k + 1 < text.length) ends.push(k + 1);
    }
    ends.push(text.length);
    const parts: { from: number; to: number }[] = [];
    const per = Math.ceil(ends.length / MAX_PARTS);
    for (let s = 0, from = 0; s < ends.length; s += per) {
      const to = ends[Math.min(ends.length, s + per) - 1] as number;
      parts.push({ from, to });
      from = to;
    }
    this.parts = parts;
    this.all = parts.length >= 31 ? -1 : (1 << parts.length) - 1;
    for (let part = 0; part < parts.length; part++) {
      const { from, to } = parts[part] as { from: number; to: number };
      const bit = 1 << part;
      let i = from;
      while (i < to) {
        if (!isWordCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i;
        while (j < to && isWordCode(text.charCodeAt(j))) j++;
        this.addWord(text, i, j, bit);
        i = j;
      }
    }
  }

  private set(key: number, bit: number): void {
    const k = key & TABLE_MASK;
    if (TABLE[k] === 0) touched.push(k);
    TABLE[k] = (TABLE[k] as number) | bit;
  }

  private addWord(text: string, from: number, to: number, bit: number): void {
    let h = 0;
    for (let k = from; k < to; k++) {
      h = Math.imul(h, 31) + text.charCodeAt(k);
      const length = k - from + 1;
      if (length >= MIN_LITERAL && length <= EDGE_MAX) this.set(slot(h, KIND_SEED.start, length), bit);
    }
    this.set(slot(h, KIND_SEED.word, to - from), bit);
    h = 0;
    for (let k = to - 1; k >= from && to - k <= EDGE_MAX; k--) {
      h = Math.imul(h, 31) + text.charCodeAt(k);
      if (to - k >= MIN_LITERAL) this.set(slot(h, KIND_SEED.end, to - k), bit);
    }
    for (let k = from; k + 3 <= to; k++) {
      const t =
        (letterCode(text.charCodeAt(k)) * 27 + letterCode(text.charCodeAt(k + 1))) * 27 +
        letterCode(text.charCodeAt(k + 2));
      if (TRIPLES[t] === 0) touched.push(-1 - t);
      TRIPLES[t] = (TRIPLES[t] as number) | bit;
    }
  }

  /** The parts that may hold the literal where the pattern needs it. */
  private partsHolding(l: Literal): number {
    if (l.start || l.end) return TABLE[(l.keys[0] as number) & TABLE_MASK] as number;
    let bits = this.all;
    for (const t of l.keys) bits &= TRIPLES[t] as number;
    return bits;
  }

  /**
   * The parts (bits) of the text that may meet the requirement on their own; 0 only when none
   * can. With `across`, the whole text is read as one (for patterns that cross sentence ends):
   * all bits when it may meet it, else 0.
   */
  partsMeeting(req: Requirement, across = false): number {
    if (req === true) return this.all;
    if ('lit' in req) {
      const bits = this.partsHolding(req);
      return across && bits !== 0 ? this.all : bits;
    }
    if (across) return this.compositeMeeting(req, true);
    const id = req.id;
    if (id < MEMO_STAMP.length && MEMO_STAMP[id] === this.stamp) return MEMO_BITS[id] as number;
    const bits = this.compositeMeeting(req, false);
    if (id >= MEMO_STAMP.length) growMemo(id);
    MEMO_STAMP[id] = this.stamp;
    MEMO_BITS[id] = bits;
    return bits;
  }

  private compositeMeeting(req: Exclude<Requirement, true | Literal>, across: boolean): number {
    if ('all' in req) {
      let bits = this.all;
      for (const r of req.all) if ((bits &= this.partsMeeting(r, across)) === 0) return 0;
      return bits;
    }
    let bits = 0;
    for (const r of req.any) if ((bits |= this.partsMeeting(r, across)) === this.all) return bits;
    return bits;
  }
}

function growMemo(id: number): void {
  let size = MEMO_STAMP.length;
  while (size <= id) size *= 2;
  const bits = new Int32Array(size);
  const stamps = new Uint32Array(size);
  bits.set(MEMO_BITS);
  stamps.set(MEMO_STAMP);
  MEMO_BITS = bits;
  MEMO_STAMP = stamps;
}

/** Indexes `text` for the length of `fn` (the tables are shared, so only one index at a time). */
export function withTextIndex<T>(text: string, fn: (index: TextIndex) => T): T {
  if (tablesInUse) throw new Error('a text index is already in use');
  tablesInUse = true;
  try {
    return fn(new TextIndex(text));
  } finally {
    for (const k of touched)
      if (k >= 0) TABLE[k] = 0;
      else TRIPLES[-1 - k] = 0;
    touched.length = 0;
    tablesInUse = false;
  }
}
