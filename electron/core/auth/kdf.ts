import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt (memory-hard) parameters, stored with each key slot so they can be raised later without
 * breaking old slots. Default: N = 2^17, r = 8 → 128 MiB and a few hundred ms per unlock.
 */
export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
}

export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_KDF_COST: KdfCost = { N: 2 ** 17, r: 8, p: 1 };
/** Only for tests and benchmarks that create many accounts (INKLUDMI_TEST_FAST_KDF=1). */
export const TEST_KDF_COST: KdfCost = { N: 2 ** 12, r: 8, p: 1 };

export function newKdfParams(cost: KdfCost): KdfParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** The database key wrapped under a key-encryption key with AES-256-GCM. */
export interface WrappedKey {
  /** base64 */
  iv: string;
  tag: string;
  data: string;
}

export function wrapKey(kek: Buffer, key: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** The unwrapped key, or null when the KEK is wrong or the slot was tampered with. */
export function unwrapKey(kek: Buffer, wrapped: WrappedKey, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
