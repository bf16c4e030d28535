/** Word tokens with positions, for the name detector and known identities. */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** 'w' word (starts with a letter), 'n' number, 'p' punctuation or symbol. */
  kind: 'w' | 'n' | 'p';
  /** First letter is upper case. */
  cap: boolean;
  /** Starts a sentence (first token, or after . ! ? : … a quote or a dash opening a line). */
  initial: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’´\-][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', '…', ';']);
const OPENERS = new Set(['«', '"', '“', '”', '(', '[', '–', '—', '-', '*', '•', '>', "'", '‘']);

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function kindOf(ch: string): Token['kind'] {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'n';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'w';
  if (c < 128) return 'p';
  return /\p{L}/u.test(ch) ? 'w' : /\p{M}/u.test(ch) ? 'w' : 'p';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let nextNewline = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    const first = t[0] ?? '';
    const kind = kindOf(first);
    if (nextNewline >= 0 && nextNewline < start) {
      sentenceStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    const token: Token = {
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      kind,
      cap: kind === 'w' && isUpper(first),
      initial: sentenceStart,
    };
    tokens.push(token);
    if (kind === 'p') {
      if (SENTENCE_END.has(t)) {
        // "St. Olav", "f.eks." and initials ("B. Wegner") do not end a sentence.
        const prev = tokens[tokens.length - 2];
        const abbreviation =
          t === '.' &&
          prev !== undefined &&
          prev.end === start &&
          prev.kind === 'w' &&
          ((prev.text.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.lower));
        sentenceStart = !abbreviation;
      } else if (!OPENERS.has(t)) {
        sentenceStart = false;
      }
      // openers keep the current state
    } else {
      sentenceStart = false;
    }
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'st',
  'dr',
  'hr',
  'fr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'nr',
  'bl',
  'ca',
  'eks',
  'f',
  'jf',
  'mfl',
  'osv',
  'pga',
  'tlf',
  'kl',
  'adv',
  'ass',
  'avd',
  'kap',
  'mill',
  'mrd',
  'stk',
  'vs',
  'etc',
  'inkl',
  'ekskl',
  'evt',
  'ev',
  'min',
  'maks',
  'gen',
  'kapt',
  'sen',
  'res',
  'red',
  'oberst',
  'pres',
  'gt',
  'v',
  'ds',
  'sk',
]);
