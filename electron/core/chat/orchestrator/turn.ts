import type { Database } from '../../db/connection.js';
import type { CrisisFlag } from '../safety/crisisFlag.js';
import { publicTurn, type TurnResult } from './queries.js';
import { conversationsRepo, flagsRepo, turnsRepo, type ConversationRecord, type TurnMessage } from './repo.js';
import type { ReplyStream } from './streaming.js';

export type NewTurnMessage = Omit<TurnMessage, 'id' | 'replacedAt'>;

/** Everything one turn stores, whichever way it went (a reply, a regenerated reply, a crisis turn). */
export interface FinishedTurn {
  conversation: ConversationRecord;
  /** The conversation is stored for the first time with this turn. */
  isNew: boolean;
  participant: { message: NewTurnMessage; authorUserId: string } | null;
  assistant: NewTurnMessage | null;
  /** The answer this one replaces (a regenerate): kept, no longer shown. */
  replaces: number | null;
  /** A crisis turn raises a flag for the counselor, pointing at the participant's message. */
  flag: ((participantMessageId: string) => CrisisFlag) | null;
  /** What the caller's screen ends with. */
  display: string;
  outcome: Pick<TurnResult, 'crisis' | 'stepOffer' | 'stopped'>;
}

/**
 * The one way a turn ends: the conversation, its messages (and any flag) stored in one
 * transaction, then the stream ends with exactly the stored reply on the caller's screen.
 */
export async function finishTurn(db: Database, stream: ReplyStream, turn: FinishedTurn): Promise<TurnResult> {
  const at = turn.conversation.updatedAt;
  const ids = await db.transaction(async (tx) => {
    if (turn.isNew) await conversationsRepo.insert(tx, turn.conversation);
    else await conversationsRepo.update(tx, turn.conversation);
    if (turn.replaces !== null) await turnsRepo.markReplaced(tx, turn.replaces, at);
    // The turn's messages in one statement: the participant's first, then the reply.
    const ids = await turnsRepo.insertAll(tx, [
      ...(turn.participant ? [{ ...turn.participant.message, authorUserId: turn.participant.authorUserId }] : []),
      ...(turn.assistant ? [{ ...turn.assistant, authorUserId: null }] : []),
    ]);
    const pid = turn.participant ? (ids[0] ?? null) : null;
    const aid = turn.assistant ? (ids.at(-1) ?? null) : null;
    if (turn.flag && pid !== null) await flagsRepo.insert(tx, turn.flag(String(pid)));
    return { pid, aid };
  });
  stream.finish(turn.display);
  return {
    conversationId: turn.conversation.id,
    participantMessage:
      turn.participant && ids.pid !== null
        ? publicTurn({ ...turn.participant.message, id: ids.pid, replacedAt: null })
        : null,
    assistantMessage:
      turn.assistant && ids.aid !== null ? publicTurn({ ...turn.assistant, id: ids.aid, replacedAt: null }) : null,
    ...turn.outcome,
  };
}
