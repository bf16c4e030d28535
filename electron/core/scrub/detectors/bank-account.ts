import { isValidBankAccount, isValidNationalId } from '../checksums.js';
import { before, hasDigits } from '../context.js';
import type { Span } from '../types.js';
import { ACCOUNT_CUE } from './national-id.js';

const ACCOUNT = /(?<![\d\p{L}.])(\d{4})([. \u00A0]?)(\d{2})\2(\d{5})(?![\d\p{L}]|[.,]\d)/gu;

/**
 * Norwegian bank account numbers: 11 digits (4-2-5, with dots or spaces or none), mod 11.
 * A run that fails the check is removed only after a cue word ("konto", "kontonummer", …).
 */
export function detectBankAccounts(text: string): Span[] {
  const spans: Span[] = [];
  if (!hasDigits(text, 11)) return spans;
  for (const m of text.matchAll(ACCOUNT)) {
    const start = m.index;
    const raw = m[0];
    const digits = (m[1] ?? '') + (m[3] ?? '') + (m[4] ?? '');
    const end = start + raw.length;
    const cued = ACCOUNT_CUE.test(before(text, start, 60));
    if (isValidBankAccount(digits)) {
      // An unseparated run that is also a valid national id is a national id unless "konto" stands before it.
      const confidence = m[2] === '' && isValidNationalId(digits) && !cued ? 0.9 : 0.98;
      spans.push({ start, end, type: 'BANK_ACCOUNT', confidence, text: raw, source: 'bank-account' });
    } else if (cued) {
      spans.push({ start, end, type: 'BANK_ACCOUNT', confidence: 0.85, text: raw, source: 'bank-account-cue' });
    }
  }
  return spans;
}
