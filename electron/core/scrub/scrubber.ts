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
import { detectPersons } from './names/detector.js';
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

export interface ScrubberConfig {
  lexicon?: Lexicon;
  model?: PersonModel;
  /** Person-model probability from which a capitalised word is a name. */
  personThreshold?: number;
}

export const DEFAULT_PERSON_THRESHOLD = 0.3;

const HAS_DIGIT = /\d/;
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

  constructor(config: ScrubberConfig = {}) {
    this.lexicon = config.lexicon ?? defaultLexicon();
    this.model = config.model ?? defaultPersonModel();
    this.personThreshold = config.personThreshold ?? DEFAULT_PERSON_THRESHOLD;
  }

  /** Resolved spans of personal data in `text` (positions in `text`); does not touch the vault. */
  detect(text: string, options: Omit<ScrubOptions, 'vault'> & { vault?: PseudonymVault }): Span[] {
    const tokens = tokenize(text);
    const candidates: Span[] = [];
    if (HAS_DIGIT.test(text)) for (const detector of PATTERN_DETECTORS) candidates.push(...detector(text));
    else if (text.includes('@')) candidates.push(...detectEmails(text));
    const seen = options.vault ? options.vault.nameTokens() : new Set<string>();
    for (const name of options.seenNames ?? []) seen.add(name.toLowerCase());
    if (options.known && options.known.length > 0) {
      const matcher = buildKnownMatcher(options.known);
      candidates.push(...detectKnown(text, tokens, matcher, this.lexicon));
      for (const name of matcher.nameTokens.keys()) seen.add(name);
    }
    candidates.push(...detectPersons(text, tokens, { lexicon: this.lexicon, model: this.model, threshold: this.personThreshold, seen }));
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
    if (HAS_DIGIT.test(text) && MAYBE_PLACEHOLDER.test(text)) for (const m of text.matchAll(PLACEHOLDER_LIKE)) escapes.push({ start: m.index, end: m.index + m[0].length });
    const edits: { start: number; end: number; replacement: string; span?: Span }[] = [];
    for (const span of spans) edits.push({ start: span.start, end: span.end, replacement: '', span });
    for (const e of escapes) {
      if (edits.some((x) => x.start < e.end && e.start < x.end)) continue;
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
        result.push({ start: edit.span.start, end: edit.span.end, type: edit.span.type, confidence: edit.span.confidence, placeholder });
      } else {
        out += edit.replacement;
      }
      cursor = edit.end;
    }
    out += text.slice(cursor);
    return { text: out, spans: result };
  }
}

export const SCRUB_FAILED_MESSAGE = 'Teksten kunne ikke vaskes for personopplysninger, så den ble ikke sendt til assistenten.';

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
    if (options.known && options.known.length > 0 && knownSurvives(result.text, buildKnownMatcher(options.known), scrubber.lexicon)) {
      throw new Error('known identity survived scrubbing');
    }
    return { ok: true, ...result };
  } catch {
    return { ok: false, error: { code: 'SCRUB_FAILED', message: SCRUB_FAILED_MESSAGE } };
  }
}

let shared: Scrubber | undefined;

/** One scrubber for the process (the lexicon and model are read once). */
export function defaultScrubber(): Scrubber {
  shared ??= new Scrubber();
  return shared;
}
