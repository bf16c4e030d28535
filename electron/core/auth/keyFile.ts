import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { deriveKey, newKdfParams, unwrapKey, wrapKey, type KdfCost } from './kdf.js';
import { AuthError } from './errors.js';
import { writeFileAtomic } from '../util/atomicFile.js';

/**
 * The key file (`keys.json` beside the database) holds only wrapped copies of the database key,
 * their salts and KDF parameters, and the organisation id the slots are bound to. No names, no
 * usernames in clear: a user slot is found by a salted hash of the username.
 */
const kdfSchema = z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 10).max(2 ** 22), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: z.string().min(16).max(64) });
const wrappedSchema = z.object({ iv: z.string().min(8).max(64), tag: z.string().min(8).max(64), data: z.string().min(8).max(128) });
const slotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), id: z.string().uuid(), userId: z.string().uuid(), lookup: z.string().regex(/^[0-9a-f]{64}$/), kdf: kdfSchema, wrapped: wrappedSchema, createdAt: z.string() }),
  z.object({ kind: z.literal('recovery'), id: z.string().uuid(), kdf: kdfSchema, wrapped: wrappedSchema, createdAt: z.string() }),
]);
const keyFileSchema = z.object({
  format: z.literal('inkludmi-keys'),
  version: z.literal(1),
  organisationId: z.string().uuid(),
  slots: z.array(slotSchema).max(100_000),
  /** Lookup hashes of deactivated accounts (their slots are gone), so a login can say why it fails. */
  deactivated: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(100_000).default([]),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type UserKeySlot = Extract<KeySlot, { kind: 'user' }>;
export type KeyFileData = z.infer<typeof keyFileSchema>;

export function usernameLookup(organisationId: string, username: string): string {
  return createHash('sha256').update(`inkludmi-user|${organisationId}|${normalizeUsername(username)}`, 'utf8').digest('hex');
}

export function normalizeUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

function aad(organisationId: string, slot: Pick<KeySlot, 'id' | 'kind'> & { userId?: string }): string {
  return `inkludmi-slot|v1|${organisationId}|${slot.kind}|${slot.id}|${slot.userId ?? ''}`;
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

  static create(file: string, organisationId: string): KeyFile {
    return new KeyFile(file, { format: 'inkludmi-keys', version: 1, organisationId, slots: [], deactivated: [] });
  }

  get organisationId(): string {
    return this.data.organisationId;
  }

  get slots(): readonly KeySlot[] {
    return this.data.slots;
  }

  userSlot(username: string): UserKeySlot | undefined {
    const lookup = usernameLookup(this.organisationId, username);
    return this.data.slots.find((s): s is UserKeySlot => s.kind === 'user' && s.lookup === lookup);
  }

  slotsOfUser(userId: string): UserKeySlot[] {
    return this.data.slots.filter((s): s is UserKeySlot => s.kind === 'user' && s.userId === userId);
  }

  recoverySlot(): Extract<KeySlot, { kind: 'recovery' }> | undefined {
    return this.data.slots.find((s): s is Extract<KeySlot, { kind: 'recovery' }> => s.kind === 'recovery');
  }

  /** Unwraps the database key with a slot's secret (password or recovery key); null when wrong. */
  async unwrap(slot: KeySlot, secret: string): Promise<Buffer | null> {
    const kek = await deriveKey(secret, slot.kdf);
    return unwrapKey(kek, slot.wrapped, aad(this.organisationId, slot));
  }

  /** Adds (or replaces) the one slot of a user: used at setup, for new users, resets and password changes. */
  async setUserSlot(userId: string, username: string, secret: string, dbKey: Buffer, cost: KdfCost): Promise<void> {
    const slot = { kind: 'user' as const, id: randomUUID(), userId, lookup: usernameLookup(this.organisationId, username), createdAt: new Date().toISOString() };
    const kdf = newKdfParams(cost);
    const kek = await deriveKey(secret, kdf);
    const full: UserKeySlot = { ...slot, kdf, wrapped: wrapKey(kek, dbKey, aad(this.organisationId, slot)) };
    this.data = {
      ...this.data,
      slots: [...this.data.slots.filter((s) => !(s.kind === 'user' && (s.userId === userId || s.lookup === slot.lookup))), full],
      deactivated: this.data.deactivated.filter((l) => l !== slot.lookup),
    };
  }

  async setRecoverySlot(recoveryKey: string, dbKey: Buffer, cost: KdfCost): Promise<void> {
    const slot = { kind: 'recovery' as const, id: randomUUID(), createdAt: new Date().toISOString() };
    const kdf = newKdfParams(cost);
    const kek = await deriveKey(recoveryKey, kdf);
    const full = { ...slot, kdf, wrapped: wrapKey(kek, dbKey, aad(this.organisationId, slot)) };
    this.data = { ...this.data, slots: [...this.data.slots.filter((s) => s.kind !== 'recovery'), full] };
  }

  /** Deactivation: the user's slots go (nothing of theirs unlocks the key any more); the lookup is remembered. */
  deactivateUser(userId: string, username: string): void {
    const lookup = usernameLookup(this.organisationId, username);
    this.data = {
      ...this.data,
      slots: this.data.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)),
      deactivated: [...new Set([...this.data.deactivated, lookup])],
    };
  }

  /** Erasure of the person (core/privacy): their slots and any remembered lookup go; nothing in the file points at them. */
  forgetUser(userId: string, username: string): void {
    const lookup = usernameLookup(this.organisationId, username);
    this.data = {
      ...this.data,
      slots: this.data.slots.filter((s) => !(s.kind === 'user' && (s.userId === userId || s.lookup === lookup))),
      deactivated: this.data.deactivated.filter((l) => l !== lookup),
    };
  }

  isDeactivated(username: string): boolean {
    return this.data.deactivated.includes(usernameLookup(this.organisationId, username));
  }

  /** Writes atomically (temporary file, fsync, rename): a crash leaves the old or the new file, never half. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 1) + '\n');
  }
}
