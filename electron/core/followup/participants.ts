import type { SqlRunner } from '../db/index.js';
import type { KnownIdentity } from '../scrub/index.js';

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
interface AssignmentRow {
  id: string;
  counselor_id: string | null;
  restricted_at: string | null;
  erased_at: string | null;
}

/** Whether a participant is there (not erased), whose caseload they are on, and whether restricted (art. 18). */
function assignmentOf(r: AssignmentRow | undefined): {
  exists: boolean;
  counselorId: string | null;
  restricted: boolean;
} {
  const exists = r !== undefined && r.erased_at === null;
  return {
    exists,
    counselorId: exists ? (r?.counselor_id ?? null) : null,
    restricted: exists && (r?.restricted_at ?? null) !== null,
  };
}

/**
 * One participant's row, as both the record (byId) and the access check (counselorOf) read it: one
 * statement text, so a call that checks access and then reads the record (the chat's turn, the
 * profile) is answered from its read scope (db/connection.ts) instead of asking the file twice.
 */
const PARTICIPANT_BY_ID =
  'SELECT id, display_name, counselor_id, created_at, updated_at, restricted_at, erased_at FROM participants WHERE id = ?';

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
    const r = await db.get<ParticipantRow>(PARTICIPANT_BY_ID, [id]);
    return r ? fromRow(r) : null;
  },
  /** An erased participant (kept only as an id for legally kept records) does not exist here; a restricted one is frozen (art. 18). */
  async counselorOf(
    db: SqlRunner,
    id: string,
  ): Promise<{ exists: boolean; counselorId: string | null; restricted: boolean }> {
    const r = await db.get<AssignmentRow>(PARTICIPANT_BY_ID, [id]);
    return assignmentOf(r);
  },
  /** counselorOf for many participants in one statement (per 500), keyed by id. */
  async counselorsOf(
    db: SqlRunner,
    ids: readonly string[],
  ): Promise<Map<string, { exists: boolean; counselorId: string | null; restricted: boolean }>> {
    const found = new Map<string, AssignmentRow>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await db.all<AssignmentRow>(
        `SELECT id, counselor_id, restricted_at, erased_at FROM participants WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const r of rows) found.set(r.id, r);
    }
    return new Map(ids.map((id) => [id, assignmentOf(found.get(id))]));
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
  /** Everyone still processed: not restricted (art. 18), not erased. */
  async activeIds(db: SqlRunner): Promise<string[]> {
    const rows = await db.all<{ id: string }>(
      'SELECT id FROM participants WHERE restricted_at IS NULL AND erased_at IS NULL ORDER BY id',
    );
    return rows.map((r) => r.id);
  },
  /** Every participant ever assigned to the counselor now (erased ones too: their kept records still show). */
  async idsOfCounselor(db: SqlRunner, counselorId: string): Promise<string[]> {
    const rows = await db.all<{ id: string }>('SELECT id FROM participants WHERE counselor_id = ? ORDER BY id', [
      counselorId,
    ]);
    return rows.map((r) => r.id);
  },
  async rename(tx: SqlRunner, id: string, displayName: string, at: string): Promise<void> {
    await tx.run('UPDATE participants SET display_name = ?, updated_at = ? WHERE id = ?', [displayName, at, id]);
  },
  async assign(tx: SqlRunner, id: string, counselorId: string | null, at: string): Promise<void> {
    await tx.run('UPDATE participants SET counselor_id = ?, updated_at = ? WHERE id = ?', [counselorId, at, id]);
  },
};

/**
 * What tekstvask must know to find the participant in her own text: her name, national id, phone
 * and e-mail, and her counselor's name. Empty for a participant who does not exist.
 */
export async function knownIdentitiesOf(db: SqlRunner, participantId: string): Promise<KnownIdentity[]> {
  const p = await db.get<{
    display_name: string;
    national_id: string | null;
    phone: string | null;
    email: string | null;
    counselor_name: string | null;
  }>(
    `SELECT p.display_name, p.national_id, f.phone, f.email, c.display_name AS counselor_name
     FROM participants p
     LEFT JOIN participant_profiles f ON f.participant_id = p.id
     LEFT JOIN users c ON c.id = p.counselor_id
     WHERE p.id = ?`,
    [participantId],
  );
  if (!p) return [];
  const self: KnownIdentity = { kind: 'participant', fullName: p.display_name };
  if (p.national_id) self.nationalId = p.national_id;
  if (p.phone) self.phone = p.phone;
  if (p.email) self.email = p.email;
  const out: KnownIdentity[] = [self];
  if (p.counselor_name) out.push({ kind: 'counselor', fullName: p.counselor_name });
  return out;
}
