import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors.js';
import type { AuditService } from '../audit/service.js';
import type { EncryptedStore } from '../db/store.js';
import type { FollowupService } from '../followup/service.js';
import type { Logger } from '../log.js';
import type { SettingsService } from '../settings/service.js';
import { AuthError } from './errors.js';
import { DEFAULT_KDF_COST, deriveKey, newKdfParams, type KdfCost } from './kdf.js';
import { KeyFile, normalizeUsername, usernameLookup } from './keyFile.js';
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
  user: { userId: string; role: Role; displayName: string; participantId: string | null } | null;
  /** Only for a logged-in connection (the name lives in the encrypted database). */
  organisationName: string | null;
  inactivityLockMinutes: number;
  /** A problem with the key file or database that stops any login (Norwegian). */
  problem: { code: string; message: string } | null;
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
    const principal = connectionId ? await this.resolve(connectionId, false) : null;
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
      user: principal ? { userId: principal.userId, role: principal.role, displayName: principal.displayName, participantId: principal.participantId } : null,
      organisationName: principal ? (await this.store.organisation()).name : null,
      inactivityLockMinutes: this.o.settings.effective().inactivityLockMinutes,
      problem,
    };
  }

  /**
   * The connection's user, or null when nobody is logged in there or the session went idle.
   * `activity` says whether this call counts as the user doing something (it resets the idle clock).
   */
  async resolve(connectionId: string, activity = true): Promise<Principal | null> {
    await this.expireIdle();
    const principal = this.sessions.peek(connectionId);
    if (principal && activity) this.sessions.touch(connectionId, this.now());
    return principal;
  }

  /** First run: organisation, database key, first admin and the recovery key (returned once). */
  setup(connectionId: string | null, input: { organisationName: string; admin: { username: string; displayName: string; password: string } }): Promise<{ recoveryKey: string; principal: Principal | null }> {
    return this.serial(async () => {
      if (this.isSetUp()) throw new AuthError('ALREADY_SET_UP');
      const username = this.checkUsername(input.admin.username);
      this.checkPassword(input.admin.password, [username, input.admin.displayName, input.organisationName]);
      const organisationId = randomUUID();
      const dbKey = randomBytes(32);
      const recoveryKey = newRecoveryKey();
      const adminId = randomUUID();
      const keys = KeyFile.create(this.store.keyFile, organisationId);
      try {
        await keys.setUserSlot(adminId, username, input.admin.password, dbKey, this.kdfCost);
        await keys.setRecoverySlot(recoveryKey, dbKey, this.kdfCost);
        await this.store.create(dbKey, { id: organisationId, name: input.organisationName });
        await this.store.db.transaction(async (tx) => {
          await usersRepo.insert(tx, { id: adminId, username, displayName: input.admin.displayName, role: 'admin', participantId: null, createdAt: new Date(this.now()).toISOString() });
          await this.o.audit.record({ actorId: adminId, actorRole: 'admin', action: 'org.setup', targetType: 'organisation', targetId: organisationId, outcome: 'ok' }, tx);
        });
        keys.save();
      } catch (err) {
        // Nothing half-made stays behind: no key file, no database.
        await this.store.close().catch(() => undefined);
        for (const f of [this.store.keyFile, this.store.dbFile, `${this.store.dbFile}-wal`, `${this.store.dbFile}-shm`]) fs.rmSync(f, { force: true });
        throw err;
      } finally {
        dbKey.fill(0);
      }
      await this.o.settings.load();
      const principal: Principal = { userId: adminId, role: 'admin', displayName: input.admin.displayName, sessionId: randomUUID(), participantId: null };
      if (connectionId) this.sessions.bind(connectionId, principal, this.now());
      else await this.lockIfIdle();
      this.startIdleTimer();
      return { recoveryKey, principal: connectionId ? principal : null };
    });
  }

  /** Password login: unwraps the user's slot, opens the store if it is closed, binds the connection. */
  login(connectionId: string, usernameInput: string, password: string): Promise<Principal> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const username = normalizeUsername(usernameInput);
      const lookup = usernameLookup(keys.organisationId, username);
      const wait = this.logins().waitMs(lookup, this.now());
      if (wait > 0) {
        await this.o.audit.record({ actorId: null, actorRole: null, action: 'auth.login', outcome: 'denied', reason: 'ACCOUNT_LOCKED', targetType: 'user', targetId: keys.userSlot(username)?.userId ?? null });
        throw new AuthError('ACCOUNT_LOCKED', Math.ceil(wait / 1000));
      }
      const slot = keys.userSlot(username);
      // An unknown username costs the same KDF work as a known one, so timing does not tell them apart.
      const dbKey = slot ? await keys.unwrap(slot, password) : await deriveKey(password, newKdfParams(this.kdfCost)).then(() => null);
      if (!slot || !dbKey) {
        const failures = this.logins().recordFailure(lookup, this.now());
        await this.o.audit.record({ actorId: null, actorRole: null, action: 'auth.login', outcome: 'failed', reason: slot ? 'WRONG_PASSWORD' : keys.isDeactivated(username) ? 'ACCOUNT_DEACTIVATED' : 'UNKNOWN_USER', targetType: slot ? 'user' : null, targetId: slot?.userId ?? null });
        if (!slot && keys.isDeactivated(username)) throw new AuthError('ACCOUNT_DEACTIVATED');
        const nextWait = this.logins().waitMs(lookup, this.now());
        if (nextWait > 0 && failures > 0) throw new AuthError('ACCOUNT_LOCKED', Math.ceil(nextWait / 1000));
        throw new AuthError('WRONG_CREDENTIALS');
      }
      try {
        await this.openStore(dbKey, keys.organisationId);
      } catch (err) {
        const reason = err instanceof AuthError ? err.code : 'INTERNAL';
        await this.o.audit.record({ actorId: slot.userId, actorRole: null, action: 'auth.login', outcome: 'error', reason, targetType: 'user', targetId: slot.userId }).catch(() => undefined);
        throw err;
      } finally {
        dbKey.fill(0);
      }
      const user = await usersRepo.byId(this.store.db, slot.userId);
      if (!user || !user.active) {
        await this.o.audit.record({ actorId: slot.userId, actorRole: user?.role ?? null, action: 'auth.login', outcome: 'denied', reason: 'ACCOUNT_DEACTIVATED', targetType: 'user', targetId: slot.userId });
        await this.lockIfIdle();
        throw new AuthError('ACCOUNT_DEACTIVATED');
      }
      this.logins().reset(lookup);
      const principal = this.principalOf(user);
      this.sessions.bind(connectionId, principal, this.now());
      await this.o.audit.record({ actorId: user.id, actorRole: user.role, action: 'auth.login', outcome: 'ok', targetType: 'user', targetId: user.id });
      this.startIdleTimer();
      return principal;
    });
  }

  /** Ends this connection's session ("Lås" and "Logg ut"); the store closes when nobody is left. */
  logout(connectionId: string, reason: 'logout' | 'lock' | 'disconnect' = 'logout'): Promise<void> {
    return this.serial(async () => {
      const principal = this.sessions.remove(connectionId);
      if (principal && this.store.isOpen && reason !== 'disconnect') {
        await this.o.audit.record({ actorId: principal.userId, actorRole: principal.role, action: reason === 'lock' ? 'auth.lock' : 'auth.logout', outcome: 'ok' });
      }
      await this.lockIfIdle();
    });
  }

  /** Locks everything now: every session ends, the store closes and the key is overwritten. */
  lockAll(): Promise<void> {
    return this.serial(async () => {
      this.sessions.clear();
      await this.lockIfIdle();
    });
  }

  /** A user changes their own password: only their slot is rewrapped, the database is not touched. */
  async changePassword(principal: Principal, current: string, next: string): Promise<void> {
    await this.serial(async () => {
      const keys = this.readKeys();
      const user = await this.requireUser(principal.userId);
      const slot = keys.userSlot(user.username);
      const dbKey = slot ? await keys.unwrap(slot, current) : null;
      if (!dbKey) {
        await this.o.audit.record({ actorId: user.id, actorRole: user.role, action: 'auth.password_change', outcome: 'failed', reason: 'WRONG_PASSWORD', targetType: 'user', targetId: user.id });
        throw new AuthError('WRONG_PASSWORD');
      }
      try {
        this.checkPassword(next, [user.username, user.displayName]);
        await keys.setUserSlot(user.id, user.username, next, dbKey, this.kdfCost);
        keys.save();
      } finally {
        dbKey.fill(0);
      }
      await this.o.audit.record({ actorId: user.id, actorRole: user.role, action: 'auth.password_change', outcome: 'ok', targetType: 'user', targetId: user.id });
    });
  }

  /** Forgotten password, with the organisation's recovery key: a new slot for the user, and a login. */
  recover(connectionId: string | null, input: { username: string; recoveryKey: string; newPassword: string }): Promise<Principal | null> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const recovery = keys.recoverySlot();
      const normalized = normalizeRecoveryKey(input.recoveryKey);
      const dbKey = recovery && normalized ? await keys.unwrap(recovery, normalized) : null;
      if (!dbKey) {
        await this.o.audit.record({ actorId: null, actorRole: null, action: 'auth.recover', outcome: 'failed', reason: 'WRONG_RECOVERY_KEY' });
        throw new AuthError('WRONG_RECOVERY_KEY');
      }
      try {
        await this.openStore(dbKey, keys.organisationId);
        const user = await usersRepo.byUsername(this.store.db, normalizeUsername(input.username));
        if (!user) throw new AuthError('UNKNOWN_USER');
        if (!user.active) throw new AuthError('ACCOUNT_DEACTIVATED');
        this.checkPassword(input.newPassword, [user.username, user.displayName]);
        await keys.setUserSlot(user.id, user.username, input.newPassword, dbKey, this.kdfCost);
        keys.save();
        this.logins().reset(usernameLookup(keys.organisationId, user.username));
        await this.o.audit.record({ actorId: user.id, actorRole: user.role, action: 'auth.recover', outcome: 'ok', targetType: 'user', targetId: user.id });
        const principal = this.principalOf(user);
        if (connectionId) this.sessions.bind(connectionId, principal, this.now());
        this.startIdleTimer();
        return connectionId ? principal : null;
      } catch (err) {
        await this.lockIfIdle();
        throw err;
      } finally {
        dbKey.fill(0);
      }
    });
  }

  // ---- account management (admin) ----

  async listUsers(): Promise<(User & { counselorId: string | null })[]> {
    const users = await usersRepo.list(this.store.db);
    const rows = await this.store.db.all<{ id: string; counselor_id: string | null }>('SELECT id, counselor_id FROM participants');
    const counselorOf = new Map(rows.map((r) => [r.id, r.counselor_id]));
    return users.map((u) => ({ ...u, counselorId: u.participantId ? (counselorOf.get(u.participantId) ?? null) : null }));
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
      const keys = this.readKeys();
      const id = randomUUID();
      const participantId = input.role === 'participant' ? randomUUID() : null;
      await this.withOpenKey((dbKey) => keys.setUserSlot(id, username, input.password, dbKey, this.kdfCost));
      await this.store.db.transaction(async (tx) => {
        if (participantId) await this.o.followup.insertParticipant(tx, { id: participantId, displayName: input.displayName, counselorId: input.counselorId ?? null });
        await usersRepo.insert(tx, { id, username, displayName: input.displayName, role: input.role, participantId, createdAt: new Date(this.now()).toISOString() });
        await this.o.audit.record({ actorId: admin.userId, actorRole: admin.role, action: 'user.create', targetType: 'user', targetId: id, outcome: 'ok', reason: input.role }, tx);
      });
      // The slot is written after the row commits; if it fails, the account exists without a login and can be reset.
      keys.save();
      return (await usersRepo.byId(this.store.db, id))!;
    });
  }

  /** An admin sets a new password for a user (forgotten password): a new slot, the old one gone. */
  async resetPassword(admin: Principal, userId: string, newPassword: string): Promise<void> {
    await this.serial(async () => {
      const user = await this.requireUser(userId);
      this.checkPassword(newPassword, [user.username, user.displayName]);
      const keys = this.readKeys();
      await this.withOpenKey((dbKey) => keys.setUserSlot(user.id, user.username, newPassword, dbKey, this.kdfCost));
      keys.save();
      this.logins().reset(usernameLookup(keys.organisationId, user.username));
      await this.o.audit.record({ actorId: admin.userId, actorRole: admin.role, action: 'user.reset_password', targetType: 'user', targetId: user.id, outcome: 'ok' });
    });
  }

  /** Deactivates an account: its key slot is removed (it can no longer unlock anything) and its sessions end. */
  async setActive(admin: Principal, userId: string, active: boolean, newPassword?: string): Promise<User> {
    return this.serial(async () => {
      const user = await this.requireUser(userId);
      if (!active && user.role === 'admin' && user.active && (await usersRepo.countActiveAdmins(this.store.db)) <= 1) throw new AuthError('LAST_ADMIN');
      const keys = this.readKeys();
      if (active) {
        if (!newPassword) throw new ApiError('VALIDATION', undefined, [{ path: 'password', message: 'Sett et nytt passord når kontoen aktiveres igjen.' }]);
        this.checkPassword(newPassword, [user.username, user.displayName]);
        await this.withOpenKey((dbKey) => keys.setUserSlot(user.id, user.username, newPassword, dbKey, this.kdfCost));
      } else {
        keys.deactivateUser(user.id, user.username);
      }
      await this.store.db.transaction(async (tx) => {
        await usersRepo.setActive(tx, user.id, active, new Date(this.now()).toISOString());
        await this.o.audit.record({ actorId: admin.userId, actorRole: admin.role, action: active ? 'user.activate' : 'user.deactivate', targetType: 'user', targetId: user.id, outcome: 'ok' }, tx);
      });
      keys.save();
      if (!active) this.sessions.removeUser(user.id);
      return (await usersRepo.byId(this.store.db, user.id))!;
    });
  }

  /**
   * Erasure of a participant (core/privacy): the account's key slots and its remembered lookup go,
   * its failed-login count is forgotten and its sessions end. The caller deletes the row.
   */
  async forgetAccount(admin: Principal, userId: string): Promise<void> {
    await this.serial(async () => {
      const user = await this.requireUser(userId);
      const keys = this.readKeys();
      keys.forgetUser(user.id, user.username);
      keys.save();
      this.logins().reset(usernameLookup(keys.organisationId, user.username));
      this.sessions.removeUser(user.id);
      await this.o.audit.record({ actorId: admin.userId, actorRole: admin.role, action: 'user.erase', targetType: 'user', targetId: user.id, outcome: 'ok' });
    });
  }

  /** A new recovery key replaces the old one (shown once). */
  async rotateRecoveryKey(admin: Principal): Promise<string> {
    return this.serial(async () => {
      const keys = this.readKeys();
      const recoveryKey = newRecoveryKey();
      await this.withOpenKey((dbKey) => keys.setRecoverySlot(recoveryKey, dbKey, this.kdfCost));
      keys.save();
      await this.o.audit.record({ actorId: admin.userId, actorRole: admin.role, action: 'auth.recovery_key_rotate', outcome: 'ok' });
      return recoveryKey;
    });
  }

  /** Password check with the organisation's minimum length; VALIDATION with a Norwegian message. */
  checkPassword(password: string, personalWords: string[] = [], field = 'password'): void {
    const problem = passwordProblem(password, { minLength: this.o.settings.effective().passwordMinLength, personalWords });
    if (problem) throw new ApiError('VALIDATION', problem, [{ path: field, message: problem }]);
  }

  // ---- internals ----

  private checkUsername(input: string): string {
    const username = normalizeUsername(input);
    if (!USERNAME.test(username)) {
      throw new ApiError('VALIDATION', undefined, [{ path: 'username', message: 'Brukernavnet må ha 2–64 tegn: små bokstaver a–z, tall, punktum, bindestrek, understrek eller @.' }]);
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

  /** Lends a copy of the open store's key to `work` (to wrap a new slot) and overwrites it afterwards. */
  private async withOpenKey(work: (dbKey: Buffer) => Promise<void>): Promise<void> {
    const dbKey = this.store.currentKey();
    try {
      await work(dbKey);
    } finally {
      dbKey.fill(0);
    }
  }

  private async requireUser(userId: string): Promise<User> {
    const user = await usersRepo.byId(this.store.db, userId);
    if (!user) throw new ApiError('NOT_FOUND', 'Fant ikke brukeren.');
    return user;
  }

  private principalOf(user: User): Principal {
    return { userId: user.id, role: user.role, displayName: user.displayName, sessionId: randomUUID(), participantId: user.participantId };
  }

  private async openStore(dbKey: Buffer, organisationId: string): Promise<void> {
    if (this.store.isOpen) return;
    await this.store.open(dbKey, organisationId);
    try {
      await this.o.audit.flushPending();
      await this.o.settings.load();
    } catch (err) {
      await this.store.close();
      throw err;
    }
  }

  private async expireIdle(): Promise<void> {
    if (this.sessions.size === 0) return;
    const ended = this.sessions.expireIdle(this.now(), this.idleMs());
    if (ended.length === 0) return;
    await this.serial(async () => {
      for (const p of ended) {
        if (this.store.isOpen) await this.o.audit.record({ actorId: p.userId, actorRole: p.role, action: 'auth.idle_lock', outcome: 'ok' }).catch(() => undefined);
      }
      await this.lockIfIdle();
    });
  }

  private async lockIfIdle(): Promise<void> {
    if (this.sessions.size > 0 || !this.store.isOpen) return;
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
    this.idleTimer = setInterval(() => void this.expireIdle().catch(() => this.o.logger.warn('auth.idle_check_failed')), 15_000);
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
