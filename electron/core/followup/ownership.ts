import type { SqlRunner } from '../db/index.js';

/** The participant a step of an activity plan or an appointment belongs to; null when there is none. */
export const followupOwnership = {
  async step(db: SqlRunner, stepId: number): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM activity_steps WHERE id = ?', [
      stepId,
    ]);
    return row?.participant_id ?? null;
  },
  async appointment(db: SqlRunner, appointmentId: number): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM appointments WHERE id = ?', [
      appointmentId,
    ]);
    return row?.participant_id ?? null;
  },
};
