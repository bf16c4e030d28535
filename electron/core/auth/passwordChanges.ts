import { DomainError } from '../errors/index.js';
import { checkPassword, requireUser } from './accountRules.js';
import { participantCredentials } from './credentials.js';
import { AuthError } from './errors.js';
import { normalizeUsername, wipeMaterial, type KeyFile } from './keyFile.js';
import type { AuthDeps, KeyVault, RekeyProgress } from './keyVault.js';
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey.js';
import { principalOf, type SessionLock } from './sessionLock.js';
import type { Principal, Role } from './types.js';
import { usersRepo, type User } from './users.js';

/**
 * Every way a password or the recovery key changes: a user's own change, an admin's reset, a
 * forgotten password with the organisation's recovery key, and a new recovery key. Staff get a new
 * key slot, participants a new verifier; the old one is gone.
 */
export class PasswordChanges {
  constructor(
    private readonly d: AuthDeps,
    private readonly vault: KeyVault,
    private readonly lock: SessionLock,
  ) {}

  /** A user changes their own password: staff rewrap only their own slot, participants get a new verifier. */
  async changeOwn(principal: Principal, current: string, next: string): Promise<void> {
    const { store, audit, kdfCost } = this.d;
    await this.lock.serial(async () => {
      const keys = this.vault.read();
      const user = await requireUser(store.db, principal.userId);
      let ok: boolean;
      if (user.role === 'participant') {
        ok = await participantCredentials.check(store.db, user.id, current, kdfCost);
      } else {
        const slot = keys.userSlotByLookup(await keys.lookup(user.username));
        const unlocked = slot ? await keys.unwrap(slot, current) : null;
        ok = unlocked !== null;
        wipeMaterial(unlocked?.current);
        wipeMaterial(unlocked?.next);
      }
      if (!ok) {
        await audit.record({
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.password_change',
          outcome: 'failed',
          reason: 'WRONG_PASSWORD',
          targetType: 'user',
          targetId: user.id,
        });
        throw new AuthError('WRONG_PASSWORD');
      }
      checkPassword(this.d.settings, next, [user.username, user.displayName]);
      if (current === next && user.mustChangePassword)
        throw new DomainError('VALIDATION', 'Velg et nytt passord, ikke det du fikk.', [
          { path: 'newPassword', message: 'Velg et nytt passord, ikke det du fikk.' },
        ]);
      await this.replaceSecret(keys, user, next, { by: user, action: 'auth.password_change', mustChange: false });
      const p = this.lock.sessions.all().find((s) => s.principal.userId === user.id);
      if (p) p.principal.mustChangePassword = false;
    });
  }

  /**
   * An admin sets a new password for a user (forgotten password): a new slot or verifier, the old
   * one gone. The user's open sessions end and the next login must choose a new password.
   */
  async reset(admin: Principal, userId: string, newPassword: string): Promise<void> {
    const { store } = this.d;
    await this.lock.serial(async () => {
      const user = await requireUser(store.db, userId);
      checkPassword(this.d.settings, newPassword, [user.username, user.displayName]);
      const keys = this.vault.read();
      await this.replaceSecret(keys, user, newPassword, {
        by: { id: admin.userId, role: admin.role },
        action: 'user.reset_password',
        mustChange: true,
      });
      this.lock.logins().reset(await keys.lookup(user.username));
      this.lock.sessions.removeUser(user.id);
    });
  }

  /** Forgotten password, with the organisation's recovery key: a new slot (staff) or verifier (participant), and a login. */
  recover(
    connectionId: string | null,
    input: { username: string; recoveryKey: string; newPassword: string },
  ): Promise<Principal | null> {
    const { store, audit } = this.d;
    return this.lock.serial(async () => {
      const keys = this.vault.read();
      const recovery = keys.recoverySlot();
      const normalized = normalizeRecoveryKey(input.recoveryKey);
      const unlocked = recovery && normalized ? await keys.unwrap(recovery, normalized) : null;
      if (!unlocked) {
        await audit.record({
          actorId: null,
          actorRole: null,
          action: 'auth.recover',
          outcome: 'failed',
          reason: 'WRONG_RECOVERY_KEY',
        });
        throw new AuthError('WRONG_RECOVERY_KEY');
      }
      try {
        await this.vault.open(unlocked, keys);
        const user = await usersRepo.byUsername(store.db, normalizeUsername(input.username));
        if (!user) throw new AuthError('UNKNOWN_USER');
        if (!user.active) throw new AuthError('ACCOUNT_DEACTIVATED');
        checkPassword(this.d.settings, input.newPassword, [user.username, user.displayName]);
        const fresh = this.vault.read();
        await this.replaceSecret(fresh, user, input.newPassword, {
          by: user,
          action: 'auth.recover',
          mustChange: false,
        });
        this.lock.logins().reset(await fresh.lookup(user.username));
        const principal = principalOf({ ...user, mustChangePassword: false });
        if (connectionId) this.lock.sessions.bind(connectionId, principal, this.d.now());
        this.lock.startIdleTimer();
        return connectionId ? principal : null;
      } catch (err) {
        await this.lock.lockIfIdle();
        throw err;
      } finally {
        wipeMaterial(unlocked.current);
        wipeMaterial(unlocked.next);
      }
    });
  }

  /** A new recovery key replaces the old one (shown once); the database is rekeyed so the old one opens nothing current. */
  rotateRecoveryKey(admin: Principal, onProgress?: (p: RekeyProgress) => void): Promise<string> {
    return this.lock.serial(async () => {
      const keys = this.vault.read();
      const recoveryKey = newRecoveryKey();
      await this.vault.withOpenMaterial((m) => keys.setRecoverySlot(recoveryKey, m, this.d.kdfCost));
      await this.vault.rekey(keys, admin, onProgress);
      await this.d.audit.record({
        actorId: admin.userId,
        actorRole: admin.role,
        action: 'auth.recovery_key_rotate',
        outcome: 'ok',
      });
      return recoveryKey;
    });
  }
  /**
   * The user's new password takes the old one's place (slot or verifier); whether it must be
   * changed at the next login commits with its audit entry; then the key file is saved.
   */
  private async replaceSecret(
    keys: KeyFile,
    user: User,
    password: string,
    change: { by: { id: string; role: Role }; action: string; mustChange: boolean },
  ): Promise<void> {
    await this.vault.setSecret(keys, user, password);
    await this.d.store.db.transaction(async (tx) => {
      await usersRepo.setMustChangePassword(tx, user.id, change.mustChange);
      await this.d.audit.record(
        {
          actorId: change.by.id,
          actorRole: change.by.role,
          action: change.action,
          outcome: 'ok',
          targetType: 'user',
          targetId: user.id,
        },
        tx,
      );
    });
    keys.save();
  }
}
