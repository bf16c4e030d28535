/**
 * Tekstvask (scrubbing) types. ARCHITECTURE.md rule 6: personal data never reaches the model.
 * Spans always give positions in the text they were detected in (UTF-16 code units, end exclusive).
 */
export const SPAN_TYPES = [
  'PERSON',
  'NATIONAL_ID',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'BANK_ACCOUNT',
  'IBAN',
  'DATE_OF_BIRTH',
  'ORG_NUMBER',
  'CAR_REG',
] as const;

export type SpanType = (typeof SPAN_TYPES)[number];

export interface Span {
  start: number;
  end: number;
  type: SpanType;
  /** 0..1; the resolver prefers higher confidence, then longer spans. */
  confidence: number;
  /** The detected text (same as the slice of the input), filled by the detectors. */
  text?: string;
  /** Which detector found it; for tests and diagnostics, never shown to the model. */
  source?: string;
  /** For PERSON spans from a known identity: that identity's key in the vault. */
  entityKey?: string;
}

export type KnownIdentityKind = 'participant' | 'relative' | 'employer_contact' | 'counselor' | 'contact' | 'other';

/** A person from the participant's own record. Every string here is always removed. */
export interface KnownIdentity {
  kind: KnownIdentityKind;
  fullName?: string;
  /** Other names the person goes by (nicknames, earlier surnames, …). */
  names?: string[];
  nationalId?: string;
  phone?: string;
  email?: string;
  address?: string;
}

/** A detector looks at the whole text and returns its candidate spans (unresolved). */
export type Detector = (text: string) => Span[];
