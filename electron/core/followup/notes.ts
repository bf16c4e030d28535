import type { SqlRunner } from '../db/connection.js';

export const NOTE_KINDS = ['meeting', 'phone', 'digital', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const ATTENDANCE = ['attended', 'no_show', 'cancelled'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export interface Note {
  id: number;
  participantId: string;
  authorId: string;
  kind: NoteKind;
  occurredOn: string;
  durationMinutes: number | null;
  attendance: Attendance | null;
  body: string;
  createdAt: string;
}

interface NoteRow {
  id: number;
  participant_id: string;
  author_id: string;
  kind: NoteKind;
  occurred_on: string;
  duration_minutes: number | null;
  attendance: Attendance | null;
  body: string;
  created_at: string;
}

const fromRow = (r: NoteRow): Note => ({
  id: r.id,
  participantId: r.participant_id,
  authorId: r.author_id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  durationMinutes: r.duration_minutes,
  attendance: r.attendance,
  body: r.body,
  createdAt: r.created_at,
});

/** Turns what a person typed into an FTS5 query of prefix terms (no operators, no syntax errors). */
export function ftsQuery(text: string): string | null {
  const terms = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) return null;
  return terms.slice(0, 12).map((t) => `"${t}"*`).join(' ');
}

/** Follow-up notes (session log) with full-text search. */
export const notesRepo = {
  async insert(tx: SqlRunner, n: Omit<Note, 'id'>): Promise<number> {
    const r = await tx.run(
      'INSERT INTO notes (participant_id, author_id, kind, occurred_on, duration_minutes, attendance, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [n.participantId, n.authorId, n.kind, n.occurredOn, n.durationMinutes, n.attendance, n.body, n.createdAt],
    );
    return r.lastId;
  },
  async list(db: SqlRunner, participantId: string, limit = 100): Promise<Note[]> {
    const rows = await db.all<NoteRow>('SELECT * FROM notes WHERE participant_id = ? ORDER BY occurred_on DESC, id DESC LIMIT ?', [participantId, limit]);
    return rows.map(fromRow);
  },
  /**
   * The participant's notes that match, newest first (like `list`). The MATCH runs once, as a
   * subquery: joined per note instead, FTS5 re-expands every prefix term (and bm25 recounts its
   * hits over all notes) for each of the participant's notes, which took 60 ms for a word found in
   * most notes of 50,000 (test/bench/db).
   */
  async search(db: SqlRunner, participantId: string, text: string, limit = 50): Promise<Note[]> {
    const q = ftsQuery(text);
    if (!q) return [];
    const rows = await db.all<NoteRow>(
      `SELECT * FROM notes
       WHERE participant_id = ? AND id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)
       ORDER BY occurred_on DESC, id DESC LIMIT ?`,
      [participantId, q, limit],
    );
    return rows.map(fromRow);
  },
};
