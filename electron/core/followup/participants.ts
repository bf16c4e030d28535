import type { SqlRunner } from '../db/index.js';

/** A participant's record as the caseload and the profile show it. */
export interface Participant {
  id: string;
  displayName: string;
  counselorId: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ParticipantRow {
  id: string;
  display_name: string;
  counselor_id: string | null;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: ParticipantRow): Participant => ({
  id: r.id,
  displayName: r.display_name,
  counselorId: r.counselor_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The participants table. Caseload checks are the service's job (access.ts), not the repository's. */
export const participantsRepo = {
  async insert(
    tx: SqlRunner,
    p: { id: string; displayName: string; counselorId: string | null; nationalId?: string | null; at: string },
  ): Promise<void> {
    await tx.run(
      'INSERT INTO participants (id, display_name, national_id, counselor_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      [p.id, p.displayName, p.nationalId ?? null, p.counselorId, p.at, p.at],
    );
  },
  async byId(db: SqlRunner, id: string): Promise<Participant | null> {
    const r = await db.get<ParticipantRow>(
      'SELECT id, display_name, counselor_id, created_at, updated_at FROM participants WHERE id = ?',
      [id],
    );
    return r ? fromRow(r) : null;
  },
  /** An erased participant (kept only as an id for legally kept records) does not exist here; a restricted one is frozen (art. 18). */
  async counselorOf(
    db: SqlRunner,
    id: string,
  ): Promise<{ exists: boolean; counselorId: string | null; restricted: boolean }> {
    const r = await db.get<{ counselor_id: string | null; restricted_at: string | null; erased_at: string | null }>(
      'SELECT counselor_id, restricted_at, erased_at FROM participants WHERE id = ?',
      [id],
    );
    const exists = r !== undefined && r.erased_at === null;
    return {
      exists,
      counselorId: exists ? (r?.counselor_id ?? null) : null,
      restricted: exists && (r?.restricted_at ?? null) !== null,
    };
  },
  /** Participants by name: one counselor's caseload, or everyone's (counselorId null, for account management). */
  async list(
    db: SqlRunner,
    counselorId: string | null,
    options: { search?: string; limit: number; offset: number },
  ): Promise<Participant[]> {
    const where = ['erased_at IS NULL'];
    const params: (string | number)[] = [];
    if (counselorId !== null) {
      where.push('counselor_id = ?');
      params.push(counselorId);
    }
    if (options.search) {
      where.push("display_name LIKE ? ESCAPE '\\'");
      params.push(`%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const rows = await db.all<ParticipantRow>(
      `SELECT id, display_name, counselor_id, created_at, updated_at FROM participants
       WHERE ${where.join(' AND ')} ORDER BY display_name COLLATE NOCASE LIMIT ? OFFSET ?`,
      [...params, options.limit, options.offset],
    );
    return rows.map(fromRow);
  },
  async rename(tx: SqlRunner, id: string, displayName: string, at: string): Promise<void> {
    await tx.run('UPDATE participants SET display_name = ?, updated_at = ? WHERE id = ?', [displayName, at, id]);
  },
  async assign(tx: SqlRunner, id: string, counselorId: string | null, at: string): Promise<void> {
    await tx.run('UPDATE participants SET counselor_id = ?, updated_at = ? WHERE id = ?', [counselorId, at, id]);
  },
};
