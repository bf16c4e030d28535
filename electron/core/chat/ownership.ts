import type { SqlRunner } from '../db/index.js';
import { CONVERSATION_BY_ID } from './orchestrator/repo.js';

/**
 * Whose chat records are these: the participant a conversation or a crisis flag belongs to, or
 * null when there is none. The dispatcher asks this for procedures that name a record by its id.
 */
export const chatOwnership = {
  async conversation(db: SqlRunner, conversationId: string): Promise<string | null> {
    // A conversation written only as messages (without the chatbot's record) still has one owner.
    const row =
      (await db.get<{ participant_id: string }>(CONVERSATION_BY_ID, [conversationId])) ??
      (await db.get<{ participant_id: string }>(
        'SELECT participant_id FROM chat_messages WHERE conversation_id = ? LIMIT 1',
        [conversationId],
      ));
    return row?.participant_id ?? null;
  },
  async crisisFlag(db: SqlRunner, flagId: string): Promise<string | null> {
    const row = await db.get<{ participant_id: string }>('SELECT participant_id FROM chat_crisis_flags WHERE id = ?', [
      flagId,
    ]);
    return row?.participant_id ?? null;
  },
};
