import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import type { SqlRunner } from '../db/index.js';
import { defaultScrubber, scrubSafely, type Scrubber } from '../scrub/index.js';
import { PseudonymVault } from '../scrub/index.js';
import { messagesRepo, type TrainingMessageRow } from '../chat/index.js';
import { knownIdentitiesOf } from '../followup/index.js';
import { missingBasisMessage } from './register.js';

/** Whether a training export may run, and for whom. */
export interface TrainingStatus {
  /** "Videretrening" has its own recorded basis. */
  basisRecorded: boolean;
  /** The current notice tells about it. */
  noticeCovers: boolean;
  /** Participants who have been shown a notice that covers it, have not objected and are not restricted or erased. */
  eligibleParticipants: number;
  allowed: boolean;
  /** Why not (Norwegian), when not allowed. */
  message: string | null;
}

export interface TrainingTurn {
  role: 'user' | 'assistant';
  /** Scrubbed: placeholders such as [NAVN_1] instead of names and numbers. */
  text: string;
  talk: string | null;
  move: string | null;
}

/** A scrubbed export of chatbot conversations for training, without anything that points at a person. */
export interface TrainingExport {
  format: 'inkludmi-training-export';
  formatVersion: 1;
  generatedAt: string;
  noticeVersion: number;
  basis: string;
  /** Each conversation under a random reference (not the participant's or the conversation's id). */
  conversations: { ref: string; turns: TrainingTurn[] }[];
  /** Turns left out: crisis turns (always), replaced answers, and turns whose scrubbing failed. */
  excluded: { crisis: number; replaced: number; scrubFailed: number };
  participants: number;
}

export const TRAINING_NOTICE_MISSING =
  'Ingen deltakere har fått en personvernerklæring som sier at samtalene kan brukes til videretrening. Erklæringen må dekke det, og deltakerne må ha fått den, før noe kan leveres ut.';

/** The gate: a recorded basis for "videretrening" AND a notice version covering it that participants have been shown. */
export function trainingStatus(input: {
  basisRecorded: boolean;
  refusal?: string | null;
  noticeCovers: boolean;
  eligible: number;
}): TrainingStatus {
  const { basisRecorded, noticeCovers, eligible } = input;
  let message: string | null = null;
  if (input.refusal) message = input.refusal;
  else if (!basisRecorded) message = missingBasisMessage('trainingExport');
  else if (!noticeCovers || eligible === 0) message = TRAINING_NOTICE_MISSING;
  return { basisRecorded, noticeCovers, eligibleParticipants: eligible, allowed: message === null, message };
}

export function assertTrainingAllowed(status: TrainingStatus): void {
  if (!status.allowed) throw new DomainError('FORBIDDEN', status.message ?? TRAINING_NOTICE_MISSING);
}

/**
 * The conversations of the eligible participants, scrubbed again with a fresh vault per
 * conversation and every known identity of the participant (name, national id, phone, e-mail,
 * their counselor): fail-closed, a turn that cannot be scrubbed is left out. Crisis turns and
 * replaced answers are never included; nothing in the export points back at a person.
 */
export async function buildTrainingExport(
  db: SqlRunner,
  input: { participants: readonly string[]; noticeVersion: number; basis: string; now: Date; scrubber?: Scrubber },
): Promise<TrainingExport> {
  const scrubber = input.scrubber ?? defaultScrubber();
  const excluded = { crisis: 0, replaced: 0, scrubFailed: 0 };
  const conversations: TrainingExport['conversations'] = [];
  for (const participantId of input.participants) {
    const known = await knownIdentitiesOf(db, participantId);
    const rows = await messagesRepo.forTraining(db, participantId);
    const byConversation = new Map<string, TrainingMessageRow[]>();
    for (const r of rows) byConversation.set(r.conversation_id, [...(byConversation.get(r.conversation_id) ?? []), r]);
    for (const messages of byConversation.values()) {
      const vault = new PseudonymVault();
      const turns: TrainingTurn[] = [];
      for (const m of messages) {
        if (m.crisis === 1) {
          excluded.crisis++;
          continue;
        }
        if (m.replaced_at !== null) {
          excluded.replaced++;
          continue;
        }
        if (m.author === 'counselor') continue;
        const result = scrubSafely(scrubber, m.model_text ?? m.body, { vault, known });
        if (!result.ok) {
          excluded.scrubFailed++;
          continue;
        }
        turns.push({
          role: m.author === 'assistant' ? 'assistant' : 'user',
          text: result.text,
          talk: m.talk,
          move: m.move,
        });
      }
      if (turns.length > 0) conversations.push({ ref: randomUUID(), turns });
    }
  }
  return {
    format: 'inkludmi-training-export',
    formatVersion: 1,
    generatedAt: input.now.toISOString(),
    noticeVersion: input.noticeVersion,
    basis: input.basis,
    conversations,
    excluded,
    participants: input.participants.length,
  };
}
