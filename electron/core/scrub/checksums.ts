/**
 * Check digit algorithms for Norwegian numbers. Each function takes only digits (no separators).
 */

const FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function digitsOf(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) out.push(value.charCodeAt(i) - 48);
  return out;
}

function weightedSum(d: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (d[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

/**
 * Both control digits of an 11-digit fødselsnummer / D-nummer / H-nummer / synthetic number.
 *
 * k1: before 2032 the weighted sum of the first ten digits (weights 3 7 6 1 8 9 4 5 2 1) must
 * be ≡ 0 (mod 11). Skatteetaten's scheme for numbers issued from 1 January 2032 accepts a
 * remainder of 0, 1, 2 or 3, i.e. k1 = {11,12,13,14} − (sum mod 11), discarding 10
 * (Skatteetaten, folkeregisteret-api-dokumentasjon, "Nytt fødselsnummer fra 2032").
 * k2 is unchanged: weights 5 4 3 2 7 6 5 4 3 2 1 over all eleven digits, ≡ 0 (mod 11).
 */
export function hasValidNationalIdControlDigits(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const r1 = (weightedSum(d, FNR_W1) + (d[9] ?? 0)) % 11;
  if (r1 > 3) return false;
  const s2 = weightedSum(d, FNR_W2) + (d[10] ?? 0);
  return s2 % 11 === 0;
}

export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'synthetic' | 'dnr-hnr' | 'dnr-synthetic';

/**
 * Kind of number from its date part: D-nummer has day + 40; H-nummer month + 40;
 * synthetic test numbers (Skatteetaten's Tenor and NAV test data) month + 80. Returns null when
 * the date part is not a calendar date under any of these offsets.
 */
export function nationalIdKind(digits: string): NationalIdKind | null {
  if (!/^\d{11}$/.test(digits)) return null;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  const isD = day > 40;
  if (isD) day -= 40;
  let monthKind: 'plain' | 'h' | 'synthetic' = 'plain';
  if (month > 80) {
    month -= 80;
    monthKind = 'synthetic';
  } else if (month > 40) {
    month -= 40;
    monthKind = 'h';
  }
  if (!isCalendarDate(day, month, year)) return null;
  if (isD) return monthKind === 'plain' ? 'dnr' : monthKind === 'h' ? 'dnr-hnr' : 'dnr-synthetic';
  return monthKind === 'plain' ? 'fnr' : monthKind === 'h' ? 'hnr' : 'synthetic';
}

/** Day and month valid for some year ending in `yy` (29 February needs a possible leap year). */
export function isCalendarDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return false;
  if (month === 2 && day === 29) return yy % 4 === 0;
  return true;
}

/** A full check: date part under one of the known offsets and both control digits. */
export function isValidNationalId(digits: string): boolean {
  return nationalIdKind(digits) !== null && hasValidNationalIdControlDigits(digits);
}

/** Norwegian bank account number: 11 digits, weights 5 4 3 2 7 6 5 4 3 2 on the first ten. */
export function isValidBankAccount(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const rest = weightedSum(d, FNR_W2) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === d[10];
}

/** Organisation number (Brønnøysundregistrene): 9 digits, weights 3 2 7 6 5 4 3 2, mod 11. */
export function isValidOrgNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const rest = weightedSum(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === d[8];
}

/** IBAN (ISO 13616) mod 97 = 1, on the compact form (no spaces, upper case). */
export function isValidIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact)) return false;
  if (compact.startsWith('NO') && compact.length !== 15) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const p of part) rest = (rest * 10 + (p.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}
