import type { SqlRunner } from '../db/index.js';

/** The participant a decision case (or a session on it) is about; null when there is none. */
export const decisionOwnership = {
  async decisionCase(db: SqlRunner, caseId: string): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM decision_cases WHERE id = ?', [
      caseId,
    ]);
    return row?.participant_id ?? null;
  },
  async session(db: SqlRunner, sessionId: string): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>(
      'SELECT c.participant_id FROM decision_sessions s JOIN decision_cases c ON c.id = s.case_id WHERE s.id = ?',
      [sessionId],
    );
    return row?.participant_id ?? null;
  },
};
