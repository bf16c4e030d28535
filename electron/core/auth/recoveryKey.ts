import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a printed key is hard to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new recovery key: 160 random bits as 8 groups of 4 characters (XXXX-XXXX-…). */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** What the person typed, in the canonical form (case, spaces, dashes and look-alikes forgiven). */
export function normalizeRecoveryKey(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/[O]/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(cleaned)) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}
