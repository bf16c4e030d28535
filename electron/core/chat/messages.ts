import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/index.js';
import type { SqlParams, SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from '../followup/index.js';

export type MessageAuthor = 'participant' | 'counselor' | 'assistant';

export interface ChatMessage {
  id: number;
  participantId: string;
  conversationId: string;
  author: MessageAuthor;
  body: string;
  createdAt: string;
}

interface MessageRow {
  id: number;
  participant_id: string;
  conversation_id: string;
  author: MessageAuthor;
  body: string;
  created_at: string;
}

const fromRow = (r: MessageRow): ChatMessage => ({
  id: r.id,
  participantId: r.participant_id,
  conversationId: r.conversation_id,
  author: r.author,
  body: r.body,
  createdAt: r.created_at,
});

/** A stored turn as the training export reads it: what the model saw, its labels and whether it was left out. */
export interface TrainingMessageRow {
  participant_id: string;
  conversation_id: string;
  author: MessageAuthor;
  body: string;
  model_text: string | null;
  talk: string | null;
  move: string | null;
  crisis: number;
  replaced_at: string | null;
}

/**
 * The statement behind messagesRepo.latest, newest first. Migration 014's partial covering index
 * answers it from one range of index pages; test/core/chat/messages.test.ts checks its plan.
 */
export function latestMessagesQuery(
  participantId: string,
  limit: number,
  beforeId?: number,
): { sql: string; params: SqlParams } {
  return {
    sql: `SELECT id, participant_id, conversation_id, author, body, created_at FROM chat_messages
       WHERE participant_id = ? AND replaced_at IS NULL ${beforeId ? 'AND id < ?' : ''} ORDER BY id DESC LIMIT ?`,
    params: beforeId ? [participantId, beforeId, limit] : [participantId, limit],
  };
}

export const messagesRepo = {
  /** Every stored turn of the participant, by conversation and in order (the training export's input). */
  async forTraining(db: SqlRunner, participantId: string): Promise<TrainingMessageRow[]> {
    return db.all<TrainingMessageRow>(
      `SELECT m.participant_id, m.conversation_id, m.author, m.body, m.model_text, m.talk, m.move, m.crisis, m.replaced_at
       FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id
       WHERE m.participant_id = ? ORDER BY m.conversation_id, m.id`,
      [participantId],
    );
  },
  async insert(tx: SqlRunner, m: Omit<ChatMessage, 'id'> & { authorUserId: string | null }): Promise<number> {
    const r = await tx.run(
      'INSERT INTO chat_messages (participant_id, conversation_id, author, author_user_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [m.participantId, m.conversationId, m.author, m.authorUserId, m.body, m.createdAt],
    );
    return r.lastId;
  },
  /** The newest `limit` messages still shown (before `beforeId` when paging back), oldest first. */
  async latest(db: SqlRunner, participantId: string, limit: number, beforeId?: number): Promise<ChatMessage[]> {
    const q = latestMessagesQuery(participantId, limit, beforeId);
    const rows = await db.all<MessageRow>(q.sql, q.params);
    return rows.map(fromRow).reverse();
  },
};

/** Stored chat messages of a participant (the orchestrator of the MI chatbot writes through this). */
export class ChatMessageService {
  constructor(private readonly store: EncryptedStore) {}

  async list(
    principal: Principal,
    participantId: string,
    options: { limit?: number; beforeId?: number } = {},
  ): Promise<ChatMessage[]> {
    await assertParticipantAccess(this.store.db, principal, participantId, 'content');
    return messagesRepo.latest(this.store.db, participantId, Math.min(options.limit ?? 50, 200), options.beforeId);
  }

  /** Appends a message written by the caller (a participant in their own chat, or their counselor). */
  async append(
    principal: Principal,
    participantId: string,
    body: string,
    conversationId?: string,
  ): Promise<ChatMessage> {
    await assertParticipantAccess(this.store.db, principal, participantId, 'content');
    const m = {
      participantId,
      conversationId: conversationId ?? randomUUID(),
      author: (principal.role === 'participant' ? 'participant' : 'counselor') as MessageAuthor,
      authorUserId: principal.userId,
      body,
      createdAt: new Date().toISOString(),
    };
    const id = await this.store.db.transaction((tx) => messagesRepo.insert(tx, m));
    return {
      id,
      participantId: m.participantId,
      conversationId: m.conversationId,
      author: m.author,
      body: m.body,
      createdAt: m.createdAt,
    };
  }
}
