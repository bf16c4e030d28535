/**
 * A pre-check for the rules of lexicon.ts, so that a long message does not cost a full regex scan
 * per rule. From each pattern's source, what every match requires of the text is derived as a
 * condition on literal words: "vil dø" needs one of "vil", "onsker", … AND one of "do", "doy", …;
 * alternatives give one-of, sequences give all-of, and a literal between word boundaries must be a
 * whole word (or the start or end of one). A message that cannot meet the condition cannot match,
 * and the rule is not run on it. The check errs in one direction only: it may let a rule run that
 * then finds nothing (that costs time, never a signal), but it never skips a rule that would have
 * matched, because every literal it relies on is one the pattern itself requires. What it cannot
 * read (lookarounds, character classes, one letter, two inside a word) counts as "may occur".
 *
 * The message is indexed once: its words, the starts and ends of its words, and its letter
 * triples, each as bits in a small hash table (a collision can only let a rule run).
 */

/** A literal the text must hold; `start`/`end`: it begins/ends a word (ASCII \w, as \b sees it). */
interface Literal {
  lit: string;
  start: boolean;
  end: boolean;
}

/**
 * What every match requires of the text: a literal, all of some requirements (a sequence), or one
 * of them (alternatives). `true` is "nothing known".
 */
export type Requirement = true | Literal | { all: readonly Requirement[] } | { any: readonly Requirement[] };

/** Literals shorter than this say too little to be worth a look-up (inside a word: three). */
const MIN_LITERAL = 2;
const MIN_INNER_LITERAL = 3;

// ─── Parsing a pattern's source into a small syntax tree ────────────────────────────────────────

type Node =
  | { kind: 'char'; c: string } // one literal character
  | { kind: 'group'; branches: Item[][] }
  | { kind: 'boundary' } // \b, ^, $: zero width, a word starts or ends here
  | { kind: 'nonword' } // consumes one character that is never \w (\s, \W, space, punctuation)
  | { kind: 'other' }; // anything else: classes, ., \w, \d, \B, lookarounds, backreferences
interface Item {
  node: Node;
  min: number;
  max: number;
}

interface Parser {
  src: string;
  i: number;
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;

/**
 * What every match of `pattern` requires of the text, or `true` when nothing can be derived.
 * Only the `g` and `y` flags are understood; with any other flag the answer is `true`.
 */
export function requirementOf(pattern: RegExp): Requirement {
  if (/[^gy]/.test(pattern.flags)) return true;
  const p: Parser = { src: pattern.source, i: 0 };
  try {
    const branches = parseBranches(p);
    if (p.i !== p.src.length) return true;
    return branchesRequire(branches, false, false);
  } catch {
    return true;
  }
}

function parseBranches(p: Parser): Item[][] {
  const branches: Item[][] = [[]];
  while (p.i < p.src.length && p.src[p.i] !== ')') {
    if (p.src[p.i] === '|') {
      p.i++;
      branches.push([]);
      continue;
    }
    const node = parseAtom(p);
    const [min, max] = parseQuantifier(p);
    (branches[branches.length - 1] as Item[]).push({ node, min, max });
  }
  return branches;
}

function parseAtom(p: Parser): Node {
  const c = p.src[p.i] as string;
  if (c === '(') {
    p.i++;
    let lookaround = false;
    if (p.src[p.i] === '?') {
      const next = p.src[p.i + 1];
      const after = p.src[p.i + 2];
      if (next === ':') p.i += 2;
      else if (next === '=' || next === '!') [lookaround, p.i] = [true, p.i + 2];
      else if (next === '<' && (after === '=' || after === '!')) [lookaround, p.i] = [true, p.i + 3];
      else if (next === '<') {
        const close = p.src.indexOf('>', p.i);
        if (close < 0) throw new Error('bad group name');
        p.i = close + 1;
      } else throw new Error('unknown group');
    }
    const branches = parseBranches(p);
    if (p.src[p.i] !== ')') throw new Error('unclosed group');
    p.i++;
    return lookaround ? { kind: 'other' } : { kind: 'group', branches };
  }
  if (c === '[') return parseClass(p);
  if (c === '\\') {
    const e = p.src[p.i + 1] ?? '';
    p.i += 2;
    if (e === 'b') return { kind: 'boundary' };
    if (e === 's' || e === 'W' || e === 'n' || e === 'r' || e === 't' || e === 'f' || e === 'v')
      return { kind: 'nonword' };
    if (/[BdDwS0-9]/.test(e)) return { kind: 'other' };
    if (/[a-zA-Z]/.test(e)) throw new Error('escape not handled');
    return WORD_CHAR.test(e) ? { kind: 'char', c: e } : { kind: 'nonword' };
  }
  p.i++;
  if (c === '^' || c === '$') return { kind: 'boundary' };
  if (c === '.') return { kind: 'other' };
  if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|' || c === ')') throw new Error('unexpected');
  return WORD_CHAR.test(c) ? { kind: 'char', c } : { kind: 'nonword' };
}

/** A class is 'nonword' when every member is a non-word character or \s; otherwise 'other'. */
function parseClass(p: Parser): Node {
  p.i++;
  let negated = false;
  if (p.src[p.i] === '^') [negated, p.i] = [true, p.i + 1];
  let onlyNonword = !negated;
  let first = true;
  while (p.i < p.src.length && (p.src[p.i] !== ']' || first)) {
    first = false;
    const ch = p.src[p.i] as string;
    if (ch === '\\') {
      const e = p.src[p.i + 1] ?? '';
      if (!(e === 's' || e === 'W' || (!/[a-zA-Z0-9_]/.test(e) && e !== ''))) onlyNonword = false;
      p.i += 2;
      continue;
    }
    if (WORD_CHAR.test(ch) || ch === '-') onlyNonword = false;
    p.i++;
  }
  if (p.src[p.i] !== ']') throw new Error('unclosed class');
  p.i++;
  return { kind: onlyNonword ? 'nonword' : 'other' };
}

function parseQuantifier(p: Parser): [number, number] {
  const c = p.src[p.i];
  let q: [number, number];
  if (c === '?') q = [0, 1];
  else if (c === '*') q = [0, Infinity];
  else if (c === '+') q = [1, Infinity];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.src.slice(p.i));
    if (!m) throw new Error('bad quantifier');
    q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    p.i += m[0].length - 1;
  } else return [1, 1];
  p.i++;
  if (p.src[p.i] === '?') p.i++; // lazy
  return q;
}

// ─── From the tree to the requirement ───────────────────────────────────────────────────────────

/** What an item ends with is a word edge: a boundary, or a non-word character. */
function edgeAtEnd(node: Node): boolean {
  if (node.kind === 'boundary' || node.kind === 'nonword') return true;
  if (node.kind !== 'group') return false;
  return node.branches.every((b) => {
    const last = b[b.length - 1];
    return last !== undefined && last.min >= 1 && edgeAtEnd(last.node);
  });
}

/** What an item begins with is a word edge. */
function edgeAtStart(node: Node): boolean {
  if (node.kind === 'boundary' || node.kind === 'nonword') return true;
  if (node.kind !== 'group') return false;
  return node.branches.every((b) => {
    const first = b[0];
    return first !== undefined && first.min >= 1 && edgeAtStart(first.node);
  });
}

function all(parts: readonly Requirement[]): Requirement {
  const known = parts.filter((r) => r !== true);
  return known.length === 0 ? true : known.length === 1 ? (known[0] as Requirement) : { all: known };
}

function any(parts: readonly Requirement[]): Requirement {
  return parts.some((r) => r === true) ? true : parts.length === 1 ? (parts[0] as Requirement) : { any: parts };
}

function branchesRequire(branches: readonly (readonly Item[])[], atStart: boolean, atEnd: boolean): Requirement {
  return any(branches.map((b) => sequenceRequires(b, atStart, atEnd)));
}

/**
 * A sequence requires each of its mandatory parts. `atStart`/`atEnd`: the sequence is known to
 * begin/end at a word edge (from what surrounds the group it is in).
 */
function sequenceRequires(items: readonly Item[], atStart: boolean, atEnd: boolean): Requirement {
  // Whether a word character at item i begins a word (what is before it is never \w), and whether
  // one at item i ends a word (what follows it is never \w); optional items in between must
  // themselves end (begin) with a non-word character.
  const startsWord = (i: number): boolean => {
    let j = i - 1;
    for (; j >= 0 && (items[j] as Item).min === 0; j--) if (!edgeAtEnd((items[j] as Item).node)) return false;
    return j < 0 ? atStart : edgeAtEnd((items[j] as Item).node);
  };
  const endsWord = (i: number): boolean => {
    let j = i + 1;
    for (; j < items.length && (items[j] as Item).min === 0; j++)
      if (!edgeAtStart((items[j] as Item).node)) return false;
    return j >= items.length ? atEnd : edgeAtStart((items[j] as Item).node);
  };

  const parts: Requirement[] = [];
  let run = '';
  let runStart = false;
  const endRun = (end: boolean): void => {
    if (run.length >= (runStart || end ? MIN_LITERAL : MIN_INNER_LITERAL))
      parts.push({ lit: run, start: runStart, end });
    run = '';
  };
  items.forEach((it, i) => {
    const { node } = it;
    if (node.kind === 'char' && it.min >= 1) {
      if (run.length === 0) runStart = startsWord(i);
      run += node.c;
      // "do+" requires "do", but what follows is not next to it and the word may go on.
      if (it.max !== 1) endRun(false);
      else if (!(items[i + 1]?.node.kind === 'char' && (items[i + 1] as Item).min >= 1)) endRun(endsWord(i));
      return;
    }
    endRun(false);
    if (node.kind === 'group' && it.min >= 1)
      parts.push(branchesRequire(node.branches, startsWord(i), it.max === 1 && endsWord(i)));
  });
  return all(parts);
}

// ─── The message side ───────────────────────────────────────────────────────────────────────────

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Hash-table keys of the same prefix differ by kind: word, word start, word end, letter triple. */
const KIND_SEED = { word: 0x3c6ef372, start: 0x5bd1e995, end: 0x27d4eb2f } as const;
/** Longest word start or end indexed; a longer literal is looked up by its first/last letters. */
const EDGE_MAX = 12;

function isWordCode(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || ch === 95;
}

function slot(hash: number, seed: number, length: number): number {
  return Math.imul(hash ^ seed, 0x9e3779b1) ^ Math.imul(length, 0x85ebca6b);
}

/** What the text holds, indexed once, so that many literals can be looked up without a scan. */
export class TextIndex {
  private readonly bits = new Uint8Array(1 << (TABLE_BITS - 3));
  private readonly triples = new Uint8Array(27 * 27 * 27);

  constructor(text: string) {
    let i = 0;
    while (i < text.length) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      this.addWord(text, i, j);
      i = j;
    }
    const code = (ch: number): number => (ch >= 97 && ch <= 122 ? ch - 96 : 0);
    let a = code(text.charCodeAt(0));
    let b = code(text.charCodeAt(1));
    for (let k = 2; k < text.length; k++) {
      const c = code(text.charCodeAt(k));
      this.triples[(a * 27 + b) * 27 + c] = 1;
      a = b;
      b = c;
    }
  }

  private set(key: number): void {
    const k = key & TABLE_MASK;
    this.bits[k >>> 3] = (this.bits[k >>> 3] as number) | (1 << (k & 7));
  }

  private has(key: number): boolean {
    const k = key & TABLE_MASK;
    return ((this.bits[k >>> 3] as number) & (1 << (k & 7))) !== 0;
  }

  private addWord(text: string, from: number, to: number): void {
    let h = 0;
    for (let k = from; k < to; k++) {
      h = Math.imul(h, 31) + text.charCodeAt(k);
      const length = k - from + 1;
      if (length >= MIN_LITERAL && length <= EDGE_MAX) this.set(slot(h, KIND_SEED.start, length));
    }
    this.set(slot(h, KIND_SEED.word, to - from));
    h = 0;
    for (let k = to - 1; k >= from && to - k <= EDGE_MAX; k--) {
      h = Math.imul(h, 31) + text.charCodeAt(k);
      if (to - k >= MIN_LITERAL) this.set(slot(h, KIND_SEED.end, to - k));
    }
  }

  /** False only when the text certainly does not hold the literal where the pattern needs it. */
  private mayHold({ lit, start, end }: Literal): boolean {
    if (start && end) {
      let h = 0;
      for (let k = 0; k < lit.length; k++) h = Math.imul(h, 31) + lit.charCodeAt(k);
      return this.has(slot(h, KIND_SEED.word, lit.length));
    }
    if (start) {
      let h = 0;
      const n = Math.min(lit.length, EDGE_MAX);
      for (let k = 0; k < n; k++) h = Math.imul(h, 31) + lit.charCodeAt(k);
      return this.has(slot(h, KIND_SEED.start, n));
    }
    if (end) {
      let h = 0;
      const n = Math.min(lit.length, EDGE_MAX);
      for (let k = lit.length - 1; k >= lit.length - n; k--) h = Math.imul(h, 31) + lit.charCodeAt(k);
      return this.has(slot(h, KIND_SEED.end, n));
    }
    const code = (ch: number): number => (ch >= 97 && ch <= 122 ? ch - 96 : 0);
    for (let k = 0; k + 3 <= lit.length; k++) {
      const t = (code(lit.charCodeAt(k)) * 27 + code(lit.charCodeAt(k + 1))) * 27 + code(lit.charCodeAt(k + 2));
      if (this.triples[t] === 0) return false;
    }
    return true;
  }

  /** False only when the text certainly does not meet the requirement. */
  mayMeet(req: Requirement): boolean {
    if (req === true) return true;
    if ('lit' in req) return this.mayHold(req);
    if ('all' in req) {
      for (const r of req.all) if (!this.mayMeet(r)) return false;
      return true;
    }
    for (const r of req.any) if (this.mayMeet(r)) return true;
    return false;
  }
}
