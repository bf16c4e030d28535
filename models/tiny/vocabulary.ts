/**
 * The tiny model's SentencePiece ("llama") vocabulary: <unk>, <s>, </s>, 256 byte-fallback tokens,
 * the ChatML control tokens and a few hundred ordinary pieces (letters, digits, punctuation and
 * ▁-prefixed common Norwegian and English words). SPM merges two adjacent pieces only when their
 * concatenation is itself a piece, so every word comes with all its prefixes.
 */

/** llama.cpp token types (tokenizer.ggml.token_type). */
export const TokenType = { Normal: 1, Unknown: 2, Control: 3, UserDefined: 4, Unused: 5, Byte: 6 } as const;
export type TokenTypeValue = (typeof TokenType)[keyof typeof TokenType];

export interface Vocabulary {
  tokens: string[];
  scores: number[];
  types: TokenTypeValue[];
  unkId: number;
  bosId: number;
  eosId: number;
  imStartId: number;
  imEndId: number;
  /**
   * Ids the model may produce: whole words (▁-prefixed) and "inert" single characters that occur in
   * no longer piece. Any sequence of them is its own canonical tokenization, so re-tokenizing an
   * answer gives back exactly the generated tokens and a next turn can reuse the evaluated prefix.
   * Everything else (control, byte, prefix pieces, letters that merge) is biased away in the output.
   */
  generatableIds: number[];
}

const SPACE = '\u2581';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789';
const PUNCTUATION = [
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  '-',
  "'",
  '"',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '/',
  '_',
  '%',
  '+',
  '=',
];

const NORWEGIAN = [
  'hei',
  'jeg',
  'du',
  'er',
  'det',
  'og',
  'i',
  'på',
  'som',
  'en',
  'et',
  'til',
  'med',
  'har',
  'ikke',
  'for',
  'av',
  'at',
  'kan',
  'vil',
  'skal',
  'jobb',
  'skole',
  'mål',
  'hjelp',
  'bra',
  'takk',
  'hva',
  'hvordan',
  'hvorfor',
  'neste',
  'steg',
  'veileder',
  'deltaker',
  'arbeid',
  'tenker',
  'føler',
  'kanskje',
  'gjerne',
  'litt',
  'mye',
  'godt',
  'dag',
];
const ENGLISH = [
  'the',
  'and',
  'you',
  'is',
  'to',
  'of',
  'in',
  'it',
  'that',
  'what',
  'hello',
  'work',
  'help',
  'good',
  'next',
  'step',
  'goal',
];
/** Bare pieces (no word boundary) so JSON keywords tokenize compactly. */
const BARE = ['true', 'false', 'null', 'ing', 'er', 'en', 'et', 'ene'];

export function buildVocabulary(): Vocabulary {
  const tokens: string[] = [];
  const scores: number[] = [];
  const types: TokenTypeValue[] = [];
  const seen = new Set<string>();

  const add = (piece: string, type: TokenTypeValue, score: number): number => {
    if (seen.has(piece)) return tokens.indexOf(piece);
    seen.add(piece);
    tokens.push(piece);
    scores.push(score);
    types.push(type);
    return tokens.length - 1;
  };

  const unkId = add('<unk>', TokenType.Unknown, 0);
  const bosId = add('<s>', TokenType.Control, 0);
  add('</s>', TokenType.Control, 0);
  for (let b = 0; b < 256; b++) add(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, TokenType.Byte, 0);
  const imStartId = add('<|im_start|>', TokenType.Control, 0);
  const imEndId = add('<|im_end|>', TokenType.Control, 0);

  // Ordinary pieces. Higher score = merged first; longer pieces score higher so words win.
  let order = 0;
  const addPiece = (piece: string) => {
    const length = [...piece].length;
    add(piece, TokenType.Normal, -20 + length - order++ * 1e-4);
  };
  addPiece(SPACE);
  for (const ch of LETTERS) addPiece(ch);
  for (const ch of PUNCTUATION) addPiece(ch);
  const withPrefixes = (word: string) => {
    const chars = [...word];
    for (let end = 2; end <= chars.length; end++) addPiece(chars.slice(0, end).join(''));
  };
  for (const word of [...NORWEGIAN, ...ENGLISH]) withPrefixes(SPACE + word);
  for (const word of BARE) withPrefixes(word);

  const multiCharPieces = tokens.filter((piece, id) => types[id] === TokenType.Normal && [...piece].length > 1);
  const usedInLongerPieces = new Set(multiCharPieces.flatMap((piece) => [...piece]));
  const wholeWords = new Set([...NORWEGIAN, ...ENGLISH].map((word) => SPACE + word));
  const generatableIds = tokens.flatMap((piece, id) => {
    if (types[id] !== TokenType.Normal) return [];
    const inert = [...piece].length === 1 && !usedInLongerPieces.has(piece);
    return inert || wholeWords.has(piece) ? [id] : [];
  });

  return {
    tokens,
    scores,
    types,
    unkId,
    bosId,
    eosId: imEndId,
    imStartId,
    imEndId,
    generatableIds,
  };
}
