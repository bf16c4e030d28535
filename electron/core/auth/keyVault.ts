import fs from 'node:fs';
import type { AuditService } from '../audit/index.js';
import type { EncryptedStore } from '../db/index.js';
import type { FollowupService } from '../followup/index.js';
import type { Logger } from '../log.js';
import type { SettingsService } from '../settings/index.js';
import { participantCredentials } from './credentials.js';
import { AuthError } from './errors.js';
import type { KdfCost } from './kdf.js';
import { KeyFile, newKeyMaterial, wipeMaterial, type KeyMaterial, type Unlocked } from './keyFile.js';
import type { Principal } from './types.js';
import type { User } from './users.js';

/** What the parts of the auth service share: the store, the audit trail, settings, the clock and the KDF cost. */
export interface AuthDeps {
  store: EncryptedStore;
  audit: AuditService;
  settings: SettingsService;
  followup: FollowupService;
  logger: Logger;
  /** scrypt cost for new key slots and verifiers. */
  kdfCost: KdfCost;
  now: () => number;
}

/** How far a rekey has come (shown for a large database). */
export interface RekeyProgress {
  step: 'prepare' | 'rekey' | 'finish' | 'done';
  done: number;
  total: number;
}

/**
 * The key file and the database key: reading and checking keys.json, opening the store with what a
 * slot unlocked, sealing new secrets to it and rekeying. The key material is held only as long as
 * a step needs it and overwritten afterwards.
 */
export class KeyVault {
  private keyFileChecked: { stamp: string; problem: AuthError | null } | null = null;

  constructor(private readonly d: AuthDeps) {}

  private get store(): EncryptedStore {
    return this.d.store;
  }

  isSetUp(): boolean {
    return KeyFile.exists(this.store.keyFile) || fs.existsSync(this.store.dbFile);
  }

  /** The key file as it is on disk now (read right before a change, so nothing another writer saved is lost). */
  read(): KeyFile {
    if (!this.isSetUp()) throw new AuthError('SETUP_REQUIRED');
    return KeyFile.read(this.store.keyFile);
  }

  /**
   * Throws the key file's problem, if any. Pages poll the status every 15 s while locked and the key
   * file holds one slot per user (megabytes for a large organisation), so it is parsed again only
   * when it changed on disk.
   */
  checkKeyFile(): void {
    let stamp: string;
    try {
      const st = fs.statSync(this.store.keyFile);
      stamp = `${st.mtimeMs}:${st.size}`;
    } catch {
      throw new AuthError('MISSING_KEY_FILE');
    }
    if (this.keyFileChecked?.stamp !== stamp) {
      let problem: AuthError | null = null;
      try {
        KeyFile.read(this.store.keyFile);
      } catch (err) {
        if (!(err instanceof AuthError)) throw err;
        problem = err;
      }
      this.keyFileChecked = { stamp, problem };
    }
    if (this.keyFileChecked.problem) throw this.keyFileChecked.problem;
  }

  /**
   * Opens the store with what a slot unlocked. During an interrupted rekey the database is under
   * the current or the next key: whichever opens it is used, and the rekey is finished here.
   */
  async open(unlocked: Unlocked, keys: KeyFile): Promise<void> {
    if (this.store.isOpen) return;
    let opened: KeyMaterial = unlocked.current;
    try {
      await this.store.open(unlocked.current.dbKey, keys.organisationId);
    } catch (err) {
      if (!(err instanceof AuthError && err.code === 'FOREIGN_DATABASE' && unlocked.next)) throw err;
      await this.store.open(unlocked.next.dbKey, keys.organisationId);
      opened = unlocked.next;
    }
    this.store.holdAuditKey(opened.auditKey);
    try {
      if (keys.rekeyPending && unlocked.next) {
        if (opened === unlocked.current) await this.store.rekey(unlocked.next.dbKey);
        keys.finishRekey(unlocked.next);
        keys.save();
      }
      await this.dropStaleSlots(keys);
      const { audit, logger } = this.d;
      await audit.checkAgainstCheckpoint().catch(() => logger.warn('audit.checkpoint_check_failed'));
      await audit.flushPending().catch(() => logger.warn('audit.pending_failed'));
      await audit.checkpointIfDue(this.d.now());
      await this.d.settings.load();
    } catch (err) {
      await this.store.close();
      throw err;
    }
  }

  /**
   * Changes the database key and seals the new key material to every remaining slot (their
   * passwords are not needed: the material is sealed to each slot's public key). Crash-safe:
   * 1. keys.json gets the new material beside the current one (`next`) and is saved;
   * 2. PRAGMA rekey (one transaction: a crash rolls back to the old key);
   * 3. keys.json keeps only the new material.
   * A login after a crash opens with whichever key the database has and finishes the rekey.
   */
  async rekey(keys: KeyFile, actor: Principal | null, onProgress?: (p: RekeyProgress) => void): Promise<void> {
    const current = this.currentMaterial();
    const next = newKeyMaterial(current.auditKey);
    try {
      onProgress?.({ step: 'prepare', done: 0, total: 3 });
      keys.beginRekey(next);
      keys.save();
      onProgress?.({ step: 'rekey', done: 1, total: 3 });
      await this.store.rekey(next.dbKey);
      onProgress?.({ step: 'finish', done: 2, total: 3 });
      keys.finishRekey(next);
      keys.save();
      onProgress?.({ step: 'done', done: 3, total: 3 });
      await this.d.audit.record({
        actorId: actor?.userId ?? null,
        actorRole: actor?.role ?? null,
        action: 'db.rekey',
        outcome: 'ok',
      });
    } finally {
      wipeMaterial(current);
      wipeMaterial(next);
    }
  }

  /** A user's new password: a new key slot for staff, a new verifier for a participant. */
  async setSecret(keys: KeyFile, user: User, password: string): Promise<void> {
    const { kdfCost, now } = this.d;
    if (user.role === 'participant') {
      await this.store.db.transaction((tx) =>
        participantCredentials.set(tx, user.id, password, kdfCost, new Date(now()).toISOString()),
      );
    } else {
      await this.withOpenMaterial((m) => keys.setUserSlot(user.id, user.username, password, m, kdfCost));
    }
  }

  /** Lends a copy of the open store's key material to `work` (to seal a new slot) and overwrites it afterwards. */
  async withOpenMaterial(work: (m: KeyMaterial) => Promise<void>): Promise<void> {
    const m = this.currentMaterial();
    try {
      await work(m);
    } finally {
      wipeMaterial(m);
    }
  }

  /**
   * A slot whose account is no longer active staff (a crash between the deactivation's commit and
   * the rekey, or a key file restored from before) is removed and the database rekeyed at once.
   */
  private async dropStaleSlots(keys: KeyFile): Promise<void> {
    const staff = new Set(
      (
        await this.store.db.all<{ id: string }>(
          "SELECT id FROM users WHERE active = 1 AND role IN ('admin', 'counselor')",
        )
      ).map((r) => r.id),
    );
    const stale = keys.slots.flatMap((s) => (s.kind === 'user' && !staff.has(s.userId) ? [s.userId] : []));
    if (stale.length === 0) return;
    for (const userId of stale) keys.removeUser(userId);
    await this.rekey(keys, null);
  }

  private currentMaterial(): KeyMaterial {
    return { dbKey: this.store.currentKey(), auditKey: this.store.auditKey() };
  }
}
