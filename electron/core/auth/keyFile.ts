import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { deriveKey, newKdfParams, unwrapKey, wrapKey, type KdfCost, type KdfParams, type WrappedKey } from './kdf.js';
import { AuthError } from './errors.js';
import { writeFileAtomic } from '../util/index.js';

/**
 * The key file (`keys.json` beside the database) holds only wrapped key material, salts and KDF
 * parameters, and the organisation id the slots are bound to. No names, no usernames in clear.
 *
 * Only staff (administrators and counselors) and the one recovery key have a slot. Each slot is an
 * X25519 key pair: the private key is wrapped (AES-256-GCM) under a key derived from the slot's
 * password or recovery key with scrypt; the key material (database key + audit HMAC key) is sealed
 * to the public key. So an unlocked app can seal NEW key material to every remaining slot without
 * knowing their passwords: that is how the database is rekeyed when staff leave (AuthService).
 *
 * A user slot is found by a lookup: scrypt over the username with a salt of this file. A dictionary
 * of usernames then costs a memory-hard KDF per guess instead of one SHA-256.
 */
/** Lookups derived in this process (see KeyFile.lookup), oldest dropped first. */
const LOOKUPS = new Map<string, string>();
const MAX_REMEMBERED_LOOKUPS = 256;

const kdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16).max(64),
});
const wrappedSchema = z.object({
  iv: z.string().min(8).max(64),
  tag: z.string().min(8).max(64),
  data: z.string().min(8).max(256),
});
const envelopeSchema = z.object({
  ephemeral: z.string().min(40).max(64),
  iv: z.string().min(8).max(64),
  tag: z.string().min(8).max(64),
  data: z.string().min(8).max(256),
});
const b64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const common = {
  id: z.string().uuid(),
  kdf: kdfSchema,
  /** X25519 public key of the slot (base64url, 32 bytes). */
  publicKey: b64url,
  /** The slot's X25519 private key, wrapped under the password's (or recovery key's) KEK. */
  wrappedPrivate: wrappedSchema,
  /** The key material sealed to the public key. */
  envelope: envelopeSchema,
  /** During a rekey: the NEW key material sealed to the public key (see AuthService.rekey). */
  next: envelopeSchema.optional(),
  createdAt: z.string(),
};
const slotSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('user'),
    userId: z.string().uuid(),
    lookup: z.string().regex(/^[0-9a-f]{64}$/),
    ...common,
  }),
  z.object({ kind: z.literal('recovery'), ...common }),
]);
const keyFileSchema = z.object({
  format: z.literal('inkludmi-keys'),
  version: z.literal(2),
  organisationId: z.string().uuid(),
  /** The KDF of username lookups (its salt is this file's). */
  lookupKdf: kdfSchema,
  slots: z.array(slotSchema).max(10_000),
  /** Set while a rekey is under way: slots carry `next`; a login finishes it. */
  rekeyStartedAt: z.string().optional(),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type UserKeySlot = Extract<KeySlot, { kind: 'user' }>;
export type KeyFileData = z.infer<typeof keyFileSchema>;
type Envelope = z.infer<typeof envelopeSchema>;

/** What a slot unlocks: the database key and the audit log's HMAC key (never stored anywhere else). */
export interface KeyMaterial {
  dbKey: Buffer;
  auditKey: Buffer;
}

export function newKeyMaterial(auditKey?: Buffer): KeyMaterial {
  return { dbKey: randomBytes(32), auditKey: auditKey ? Buffer.from(auditKey) : randomBytes(32) };
}

export function wipeMaterial(m: KeyMaterial | null | undefined): void {
  m?.dbKey.fill(0);
  m?.auditKey.fill(0);
}

export function normalizeUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** Lookups cost at most this much (it runs once per login besides the slot's own KDF). */
const MAX_LOOKUP_N = 2 ** 15;

function aad(organisationId: string, slot: { id: string; kind: string; userId?: string }): string {
  return `inkludmi-slot|v2|${organisationId}|${slot.kind}|${slot.id}|${slot.userId ?? ''}`;
}

function publicKeyObject(x: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x }, format: 'jwk' });
}

function seal(publicKey: string, material: KeyMaterial, context: string): Envelope {
  const eph = generateKeyPairSync('x25519');
  const ephX = eph.publicKey.export({ format: 'jwk' }).x!;
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyObject(publicKey) });
  const kek = Buffer.from(
    hkdfSync('sha256', shared, Buffer.from(`${ephX}|${publicKey}`), `inkludmi-envelope|${context}`, 32),
  );
  shared.fill(0);
  const plain = Buffer.concat([material.dbKey, material.auditKey]);
  const w = wrapKey(kek, plain, context);
  plain.fill(0);
  kek.fill(0);
  return { ephemeral: ephX, ...w };
}

function unseal(privateKey: KeyObject, publicKey: string, env: Envelope, context: string): KeyMaterial | null {
  try {
    const shared = diffieHellman({ privateKey, publicKey: publicKeyObject(env.ephemeral) });
    const kek = Buffer.from(
      hkdfSync('sha256', shared, Buffer.from(`${env.ephemeral}|${publicKey}`), `inkludmi-envelope|${context}`, 32),
    );
    shared.fill(0);
    const plain = unwrapKey(kek, env, context);
    kek.fill(0);
    if (!plain || plain.length !== 64) return null;
    const m = { dbKey: Buffer.from(plain.subarray(0, 32)), auditKey: Buffer.from(plain.subarray(32)) };
    plain.fill(0);
    return m;
  } catch {
    return null;
  }
}

/** What a slot's secret opened: the current key material, and during a rekey the next one. */
export interface Unlocked {
  current: KeyMaterial;
  next: KeyMaterial | null;
}

export class KeyFile {
  private constructor(
    readonly file: string,
    private data: KeyFileData,
  ) {}

  static exists(file: string): boolean {
    return fs.existsSync(file);
  }

  /** Reads and validates the key file; MISSING_KEY_FILE or DAMAGED_KEY_FILE otherwise. */
  static read(file: string): KeyFile {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new AuthError('MISSING_KEY_FILE');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AuthError('DAMAGED_KEY_FILE');
    }
    const result = keyFileSchema.safeParse(parsed);
    if (!result.success) throw new AuthError('DAMAGED_KEY_FILE');
    return new KeyFile(file, result.data);
  }

  static create(file: string, organisationId: string, cost: KdfCost): KeyFile {
    const lookupKdf = newKdfParams({ ...cost, N: Math.min(cost.N, MAX_LOOKUP_N) });
    return new KeyFile(file, { format: 'inkludmi-keys', version: 2, organisationId, lookupKdf, slots: [] });
  }

  get organisationId(): string {
    return this.data.organisationId;
  }

  get slots(): readonly KeySlot[] {
    return this.data.slots;
  }

  get rekeyPending(): boolean {
    return this.data.rekeyStartedAt !== undefined;
  }

  /**
   * The username's lookup (slow, keyed by this file's salt): finds slots and failed-login counts.
   * Remembered in memory per salt, so one login or password change derives it once, not per step
   * (the value is stored in the key file beside each slot anyway).
   */
  async lookup(username: string): Promise<string> {
    const input = `inkludmi-user|${this.organisationId}|${normalizeUsername(username)}`;
    const cacheKey = `${this.data.lookupKdf.salt}|${this.data.lookupKdf.N}|${input}`;
    const known = LOOKUPS.get(cacheKey);
    if (known) return known;
    const value = (await deriveKey(input, this.data.lookupKdf)).toString('hex');
    if (LOOKUPS.size >= MAX_REMEMBERED_LOOKUPS) LOOKUPS.delete(LOOKUPS.keys().next().value!);
    LOOKUPS.set(cacheKey, value);
    return value;
  }

  userSlotByLookup(lookup: string): UserKeySlot | undefined {
    return this.data.slots.find((s): s is UserKeySlot => s.kind === 'user' && s.lookup === lookup);
  }

  slotsOfUser(userId: string): UserKeySlot[] {
    return this.data.slots.filter((s): s is UserKeySlot => s.kind === 'user' && s.userId === userId);
  }

  recoverySlot(): Extract<KeySlot, { kind: 'recovery' }> | undefined {
    return this.data.slots.find((s): s is Extract<KeySlot, { kind: 'recovery' }> => s.kind === 'recovery');
  }

  /** Opens a slot with its secret (password or recovery key); null when wrong. */
  async unwrap(slot: KeySlot, secret: string): Promise<Unlocked | null> {
    const kek = await deriveKey(secret, slot.kdf);
    const priv = unwrapKey(kek, slot.wrappedPrivate, aad(this.organisationId, slot));
    kek.fill(0);
    if (!priv) return null;
    const privateKey = createPrivateKey({
      key: { kty: 'OKP', crv: 'X25519', d: priv.toString('base64url'), x: slot.publicKey },
      format: 'jwk',
    });
    priv.fill(0);
    const context = aad(this.organisationId, slot);
    const current = unseal(privateKey, slot.publicKey, slot.envelope, context);
    if (!current) return null;
    const next =
      slot.next && this.rekeyPending ? unseal(privateKey, slot.publicKey, slot.next, `${context}|next`) : null;
    return { current, next };
  }

  private async newSlotKeys(
    secret: string,
    cost: KdfCost,
    id: string,
    kind: KeySlot['kind'],
    userId?: string,
  ): Promise<{ kdf: KdfParams; publicKey: string; wrappedPrivate: WrappedKey }> {
    const pair = generateKeyPairSync('x25519');
    const jwk = pair.privateKey.export({ format: 'jwk' });
    const priv = Buffer.from(jwk.d!, 'base64url');
    const kdf = newKdfParams(cost);
    const kek = await deriveKey(secret, kdf);
    const wrappedPrivate = wrapKey(kek, priv, aad(this.organisationId, { id, kind, ...(userId ? { userId } : {}) }));
    kek.fill(0);
    priv.fill(0);
    return { kdf, publicKey: jwk.x!, wrappedPrivate };
  }

  /** Adds (or replaces) the one slot of a staff user: setup, new staff, resets and password changes. */
  async setUserSlot(
    userId: string,
    username: string,
    secret: string,
    material: KeyMaterial,
    cost: KdfCost,
  ): Promise<void> {
    const id = randomUUID();
    const lookup = await this.lookup(username);
    const keys = await this.newSlotKeys(secret, cost, id, 'user', userId);
    const full: UserKeySlot = {
      kind: 'user',
      id,
      userId,
      lookup,
      ...keys,
      envelope: seal(keys.publicKey, material, aad(this.organisationId, { id, kind: 'user', userId })),
      createdAt: new Date().toISOString(),
    };
    this.data = {
      ...this.data,
      slots: [
        ...this.data.slots.filter((s) => !(s.kind === 'user' && (s.userId === userId || s.lookup === lookup))),
        full,
      ],
    };
  }

  async setRecoverySlot(recoveryKey: string, material: KeyMaterial, cost: KdfCost): Promise<void> {
    const id = randomUUID();
    const keys = await this.newSlotKeys(recoveryKey, cost, id, 'recovery');
    const full: KeySlot = {
      kind: 'recovery',
      id,
      ...keys,
      envelope: seal(keys.publicKey, material, aad(this.organisationId, { id, kind: 'recovery' })),
      createdAt: new Date().toISOString(),
    };
    this.data = { ...this.data, slots: [...this.data.slots.filter((s) => s.kind !== 'recovery'), full] };
  }

  /** A user's slots go (deactivation, erasure): nothing of theirs unlocks the key material any more. */
  removeUser(userId: string): void {
    this.data = { ...this.data, slots: this.data.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)) };
  }

  /** Step 1 of a rekey: the new material sealed to every remaining slot, beside the current one. */
  beginRekey(next: KeyMaterial): void {
    this.data = {
      ...this.data,
      rekeyStartedAt: new Date().toISOString(),
      slots: this.data.slots.map((s) => ({
        ...s,
        next: seal(s.publicKey, next, `${aad(this.organisationId, s)}|next`),
      })),
    };
  }

  /** Last step of a rekey (the database is under the new key): the new material becomes the current. */
  finishRekey(material: KeyMaterial): void {
    const { rekeyStartedAt: _done, ...rest } = this.data;
    this.data = {
      ...rest,
      slots: this.data.slots.map(({ next: _next, ...s }) => ({
        ...s,
        envelope: seal(s.publicKey, material, aad(this.organisationId, s)),
      })),
    };
  }

  /** Writes atomically (temporary file, fsync, rename): a crash leaves the old or the new file, never half. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 1) + '\n');
  }
}
