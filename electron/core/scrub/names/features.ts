import type { Token } from '../tokens.js';
import type { Lexicon } from './lexicon.js';

/** Count buckets (log-ish), so the model generalises over frequencies. */
function bucket(n: number): string {
  if (n === 0) return '0';
  if (n === 1) return '1';
  if (n < 4) return '2';
  if (n < 8) return '4';
  if (n < 16) return '8';
  if (n < 64) return '16';
  return '64';
}

function share(part: number, total: number): string {
  if (total === 0) return 'na';
  const r = part / total;
  if (r === 0) return '0';
  if (r < 0.2) return '1';
  if (r < 0.5) return '2';
  if (r < 0.8) return '3';
  if (r < 1) return '4';
  return '5';
}

const INFLECTIONS = ['ene', 'ane', 'en', 'et', 'a', 'er', 'ar', 'e'];

/**
 * How often the word without a Norwegian inflection ending was seen lower-case: "Lønna" → "lønn",
 * "Jenta" → "jente", "Dommeren" → "dommer". High for ordinary nouns in definite form.
 */
export function inflectionStemCount(lower: string, lex: Lexicon): number {
  let best = 0;
  for (const ending of INFLECTIONS) {
    if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    best = Math.max(best, lex.lowerCount(stem), lex.lowerCount(`${stem}e`));
  }
  return best;
}

export function neighbour(t: Token | undefined, lex: Lexicon): string {
  if (!t) return 'EDGE';
  if (t.kind === 'p') return t.text;
  if (t.kind === 'n') return 'NUM';
  if (t.cap) {
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return 'ACAPS';
    return lex.isKnownName(t.lower) ? 'CAPN' : 'CAP';
  }
  return t.lower;
}

/**
 * Features of the word itself (its form, its counts, its place in the sentence), in the order
 * personFeatures lists them first. They depend only on the token, so a scorer may reuse their sum.
 */
export function wordFeatures(t: Token, lex: Lexicon): string[] {
  const pos = t.initial ? 'I' : 'M';
  const s = lex.stats(t.lower);
  const f: string[] = ['b', pos];
  const low = s?.low ?? 0;
  const per = s ? s.midPer + s.iniPer : 0;
  const ent = s ? s.midEnt + s.iniEnt : 0;
  const capO = s ? s.midO + s.iniO : 0;
  const capTotal = per + ent + capO;
  if (!s) f.push(`unk${pos}`);
  f.push(`low${pos}${bucket(low)}`, `per${bucket(per)}`, `ent${bucket(ent)}`, `capO${pos}${bucket(capO)}`);
  f.push(`ps${pos}${share(per, capTotal)}`, `es${share(ent, capTotal)}`, `ls${pos}${share(low, low + capTotal)}`);
  const isFirst = lex.isFirstName(t.lower);
  const isLast = lex.isSurname(t.lower);
  if (isFirst) f.push(`F${pos}`, `F${pos}low${bucket(low)}`);
  if (isLast) f.push(`L${pos}`, `L${pos}low${bucket(low)}`);
  if (!isFirst && !isLast && per === 0) f.push(`noname${pos}${bucket(low)}`);
  const len = t.text.length;
  if (len > 1 && t.text === t.text.toUpperCase()) f.push('ACAPS');
  if (t.text.includes('-')) f.push('HYPH');
  f.push(`len${len < 4 ? len : len < 6 ? 5 : len < 9 ? 8 : 9}`);
  f.push(`s3${t.lower.slice(-3)}`, `s2${t.lower.slice(-2)}`);
  if (t.lower.length > 3 && (t.lower.endsWith('s') || t.lower.endsWith("'") || t.lower.endsWith('’'))) {
    const stem = t.lower.replace(/['’´]?s$|['’´]$/u, '');
    if (lex.isKnownName(stem)) f.push('GEN');
  }
  const stemCount = inflectionStemCount(t.lower, lex);
  if (stemCount > 0) f.push(`stem${pos}${bucket(stemCount)}`);
  return f;
}

/** Features of the words around token i, in the order personFeatures lists them after wordFeatures. */
export function contextFeatures(tokens: readonly Token[], i: number, lex: Lexicon): string[] {
  const t = tokens[i];
  if (!t) return [];
  const pos = t.initial ? 'I' : 'M';
  const isFirst = lex.isFirstName(t.lower);
  const isLast = lex.isSurname(t.lower);
  const f: string[] = [];
  const p = tokens[i - 1];
  const p2 = tokens[i - 2];
  const n = tokens[i + 1];
  const n2 = tokens[i + 2];
  const pv = neighbour(p, lex);
  const nv = neighbour(n, lex);
  f.push(`p${pv}`, `n${nv}`, `pp${neighbour(p2, lex)}`, `nn${neighbour(n2, lex)}`, `pn${pv}|${nv}`);
  if (p && p.kind === 'w' && p.cap && !p.initial && lex.isFirstName(p.lower)) f.push('pFirst');
  if (p && p.kind === 'w' && p.cap && lex.isFirstName(p.lower)) f.push(`pFirstAny${pos}`);
  if (n && n.kind === 'w' && n.cap && lex.isSurname(n.lower)) f.push(`nLast${pos}`);
  if (n && n.kind === 'w' && n.cap) f.push(`nCap${pos}${isFirst ? 'F' : ''}`);
  if (p && p.kind === 'w' && p.cap) f.push(`pCap${pos}${isLast ? 'L' : ''}`);
  return f;
}

/**
 * Features of a capitalised word token for the person-name model. The same function runs when
 * training (scripts/scrub/train-person-model.ts) and when scrubbing.
 */
export function personFeatures(tokens: readonly Token[], i: number, lex: Lexicon): string[] {
  const t = tokens[i];
  if (!t) return [];
  return [...wordFeatures(t, lex), ...contextFeatures(tokens, i, lex)];
}
