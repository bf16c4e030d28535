import type { SqlRunner } from '../db/index.js';

/** The participant a data-subject request or an objection is about; null when there is none. */
export const privacyOwnership = {
  async request(db: SqlRunner, requestId: string): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM privacy_requests WHERE id = ?', [
      requestId,
    ]);
    return row?.participant_id ?? null;
  },
  async objection(db: SqlRunner, objectionId: string): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM privacy_objections WHERE id = ?', [
      objectionId,
    ]);
    return row?.participant_id ?? null;
  },
};
