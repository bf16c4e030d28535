import type { Principal } from './types.js';

interface Session {
  principal: Principal;
  lastActivity: number;
}

/** Which user is logged in on which transport connection, and when they last did something. */
export class SessionRegistry {
  private readonly byConnection = new Map<string, Session>();

  bind(connectionId: string, principal: Principal, now: number): void {
    this.byConnection.set(connectionId, { principal, lastActivity: now });
  }

  /** The connection's user, or null; does not count as activity. */
  peek(connectionId: string): Principal | null {
    return this.byConnection.get(connectionId)?.principal ?? null;
  }

  touch(connectionId: string, now: number): void {
    const s = this.byConnection.get(connectionId);
    if (s) s.lastActivity = now;
  }

  remove(connectionId: string): Principal | null {
    const s = this.byConnection.get(connectionId);
    this.byConnection.delete(connectionId);
    return s?.principal ?? null;
  }

  removeUser(userId: string): Principal[] {
    const removed: Principal[] = [];
    for (const [id, s] of this.byConnection) {
      if (s.principal.userId === userId) {
        this.byConnection.delete(id);
        removed.push(s.principal);
      }
    }
    return removed;
  }

  /** Ends every session idle for longer than `idleMs`; returns the ended ones. */
  expireIdle(now: number, idleMs: number): Principal[] {
    const ended: Principal[] = [];
    for (const [id, s] of this.byConnection) {
      if (now - s.lastActivity >= idleMs) {
        this.byConnection.delete(id);
        ended.push(s.principal);
      }
    }
    return ended;
  }

  all(): { connectionId: string; principal: Principal }[] {
    return [...this.byConnection].map(([connectionId, s]) => ({ connectionId, principal: s.principal }));
  }

  clear(): Principal[] {
    const all = [...this.byConnection.values()].map((s) => s.principal);
    this.byConnection.clear();
    return all;
  }

  get size(): number {
    return this.byConnection.size;
  }
}
