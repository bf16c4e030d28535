import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import type { EncryptedStore } from '../../db/store.js';
import { assertParticipantAccess, assertParticipantsAccess } from '../../followup/access.js';
import type { Citation } from '../../knowledge/service.js';
import { PseudonymVault } from '../../scrub/vault.js';
import type { MoveKind } from '../mi/moves.js';
import { describeCrisisFlag } from '../safety/crisisFlag.js';
import type { HelpLineId } from '../safety/helpLines.js';
import type { RiskAssessment } from '../safety/types.js';
import type { TalkClass } from '../talk/types.js';
import {
  conversationsRepo,
  flagsRepo,
  turnsRepo,
  type ConversationRecord,
  type StoredFlag,
  type TurnGeneration,
  type TurnMessage,
} from './repo.js';
import type { ModelView } from './view.js';

/** The conversation queries: what is stored, as the participant, the counselor and "Hva assistenten vet" read it. */

/** A stored message as the UI shows it (the pseudonymised text stays in core). */
export interface ChatTurn {
  id: number;
  conversationId: string;
  author: TurnMessage['author'];
  body: string;
  createdAt: string;
  talk: TalkClass | null;
  move: MoveKind | null;
  moveVariant: string | null;
  sources: Citation[];
  generation: TurnGeneration | null;
  crisis: boolean;
}

export interface TurnResult {
  conversationId: string;
  participantMessage: ChatTurn | null;
  assistantMessage: ChatTurn | null;
  /** Set on a crisis turn: the fixed message was shown and the counselor was told. */
  crisis: {
    level: 'check_in' | 'concern' | 'acute';
    categories: RiskAssessment['categories'];
    helpLines: HelpLineId[];
  } | null;
  /** The assistant offers to add this step to the activity plan (chat.acceptStep). */
  stepOffer: { title: string } | null;
  stopped: boolean;
}

export function publicTurn(m: TurnMessage): ChatTurn {
  return {
    id: m.id,
    conversationId: m.conversationId,
    author: m.author,
    body: m.body,
    createdAt: m.createdAt,
    talk: m.talk,
    move: m.move,
    moveVariant: m.moveVariant,
    sources: m.sources,
    generation: m.generation,
    crisis: m.crisis,
  };
}

export class ConversationQueries {
  constructor(
    protected readonly store: EncryptedStore,
    protected readonly clock: () => Date,
  ) {}

  protected get db() {
    return this.store.db;
  }

  /** "Hva assistenten vet": exactly what the model was given for the last turn, as it was sent. */
  async context(
    principal: Principal,
    participantId: string,
    conversationId?: string,
  ): Promise<{
    conversationId: string | null;
    view: ModelView | null;
    placeholders: { placeholder: string; type: string; shownAs: string }[];
  }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = conversationId
      ? await this.requireConversation(participantId, conversationId)
      : await conversationsRepo.latest(this.db, participantId);
    if (!conversation) return { conversationId: null, view: null, placeholders: [] };
    const view = conversation.lastContext;
    const vault = PseudonymVault.deserialize(conversation.vault);
    const sent = view ? `${view.systemPrompt ?? ''}\n${view.prompt ?? ''}` : '';
    const placeholders = vault
      .list()
      .map((e) => ({ placeholder: `[${e.label}_${e.index}]`, type: e.type, shownAs: e.display }))
      .filter((p) => sent.includes(p.placeholder));
    return { conversationId: conversation.id, view, placeholders };
  }

  /**
   * "Vis hva modellen ser" for the counselor: each shown message of a conversation as the model
   * gets it (tekstvasket, placeholders kept), or null where nothing of it goes to the model (a
   * crisis turn, a stopped draft that held made-up personal data).
   */
  async modelTexts(
    principal: Principal,
    participantId: string,
    conversationId: string,
  ): Promise<{ id: number; modelText: string | null }[]> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.requireConversation(participantId, conversationId);
    return (await turnsRepo.ofConversation(this.db, conversationId)).map((m) => ({
      id: m.id,
      modelText: m.crisis ? null : m.modelText,
    }));
  }

  /** The conversations of a participant, newest first. */
  async conversations(
    principal: Principal,
    participantId: string,
  ): Promise<{ id: string; startedAt: string; updatedAt: string }[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    return conversationsRepo.list(this.db, participantId);
  }

  /** The messages of one conversation (as shown), oldest first. */
  async messages(principal: Principal, participantId: string, conversationId: string): Promise<ChatTurn[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.requireConversation(participantId, conversationId);
    return (await turnsRepo.ofConversation(this.db, conversationId)).map(publicTurn);
  }

  /**
   * The counselor's crisis flags for their caseload (or one participant), newest first. The flag
   * holds no words; the message is opened through the audited chat.
   */
  async flags(
    principal: Principal,
    participantIds: readonly string[],
    options: { unseenOnly?: boolean; limit?: number; skipRestricted?: boolean } = {},
  ): Promise<(StoredFlag & { label: string })[]> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    // The caseload-wide overview skips a restricted record (art. 18) instead of failing for everyone.
    const reachable = await assertParticipantsAccess(this.db, principal, participantIds, 'content', {
      skipRestricted: options.skipRestricted ?? false,
    });
    const flags = await flagsRepo.ofParticipants(this.db, reachable, {
      unseenOnly: options.unseenOnly ?? false,
      limit: Math.min(options.limit ?? 100, 500),
    });
    return flags.map((f) => ({ ...f, label: describeCrisisFlag(f) }));
  }

  async markFlagSeen(principal: Principal, flagId: string): Promise<StoredFlag> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    const flag = await flagsRepo.byId(this.db, flagId);
    if (!flag) throw new ApiError('NOT_FOUND');
    await assertParticipantAccess(this.db, principal, flag.participantId, 'content');
    await this.db.transaction((tx) => flagsRepo.markSeen(tx, flagId, principal.userId, this.clock().toISOString()));
    return (await flagsRepo.byId(this.db, flagId))!;
  }

  protected async requireConversation(participantId: string, conversationId: string): Promise<ConversationRecord> {
    const c = await conversationsRepo.get(this.db, participantId, conversationId);
    if (!c) throw new ApiError('NOT_FOUND', 'Fant ikke samtalen.');
    return c;
  }
}
