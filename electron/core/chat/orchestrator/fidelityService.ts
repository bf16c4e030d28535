import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import type { EncryptedStore } from '../../db/store.js';
import { assertParticipantAccess } from '../../followup/access.js';
import {
  aggregateFidelity,
  conversationFidelity,
  fidelityOverTime,
  MITI_THRESHOLDS,
  type ConversationLabels,
  type FidelityMetrics,
  type FidelityPeriod,
  type FidelityPoint,
  type StoredTurnLabels,
} from '../fidelity/index.js';
import { conversationsRepo, turnsRepo, type TurnMessage } from './repo.js';

/** The stored labels of a conversation as MITI counts them (no text is read). */
export function labelsOf(messages: readonly TurnMessage[]): StoredTurnLabels[] {
  const out: StoredTurnLabels[] = [];
  for (const m of messages) {
    if (m.crisis) continue;
    if (m.author === 'assistant' && m.move)
      out.push({
        role: 'assistant',
        at: m.createdAt,
        move: m.move,
        ...(m.moveVariant ? { variant: m.moveVariant } : {}),
      });
    else if (m.author === 'participant' && m.talk) out.push({ role: 'participant', at: m.createdAt, talk: m.talk });
  }
  return out;
}

export interface CaseloadPort {
  caseload(principal: Principal, options?: { limit?: number }): Promise<readonly { id: string }[]>;
}

/**
 * MI fidelity for counselors, from the stored move and talk labels: per conversation and over
 * time (one participant or the counselor's whole caseload), with the MITI thresholds for the chart.
 */
export class FidelityService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly caseload: CaseloadPort,
  ) {}

  private get db() {
    return this.store.db;
  }

  async conversation(
    principal: Principal,
    participantId: string,
    conversationId: string,
  ): Promise<{ conversationId: string; metrics: FidelityMetrics; thresholds: typeof MITI_THRESHOLDS }> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = await conversationsRepo.get(this.db, participantId, conversationId);
    if (!conversation) throw new ApiError('NOT_FOUND', 'Fant ikke samtalen.');
    const turns = labelsOf(await turnsRepo.ofConversation(this.db, conversationId));
    return {
      conversationId,
      metrics: conversationFidelity({ id: conversationId, startedAt: conversation.startedAt, turns }),
      thresholds: MITI_THRESHOLDS,
    };
  }

  async overTime(
    principal: Principal,
    options: { participantId?: string | undefined; period?: FidelityPeriod | undefined; since?: string | undefined },
  ): Promise<{
    points: FidelityPoint[];
    overall: FidelityMetrics;
    conversations: number;
    thresholds: typeof MITI_THRESHOLDS;
  }> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    let ids: string[];
    if (options.participantId) {
      await assertParticipantAccess(this.db, principal, options.participantId, 'content');
      ids = [options.participantId];
    } else {
      ids = (await this.caseload.caseload(principal, { limit: 500 })).map((p) => p.id);
    }
    const list = await conversationsRepo.ofParticipants(
      this.db,
      ids,
      options.since ? `${options.since}T00:00:00.000Z` : null,
    );
    const conversations: ConversationLabels[] = [];
    for (const c of list)
      conversations.push({
        id: c.id,
        startedAt: c.startedAt,
        turns: labelsOf(await turnsRepo.ofConversation(this.db, c.id)),
      });
    return {
      points: fidelityOverTime(conversations, options.period ?? 'week'),
      overall: aggregateFidelity(conversations),
      conversations: conversations.length,
      thresholds: MITI_THRESHOLDS,
    };
  }
}
