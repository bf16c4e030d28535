import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors.js';
import type { AuditService } from '../audit/service.js';
import type { EncryptedStore } from '../db/store.js';
import type { FollowupService } from '../followup/service.js';
import type { Logger } from '../log.js';
import type { SettingsService } from '../settings/service.js';
import { AuthError } from './errors.js';
import { participantCredentials } from './credentials.js';
import { DEFAULT_KDF_COST, deriveKey, newKdfParams, type KdfCost } from './kdf.js';
import {
  KeyFile,
  newKeyMaterial,
  normalizeUsername,
  wipeMaterial,
  type KeyMaterial,
  type Unlocked,
} from './keyFile.js';
import { LoginState } from './loginState.js';
import { passwordProblem } from './passwords.js';
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey.js';
import { SessionRegistry } from './sessions.js';
import type { Principal, Role } from './types.js';
import { usersRepo, type User } from './users.js';

export const LOGIN_STATE_FILE = 'login-state.json';

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

export interface AuthServiceOptions {
  store: EncryptedStore;
  audit: AuditService;
  settings: SettingsService;
  followup: FollowupService;
  logger: Logger;
  /** scrypt cost for new key slots (tests lower it; real installs keep the default). */
  kdfCost?: KdfCost;
  now?: () => number;
}

/** How far a rekey has come (shown for a large database). */
export interface RekeyProgress {
  step: 'prepare' | 'rekey' | 'finish' | 'done';
  done: number;
  total: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  /** For a participant account: the counselor to assign (optional). */
  counselorId?: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/**
 * Accounts, key slots, sessions and locking. The database key exists in memory only while at least
 * one connection is logged in; when the last one logs out, locks or goes idle, the store closes
 * and the key is overwritten.
 */
export class AuthService {
  private readonly sessions = new SessionRegistry();
  private readonly kdfCost: KdfCost;
  private readonly now: () => number;
  private loginState: LoginState | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private keyFileChecked: { stamp: string; problem: AuthError | null } | null = null;
  private readonly lockListeners = new Set<() => void>();
  /** Deltakermodus: staff unlocked the app for participants and left; the store stays open until it ends or goes idle. */
  private participantMode: { openedBy: string; lastActivity: number } | null = null;
  /** Serialises logins, setup and locking so two never open or close the store at once. */
  private gate: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: AuthServiceOptions) {
    this.kdfCost = o.kdfCost ?? DEFAULT_KDF_COST;
    this.now = o.now ?? Date.now;
  }

  private get store(): EncryptedStore {
    return this.o.store;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.gate.then(work, work);
    this.gate = next.catch(() => undefined);
    return next;
  }

  private logins(): LoginState {
    this.loginState ??= new LoginState(path.join(this.store.dataDir, LOGIN_STATE_FILE));
    return this.loginState;
  }

  private idleMs(): number {
    return this.o.settings.effective().inactivityLockMinutes * 60_000;
  }

  /** Called when the app locks (drop caches of decrypted data there). */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  isSetUp(): boolean {
    return KeyFile.exists(this.store.keyFile) || fs.existsSync(this.store.dbFile);
  }

  async status(connectionId: string | null): Promise<AuthStatus> {
    const principal = connectionId ? await this.resolve(connectionId, false) : (await this.expireIdle(), null);
    let problem: AuthStatus['problem'] = null;
    if (!this.store.isOpen && this.isSetUp()) {
      try {
        this.checkKeyFile();
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
      inactivityLockMinutes: this.o.settings.effective().inactivityLockMinutes,
      problem,
      participantMode: this.participantMode !== null && this.store.isOpen,
    };
  }

  /**
   * The connection's user, or null when nobody is logged in there or the session went idle.
   * `activity` says whether this call counts as the user doing something (it resets the idle clock).
   */
  async resolve(connectionId: string, activity = true): Promise<Principal | null> {
    await this.expireIdle();
    const principal = this.sessions.peek(connectionId);
    if (principal && activity) {
      this.sessions.touch(connectionId, this.now());
      if (this.participantMode) this.participantMode.lastActivity = this.now();
    }
    return principal;
  }

  /** First run: organisation, database key, first admin and the recovery key (returned once). */
  setup(
    connectionId: string | null,
    input: { organisationName: string; admin: { username: string; displayName: string; password: string } },
  ): Promise<{ recoveryKey: string; principal: Principal | null }> {
    return this.serial(async () => {
      if (this.isSetUp()) throw new AuthError('ALREADY_SET_UP');
      const username = this.checkUsername(input.admin.username);
      this.checkPassword(input.admin.password, [username, input.admin.displayName, input.organisationName]);
      const organisationId = randomUUID();
      const material = newKeyMaterial();
      const recoveryKey = newRecoveryKey();
      const adminId = randomUUID();
      const keys = KeyFile.create(this.store.keyFile, organisationId, this.kdfCost);
      try {
        await keys.setUserSlot(adminId, username, input.admin.password, material, this.kdfCost);
        await keys.setRecoverySlot(recoveryKey, material, this.kdfCost);
        await this.store.create(material.dbKey, { id: organisationId, name: input.organisationName });
        this.store.holdAuditKey(material.auditKey);
        await this.store.db.transaction(async (tx) => {
          await usersRepo.insert(tx, {
            id: adminId,
            username,
            displayName: input.admin.displayName,
            role: 'admin',
            participantId: null,
            createdAt: new Date(this.now()).toISOString(),
          });
          await this.o.audit.record(
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
      await this.o.settings.load();
      const principal: Principal = {
        userId: adminId,
        role: 'admin',
        displayName: input.admin.displayName,
        sessionId: randomUUID(),
        participantId: null,
      };
      if (connectionId) this.sessions.bind(connectionId, principal, this.now());
      else await this.lockIfIdle();
      this.startIdleTimer();
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
    return this.serial(async () => {
      const keys = this.readKeys();
      const username = normalizeUsername(usernameInput);
      const lookup = await keys.lookup(username);
      const wait = this.logins().waitMs(lookup, this.now());
      if (wait > 0) {
        await this.o.audit.record({
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
            await this.openStore(unlocked, keys);
          } catch (err) {
            const reason = err instanceof AuthError ? err.code : 'INTERNAL';
            await this.o.audit
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
          if (user && user.active && user.role !== 'participant') principal = this.principalOf(user);
          else await this.lockIfIdle();
        }
      } else if (this.store.isOpen) {
        const user = await usersRepo.byUsername(this.store.db, username);
        const participant = user && user.role === 'participant' ? user : null;
        const ok = await participantCredentials.check(this.store.db, participant?.id ?? null, password, this.kdfCost);
        if (ok && participant?.active) principal = this.principalOf(participant);
      } else {
        // Same work as a wrong password, so a locked app tells nobody which usernames are staff.
        await deriveKey(password, newKdfParams(this.kdfCost));
      }
      if (!principal) {
        const failures = this.logins().recordFailure(lookup, this.now());
        // The log (not the person at the screen) is told which: a wrong password of a known slot, or not.
        await this.o.audit.record({
          actorId: null,
          actorRole: null,
          action: 'auth.login',
          outcome: 'failed',
          reason: slot ? 'WRONG_PASSWORD' : 'UNKNOWN_USER',
          targetType: slot ? 'user' : null,
          targetId: slot?.userId ?? null,
        });
        const nextWait = this.logins().waitMs(lookup, this.now());
        if (nextWait > 0 && failures > 0) throw new AuthError('ACCOUNT_LOCKED', Math.ceil(nextWait / 1000));
        throw new AuthError('WRONG_CREDENTIALS');
      }
      this.logins().reset(lookup);
      this.sessions.bind(connectionId, principal, this.now());
      if (this.participantMode) this.participantMode.lastActivity = this.now();
      await this.o.audit.record({
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'auth.login',
        outcome: 'ok',
        targetType: 'user',
        targetId: principal.userId,
        reason: principal.mustChangePassword ? 'MUST_CHANGE_PASSWORD' : null,
      });
      this.startIdleTimer();
      return principal;
    });
  }

  /**
   * Deltakermodus: the staff member on this connection leaves the app open for participants on
   * this machine. Their own session ends; participants then sign in and out with their own
   * passwords; ending it (or unlocking after the idle lock) needs a staff password.
   */
  startParticipantMode(connectionId: string, staff: Principal): Promise<void> {
    return this.serial(async () => {
      if (staff.role === 'participant') throw new ApiError('FORBIDDEN');
      this.sessions.remove(connectionId);
      this.participantMode = { openedBy: staff.userId, lastActivity: this.now() };
      await this.o.audit.record({
        actorId: staff.userId,
        actorRole: staff.role,
        action: 'auth.participant_mode_start',
        outcome: 'ok',
      });
      this.startIdleTimer();
    });
  }

  /** Ends deltakermodus with a staff member's password: every participant session ends and the app locks. */
  stopParticipantMode(connectionId: string, usernameInput: string, password: string): Promise<void> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const lookup = await keys.lookup(normalizeUsername(usernameInput));
      const slot = keys.userSlotByLookup(lookup);
      const unlocked = slot
        ? await keys.unwrap(slot, password)
        : await deriveKey(password, newKdfParams(this.kdfCost)).then(() => null);
      const sameKey = unlocked !== null && this.store.isOpen && unlocked.current.dbKey.equals(this.store.currentKey());
      wipeMaterial(unlocked?.current);
      wipeMaterial(unlocked?.next);
      const user = sameKey && slot ? await usersRepo.byId(this.store.db, slot.userId) : null;
      if (!slot || !user || !user.active || user.role === 'participant') {
        if (this.store.isOpen)
          await this.o.audit.record({
            actorId: null,
            actorRole: null,
            action: 'auth.participant_mode_stop',
            outcome: 'failed',
            reason: 'WRONG_CREDENTIALS',
          });
        throw new AuthError('WRONG_CREDENTIALS');
      }
      await this.o.audit.record({
        actorId: user.id,
        actorRole: user.role,
        action: 'auth.participant_mode_stop',
        outcome: 'ok',
      });
      this.endParticipantMode();
      this.sessions.remove(connectionId);
      await this.lockIfIdle();
    });
  }

  private endParticipantMode(): void {
    this.participantMode = null;
    for (const p of this.sessions.all()) if (p.principal.role === 'participant') this.sessions.remove(p.connectionId);
  }

  /** Ends this connection's session ("Lås" and "Logg ut"); the store closes when nobody is left. */
  logout(connectionId: string, reason: 'logout' | 'lock' | 'disconnect' = 'logout'): Promise<void> {
    return this.serial(async () => {
      const principal = this.sessions.remove(connectionId);
      if (principal && this.store.isOpen && reason !== 'disconnect') {
        await this.o.audit.record({
          actorId: principal.userId,
          actorRole: principal.role,
          action: reason === 'lock' ? 'auth.lock' : 'auth.logout',
          outcome: 'ok',
        });
        if (this.sessions.size > 0 || this.participantMode) await this.o.audit.checkpoint('logout');
      }
      await this.lockIfIdle();
    });
  }

  /** Locks everything now: every session ends, the store closes and the key is overwritten. */
  lockAll(): Promise<void> {
    return this.serial(async () => {
      this.sessions.clear();
      this.participantMode = null;
      await this.lockIfIdle();
    });
  }

  /** A user changes their own password: staff rewrap only their own slot, participants get a new verifier. */
  async changePassword(principal: Principal, current: string, next: string): Promise<void> {
    await this.serial(async () => {
      const keys = this.readKeys();
      const user = await this.requireUser(principal.userId);
      let ok: boolean;
      if (user.role === 'participant') {
        ok = await participantCredentials.check(this.store.db, user.id, current, this.kdfCost);
      } else {
        const slot = keys.userSlotByLookup(await keys.lookup(user.username));
        const unlocked = slot ? await keys.unwrap(slot, current) : null;
        ok = unlocked !== null;
        wipeMaterial(unlocked?.current);
        wipeMaterial(unlocked?.next);
      }
      if (!ok) {
        await this.o.audit.record({
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
      this.checkPassword(next, [user.username, user.displayName]);
      if (current === next && user.mustChangePassword)
        throw new ApiError('VALIDATION', 'Velg et nytt passord, ikke det du fikk.', [
          { path: 'newPassword', message: 'Velg et nytt passord, ikke det du fikk.' },
        ]);
      await this.setSecret(keys, user, next);
      await this.store.db.transaction(async (tx) => {
        await usersRepo.setMustChangePassword(tx, user.id, false);
        await this.o.audit.record(
          {
            actorId: user.id,
            actorRole: user.role,
            action: 'auth.password_change',
            outcome: 'ok',
            targetType: 'user',
            targetId: user.id,
          },
          tx,
        );
      });
      keys.save();
      const p = this.sessions.all().find((s) => s.principal.userId === user.id);
      if (p) p.principal.mustChangePassword = false;
    });
  }

  /** Forgotten password, with the organisation's recovery key: a new slot (staff) or verifier (participant), and a login. */
  recover(
    connectionId: string | null,
    input: { username: string; recoveryKey: string; newPassword: string },
  ): Promise<Principal | null> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const recovery = keys.recoverySlot();
      const normalized = normalizeRecoveryKey(input.recoveryKey);
      const unlocked = recovery && normalized ? await keys.unwrap(recovery, normalized) : null;
      if (!unlocked) {
        await this.o.audit.record({
          actorId: null,
          actorRole: null,
          action: 'auth.recover',
          outcome: 'failed',
          reason: 'WRONG_RECOVERY_KEY',
        });
        throw new AuthError('WRONG_RECOVERY_KEY');
      }
      try {
        await this.openStore(unlocked, keys);
        const user = await usersRepo.byUsername(this.store.db, normalizeUsername(input.username));
        if (!user) throw new AuthError('UNKNOWN_USER');
        if (!user.active) throw new AuthError('ACCOUNT_DEACTIVATED');
        this.checkPassword(input.newPassword, [user.username, user.displayName]);
        const fresh = this.readKeys();
        await this.setSecret(fresh, user, input.newPassword);
        await this.store.db.transaction(async (tx) => {
          await usersRepo.setMustChangePassword(tx, user.id, false);
          await this.o.audit.record(
            {
              actorId: user.id,
              actorRole: user.role,
              action: 'auth.recover',
              outcome: 'ok',
              targetType: 'user',
              targetId: user.id,
            },
            tx,
          );
        });
        fresh.save();
        this.logins().reset(await fresh.lookup(user.username));
        const principal = this.principalOf({ ...user, mustChangePassword: false });
        if (connectionId) this.sessions.bind(connectionId, principal, this.now());
        this.startIdleTimer();
        return connectionId ? principal : null;
      } catch (err) {
        await this.lockIfIdle();
        throw err;
      } finally {
        wipeMaterial(unlocked.current);
        wipeMaterial(unlocked.next);
      }
    });
  }

  // ---- account management (admin) ----

  async listUsers(): Promise<(User & { counselorId: string | null })[]> {
    const users = await usersRepo.list(this.store.db);
    const rows = await this.store.db.all<{ id: string; counselor_id: string | null }>(
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
    return usersRepo.namesOf(this.store.db, userIds);
  }

  async createUser(admin: Principal, input: NewUser): Promise<User> {
    return this.serial(async () => {
      const username = this.checkUsername(input.username);
      this.checkPassword(input.password, [username, input.displayName]);
      if (await usersRepo.byUsername(this.store.db, username)) throw new AuthError('USERNAME_TAKEN');
      // Read under the data folder's lock, right before the change: nothing another writer saved is lost.
      const keys = this.readKeys();
      const id = randomUUID();
      const participantId = input.role === 'participant' ? randomUUID() : null;
      const at = new Date(this.now()).toISOString();
      if (input.role !== 'participant')
        await this.withOpenMaterial((m) => keys.setUserSlot(id, username, input.password, m, this.kdfCost));
      await this.store.db.transaction(async (tx) => {
        if (participantId)
          await this.o.followup.insertParticipant(tx, {
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
        if (input.role === 'participant') await participantCredentials.set(tx, id, input.password, this.kdfCost, at);
        await this.o.audit.record(
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
      return (await usersRepo.byId(this.store.db, id))!;
    });
  }

  /**
   * An admin sets a new password for a user (forgotten password): a new slot or verifier, the old
   * one gone. The user's open sessions end and the next login must choose a new password.
   */
  async resetPassword(admin: Principal, userId: string, newPassword: string): Promise<void> {
    await this.serial(async () => {
      const user = await this.requireUser(userId);
      this.checkPassword(newPassword, [user.username, user.displayName]);
      const keys = this.readKeys();
      await this.setSecret(keys, user, newPassword);
      await this.store.db.transaction(async (tx) => {
        await usersRepo.setMustChangePassword(tx, user.id, true);
        await this.o.audit.record(
          {
            actorId: admin.userId,
            actorRole: admin.role,
            action: 'user.reset_password',
            targetType: 'user',
            targetId: user.id,
            outcome: 'ok',
          },
          tx,
        );
      });
      keys.save();
      this.logins().reset(await keys.lookup(user.username));
      this.sessions.removeUser(user.id);
    });
  }

  /**
   * Deactivates an account: its sessions end; a staff account's key slot goes and the database is
   * rekeyed, so an old copy of keys.json with the old password opens nothing current.
   */
  async setActive(
    admin: Principal,
    userId: string,
    active: boolean,
    newPassword?: string,
    onProgress?: (p: RekeyProgress) => void,
  ): Promise<User> {
    return this.serial(async () => {
      const user = await this.requireUser(userId);
      if (!active && user.role === 'admin' && user.active && (await usersRepo.countActiveAdmins(this.store.db)) <= 1)
        throw new AuthError('LAST_ADMIN');
      const keys = this.readKeys();
      if (active) {
        if (!newPassword)
          throw new ApiError('VALIDATION', undefined, [
            { path: 'password', message: 'Sett et nytt passord når kontoen aktiveres igjen.' },
          ]);
        this.checkPassword(newPassword, [user.username, user.displayName]);
        await this.setSecret(keys, user, newPassword);
      } else {
        keys.removeUser(user.id);
      }
      await this.store.db.transaction(async (tx) => {
        await usersRepo.setActive(tx, user.id, active, new Date(this.now()).toISOString());
        // The admin chose the password: the user replaces it at the next login.
        if (active) await usersRepo.setMustChangePassword(tx, user.id, true);
        await this.o.audit.record(
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
      if (!active) this.sessions.removeUser(user.id);
      if (!active && user.role !== 'participant') await this.rekey(keys, admin, onProgress);
      else keys.save();
      return (await usersRepo.byId(this.store.db, user.id))!;
    });
  }

  /**
   * Erasure of a participant (core/privacy): the account's verifier goes, its failed-login count
   * is forgotten and its sessions end. The caller deletes the row.
   */
  async forgetAccount(admin: Principal, userId: string): Promise<void> {
    await this.serial(async () => {
      const user = await this.requireUser(userId);
      const keys = this.readKeys();
      await this.store.db.transaction(async (tx) => {
        await participantCredentials.remove(tx, user.id);
        await this.o.audit.record(
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
      this.logins().reset(await keys.lookup(user.username));
      this.sessions.removeUser(user.id);
      if (keys.slotsOfUser(user.id).length > 0) {
        keys.removeUser(user.id);
        await this.rekey(keys, admin);
      }
    });
  }

  /** A new recovery key replaces the old one (shown once); the database is rekeyed so the old one opens nothing current. */
  async rotateRecoveryKey(admin: Principal, onProgress?: (p: RekeyProgress) => void): Promise<string> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const recoveryKey = newRecoveryKey();
      await this.withOpenMaterial((m) => keys.setRecoverySlot(recoveryKey, m, this.kdfCost));
      await this.rekey(keys, admin, onProgress);
      await this.o.audit.record({
        actorId: admin.userId,
        actorRole: admin.role,
        action: 'auth.recovery_key_rotate',
        outcome: 'ok',
      });
      return recoveryKey;
    });
  }

  /**
   * Changes the database key and seals the new key material to every remaining slot (their
   * passwords are not needed: the material is sealed to each slot's public key). Crash-safe:
   * 1. keys.json gets the new material beside the current one (`next`) and is saved;
   * 2. PRAGMA rekey (one transaction: a crash rolls back to the old key);
   * 3. keys.json keeps only the new material.
   * A login after a crash opens with whichever key the database has and finishes the rekey.
   */
  private async rekey(keys: KeyFile, actor: Principal | null, onProgress?: (p: RekeyProgress) => void): Promise<void> {
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
      await this.o.audit.record({
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

  /** A user's new password: a new key slot for staff, a new verifier for a participant. */
  private async setSecret(keys: KeyFile, user: User, password: string): Promise<void> {
    if (user.role === 'participant') {
      await this.store.db.transaction((tx) =>
        participantCredentials.set(tx, user.id, password, this.kdfCost, new Date(this.now()).toISOString()),
      );
    } else {
      await this.withOpenMaterial((m) => keys.setUserSlot(user.id, user.username, password, m, this.kdfCost));
    }
  }

  /** Password check with the organisation's minimum length; VALIDATION with a Norwegian message. */
  checkPassword(password: string, personalWords: string[] = [], field = 'password'): void {
    const problem = passwordProblem(password, {
      minLength: this.o.settings.effective().passwordMinLength,
      personalWords,
    });
    if (problem) throw new ApiError('VALIDATION', problem, [{ path: field, message: problem }]);
  }

  // ---- internals ----

  private checkUsername(input: string): string {
    const username = normalizeUsername(input);
    if (!USERNAME.test(username)) {
      throw new ApiError('VALIDATION', undefined, [
        {
          path: 'username',
          message: 'Brukernavnet må ha 2–64 tegn: små bokstaver a–z, tall, punktum, bindestrek, understrek eller @.',
        },
      ]);
    }
    return username;
  }

  private readKeys(): KeyFile {
    if (!this.isSetUp()) throw new AuthError('SETUP_REQUIRED');
    return KeyFile.read(this.store.keyFile);
  }

  /**
   * Throws the key file's problem, if any. Pages poll the status every 15 s while locked and the key
   * file holds one slot per user (megabytes for a large organisation), so it is parsed again only
   * when it changed on disk.
   */
  private checkKeyFile(): void {
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

  /** Lends a copy of the open store's key material to `work` (to seal a new slot) and overwrites it afterwards. */
  private async withOpenMaterial(work: (m: KeyMaterial) => Promise<void>): Promise<void> {
    const m = this.currentMaterial();
    try {
      await work(m);
    } finally {
      wipeMaterial(m);
    }
  }

  private async requireUser(userId: string): Promise<User> {
    const user = await usersRepo.byId(this.store.db, userId);
    if (!user) throw new ApiError('NOT_FOUND', 'Fant ikke brukeren.');
    return user;
  }

  private principalOf(user: User): Principal {
    return {
      userId: user.id,
      role: user.role,
      displayName: user.displayName,
      sessionId: randomUUID(),
      participantId: user.participantId,
      mustChangePassword: user.mustChangePassword,
    };
  }

  /**
   * Opens the store with what a slot unlocked. During an interrupted rekey the database is under
   * the current or the next key: whichever opens it is used, and the rekey is finished here.
   */
  private async openStore(unlocked: Unlocked, keys: KeyFile): Promise<void> {
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
      await this.o.audit.checkAgainstCheckpoint().catch(() => this.o.logger.warn('audit.checkpoint_check_failed'));
      await this.o.audit.flushPending().catch(() => this.o.logger.warn('audit.pending_failed'));
      await this.o.audit.checkpointIfDue(this.now());
      await this.o.settings.load();
    } catch (err) {
      await this.store.close();
      throw err;
    }
  }

  private async expireIdle(): Promise<void> {
    if (this.sessions.size === 0 && !this.participantMode) return;
    const ended = this.sessions.expireIdle(this.now(), this.idleMs());
    // Deltakermodus closes after the idle time too: unlocking again needs a staff password.
    const modeEnded = this.participantMode !== null && this.now() - this.participantMode.lastActivity >= this.idleMs();
    if (modeEnded) this.endParticipantMode();
    if (ended.length === 0 && !modeEnded) return;
    await this.serial(async () => {
      for (const p of ended) {
        if (this.store.isOpen)
          await this.o.audit
            .record({ actorId: p.userId, actorRole: p.role, action: 'auth.idle_lock', outcome: 'ok' })
            .catch(() => undefined);
      }
      await this.lockIfIdle();
    });
  }

  private async lockIfIdle(): Promise<void> {
    if (this.sessions.size > 0 || this.participantMode !== null || !this.store.isOpen) return;
    // The chain head goes outside the database, and the pending file gets a key for this lock period.
    await this.o.audit.beforeLock('lock').catch(() => this.o.logger.warn('audit.checkpoint_failed'));
    await this.store.close();
    this.o.settings.forgetStored();
    this.stopIdleTimer();
    for (const listener of this.lockListeners) {
      try {
        listener();
      } catch {
        this.o.logger.warn('auth.lock_listener_failed');
      }
    }
    this.o.logger.info('auth.locked');
  }

  private startIdleTimer(): void {
    if (this.idleTimer) return;
    this.idleTimer = setInterval(() => {
      void this.expireIdle().catch(() => this.o.logger.warn('auth.idle_check_failed'));
      if (this.store.isOpen)
        void this.o.audit.checkpointIfDue(this.now()).catch(() => this.o.logger.warn('audit.checkpoint_failed'));
    }, 15_000);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }

  /** For shutdown: stop timers and lock. */
  async close(): Promise<void> {
    this.stopIdleTimer();
    await this.lockAll();
  }
}
