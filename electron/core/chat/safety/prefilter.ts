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

import { literal, MIN_INNER_LITERAL, MIN_LITERAL, type Requirement } from './textIndex.js';

export { withTextIndex, type Requirement, type TextIndex } from './textIndex.js';

// ─── Parsing a pattern's source into a small syntax tree ────────────────────────────────────────

/** `punct`: the node can match a sentence end (".", "!" or "?"). */
type Node =
  | { kind: 'char'; c: string } // one literal character
  | { kind: 'group'; branches: Item[][] }
  | { kind: 'look'; behind: boolean; branches: Item[][] } // a lookaround: consumes nothing
  | { kind: 'boundary'; caret: boolean } // \b, ^, $: zero width, a word starts or ends here
  | { kind: 'nonword'; punct: boolean } // one character that is never \w (\s, \W, space, punctuation)
  | { kind: 'other'; punct: boolean }; // anything else: classes, ., \w, \d, \B, backreferences
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
/** The characters a sentence ends with (where a message is cut into sentences). */
const SENTENCE_END = '.!?';

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
    let behind = false;
    if (p.src[p.i] === '?') {
      const next = p.src[p.i + 1];
      const after = p.src[p.i + 2];
      if (next === ':') p.i += 2;
      else if (next === '=' || next === '!') [lookaround, p.i] = [true, p.i + 2];
      else if (next === '<' && (after === '=' || after === '!')) [lookaround, behind, p.i] = [true, true, p.i + 3];
      else if (next === '<') {
        const close = p.src.indexOf('>', p.i);
        if (close < 0) throw new Error('bad group name');
        p.i = close + 1;
      } else throw new Error('unknown group');
    }
    const branches = parseBranches(p);
    if (p.src[p.i] !== ')') throw new Error('unclosed group');
    p.i++;
    return lookaround ? { kind: 'look', behind, branches } : { kind: 'group', branches };
  }
  if (c === '[') return parseClass(p);
  if (c === '\\') {
    const e = p.src[p.i + 1] ?? '';
    p.i += 2;
    if (e === 'b') return { kind: 'boundary', caret: false };
    if (e === 's' || e === 'n' || e === 'r' || e === 't' || e === 'f' || e === 'v')
      return { kind: 'nonword', punct: false };
    if (e === 'W') return { kind: 'nonword', punct: true };
    if (e === 'B' || e === 'd' || e === 'w') return { kind: 'other', punct: false };
    if (/[DS1-9]/.test(e)) return { kind: 'other', punct: true };
    if (/[a-zA-Z0]/.test(e)) throw new Error('escape not handled');
    return WORD_CHAR.test(e) ? { kind: 'char', c: e } : { kind: 'nonword', punct: SENTENCE_END.includes(e) };
  }
  p.i++;
  if (c === '^' || c === '$') return { kind: 'boundary', caret: c === '^' };
  if (c === '.') return { kind: 'other', punct: true };
  if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|' || c === ')') throw new Error('unexpected');
  return WORD_CHAR.test(c) ? { kind: 'char', c } : { kind: 'nonword', punct: SENTENCE_END.includes(c) };
}

/**
 * A class is 'nonword' when every member is a non-word character or \s; otherwise 'other'. It
 * can match a sentence end when it lists one (or, negated, does not list all three), or holds a
 * range or a \W, \S or \D.
 */
function parseClass(p: Parser): Node {
  p.i++;
  let negated = false;
  if (p.src[p.i] === '^') [negated, p.i] = [true, p.i + 1];
  let onlyNonword = !negated;
  let wide = false;
  const listed = new Set<string>();
  let first = true;
  while (p.i < p.src.length && (p.src[p.i] !== ']' || first)) {
    first = false;
    const ch = p.src[p.i] as string;
    if (ch === '\\') {
      const e = p.src[p.i + 1] ?? '';
      if (!(e === 's' || e === 'W' || (!/[a-zA-Z0-9_]/.test(e) && e !== ''))) onlyNonword = false;
      if (e === 'W' || e === 'S' || e === 'D') wide = true;
      if (!/[a-zA-Z0-9_]/.test(e)) listed.add(e);
      p.i += 2;
      continue;
    }
    if (WORD_CHAR.test(ch) || ch === '-') onlyNonword = false;
    if (ch === '-' && !first && p.src[p.i + 1] !== ']') wide = true;
    listed.add(ch);
    p.i++;
  }
  if (p.src[p.i] !== ']') throw new Error('unclosed class');
  p.i++;
  const listsEnd = [...SENTENCE_END].some((c) => listed.has(c));
  const listsAllEnds = [...SENTENCE_END].every((c) => listed.has(c));
  const punct = negated ? !listsAllEnds : wide || listsEnd;
  return onlyNonword ? { kind: 'nonword', punct } : { kind: 'other', punct };
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
  // Smallest first: a rule's own few words decide most messages before its large shared token
  // classes ("jeg|eg|je|…") are looked up (the answer is the same in any order).
  const known = parts.filter((r) => r !== true).sort((a, b) => sizeOf(a) - sizeOf(b));
  return known.length === 0 ? true : known.length === 1 ? (known[0] as Requirement) : composite('all', known);
}

function any(parts: readonly Requirement[]): Requirement {
  return parts.some((r) => r === true)
    ? true
    : parts.length === 1
      ? (parts[0] as Requirement)
      : composite('any', parts);
}

/** How many literals a condition looks up at most. */
const sizes = new Map<Exclude<Requirement, true>, number>();
function sizeOf(r: Exclude<Requirement, true>): number {
  if ('lit' in r) return 1;
  let n = sizes.get(r);
  if (n === undefined) {
    n = 0;
    for (const c of 'all' in r ? r.all : r.any) n += c === true ? 0 : sizeOf(c);
    sizes.set(r, n);
  }
  return n;
}

/**
 * The same condition gets the same object and id in every rule (the rules share token classes),
 * so a message's index answers it once (textIndex.ts). Keyed by the condition's structure.
 */
const interned = new Map<string, Exclude<Requirement, true>>();

function keyOf(r: Exclude<Requirement, true>): string {
  if ('lit' in r) return `${r.start ? '^' : ''}${r.lit}${r.end ? '$' : ''}`;
  return `#${r.id}`;
}

function composite(kind: 'all' | 'any', parts: readonly Requirement[]): Requirement {
  const key = `${kind}(${parts.map((p) => keyOf(p as Exclude<Requirement, true>)).join(',')})`;
  let found = interned.get(key);
  if (!found) {
    const id = interned.size;
    found = kind === 'all' ? { all: parts, id } : { any: parts, id };
    interned.set(key, found);
  }
  return found;
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
    if (run.length >= (runStart || end ? MIN_LITERAL : MIN_INNER_LITERAL)) parts.push(literal(run, runStart, end));
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

/**
 * True when no match of the pattern can cross a sentence end: nothing in it (lookaheads
 * included) matches ".", "!" or "?", and it has no ^ and no lookbehind. Such a pattern finds the
 * same matches in each sentence as in the whole text.
 */
export function staysInSentence(pattern: RegExp): boolean {
  if (/[^gy]/.test(pattern.flags)) return false;
  const p: Parser = { src: pattern.source, i: 0 };
  try {
    const branches = parseBranches(p);
    return p.i === p.src.length && branches.every((b) => b.every((it) => nodeStays(it.node)));
  } catch {
    return false;
  }
}

function nodeStays(node: Node): boolean {
  switch (node.kind) {
    case 'char':
      return true;
    case 'boundary':
      return !node.caret;
    case 'nonword':
    case 'other':
      return !node.punct;
    case 'look':
      if (node.behind) return false;
      return node.branches.every((b) => b.every((it) => nodeStays(it.node)));
    case 'group':
      return node.branches.every((b) => b.every((it) => nodeStays(it.node)));
  }
}
