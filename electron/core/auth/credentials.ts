import type { SqlRunner } from '../db/index.js';
import { deriveKey, newKdfParams, sameBytes, type KdfCost, type KdfParams } from './kdf.js';

/**
 * Participants' password verifiers, inside the encrypted database: scrypt with the same cost as a
 * key slot. A participant's password opens nothing; it is only checked while staff has the app
 * unlocked (deltakermodus).
 */
export const participantCredentials = {
  async set(tx: SqlRunner, userId: string, password: string, cost: KdfCost, at: string): Promise<void> {
    const kdf = newKdfParams(cost);
    const verifier = (await deriveKey(password, kdf)).toString('hex');
    await tx.run(
      'INSERT INTO participant_credentials (user_id, kdf, verifier, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET kdf = excluded.kdf, verifier = excluded.verifier, updated_at = excluded.updated_at',
      [userId, JSON.stringify(kdf), verifier, at],
    );
  },

  /** True when the password matches. Always spends one KDF run (a missing verifier too). */
  async check(db: SqlRunner, userId: string | null, password: string, cost: KdfCost): Promise<boolean> {
    const row = userId
      ? await db.get<{ kdf: string; verifier: string }>(
          'SELECT kdf, verifier FROM participant_credentials WHERE user_id = ?',
          [userId],
        )
      : undefined;
    const kdf: KdfParams = row ? (JSON.parse(row.kdf) as KdfParams) : newKdfParams(cost);
    const derived = await deriveKey(password, kdf);
    const ok = row !== undefined && sameBytes(derived, Buffer.from(row.verifier, 'hex'));
    derived.fill(0);
    return ok;
  },

  async remove(tx: SqlRunner, userId: string): Promise<void> {
    await tx.run('DELETE FROM participant_credentials WHERE user_id = ?', [userId]);
  },
};
