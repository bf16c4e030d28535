import { detectAddresses } from './detectors/address.js';
import { detectBankAccounts } from './detectors/bank-account.js';
import { detectCarRegs } from './detectors/car-reg.js';
import { detectDatesOfBirth } from './detectors/date-of-birth.js';
import { detectEmails } from './detectors/email.js';
import { detectIbans } from './detectors/iban.js';
import { detectNationalIds } from './detectors/national-id.js';
import { detectOrgNumbers } from './detectors/org-number.js';
import { detectPhones } from './detectors/phone.js';
import { buildKnownMatcher, detectKnown, knownSurvives } from './known.js';
import { detectPersons, type NameSet } from './names/detector.js';
import { adjacentNameSpans } from './names/adjacent.js';
import type { Lexicon } from './names/lexicon.js';
import type { PersonModel } from './names/model.js';
import { resolveSpans } from './resolver.js';
import { defaultLexicon, defaultPersonModel } from './resources.js';
import { tokenize } from './tokens.js';
import type { Detector, KnownIdentity, Span } from './types.js';
import { PLACEHOLDER_LIKE, type PseudonymVault } from './vault.js';

/** The detectors that need nothing but the text, in no particular order (the resolver decides). */
export const PATTERN_DETECTORS: readonly Detector[] = [
  detectNationalIds,
  detectBankAccounts,
  detectIbans,
  detectEmails,
  detectPhones,
  detectAddresses,
  detectDatesOfBirth,
  detectOrgNumbers,
  detectCarRegs,
];

export interface ScrubOptions {
  /** The conversation's vault: placeholders stay the same across its turns. */
  vault: PseudonymVault;
  /** People from the participant's record: always removed. */
  known?: readonly KnownIdentity[];
  /** Extra lower-cased name tokens to treat as names (the vault's own names are always used). */
  seenNames?: Iterable<string>;
}

export interface ScrubbedSpan {
  start: number;
  end: number;
  type: Span['type'];
  confidence: number;
  /** The placeholder that replaced it. */
  placeholder: string;
}

export interface ScrubResult {
  /** The text to hand to the model. */
  text: string;
  /** What was removed, with positions in the ORIGINAL text. */
  spans: ScrubbedSpan[];
}

/**
 * Where the text comes from. 'chat' (messages to the assistant, training exports, the CLI): recall
 * first, since a doubtful word that is masked is restored on screen; lower-case names need no
 * cue. 'note' (the note editor's marking): stricter, so a counselor's careful text is not
 * covered in marks; lower-case names need a cue there.
 */
export type ScrubPath = 'chat' | 'note';

export interface PathSettings {
  /** Person-model probability from which a capitalised word is a name. */
  personThreshold: number;
  /** Lower-case name-list words are names without a cue; unseen words join a name beside them. */
  lowercaseNames: boolean;
}

export const PATH_SETTINGS: Readonly<Record<ScrubPath, Readonly<PathSettings>>> = {
  chat: { personThreshold: 0.3, lowercaseNames: true },
  note: { personThreshold: 0.45, lowercaseNames: false },
};

export interface ScrubberConfig {
  lexicon?: Lexicon;
  model?: PersonModel;
  /** Which path's settings to use (default 'chat'). */
  path?: ScrubPath;
  /** Overrides the path's person-model threshold. */
  personThreshold?: number;
}

const HAS_DIGIT = /\d/;

const NO_NAMES: NameSet = new Set<string>();

/** `into` with `more` added; no copy when one of them is empty (most detectors find nothing). */
function append(into: Span[], more: Span[]): Span[] {
  if (more.length === 0) return into;
  if (into.length === 0) return more;
  for (const s of more) into.push(s);
  return into;
}

/** Texts longer than this are looked at in pieces (see Scrubber#detect). */
export const CHUNK = 4000;
/** A piece never grows past this when its text has no line break or sentence end to cut at. */
const MAX_PIECE = 16_000;

/**
 * Where the piece that starts at `from` ends: the first line break after CHUNK characters, else
 * the first sentence end followed by a space and a capital or a line break ("… i går. Så"), else
 * at MAX_PIECE the first space between two letters (never inside a number, address or e-mail).
 */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const start = from + CHUNK;
  const nl = text.indexOf('\n', start);
  if (nl >= 0 && nl - from <= MAX_PIECE) return nl + 1;
  const limit = Math.min(text.length, from + MAX_PIECE);
  SENTENCE_CUT.lastIndex = start;
  const m = SENTENCE_CUT.exec(text);
  if (m && m.index < limit) return m.index + m[0].length;
  for (let i = limit; i < text.length - 1; i++) {
    if (text[i] === ' ' && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) return i + 1;
  }
  return text.length;
}

const SENTENCE_CUT = /[.!?…]\s+(?=\p{Lu})/gu;
/** Every placeholder-like form has a "[" or an upper-case label letter right before "_"/" " and its number. */
const MAYBE_PLACEHOLDER = /\[|[A-Z][_ ]\d/;

/** Escaped form of user text that looks like a placeholder: "[NAVN_1]" → "[NAVN-1]", which restore never fills. */
function escapePlaceholder(raw: string): string {
  return raw.replace(/^\[?\s*([\p{L}]+)\s*[_ ]?\s*(\d+)\s*\]?$/u, '($1-$2)');
}

export class Scrubber {
  readonly lexicon: Lexicon;
  readonly model: PersonModel;
  readonly personThreshold: number;
  readonly path: ScrubPath;
  readonly lowercaseNames: boolean;

  constructor(config: ScrubberConfig = {}) {
    this.lexicon = config.lexicon ?? defaultLexicon();
    this.model = config.model ?? defaultPersonModel();
    this.path = config.path ?? 'chat';
    const settings = PATH_SETTINGS[this.path];
    this.personThreshold = config.personThreshold ?? settings.personThreshold;
    this.lowercaseNames = settings.lowercaseNames;
  }

  /**
   * Resolved spans of personal data in `text` (positions in `text`); does not touch the vault.
   * A long text is looked at in pieces of about CHUNK characters cut at line breaks (or, in one
   * long line, after a sentence), so the time grows linearly with the text; names found in one
   * piece count as seen in the pieces after it.
   */
  detect(text: string, options: Omit<ScrubOptions, 'vault'> & { vault?: PseudonymVault }): Span[] {
    const matcher = options.known && options.known.length > 0 ? buildKnownMatcher(options.known) : null;
    // A short text with nothing to add reads the vault's names in place (no copy per call).
    if (text.length <= CHUNK && !matcher && options.seenNames === undefined)
      return this.detectPiece(text, options.vault ? options.vault.nameTokenSet() : NO_NAMES, null);
    const seen = options.vault ? options.vault.nameTokens() : new Set<string>();
    for (const name of options.seenNames ?? []) seen.add(name.toLowerCase());
    if (matcher) for (const name of matcher.nameTokens.keys()) seen.add(name);
    if (text.length <= CHUNK) return this.detectPiece(text, seen, matcher);
    const out: Span[] = [];
    let from = 0;
    while (from < text.length) {
      const to = pieceEnd(text, from);
      const piece = text.slice(from, to);
      for (const span of this.detectPiece(piece, seen, matcher)) {
        out.push({ ...span, start: span.start + from, end: span.end + from });
        if (span.type === 'PERSON')
          for (const w of piece
            .slice(span.start, span.end)
            .toLowerCase()
            .split(/[^\p{L}\p{M}'’-]+/u))
            if (w.length > 1) seen.add(w);
      }
      from = to;
    }
    return out;
  }

  private detectPiece(text: string, seen: NameSet, matcher: ReturnType<typeof buildKnownMatcher> | null): Span[] {
    const tokens = tokenize(text);
    let candidates: Span[] = [];
    if (HAS_DIGIT.test(text)) for (const detector of PATTERN_DETECTORS) candidates = append(candidates, detector(text));
    else if (text.includes('@')) candidates = append(candidates, detectEmails(text));
    if (matcher) candidates = append(candidates, detectKnown(text, tokens, matcher, this.lexicon));
    candidates = append(
      candidates,
      detectPersons(text, tokens, {
        lexicon: this.lexicon,
        model: this.model,
        threshold: this.personThreshold,
        seen,
        lowercaseNames: this.lowercaseNames,
      }),
    );
    if (candidates.length === 0) return candidates;
    const resolved = resolveSpans(candidates);
    const beside = adjacentNameSpans(text, resolved, this.lexicon);
    return beside.length === 0 ? resolved : resolveSpans([...resolved, ...beside]);
  }

  /**
   * Replaces personal data with the vault's placeholders. Text the user wrote that looks like a
   * placeholder is escaped first, so restore can never turn it into someone's data.
   */
  scrub(text: string, options: ScrubOptions): ScrubResult {
    const spans = this.detect(text, options);
    const escapes: { start: number; end: number }[] = [];
    if (HAS_DIGIT.test(text) && MAYBE_PLACEHOLDER.test(text))
      for (const m of text.matchAll(PLACEHOLDER_LIKE)) escapes.push({ start: m.index, end: m.index + m[0].length });
    // Most chat messages hold nothing to replace.
    if (spans.length === 0 && escapes.length === 0) return { text, spans: [] };
    const edits: { start: number; end: number; replacement: string; span?: Span }[] = [];
    for (const span of spans) edits.push({ start: span.start, end: span.end, replacement: '', span });
    // Spans are disjoint and sorted, and so are the escapes: one sweep finds the escapes no span overlaps.
    let k = 0;
    for (const e of escapes) {
      while (k < spans.length && (spans[k]?.end ?? 0) <= e.start) k++;
      const next = spans[k];
      if (next !== undefined && next.start < e.end) continue;
      edits.push({ start: e.start, end: e.end, replacement: escapePlaceholder(text.slice(e.start, e.end)) });
    }
    edits.sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    const result: ScrubbedSpan[] = [];
    for (const edit of edits) {
      out += text.slice(cursor, edit.start);
      if (edit.span) {
        const placeholder = options.vault.placeholderFor(edit.span, text);
        out += placeholder;
        result.push({
          start: edit.span.start,
          end: edit.span.end,
          type: edit.span.type,
          confidence: edit.span.confidence,
          placeholder,
        });
      } else {
        out += edit.replacement;
      }
      cursor = edit.end;
    }
    out += text.slice(cursor);
    return { text: out, spans: result };
  }
}

export const SCRUB_FAILED_MESSAGE =
  'Teksten kunne ikke vaskes for personopplysninger, så den ble ikke sendt til assistenten.';

export interface ScrubFailure {
  code: 'SCRUB_FAILED';
  message: typeof SCRUB_FAILED_MESSAGE;
}

export type SafeScrubResult = ({ ok: true } & ScrubResult) | { ok: false; error: ScrubFailure };

/**
 * Fail closed: any exception while scrubbing, or a known identity still in the output, gives a
 * typed failure and no text, so the caller sends nothing to the model. The failure carries no
 * stack trace and no personal data.
 */
export function scrubSafely(scrubber: Scrubber, text: string, options: ScrubOptions): SafeScrubResult {
  try {
    if (typeof text !== 'string') throw new TypeError('text must be a string');
    const result = scrubber.scrub(text, options);
    if (
      options.known &&
      options.known.length > 0 &&
      knownSurvives(result.text, buildKnownMatcher(options.known), scrubber.lexicon)
    ) {
      throw new Error('known identity survived scrubbing');
    }
    return { ok: true, ...result };
  } catch {
    return { ok: false, error: { code: 'SCRUB_FAILED', message: SCRUB_FAILED_MESSAGE } };
  }
}

const shared = new Map<ScrubPath, Scrubber>();

/** One scrubber per path for the process (the lexicon and model are read once). */
export function defaultScrubber(path: ScrubPath = 'chat'): Scrubber {
  let scrubber = shared.get(path);
  if (!scrubber) {
    scrubber = new Scrubber({ path });
    shared.set(path, scrubber);
  }
  return scrubber;
}
