import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RISK_CATEGORIES, type RiskAssessment, type RiskCategory } from './types.js';

/**
 * What the counselor gets when a participant's message is a crisis turn.
 *
 * Data minimisation (decided here, documented for the privacy notice): the flag does NOT copy the
 * participant's words. It holds what the counselor needs to act — who, when, how serious, which
 * kind of risk and which rules fired — plus a reference to the stored turn. A counselor assigned
 * to the participant can open that turn through the normal, audited chat access; everyone else
 * sees only the flag. So the message exists in one place, under the chat's retention, and the flag
 * never becomes a second copy of sensitive text (it is itself health-related data, so it lives in
 * the encrypted store and its reads are audited like any participant data).
 */
export const crisisFlagSchema = z
  .object({
    id: z.string().uuid(),
    participantId: z.string().min(1),
    conversationId: z.string().min(1),
    /** The stored participant turn that raised the flag (its text is read from there, audited). */
    turnId: z.string().min(1),
    level: z.enum(['concern', 'acute']),
    categories: z.array(z.enum(RISK_CATEGORIES)).min(1),
    /** Rule ids from the detector ("suicide.wish_to_die"), never the participant's words. */
    ruleIds: z.array(z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/)).min(1),
    /** ISO 8601 time the flag was raised. */
    raisedAt: z.string().datetime(),
    /** Whether the participant was shown the fixed crisis message (always true from the chat). */
    crisisMessageShown: z.boolean(),
  })
  .strict();

export type CrisisFlag = z.infer<typeof crisisFlagSchema>;

export interface CrisisFlagInput {
  participantId: string;
  conversationId: string;
  turnId: string;
  assessment: RiskAssessment;
  now?: Date;
  crisisMessageShown?: boolean;
}

/** Builds the counselor's flag for a crisis turn. Throws if the assessment found no risk. */
export function createCrisisFlag(input: CrisisFlagInput): CrisisFlag {
  const { assessment } = input;
  if (assessment.level === 'none' || assessment.categories.length === 0) {
    throw new Error('createCrisisFlag needs an assessment with risk');
  }
  return crisisFlagSchema.parse({
    id: randomUUID(),
    participantId: input.participantId,
    conversationId: input.conversationId,
    turnId: input.turnId,
    // A check-in reaches the counselor as a concern: uncertain is not safe.
    level: assessment.level === 'check_in' ? 'concern' : assessment.level,
    categories: [...assessment.categories],
    ruleIds: [...assessment.matched],
    raisedAt: (input.now ?? new Date()).toISOString(),
    crisisMessageShown: input.crisisMessageShown ?? true,
  });
}

const CATEGORY_LABEL_NB: Readonly<Record<RiskCategory, string>> = {
  suicide: 'selvmordsfare',
  self_harm: 'selvskading',
  violence: 'vold',
  abuse: 'vold eller overgrep i nære relasjoner',
  welfare: 'akutt behov (mat eller sted å sove)',
};

/** Short Norwegian label for the counselor's list, e.g. "Akutt: selvmordsfare, selvskading". */
export function describeCrisisFlag(flag: Pick<CrisisFlag, 'level' | 'categories'>): string {
  const level = flag.level === 'acute' ? 'Akutt' : 'Bekymring';
  return `${level}: ${flag.categories.map((c) => CATEGORY_LABEL_NB[c]).join(', ')}`;
}
