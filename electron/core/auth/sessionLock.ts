import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AuthDeps } from './keyVault.js';
import { LoginState } from './loginState.js';
import { SessionRegistry } from './sessions.js';
import type { Principal } from './types.js';
import type { User } from './users.js';

export const LOGIN_STATE_FILE = 'login-state.json';

/** A fresh session's principal for an account. */
export function principalOf(user: User): Principal {
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
 * Who is logged in on which connection, deltakermodus, the idle lock and the failed-login counts.
 * The database key exists in memory only while at least one connection is logged in (or
 * deltakermodus is on); when the last one logs out, locks or goes idle, the store closes and the
 * key is overwritten.
 */
export class SessionLock {
  readonly sessions = new SessionRegistry();
  private loginState: LoginState | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly lockListeners = new Set<() => void>();
  /** Deltakermodus: staff unlocked the app for participants and left; the store stays open until it ends or goes idle. */
  private participantMode: { openedBy: string; lastActivity: number } | null = null;
  /** Serialises logins, setup and locking so two never open or close the store at once. */
  private gate: Promise<unknown> = Promise.resolve();

  constructor(private readonly d: AuthDeps) {}

  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.gate.then(work, work);
    this.gate = next.catch(() => undefined);
    return next;
  }

  /** Failed logins per account, in a file beside the key file (the database is locked when they happen). */
  logins(): LoginState {
    this.loginState ??= new LoginState(path.join(this.d.store.dataDir, LOGIN_STATE_FILE));
    return this.loginState;
  }

  private idleMs(): number {
    return this.d.settings.effective().inactivityLockMinutes * 60_000;
  }

  /** Called when the app locks (drop caches of decrypted data there). */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  get participantModeOn(): boolean {
    return this.participantMode !== null;
  }

  startParticipantMode(openedBy: string): void {
    this.participantMode = { openedBy, lastActivity: this.d.now() };
  }

  /** Someone did something while deltakermodus is on: its idle clock starts again. */
  touchParticipantMode(): void {
    if (this.participantMode) this.participantMode.lastActivity = this.d.now();
  }

  /** Ends deltakermodus: every participant session ends with it. */
  endParticipantMode(): void {
    this.participantMode = null;
    for (const p of this.sessions.all()) if (p.principal.role === 'participant') this.sessions.remove(p.connectionId);
  }

  /** Every session and deltakermodus end (the caller then locks). */
  endAll(): void {
    this.sessions.clear();
    this.participantMode = null;
  }

  /**
   * The connection's user, or null when nobody is logged in there or the session went idle.
   * `activity` says whether this call counts as the user doing something (it resets the idle clock).
   */
  async resolve(connectionId: string, activity = true): Promise<Principal | null> {
    await this.expireIdle();
    const principal = this.sessions.peek(connectionId);
    if (principal && activity) {
      this.sessions.touch(connectionId, this.d.now());
      this.touchParticipantMode();
    }
    return principal;
  }

  async expireIdle(): Promise<void> {
    if (this.sessions.size === 0 && !this.participantMode) return;
    const ended = this.sessions.expireIdle(this.d.now(), this.idleMs());
    // Deltakermodus closes after the idle time too: unlocking again needs a staff password.
    const modeEnded =
      this.participantMode !== null && this.d.now() - this.participantMode.lastActivity >= this.idleMs();
    if (modeEnded) this.endParticipantMode();
    if (ended.length === 0 && !modeEnded) return;
    await this.serial(async () => {
      for (const p of ended) {
        await this.d.audit.sessionEnded(p.userId);
        if (this.d.store.isOpen)
          await this.d.audit
            .record({ actorId: p.userId, actorRole: p.role, action: 'auth.idle_lock', outcome: 'ok' })
            .catch(() => undefined);
      }
      await this.lockIfIdle();
    });
  }

  /** Closes the store and overwrites its key when nobody is logged in and deltakermodus is off. */
  async lockIfIdle(): Promise<void> {
    const { store, audit, logger, settings } = this.d;
    if (this.sessions.size > 0 || this.participantMode !== null || !store.isOpen) return;
    // The chain head goes outside the database, and the pending file gets a key for this lock period.
    await audit.beforeLock('lock').catch(() => logger.warn('audit.checkpoint_failed'));
    await store.close();
    settings.forgetStored();
    this.stopIdleTimer();
    for (const listener of this.lockListeners) {
      try {
        listener();
      } catch {
        logger.warn('auth.lock_listener_failed');
      }
    }
    logger.info('auth.locked');
  }

  startIdleTimer(): void {
    if (this.idleTimer) return;
    this.idleTimer = setInterval(() => {
      void this.expireIdle().catch(() => this.d.logger.warn('auth.idle_check_failed'));
      if (this.d.store.isOpen)
        void this.d.audit.checkpointIfDue(this.d.now()).catch(() => this.d.logger.warn('audit.checkpoint_failed'));
    }, 15_000);
    this.idleTimer.unref();
  }

  stopIdleTimer(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }
}
