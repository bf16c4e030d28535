import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ApiError } from '../api/errors.js';
import { AccountAdmin, type NewUser } from './accountAdmin.js';
import { checkPassword, checkUsername, passwordProblemIn } from './accountRules.js';
import { participantCredentials } from './credentials.js';
import { AuthError } from './errors.js';
import { DEFAULT_KDF_COST, deriveKey, newKdfParams } from './kdf.js';
import { KeyFile, newKeyMaterial, normalizeUsername, wipeMaterial } from './keyFile.js';
import { KeyVault, type AuthDeps, type RekeyProgress } from './keyVault.js';
import { PasswordChanges } from './passwordChanges.js';
import { newRecoveryKey } from './recoveryKey.js';
import { principalOf, SessionLock } from './sessionLock.js';
import type { Principal, Role } from './types.js';
import { usersRepo, type User } from './users.js';

export type AppState = 'setup' | 'locked' | 'unlocked';

export interface AuthStatus {
  /** setup: no organisation yet; locked: nobody logged in (database closed); unlocked: open. */
  state: AppState;
  /** This connection's user, when logged in. */
  user: {
    userId: string;
    role: Role;
    displayName: string;
    participantId: string | null;
    mustChangePassword: boolean;
  } | null;
  /** Only for a logged-in connection (the name lives in the encrypted database). */
  organisationName: string | null;
  inactivityLockMinutes: number;
  /** A problem with the key file or database that stops any login (Norwegian). */
  problem: { code: string; message: string } | null;
  /** Staff opened participant mode on this machine: participants may sign in (deltakermodus). */
  participantMode: boolean;
}

/** The auth service's collaborators; `kdfCost` (tests lower it; real installs keep the default) and `now` are optional. */
export type AuthServiceOptions = Omit<AuthDeps, 'kdfCost' | 'now'> & Partial<Pick<AuthDeps, 'kdfCost' | 'now'>>;

/**
 * Accounts, key slots, sessions and locking: first-run setup, logins and logouts, deltakermodus,
 * and the doors to password changes (PasswordChanges) and an admin's account management
 * (AccountAdmin). Sessions and the idle lock live in SessionLock, the key file and the database
 * key in KeyVault. The database key exists in memory only while at least one connection is logged
 * in; when the last one logs out, locks or goes idle, the store closes and the key is overwritten.
 */
export class AuthService {
  private readonly d: AuthDeps;
  /** The clock every part reads (through `d.now`), so replacing it here moves them all. */
  private now: () => number;
  private readonly vault: KeyVault;
  private readonly lock: SessionLock;
  private readonly accounts: AccountAdmin;
  private readonly passwords: PasswordChanges;

  constructor(o: AuthServiceOptions) {
    this.now = o.now ?? Date.now;
    this.d = { ...o, kdfCost: o.kdfCost ?? DEFAULT_KDF_COST, now: () => this.now() };
    this.vault = new KeyVault(this.d);
    this.lock = new SessionLock(this.d);
    this.accounts = new AccountAdmin(this.d, this.vault, this.lock);
    this.passwords = new PasswordChanges(this.d, this.vault, this.lock);
  }

  private get store() {
    return this.d.store;
  }

  /** Called when the app locks (drop caches of decrypted data there). */
  onLock(listener: () => void): () => void {
    return this.lock.onLock(listener);
  }

  isSetUp(): boolean {
    return this.vault.isSetUp();
  }

  async status(connectionId: string | null): Promise<AuthStatus> {
    const principal = connectionId ? await this.resolve(connectionId, false) : (await this.lock.expireIdle(), null);
    let problem: AuthStatus['problem'] = null;
    if (!this.store.isOpen && this.isSetUp()) {
      try {
        this.vault.checkKeyFile();
        if (!fs.existsSync(this.store.dbFile)) throw new AuthError('MISSING_DATABASE');
      } catch (err) {
        if (err instanceof AuthError) problem = { code: err.code, message: err.userMessage };
      }
    }
    return {
      state: !this.isSetUp() ? 'setup' : this.store.isOpen ? 'unlocked' : 'locked',
      user: principal
        ? {
            userId: principal.userId,
            role: principal.role,
            displayName: principal.displayName,
            participantId: principal.participantId,
            mustChangePassword: principal.mustChangePassword === true,
          }
        : null,
      organisationName: principal ? (await this.store.organisation()).name : null,
      inactivityLockMinutes: this.d.settings.effective().inactivityLockMinutes,
      problem,
      participantMode: this.lock.participantModeOn && this.store.isOpen,
    };
  }

  /**
   * The connection's user, or null when nobody is logged in there or the session went idle.
   * `activity` says whether this call counts as the user doing something (it resets the idle clock).
   */
  resolve(connectionId: string, activity = true): Promise<Principal | null> {
    return this.lock.resolve(connectionId, activity);
  }

  /** First run: organisation, database key, first admin and the recovery key (returned once). */
  setup(
    connectionId: string | null,
    input: { organisationName: string; admin: { username: string; displayName: string; password: string } },
  ): Promise<{ recoveryKey: string; principal: Principal | null }> {
    return this.lock.serial(async () => {
      if (this.isSetUp()) throw new AuthError('ALREADY_SET_UP');
      const username = checkUsername(input.admin.username);
      checkPassword(this.d.settings, input.admin.password, [username, input.admin.displayName, input.organisationName]);
      const organisationId = randomUUID();
      const material = newKeyMaterial();
      const recoveryKey = newRecoveryKey();
      const adminId = randomUUID();
      const keys = KeyFile.create(this.store.keyFile, organisationId, this.d.kdfCost);
      try {
        await keys.setUserSlot(adminId, username, input.admin.password, material, this.d.kdfCost);
        await keys.setRecoverySlot(recoveryKey, material, this.d.kdfCost);
        await this.store.create(material.dbKey, { id: organisationId, name: input.organisationName });
        this.store.holdAuditKey(material.auditKey);
        await this.store.db.transaction(async (tx) => {
          await usersRepo.insert(tx, {
            id: adminId,
            username,
            displayName: input.admin.displayName,
            role: 'admin',
            participantId: null,
            createdAt: new Date(this.d.now()).toISOString(),
          });
          await this.d.audit.record(
            {
              actorId: adminId,
              actorRole: 'admin',
              action: 'org.setup',
              targetType: 'organisation',
              targetId: organisationId,
              outcome: 'ok',
            },
            tx,
          );
        });
        keys.save();
      } catch (err) {
        // Nothing half-made stays behind: no key file, no database.
        await this.store.close().catch(() => undefined);
        for (const f of [this.store.keyFile, this.store.dbFile, `${this.store.dbFile}-wal`, `${this.store.dbFile}-shm`])
          fs.rmSync(f, { force: true });
        throw err;
      } finally {
        wipeMaterial(material);
      }
      await this.d.settings.load();
      const principal: Principal = {
        userId: adminId,
        role: 'admin',
        displayName: input.admin.displayName,
        sessionId: randomUUID(),
        participantId: null,
      };
      if (connectionId) this.lock.sessions.bind(connectionId, principal, this.d.now());
      else await this.lock.lockIfIdle();
      this.lock.startIdleTimer();
      return { recoveryKey, principal: connectionId ? principal : null };
    });
  }

  /**
   * Password login. Staff: unwraps the user's key slot, opens the store if it is closed. A
   * participant holds no slot: they sign in only while staff has the app unlocked on this machine,
   * against the verifier inside the database. A wrong password, an unknown username, a deactivated
   * account and a participant at a locked app all answer the same, after the same KDF work.
   */
  login(connectionId: string, usernameInput: string, password: string): Promise<Principal> {
    return this.lock.serial(async () => {
      const keys = this.vault.read();
      const username = normalizeUsername(usernameInput);
      const lookup = await keys.lookup(username);
      const wait = this.lock.logins().waitMs(lookup, this.d.now());
      if (wait > 0) {
        await this.d.audit.record({
          actorId: null,
          actorRole: null,
          action: 'auth.login',
          outcome: 'denied',
          reason: 'ACCOUNT_LOCKED',
          targetType: 'user',
          targetId: keys.userSlotByLookup(lookup)?.userId ?? null,
        });
        throw new AuthError('ACCOUNT_LOCKED', Math.ceil(wait / 1000));
      }
      const slot = keys.userSlotByLookup(lookup);
      let principal: Principal | null = null;
      if (slot) {
        const unlocked = await keys.unwrap(slot, password);
        if (unlocked) {
          try {
            await this.vault.open(unlocked, keys);
          } catch (err) {
            const reason = err instanceof AuthError ? err.code : 'INTERNAL';
            await this.d.audit
              .record({
                actorId: slot.userId,
                actorRole: null,
                action: 'auth.login',
                outcome: 'error',
                reason,
                targetType: 'user',
                targetId: slot.userId,
              })
              .catch(() => undefined);
            throw err;
          } finally {
            wipeMaterial(unlocked.current);
            wipeMaterial(unlocked.next);
          }
          const user = await usersRepo.byId(this.store.db, slot.userId);
          if (user && user.active && user.role !== 'participant') principal = principalOf(user);
          else await this.lock.lockIfIdle();
        }
      } else if (this.store.isOpen) {
        const user = await usersRepo.byUsername(this.store.db, username);
        const participant = user && user.role === 'participant' ? user : null;
        const ok = await participantCredentials.check(this.store.db, participant?.id ?? null, password, this.d.kdfCost);
        if (ok && participant?.active) principal = principalOf(participant);
      } else {
        // Same work as a wrong password, so a locked app tells nobody which usernames are staff.
        await deriveKey(password, newKdfParams(this.d.kdfCost));
      }
      if (!principal) {
        const failures = this.lock.logins().recordFailure(lookup, this.d.now());
        // The log (not the person at the screen) is told which: a wrong password of a known slot, or not.
        await this.d.audit.record({
          actorId: null,
          actorRole: null,
          action: 'auth.login',
          outcome: 'failed',
          reason: slot ? 'WRONG_PASSWORD' : 'UNKNOWN_USER',
          targetType: slot ? 'user' : null,
          targetId: slot?.userId ?? null,
        });
        const nextWait = this.lock.logins().waitMs(lookup, this.d.now());
        if (nextWait > 0 && failures > 0) throw new AuthError('ACCOUNT_LOCKED', Math.ceil(nextWait / 1000));
        throw new AuthError('WRONG_CREDENTIALS');
      }
      this.lock.logins().reset(lookup);
      this.lock.sessions.bind(connectionId, principal, this.d.now());
      this.lock.touchParticipantMode();
      await this.d.audit.record({
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'auth.login',
        outcome: 'ok',
        targetType: 'user',
        targetId: principal.userId,
        reason: principal.mustChangePassword ? 'MUST_CHANGE_PASSWORD' : null,
      });
      this.lock.startIdleTimer();
      return principal;
    });
  }

  /**
   * Deltakermodus: the staff member on this connection leaves the app open for participants on
   * this machine. Their own session ends; participants then sign in and out with their own
   * passwords; ending it (or unlocking after the idle lock) needs a staff password.
   */
  startParticipantMode(connectionId: string, staff: Principal): Promise<void> {
    return this.lock.serial(async () => {
      if (staff.role === 'participant') throw new ApiError('FORBIDDEN');
      this.lock.sessions.remove(connectionId);
      this.lock.startParticipantMode(staff.userId);
      await this.d.audit.record({
        actorId: staff.userId,
        actorRole: staff.role,
        action: 'auth.participant_mode_start',
        outcome: 'ok',
      });
      this.lock.startIdleTimer();
    });
  }

  /** Ends deltakermodus with a staff member's password: every participant session ends and the app locks. */
  stopParticipantMode(connectionId: string, usernameInput: string, password: string): Promise<void> {
    return this.lock.serial(async () => {
      const keys = this.vault.read();
      const lookup = await keys.lookup(normalizeUsername(usernameInput));
      const slot = keys.userSlotByLookup(lookup);
      const unlocked = slot
        ? await keys.unwrap(slot, password)
        : await deriveKey(password, newKdfParams(this.d.kdfCost)).then(() => null);
      const sameKey = unlocked !== null && this.store.isOpen && unlocked.current.dbKey.equals(this.store.currentKey());
      wipeMaterial(unlocked?.current);
      wipeMaterial(unlocked?.next);
      const user = sameKey && slot ? await usersRepo.byId(this.store.db, slot.userId) : null;
      if (!slot || !user || !user.active || user.role === 'participant') {
        if (this.store.isOpen)
          await this.d.audit.record({
            actorId: null,
            actorRole: null,
            action: 'auth.participant_mode_stop',
            outcome: 'failed',
            reason: 'WRONG_CREDENTIALS',
          });
        throw new AuthError('WRONG_CREDENTIALS');
      }
      await this.d.audit.record({
        actorId: user.id,
        actorRole: user.role,
        action: 'auth.participant_mode_stop',
        outcome: 'ok',
      });
      this.lock.endParticipantMode();
      this.lock.sessions.remove(connectionId);
      await this.lock.lockIfIdle();
    });
  }

  /** Ends this connection's session ("Lås" and "Logg ut"); the store closes when nobody is left. */
  logout(connectionId: string, reason: 'logout' | 'lock' | 'disconnect' = 'logout'): Promise<void> {
    return this.lock.serial(async () => {
      const principal = this.lock.sessions.remove(connectionId);
      if (principal) await this.d.audit.sessionEnded(principal.userId);
      if (principal && this.store.isOpen && reason !== 'disconnect') {
        await this.d.audit.record({
          actorId: principal.userId,
          actorRole: principal.role,
          action: reason === 'lock' ? 'auth.lock' : 'auth.logout',
          outcome: 'ok',
        });
        if (this.lock.sessions.size > 0 || this.lock.participantModeOn) await this.d.audit.checkpoint('logout');
      }
      await this.lock.lockIfIdle();
    });
  }

  /** Locks everything now: every session ends, the store closes and the key is overwritten. */
  lockAll(): Promise<void> {
    return this.lock.serial(async () => {
      this.lock.endAll();
      await this.lock.lockIfIdle();
    });
  }

  /** A user changes their own password: staff rewrap only their own slot, participants get a new verifier. */
  changePassword(principal: Principal, current: string, next: string): Promise<void> {
    return this.passwords.changeOwn(principal, current, next);
  }

  /** Forgotten password, with the organisation's recovery key: a new slot (staff) or verifier (participant), and a login. */
  recover(
    connectionId: string | null,
    input: { username: string; recoveryKey: string; newPassword: string },
  ): Promise<Principal | null> {
    return this.passwords.recover(connectionId, input);
  }

  /** An admin sets a new password for a user; their sessions end and the next login must choose a new one. */
  resetPassword(admin: Principal, userId: string, newPassword: string): Promise<void> {
    return this.passwords.reset(admin, userId, newPassword);
  }

  /** A new recovery key replaces the old one (shown once); the database is rekeyed so the old one opens nothing current. */
  rotateRecoveryKey(admin: Principal, onProgress?: (p: RekeyProgress) => void): Promise<string> {
    return this.passwords.rotateRecoveryKey(admin, onProgress);
  }

  /** Password check with the organisation's minimum length; VALIDATION with a Norwegian message. */
  checkPassword(password: string, personalWords: string[] = [], field = 'password'): void {
    const problem = passwordProblemIn(this.d.settings, password, personalWords);
    if (problem) throw new ApiError('VALIDATION', problem, [{ path: field, message: problem }]);
  }

  // ---- account management (admin): AccountAdmin ----

  listUsers(): Promise<(User & { counselorId: string | null })[]> {
    return this.accounts.listUsers();
  }

  /** Display names of the given users (ids that are not accounts are left out). */
  displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    return this.accounts.displayNames(userIds);
  }

  createUser(admin: Principal, input: NewUser): Promise<User> {
    return this.accounts.createUser(admin, input);
  }

  /** Deactivates (the key slot goes, the database is rekeyed) or reactivates an account with a new password. */
  setActive(
    admin: Principal,
    userId: string,
    active: boolean,
    newPassword?: string,
    onProgress?: (p: RekeyProgress) => void,
  ): Promise<User> {
    return this.accounts.setActive(admin, userId, active, newPassword, onProgress);
  }

  /** Erasure of a participant (core/privacy): verifier, failed-login count and sessions go; the caller deletes the row. */
  forgetAccount(admin: Principal, userId: string): Promise<void> {
    return this.accounts.forgetAccount(admin, userId);
  }

  /** For shutdown: stop timers and lock. */
  async close(): Promise<void> {
    this.lock.stopIdleTimer();
    await this.lockAll();
  }
}
