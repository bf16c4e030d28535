import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import { AuthError } from './errors.js';
import { checkPassword, checkUsername, requireUser } from './accountRules.js';
import { participantCredentials } from './credentials.js';
import type { AuthDeps, KeyVault, RekeyProgress } from './keyVault.js';
import type { SessionLock } from './sessionLock.js';
import type { Principal, Role } from './types.js';
import { usersRepo, type User } from './users.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  /** For a participant account: the counselor to assign (optional). */
  counselorId?: string | null;
}

/**
 * An admin's account management: the list of accounts, new accounts, deactivating and
 * reactivating them, and forgetting a participant's account on erasure. A staff account holds a
 * key slot; a participant account a password verifier inside the database.
 */
export class AccountAdmin {
  constructor(
    private readonly d: AuthDeps,
    private readonly vault: KeyVault,
    private readonly lock: SessionLock,
  ) {}

  async listUsers(): Promise<(User & { counselorId: string | null })[]> {
    const users = await usersRepo.list(this.d.store.db);
    const rows = await this.d.store.db.all<{ id: string; counselor_id: string | null }>(
      'SELECT id, counselor_id FROM participants',
    );
    const counselorOf = new Map(rows.map((r) => [r.id, r.counselor_id]));
    return users.map((u) => ({
      ...u,
      counselorId: u.participantId ? (counselorOf.get(u.participantId) ?? null) : null,
    }));
  }

  /** Display names of the given users (ids that are not accounts are left out). */
  displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    return usersRepo.namesOf(this.d.store.db, userIds);
  }

  createUser(admin: Principal, input: NewUser): Promise<User> {
    const { store, audit, kdfCost } = this.d;
    return this.lock.serial(async () => {
      const username = checkUsername(input.username);
      checkPassword(this.d.settings, input.password, [username, input.displayName]);
      if (await usersRepo.byUsername(store.db, username)) throw new AuthError('USERNAME_TAKEN');
      // Read under the data folder's lock, right before the change: nothing another writer saved is lost.
      const keys = this.vault.read();
      const id = randomUUID();
      const participantId = input.role === 'participant' ? randomUUID() : null;
      const at = new Date(this.d.now()).toISOString();
      if (input.role !== 'participant')
        await this.vault.withOpenMaterial((m) => keys.setUserSlot(id, username, input.password, m, kdfCost));
      await store.db.transaction(async (tx) => {
        if (participantId)
          await this.d.followup.insertParticipant(tx, {
            id: participantId,
            displayName: input.displayName,
            counselorId: input.counselorId ?? null,
          });
        await usersRepo.insert(tx, {
          id,
          username,
          displayName: input.displayName,
          role: input.role,
          participantId,
          createdAt: at,
        });
        if (input.role === 'participant') await participantCredentials.set(tx, id, input.password, kdfCost, at);
        await audit.record(
          {
            actorId: admin.userId,
            actorRole: admin.role,
            action: 'user.create',
            targetType: 'user',
            targetId: id,
            outcome: 'ok',
            reason: input.role,
          },
          tx,
        );
      });
      // A staff slot is written after the row commits; if it fails, the account exists without a login and can be reset.
      if (input.role !== 'participant') keys.save();
      return (await usersRepo.byId(store.db, id))!;
    });
  }

  /**
   * Deactivates an account: its sessions end; a staff account's key slot goes and the database is
   * rekeyed, so an old copy of keys.json with the old password opens nothing current.
   */
  setActive(
    admin: Principal,
    userId: string,
    active: boolean,
    newPassword?: string,
    onProgress?: (p: RekeyProgress) => void,
  ): Promise<User> {
    const { store, audit } = this.d;
    return this.lock.serial(async () => {
      const user = await requireUser(store.db, userId);
      if (!active && user.role === 'admin' && user.active && (await usersRepo.countActiveAdmins(store.db)) <= 1)
        throw new AuthError('LAST_ADMIN');
      const keys = this.vault.read();
      if (active) {
        if (!newPassword)
          throw new DomainError('VALIDATION', undefined, [
            { path: 'password', message: 'Sett et nytt passord når kontoen aktiveres igjen.' },
          ]);
        checkPassword(this.d.settings, newPassword, [user.username, user.displayName]);
        await this.vault.setSecret(keys, user, newPassword);
      } else {
        keys.removeUser(user.id);
      }
      await store.db.transaction(async (tx) => {
        await usersRepo.setActive(tx, user.id, active, new Date(this.d.now()).toISOString());
        // The admin chose the password: the user replaces it at the next login.
        if (active) await usersRepo.setMustChangePassword(tx, user.id, true);
        await audit.record(
          {
            actorId: admin.userId,
            actorRole: admin.role,
            action: active ? 'user.activate' : 'user.deactivate',
            targetType: 'user',
            targetId: user.id,
            outcome: 'ok',
          },
          tx,
        );
      });
      if (!active) this.lock.sessions.removeUser(user.id);
      if (!active && user.role !== 'participant') await this.vault.rekey(keys, admin, onProgress);
      else keys.save();
      return (await usersRepo.byId(store.db, user.id))!;
    });
  }

  /**
   * Erasure of a participant (core/privacy): the account's verifier goes, its failed-login count
   * is forgotten and its sessions end. The caller deletes the row.
   */
  async forgetAccount(admin: Principal, userId: string): Promise<void> {
    const { store, audit } = this.d;
    await this.lock.serial(async () => {
      const user = await requireUser(store.db, userId);
      const keys = this.vault.read();
      await store.db.transaction(async (tx) => {
        await participantCredentials.remove(tx, user.id);
        await audit.record(
          {
            actorId: admin.userId,
            actorRole: admin.role,
            action: 'user.erase',
            targetType: 'user',
            targetId: user.id,
            outcome: 'ok',
          },
          tx,
        );
      });
      this.lock.logins().reset(await keys.lookup(user.username));
      this.lock.sessions.removeUser(user.id);
      if (keys.slotsOfUser(user.id).length > 0) {
        keys.removeUser(user.id);
        await this.vault.rekey(keys, admin);
      }
    });
  }
}
