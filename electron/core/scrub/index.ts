/** Tekstvask: personal data never reaches the model (ARCHITECTURE.md rule 6). */
export {
  SPAN_TYPES,
  type Detector,
  type KnownIdentity,
  type KnownIdentityKind,
  type Span,
  type SpanType,
} from './types.js';
export {
  PATH_SETTINGS,
  PATTERN_DETECTORS,
  SCRUB_FAILED_MESSAGE,
  Scrubber,
  defaultScrubber,
  scrubSafely,
  type SafeScrubResult,
  type ScrubFailure,
  type ScrubOptions,
  type ScrubResult,
  type ScrubbedSpan,
  type ScrubberConfig,
  type ScrubPath,
  type PathSettings,
} from './scrubber.js';
export { PseudonymVault, PLACEHOLDER_LABELS, type VaultEntry } from './vault.js';
export { resolveSpans } from './resolver.js';
export { detectInOutput, type OutputCheck, type OutputFinding } from './output.js';
export { runScrubCli } from './cli.js';
export { ALLOWED_NUMBERS, isAllowedNumber, type AllowedNumber } from './allowlist.js';
export {
  hasValidNationalIdControlDigits,
  isValidBankAccount,
  isValidIban,
  isValidNationalId,
  isValidOrgNumber,
  nationalIdKind,
  type NationalIdKind,
} from './checksums.js';
export { detectNationalIds } from './detectors/national-id.js';
export { detectBankAccounts } from './detectors/bank-account.js';
export { detectIbans } from './detectors/iban.js';
export { detectEmails } from './detectors/email.js';
export { detectPhones } from './detectors/phone.js';
export { detectAddresses } from './detectors/address.js';
export { detectDatesOfBirth } from './detectors/date-of-birth.js';
export { detectOrgNumbers } from './detectors/org-number.js';
export { detectCarRegs } from './detectors/car-reg.js';
