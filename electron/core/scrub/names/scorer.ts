import type { Token } from '../tokens.js';
import { neighbour, wordFeatures } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { PersonModel } from './model.js';

/** Upper bound on remembered word scores (the lexicon has far fewer forms than this). */
const MAX_CACHED = 200_000;

interface ContextWeights {
  p: ReadonlyMap<string, number>;
  n: ReadonlyMap<string, number>;
  pp: ReadonlyMap<string, number>;
  nn: ReadonlyMap<string, number>;
  pn: ReadonlyMap<string, number>;
  /** Weights of the fixed-name features, by sentence position. */
  fixed: Record<
    'I' | 'M',
    { pFirstAny: number; nLast: number; nCap: number; nCapF: number; pCap: number; pCapL: number }
  >;
  pFirst: number;
}

/**
 * Scores tokens with the person model exactly as `model.probability(personFeatures(…))` does
 * (same weights, added in the same order, so the same number), only faster: the word's own
 * features are added up once per word form, and the context features are looked up without
 * building their names. Only word forms the lexicon already holds (public name lists and NorNE
 * counts) are remembered, so nothing a user wrote is kept. contextScore mirrors
 * features.ts#contextFeatures; test/core/scrub/names.test.ts checks they agree.
 */
export class PersonScorer {
  private readonly wordScores = new Map<string, number>();
  private readonly ctx: ContextWeights;

  constructor(
    private readonly model: PersonModel,
    private readonly lex: Lexicon,
  ) {
    const fixed = (pos: 'I' | 'M') => ({
      pFirstAny: model.weight(`pFirstAny${pos}`),
      nLast: model.weight(`nLast${pos}`),
      nCap: model.weight(`nCap${pos}`),
      nCapF: model.weight(`nCap${pos}F`),
      pCap: model.weight(`pCap${pos}`),
      pCapL: model.weight(`pCap${pos}L`),
    });
    this.ctx = {
      p: model.withPrefix('p'),
      n: model.withPrefix('n'),
      pp: model.withPrefix('pp'),
      nn: model.withPrefix('nn'),
      pn: model.withPrefix('pn'),
      fixed: { I: fixed('I'), M: fixed('M') },
      pFirst: model.weight('pFirst'),
    };
  }

  probability(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    if (!t) return this.model.probability([]);
    const z = this.contextScore(tokens, i, t, this.wordScore(t));
    return 1 / (1 + Math.exp(-z));
  }

  private wordScore(t: Token): number {
    const key = `${t.initial ? 'I' : 'M'}${t.text}`;
    const cached = this.wordScores.get(key);
    if (cached !== undefined) return cached;
    let z = 0;
    for (const f of wordFeatures(t, this.lex)) z += this.model.weight(f);
    const inLexicon =
      this.lex.stats(t.lower) !== undefined || this.lex.isFirstName(t.lower) || this.lex.isSurname(t.lower);
    if (inLexicon && this.wordScores.size < MAX_CACHED) this.wordScores.set(key, z);
    return z;
  }

  /** `z` plus the weights of contextFeatures(tokens, i), in its order. */
  private contextScore(tokens: readonly Token[], i: number, t: Token, z: number): number {
    const { ctx, lex } = this;
    const fixed = ctx.fixed[t.initial ? 'I' : 'M'];
    const p = tokens[i - 1];
    const n = tokens[i + 1];
    const pv = neighbour(p, lex);
    const nv = neighbour(n, lex);
    z += ctx.p.get(pv) ?? 0;
    z += ctx.n.get(nv) ?? 0;
    z += ctx.pp.get(neighbour(tokens[i - 2], lex)) ?? 0;
    z += ctx.nn.get(neighbour(tokens[i + 2], lex)) ?? 0;
    z += ctx.pn.get(`${pv}|${nv}`) ?? 0;
    const pCapWord = p !== undefined && p.kind === 'w' && p.cap;
    const nCapWord = n !== undefined && n.kind === 'w' && n.cap;
    if (pCapWord && !p.initial && lex.isFirstName(p.lower)) z += ctx.pFirst;
    if (pCapWord && lex.isFirstName(p.lower)) z += fixed.pFirstAny;
    if (nCapWord && lex.isSurname(n.lower)) z += fixed.nLast;
    if (nCapWord) z += lex.isFirstName(t.lower) ? fixed.nCapF : fixed.nCap;
    if (pCapWord) z += lex.isSurname(t.lower) ? fixed.pCapL : fixed.pCap;
    return z;
  }
}

const scorers = new WeakMap<PersonModel, WeakMap<Lexicon, PersonScorer>>();

/** One scorer per model and lexicon. */
export function scorerFor(model: PersonModel, lex: Lexicon): PersonScorer {
  let byLex = scorers.get(model);
  if (!byLex) {
    byLex = new WeakMap();
    scorers.set(model, byLex);
  }
  let scorer = byLex.get(lex);
  if (!scorer) {
    scorer = new PersonScorer(model, lex);
    byLex.set(lex, scorer);
  }
  return scorer;
}
