import type { SqlRunner } from '../db/index.js';
import type { Role } from './types.js';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  participantId: string | null;
  createdAt: string;
  deactivatedAt: string | null;
  mustChangePassword: boolean;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  active: number;
  participant_id: string | null;
  created_at: string;
  deactivated_at: string | null;
  must_change_password?: number;
}

const fromRow = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  active: r.active === 1,
  participantId: r.participant_id,
  createdAt: r.created_at,
  deactivatedAt: r.deactivated_at,
  mustChangePassword: r.must_change_password === 1,
});

/** The users table: accounts of the organisation. */
export const usersRepo = {
  async insert(tx: SqlRunner, u: Omit<User, 'active' | 'deactivatedAt' | 'mustChangePassword'>): Promise<void> {
    await tx.run(
      'INSERT INTO users (id, username, display_name, role, active, participant_id, created_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
      [u.id, u.username, u.displayName, u.role, u.participantId, u.createdAt],
    );
  },
  async byId(db: SqlRunner, id: string): Promise<User | null> {
    const r = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
    return r ? fromRow(r) : null;
  },
  async byUsername(db: SqlRunner, username: string): Promise<User | null> {
    const r = await db.get<UserRow>('SELECT * FROM users WHERE username = ?', [username]);
    return r ? fromRow(r) : null;
  },
  async list(db: SqlRunner, filter: { role?: Role } = {}): Promise<User[]> {
    const rows = filter.role
      ? await db.all<UserRow>('SELECT * FROM users WHERE role = ? ORDER BY display_name COLLATE NOCASE', [filter.role])
      : await db.all<UserRow>('SELECT * FROM users ORDER BY role, display_name COLLATE NOCASE');
    return rows.map(fromRow);
  },
  async setActive(tx: SqlRunner, id: string, active: boolean, at: string): Promise<void> {
    await tx.run('UPDATE users SET active = ?, deactivated_at = ? WHERE id = ?', [
      active ? 1 : 0,
      active ? null : at,
      id,
    ]);
  },
  async setMustChangePassword(tx: SqlRunner, id: string, value: boolean): Promise<void> {
    await tx.run('UPDATE users SET must_change_password = ? WHERE id = ?', [value ? 1 : 0, id]);
  },
  /** Display names of the given users (for the audit viewer's page of entries). */
  async namesOf(db: SqlRunner, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await db.all<{ id: string; display_name: string }>(
      `SELECT id, display_name FROM users WHERE id IN (${unique.map(() => '?').join(', ')})`,
      unique,
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },
  async countActiveAdmins(db: SqlRunner): Promise<number> {
    const r = await db.get<{ n: number }>("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1");
    return r?.n ?? 0;
  },
};
