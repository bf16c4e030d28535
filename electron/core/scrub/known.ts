import type { Lexicon } from './names/lexicon.js';
import { genitiveStem } from './names/wordShape.js';
import { tokenize, type Token } from './tokens.js';
import type { KnownIdentity, Span } from './types.js';

/** A known name written lower-case that is this common a word ("per", "dag", "liv") needs a capital, a cue or the rest of the name beside it. */
const FUNCTION_WORD_COUNT = 20;

export interface KnownMatcher {
  /** Lower-cased name token → identity key ("known:0"). */
  readonly nameTokens: ReadonlyMap<string, string>;
  readonly numbers: ReadonlyMap<string, { key: string; type: 'NATIONAL_ID' | 'PHONE' }>;
  readonly emails: ReadonlyMap<string, string>;
  readonly addresses: readonly { text: string; key: string }[];
}

export function identityKey(index: number): string {
  return `known:${index}`;
}

function nameParts(identity: KnownIdentity): string[] {
  const raw = [identity.fullName ?? '', ...(identity.names ?? [])].join(' ');
  const parts = new Set<string>();
  for (const token of raw.toLowerCase().split(/[\s,]+/)) {
    const clean = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (clean.length < 2) continue;
    parts.add(clean);
    if (clean.includes('-')) for (const piece of clean.split('-')) if (piece.length >= 2) parts.add(piece);
  }
  return [...parts];
}

export function normaliseDigits(value: string): string {
  let digits = value.replace(/\D/g, '');
  if (/^\s*\(?\s*\+47/.test(value) && digits.length === 10) digits = digits.slice(2);
  if (digits.startsWith('0047') && digits.length === 12) digits = digits.slice(4);
  return digits;
}

export function buildKnownMatcher(known: readonly KnownIdentity[]): KnownMatcher {
  const nameTokens = new Map<string, string>();
  const numbers = new Map<string, { key: string; type: 'NATIONAL_ID' | 'PHONE' }>();
  const emails = new Map<string, string>();
  const addresses: { text: string; key: string }[] = [];
  known.forEach((identity, index) => {
    const key = identityKey(index);
    for (const part of nameParts(identity)) if (!nameTokens.has(part)) nameTokens.set(part, key);
    if (identity.nationalId) {
      const d = normaliseDigits(identity.nationalId);
      if (d.length >= 6) numbers.set(d, { key: `${key}:fnr`, type: 'NATIONAL_ID' });
    }
    if (identity.phone) {
      const d = normaliseDigits(identity.phone);
      if (d.length >= 5) numbers.set(d, { key: `${key}:tlf`, type: 'PHONE' });
    }
    if (identity.email) emails.set(identity.email.trim().toLowerCase(), `${key}:epost`);
    if (identity.address) {
      const full = identity.address.trim().replace(/\s+/g, ' ');
      if (full.length >= 4) addresses.push({ text: full.toLowerCase(), key: `${key}:adresse` });
      const street = full.split(',')[0]?.trim() ?? '';
      if (street.length >= 4 && street !== full) addresses.push({ text: street.toLowerCase(), key: `${key}:adresse` });
    }
  });
  addresses.sort((a, b) => b.text.length - a.text.length);
  return { nameTokens, numbers, emails, addresses };
}

const NUMBER_RUN = /(?<![\p{L}\d])(?:\+|00)?\d(?:[\d \u00A0.\-]{3,18}\d)?(?![\d\p{L}])/gu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of a known identity: names (whole words, any case, genitive "Karis"/"Kari's",
 * first name or surname alone), national id and phone in any grouping, e-mail, address.
 */
export function detectKnown(text: string, tokens: readonly Token[], matcher: KnownMatcher, lex: Lexicon): Span[] {
  const spans: Span[] = [];
  if (matcher.nameTokens.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'w') continue;
      let key = matcher.nameTokens.get(t.lower);
      let end = t.end;
      if (key === undefined) {
        const stem = genitiveStem(t.lower);
        if (stem !== null) {
          key = matcher.nameTokens.get(stem);
          end = t.start + stem.length;
        }
      }
      if (key === undefined && t.lower.includes('-')) {
        // "Kari-Anne" when only "Kari" is known is someone else's name; skip. "Nordmann-familien" keeps "Nordmann".
        const head = t.lower.split('-')[0] ?? '';
        const k = matcher.nameTokens.get(head);
        if (k !== undefined && !/^\p{Lu}/u.test(t.text.split('-')[1] ?? '')) {
          key = k;
          end = t.start + head.length;
        }
      }
      if (key === undefined) continue;
      if (!t.cap && lex.lowerCount(t.lower) >= FUNCTION_WORD_COUNT) {
        // "per dag", "i dag": a very common lower-case word stays unless it stands next to the rest of the name.
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const besideName =
          (prev && matcher.nameTokens.get(prev.lower) === key) || (next && matcher.nameTokens.get(next.lower) === key);
        if (!besideName) continue;
      }
      spans.push({
        start: t.start,
        end,
        type: 'PERSON',
        confidence: 1,
        text: text.slice(t.start, end),
        source: 'known',
        entityKey: key,
      });
    }
    // Join adjacent parts of the same person into one span ("Kari Nordmann").
    for (let i = spans.length - 1; i > 0; i--) {
      const a = spans[i - 1];
      const b = spans[i];
      if (!a || !b || a.entityKey !== b.entityKey) continue;
      const gap = text.slice(a.end, b.start);
      if (/^[ \u00A0]$/.test(gap)) {
        a.end = b.end;
        a.text = text.slice(a.start, a.end);
        spans.splice(i, 1);
      }
    }
  }
  if (matcher.numbers.size > 0 && /\d/.test(text)) {
    for (const m of text.matchAll(NUMBER_RUN)) {
      const digits = normaliseDigits(m[0]);
      const hit = matcher.numbers.get(digits);
      if (hit)
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          type: hit.type,
          confidence: 1,
          text: m[0],
          source: 'known',
          entityKey: hit.key,
        });
    }
  }
  if (matcher.emails.size > 0) {
    const lower = text.toLowerCase();
    for (const [email, key] of matcher.emails) {
      for (const m of lower.matchAll(new RegExp(escapeRegExp(email), 'g'))) {
        spans.push({
          start: m.index,
          end: m.index + email.length,
          type: 'EMAIL',
          confidence: 1,
          text: text.slice(m.index, m.index + email.length),
          source: 'known',
          entityKey: key,
        });
      }
    }
  }
  if (matcher.addresses.length > 0) {
    const lower = text.toLowerCase().replace(/\s/g, ' ');
    for (const a of matcher.addresses) {
      const pattern = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(a.text).replace(/ /g, '\\s+')}(?![\\p{L}\\d])`, 'gu');
      for (const m of lower.matchAll(pattern)) {
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          type: 'ADDRESS',
          confidence: 1,
          text: text.slice(m.index, m.index + m[0].length),
          source: 'known',
          entityKey: a.key,
        });
      }
    }
  }
  return spans;
}

/** Used by the fail-closed check: does any known identity survive in this (scrubbed) text? */
export function knownSurvives(text: string, matcher: KnownMatcher, lex: Lexicon): boolean {
  return detectKnown(text, tokenize(text), matcher, lex).length > 0;
}
