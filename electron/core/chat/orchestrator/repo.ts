import type { SqlRunner, SqlValue } from '../../db/connection.js';
import type { Citation } from '../../knowledge/service.js';
import type { MessageAuthor } from '../messages.js';
import type { DialogueState } from '../mi/state.js';
import type { MoveKind } from '../mi/moves.js';
import type { CrisisFlag } from '../safety/crisisFlag.js';
import type { TalkClass, TalkSubtype } from '../talk/types.js';
import type { ModelView } from './view.js';

/** The repositories of the chat's own tables (chat_conversations, chat_messages, chat_crisis_flags). */

export interface ConversationRecord {
  id: string;
  participantId: string;
  startedBy: string;
  startedAt: string;
  updatedAt: string;
  state: DialogueState;
  /** PseudonymVault.serialize() */
  vault: string;
  infoQuery: string | null;
  pendingStep: string | null;
  pendingStepModel: string | null;
  stepAddedAt: string | null;
  lastContext: ModelView | null;
}

interface ConversationRow {
  id: string;
  participant_id: string;
  started_by: string;
  started_at: string;
  updated_at: string;
  dialogue_state: string;
  vault: string;
  info_query: string | null;
  pending_step: string | null;
  pending_step_model: string | null;
  step_added_at: string | null;
  last_context: string | null;
}

const conversationFromRow = (r: ConversationRow): ConversationRecord => ({
  id: r.id,
  participantId: r.participant_id,
  startedBy: r.started_by,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
  state: JSON.parse(r.dialogue_state) as DialogueState,
  vault: r.vault,
  infoQuery: r.info_query,
  pendingStep: r.pending_step,
  pendingStepModel: r.pending_step_model,
  stepAddedAt: r.step_added_at,
  lastContext: r.last_context ? (JSON.parse(r.last_context) as ModelView) : null,
});

/**
 * A conversation's row by id. The dispatcher's ownership check (chat/ownership.ts) reads it with
 * the same statement, so the turn that follows in the same call is answered from the call's read
 * scope (db/connection.ts) instead of asking the file again.
 */
export const CONVERSATION_BY_ID = 'SELECT * FROM chat_conversations WHERE id = ?';

export const conversationsRepo = {
  async insert(tx: SqlRunner, c: ConversationRecord): Promise<void> {
    await tx.run(
      `INSERT INTO chat_conversations (id, participant_id, started_by, started_at, updated_at, dialogue_state, vault, info_query, pending_step, pending_step_model, step_added_at, last_context)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        c.id,
        c.participantId,
        c.startedBy,
        c.startedAt,
        c.updatedAt,
        JSON.stringify(c.state),
        c.vault,
        c.infoQuery,
        c.pendingStep,
        c.pendingStepModel,
        c.stepAddedAt,
        c.lastContext ? JSON.stringify(c.lastContext) : null,
      ],
    );
  },
  async update(tx: SqlRunner, c: ConversationRecord): Promise<void> {
    await tx.run(
      `UPDATE chat_conversations SET updated_at = ?, dialogue_state = ?, vault = ?, info_query = ?, pending_step = ?, pending_step_model = ?, step_added_at = ?, last_context = ?
       WHERE id = ? AND participant_id = ?`,
      [
        c.updatedAt,
        JSON.stringify(c.state),
        c.vault,
        c.infoQuery,
        c.pendingStep,
        c.pendingStepModel,
        c.stepAddedAt,
        c.lastContext ? JSON.stringify(c.lastContext) : null,
        c.id,
        c.participantId,
      ],
    );
  },
  /** Whether the participant has had a conversation with the assistant before. */
  async any(db: SqlRunner, participantId: string): Promise<boolean> {
    return (await db.get('SELECT 1 FROM chat_conversations WHERE participant_id = ? LIMIT 1', [participantId])) != null;
  },
  async get(db: SqlRunner, participantId: string, id: string): Promise<ConversationRecord | null> {
    const r = await db.get<ConversationRow>(CONVERSATION_BY_ID, [id]);
    return r && r.participant_id === participantId ? conversationFromRow(r) : null;
  },
  async latest(db: SqlRunner, participantId: string): Promise<ConversationRecord | null> {
    const r = await db.get<ConversationRow>(
      'SELECT * FROM chat_conversations WHERE participant_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1',
      [participantId],
    );
    return r ? conversationFromRow(r) : null;
  },
  async list(
    db: SqlRunner,
    participantId: string,
    limit = 50,
  ): Promise<{ id: string; startedAt: string; updatedAt: string }[]> {
    const rows = await db.all<{ id: string; started_at: string; updated_at: string }>(
      'SELECT id, started_at, updated_at FROM chat_conversations WHERE participant_id = ? ORDER BY updated_at DESC LIMIT ?',
      [participantId, limit],
    );
    return rows.map((r) => ({ id: r.id, startedAt: r.started_at, updatedAt: r.updated_at }));
  },
  /** Conversations of several participants started since a date (fidelity over time). */
  async ofParticipants(
    db: SqlRunner,
    participantIds: readonly string[],
    since: string | null,
  ): Promise<{ id: string; participantId: string; startedAt: string }[]> {
    if (participantIds.length === 0) return [];
    const marks = participantIds.map(() => '?').join(', ');
    const rows = await db.all<{ id: string; participant_id: string; started_at: string }>(
      `SELECT id, participant_id, started_at FROM chat_conversations WHERE participant_id IN (${marks}) ${since ? 'AND started_at >= ?' : ''} ORDER BY started_at`,
      since ? [...participantIds, since] : [...participantIds],
    );
    return rows.map((r) => ({ id: r.id, participantId: r.participant_id, startedAt: r.started_at }));
  },
};

export type TurnGeneration = 'model' | 'regenerated' | 'fallback' | 'fixed' | 'crisis' | 'stopped';

/** A message of the orchestrated chat, with its labels. */
export interface TurnMessage {
  id: number;
  participantId: string;
  conversationId: string;
  author: MessageAuthor;
  /** What is shown (the participant's words; the assistant's reply with placeholders restored). */
  body: string;
  createdAt: string;
  modelText: string | null;
  /** The message exactly as it sits in the model's context (see migration 008); null: not sent. */
  modelTurn: string | null;
  talk: TalkClass | null;
  talkSubtype: TalkSubtype | null;
  move: MoveKind | null;
  moveVariant: string | null;
  sources: Citation[];
  generation: TurnGeneration | null;
  crisis: boolean;
  replacedAt: string | null;
}

interface TurnRow {
  id: number;
  participant_id: string;
  conversation_id: string;
  author: MessageAuthor;
  body: string;
  created_at: string;
  model_text: string | null;
  model_turn: string | null;
  talk: TalkClass | null;
  talk_subtype: TalkSubtype | null;
  move: MoveKind | null;
  move_variant: string | null;
  sources: string | null;
  generation: TurnGeneration | null;
  crisis: number;
  replaced_at: string | null;
}

const TURN_COLUMNS =
  'id, participant_id, conversation_id, author, body, created_at, model_text, model_turn, talk, talk_subtype, move, move_variant, sources, generation, crisis, replaced_at';

const turnFromRow = (r: TurnRow): TurnMessage => ({
  id: r.id,
  participantId: r.participant_id,
  conversationId: r.conversation_id,
  author: r.author,
  body: r.body,
  createdAt: r.created_at,
  modelText: r.model_text,
  modelTurn: r.model_turn,
  talk: r.talk,
  talkSubtype: r.talk_subtype,
  move: r.move,
  moveVariant: r.move_variant,
  sources: r.sources ? (JSON.parse(r.sources) as Citation[]) : [],
  generation: r.generation,
  crisis: r.crisis === 1,
  replacedAt: r.replaced_at,
});

type NewStoredTurn = Omit<TurnMessage, 'id' | 'replacedAt'> & { authorUserId: string | null };

const INSERT_TURN =
  'INSERT INTO chat_messages (participant_id, conversation_id, author, author_user_id, body, created_at, model_text, model_turn, talk, talk_subtype, move, move_variant, sources, generation, crisis)';
const TURN_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export const turnsRepo = {
  async insert(tx: SqlRunner, m: NewStoredTurn): Promise<number> {
    const r = await tx.run(`${INSERT_TURN} VALUES ${TURN_VALUES}`, turnValues(m));
    return r.lastId;
  },
  /**
   * Several messages of one turn in one statement, in the order given; their ids in that order.
   * The rows get ascending ids in the order they are inserted (the id is the table's rowid alias),
   * so the returned ids are sorted rather than trusting RETURNING's row order. `tx` is a
   * transaction's runner (a write read back through `all`).
   */
  async insertAll(tx: SqlRunner, messages: readonly NewStoredTurn[]): Promise<number[]> {
    if (messages.length === 0) return [];
    if (messages.length === 1) return [await turnsRepo.insert(tx, messages[0]!)];
    const rows = await tx.all<{ id: number }>(
      `${INSERT_TURN} VALUES ${messages.map(() => TURN_VALUES).join(', ')} RETURNING id`,
      messages.flatMap(turnValues),
    );
    return rows.map((r) => r.id).sort((a, b) => a - b);
  },
  /** The conversation's messages still shown, oldest first. */
  async ofConversation(db: SqlRunner, conversationId: string, limit = 400): Promise<TurnMessage[]> {
    const rows = await db.all<TurnRow>(
      `SELECT ${TURN_COLUMNS} FROM chat_messages WHERE conversation_id = ? AND replaced_at IS NULL ORDER BY id DESC LIMIT ?`,
      [conversationId, limit],
    );
    return rows.map(turnFromRow).reverse();
  },
  async byId(db: SqlRunner, id: number): Promise<TurnMessage | null> {
    const r = await db.get<TurnRow>(`SELECT ${TURN_COLUMNS} FROM chat_messages WHERE id = ?`, [id]);
    return r ? turnFromRow(r) : null;
  },
  async markReplaced(tx: SqlRunner, id: number, at: string): Promise<void> {
    await tx.run('UPDATE chat_messages SET replaced_at = ? WHERE id = ? AND replaced_at IS NULL', [at, id]);
  },
};

function turnValues(m: NewStoredTurn): SqlValue[] {
  return [
    m.participantId,
    m.conversationId,
    m.author,
    m.authorUserId,
    m.body,
    m.createdAt,
    m.modelText,
    m.modelTurn,
    m.talk,
    m.talkSubtype,
    m.move,
    m.moveVariant,
    m.sources.length > 0 ? JSON.stringify(m.sources) : null,
    m.generation,
    m.crisis ? 1 : 0,
  ];
}

export interface StoredFlag extends CrisisFlag {
  seenAt: string | null;
  seenBy: string | null;
}

interface FlagRow {
  id: string;
  participant_id: string;
  conversation_id: string;
  message_id: number;
  level: 'concern' | 'acute';
  categories: string;
  rule_ids: string;
  raised_at: string;
  crisis_message_shown: number;
  seen_at: string | null;
  seen_by: string | null;
}

const flagFromRow = (r: FlagRow): StoredFlag => ({
  id: r.id,
  participantId: r.participant_id,
  conversationId: r.conversation_id,
  turnId: String(r.message_id),
  level: r.level,
  categories: JSON.parse(r.categories) as CrisisFlag['categories'],
  ruleIds: JSON.parse(r.rule_ids) as string[],
  raisedAt: r.raised_at,
  crisisMessageShown: r.crisis_message_shown === 1,
  seenAt: r.seen_at,
  seenBy: r.seen_by,
});

export const flagsRepo = {
  async insert(tx: SqlRunner, f: CrisisFlag): Promise<void> {
    await tx.run(
      `INSERT INTO chat_crisis_flags (id, participant_id, conversation_id, message_id, level, categories, rule_ids, raised_at, crisis_message_shown)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        f.id,
        f.participantId,
        f.conversationId,
        Number(f.turnId),
        f.level,
        JSON.stringify(f.categories),
        JSON.stringify(f.ruleIds),
        f.raisedAt,
        f.crisisMessageShown ? 1 : 0,
      ],
    );
  },
  async ofParticipants(
    db: SqlRunner,
    participantIds: readonly string[],
    options: { unseenOnly: boolean; limit: number },
  ): Promise<StoredFlag[]> {
    if (participantIds.length === 0) return [];
    const marks = participantIds.map(() => '?').join(', ');
    const rows = await db.all<FlagRow>(
      `SELECT * FROM chat_crisis_flags WHERE participant_id IN (${marks}) ${options.unseenOnly ? 'AND seen_at IS NULL' : ''} ORDER BY raised_at DESC LIMIT ?`,
      [...participantIds, options.limit],
    );
    return rows.map(flagFromRow);
  },
  async byId(db: SqlRunner, id: string): Promise<StoredFlag | null> {
    const r = await db.get<FlagRow>('SELECT * FROM chat_crisis_flags WHERE id = ?', [id]);
    return r ? flagFromRow(r) : null;
  },
  async markSeen(tx: SqlRunner, id: string, userId: string, at: string): Promise<void> {
    await tx.run('UPDATE chat_crisis_flags SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL', [
      at,
      userId,
      id,
    ]);
  },
  async countSince(db: SqlRunner, participantId: string, since: string | null): Promise<number> {
    const r = await db.get<{ n: number }>(
      `SELECT count(*) AS n FROM chat_crisis_flags WHERE participant_id = ? ${since ? 'AND raised_at >= ?' : ''}`,
      since ? [participantId, since] : [participantId],
    );
    return r?.n ?? 0;
  },
};

/** Labels of every message of a participant since a date (meeting preparation, fidelity). */
export async function labelsSince(db: SqlRunner, participantId: string, since: string | null): Promise<TurnMessage[]> {
  const rows = await db.all<TurnRow>(
    `SELECT ${TURN_COLUMNS} FROM chat_messages WHERE participant_id = ? AND replaced_at IS NULL ${since ? 'AND created_at >= ?' : ''} ORDER BY id`,
    since ? [participantId, since] : [participantId],
  );
  return rows.map(turnFromRow);
}
