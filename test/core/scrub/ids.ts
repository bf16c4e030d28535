/**
 * Test helpers that make valid Norwegian numbers, written independently of
 * electron/core/scrub/checksums.ts (straight from the published rules), so the tests check the
 * detectors against the rules rather than against themselves.
 */

export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let x = seed >>> 0 || 1;
  return () => {
    // xorshift32
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Control digits for nine digits: k1 = c − (Σ w1·d mod 11) with c = 11 (the rule before 2032)
 * or 12, 13, 14 (the extra values Skatteetaten allows from 2032), minus 11 when it is 11 or more;
 * 10 is not allowed. k2 = 11 − (Σ w2·d mod 11), 11 → 0, 10 not allowed. Null when not possible.
 */
export function controlDigits(nine: string, remainder: 0 | 1 | 2 | 3 = 0): string | null {
  const d = [...nine].map(Number);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let s1 = 0;
  for (let i = 0; i < 9; i++) s1 += (d[i] as number) * (w1[i] as number);
  let k1 = 11 + remainder - (s1 % 11);
  if (k1 >= 11) k1 -= 11;
  if (k1 === 10) return null;
  let s2 = 0;
  for (let i = 0; i < 9; i++) s2 += (d[i] as number) * (w2[i] as number);
  s2 += k1 * 2;
  let k2 = 11 - (s2 % 11);
  if (k2 === 11) k2 = 0;
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

export type IdKind = 'fnr' | 'dnr' | 'hnr' | 'synthetic';

/** A valid number of this kind for a random date (or the given one). */
export function makeNationalId(rng: Rng, kind: IdKind = 'fnr', remainder: 0 | 1 | 2 | 3 = 0): string {
  for (;;) {
    const day = 1 + Math.floor(rng() * 28);
    const month = 1 + Math.floor(rng() * 12);
    const year = Math.floor(rng() * 100);
    const individual = Math.floor(rng() * 1000);
    const dd = kind === 'dnr' ? day + 40 : day;
    const mm = kind === 'hnr' ? month + 40 : kind === 'synthetic' ? month + 80 : month;
    const nine = `${pad(dd, 2)}${pad(mm, 2)}${pad(year, 2)}${pad(individual, 3)}`;
    const k = controlDigits(nine, remainder);
    if (k) return nine + k;
  }
}

/** Eleven digits with the right date but a wrong last control digit. */
export function breakChecksum(id: string): string {
  const last = Number(id[10]);
  return id.slice(0, 10) + String((last + 1) % 10);
}

/** A valid bank account number (weights 5 4 3 2 7 6 5 4 3 2, mod 11). */
export function makeBankAccount(rng: Rng): string {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    let ten = '';
    for (let i = 0; i < 10; i++) ten += Math.floor(rng() * 10);
    if (ten[0] === '0') continue;
    let s = 0;
    for (let i = 0; i < 10; i++) s += Number(ten[i]) * (w[i] as number);
    const r = s % 11;
    const check = r === 0 ? 0 : 11 - r;
    if (check === 10) continue;
    return ten + check;
  }
}

/** A valid organisation number (weights 3 2 7 6 5 4 3 2, mod 11), starting with 9. */
export function makeOrgNumber(rng: Rng): string {
  const w = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    let eight = '9';
    for (let i = 1; i < 8; i++) eight += Math.floor(rng() * 10);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(eight[i]) * (w[i] as number);
    const r = s % 11;
    const check = r === 0 ? 0 : 11 - r;
    if (check === 10) continue;
    return eight + check;
  }
}

/** Norwegian IBAN for an account: NO + two check digits (ISO 7064 mod 97-10) + 11 digits. */
export function makeNorwegianIban(account: string): string {
  // N=23, O=24; check = 98 − (account + "232400" mod 97)
  const rest = BigInt(`${account}232400`) % 97n;
  return `NO${pad(Number(98n - rest), 2)}${account}`;
}

export function groupIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
