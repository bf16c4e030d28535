import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/core/api/errors';
import type { OutputOf } from '../../../electron/core/api/router';
import { ApiProvider, useApi } from '../api/ApiContext';
import { watchSession } from './watchBridge';

type Status = OutputOf<'auth.status'>;
export type SessionUser = NonNullable<Status['user']>;
export type StoreProblem = NonNullable<Status['problem']>;

/** Why the login screen is showing: it words its message after this. */
export type SignOutReason = 'none' | 'logout' | 'lock' | 'idle' | 'ended' | 'participantModeEnded';

export type SessionPhase =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'problem'; problem: StoreProblem }
  | { kind: 'setup' }
  | { kind: 'signed-out'; reason: SignOutReason }
  | { kind: 'signed-in'; user: SessionUser; organisationName: string | null };

/** Real input is reported at most this often (every API call a user makes also counts). */
export const ACTIVITY_THROTTLE_MS = 30_000;
/** How often the screen asks whether this connection is still logged in (does not count as activity). */
export const STATUS_POLL_MS = 15_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

interface SessionValue {
  phase: SessionPhase;
  inactivityLockMinutes: number;
  /** The username last used on this screen (in memory only), to prefill the lock screen. */
  lastUsername: string | null;
  forgetUsername(): void;
  /** Asks the app again (after a problem was fixed, or when setup is done). */
  refresh(): Promise<void>;
  /**
   * After a successful login, recovery or setup on this connection; with the app's status when the
   * call answered with it (auth.login does, so the signed-in screen needs no second round trip).
   */
  signedIn(username: string, status?: Status): Promise<void>;
  /** "Lås": ends this connection's session; the screen shows the lock screen at once. */
  lock(): void;
  logout(): void;
  /** A login revealed a store problem (e.g. a database from another organisation). */
  showProblem(problem: StoreProblem): void;
  /** Resolves when the last lock or logout has reached the app. */
  settled(): Promise<void>;
  /** Deltakermodus: staff left the app unlocked on this machine for participants to sign in. */
  participantMode: boolean;
  /** Staff on this connection opens deltakermodus; their own session ends. */
  startParticipantMode(): Promise<ApiResult<unknown>>;
  /** Ends deltakermodus with a staff member's username and password; the app locks. */
  stopParticipantMode(username: string, password: string): Promise<ApiResult<unknown>>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession brukt utenfor SessionProvider');
  return session;
}

/** The logged-in user; only for components rendered while signed in. */
export function useSignedIn(): { user: SessionUser; organisationName: string | null } {
  const { phase } = useSession();
  if (phase.kind !== 'signed-in') throw new Error('useSignedIn brukt uten innlogget bruker');
  return phase;
}

/**
 * Who is logged in on this connection, kept in step with the app: the status is checked at start,
 * every STATUS_POLL_MS while signed in, when the window gets focus, and whenever a call is refused
 * for want of a session. Real input (keys, pointer, wheel, touch) is reported, throttled, so the
 * app does not lock while someone works. When the session is gone, the phase changes and the
 * signed-in screens unmount: nothing stays rendered behind the lock screen.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const raw = useApi();
  const [phase, setPhaseState] = useState<SessionPhase>({ kind: 'loading' });
  const [inactivityLockMinutes, setInactivityLockMinutes] = useState(10);
  const [lastUsername, setLastUsername] = useState<string | null>(null);
  const [participantMode, setParticipantMode] = useState(false);
  const phaseRef = useRef<SessionPhase>(phase);
  /** Bumped by every sign-in and sign-out, so an older status answer never overrides it. */
  const generation = useRef(0);
  const lastInput = useRef(Date.now());
  const lastActivitySent = useRef(0);
  const pendingSignOut = useRef<Promise<unknown>>(Promise.resolve());
  const minutesRef = useRef(inactivityLockMinutes);

  const setPhase = useCallback((next: SessionPhase) => {
    phaseRef.current = next;
    setPhaseState(next);
  }, []);

  /** Shows what the app's status says (who is logged in here, or why no one is). */
  const applyStatus = useCallback(
    (status: Status) => {
      minutesRef.current = status.inactivityLockMinutes;
      setInactivityLockMinutes(status.inactivityLockMinutes);
      setParticipantMode(status.participantMode);
      const current = phaseRef.current;
      if (status.problem) {
        setPhase({ kind: 'problem', problem: status.problem });
      } else if (status.state === 'setup') {
        if (current.kind !== 'setup') setPhase({ kind: 'setup' });
      } else if (status.user) {
        const same =
          current.kind === 'signed-in' &&
          current.user.userId === status.user.userId &&
          current.user.mustChangePassword === status.user.mustChangePassword &&
          current.organisationName === status.organisationName;
        if (!same) setPhase({ kind: 'signed-in', user: status.user, organisationName: status.organisationName });
      } else if (current.kind === 'signed-in') {
        // The app ended this session: idle lock (the app's clock is at most one throttle behind ours) or an admin's action.
        const idleFor = Date.now() - lastInput.current;
        const idle = idleFor >= status.inactivityLockMinutes * 60_000 - ACTIVITY_THROTTLE_MS - STATUS_POLL_MS;
        generation.current++;
        setPhase({ kind: 'signed-out', reason: idle ? 'idle' : 'ended' });
      } else if (current.kind !== 'signed-out') {
        setPhase({ kind: 'signed-out', reason: 'none' });
      }
    },
    [setPhase],
  );

  const refresh = useCallback(async () => {
    const gen = generation.current;
    let result: ApiResult<Status>;
    try {
      result = await raw.call('auth.status', {});
    } catch {
      result = { ok: false, error: { code: 'UNAVAILABLE', message: t('errors.unreachable') } };
    }
    if (gen !== generation.current) return;
    if (!result.ok) {
      setPhase({ kind: 'unreachable', message: result.error.message });
      return;
    }
    applyStatus(result.data);
  }, [raw, setPhase, t, applyStatus]);

  const watched = useMemo(
    () =>
      watchSession(raw, () => {
        if (phaseRef.current.kind === 'signed-in') void refresh();
      }),
    [raw, refresh],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // While signed in: report real input (throttled) and check the status regularly.
  useEffect(() => {
    if (phase.kind !== 'signed-in') return;
    const onInput = () => {
      const now = Date.now();
      lastInput.current = now;
      if (now - lastActivitySent.current < ACTIVITY_THROTTLE_MS) return;
      lastActivitySent.current = now;
      void watched.call('auth.activity', {});
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const onFocus = () => void refresh();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => void refresh(), STATUS_POLL_MS);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [phase.kind, refresh, watched]);

  // While the sign-in screen shows deltakermodus: notice when the idle lock (or another window) closed it.
  useEffect(() => {
    if (phase.kind !== 'signed-out' || !participantMode) return;
    const timer = window.setInterval(() => void refresh(), STATUS_POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [phase.kind, participantMode, refresh]);

  const endSession = useCallback(
    (procedure: 'auth.lock' | 'auth.logout', reason: SignOutReason) => {
      generation.current++;
      // Unmount first, then tell the app: the screen is cleared even if the call is slow.
      setPhase({ kind: 'signed-out', reason });
      pendingSignOut.current = raw.call(procedure, {}).catch(() => undefined);
    },
    [raw, setPhase],
  );

  const value = useMemo<SessionValue>(
    () => ({
      phase,
      inactivityLockMinutes,
      lastUsername,
      forgetUsername: () => setLastUsername(null),
      refresh,
      signedIn: async (username, status) => {
        generation.current++;
        setLastUsername(username.trim().toLowerCase());
        lastInput.current = Date.now();
        // Logging in counts as activity in the app too.
        lastActivitySent.current = Date.now();
        if (status) applyStatus(status);
        else await refresh();
      },
      lock: () => endSession('auth.lock', 'lock'),
      logout: () => {
        setLastUsername(null);
        endSession('auth.logout', 'logout');
      },
      showProblem: (problem) => {
        generation.current++;
        setPhase({ kind: 'problem', problem });
      },
      settled: () => pendingSignOut.current.then(() => undefined),
      participantMode,
      startParticipantMode: async () => {
        const result = await raw.call('auth.participantMode.start', {});
        if (result.ok) {
          generation.current++;
          setLastUsername(null);
          setParticipantMode(true);
          setPhase({ kind: 'signed-out', reason: 'none' });
        }
        return result;
      },
      stopParticipantMode: async (username, password) => {
        const result = await raw.call('auth.participantMode.stop', { username, password });
        if (result.ok) {
          generation.current++;
          setLastUsername(null);
          setParticipantMode(false);
          setPhase({ kind: 'signed-out', reason: 'participantModeEnded' });
        }
        return result;
      },
    }),
    [phase, inactivityLockMinutes, lastUsername, participantMode, refresh, applyStatus, endSession, setPhase, raw],
  );

  return (
    <SessionContext.Provider value={value}>
      <ApiProvider value={watched}>{children}</ApiProvider>
    </SessionContext.Provider>
  );
}
