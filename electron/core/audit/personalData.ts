import { declaredSource, type SqlRunner } from '../db/index.js';
import type { DeclaredTable, PersonalDataSource } from '../privacy/index.js';

export const AUDIT_KEPT =
  'Revisjonsloggen viser hvem som har sett eller endret opplysningene, og kan ikke endres. Den inneholder bare koder og id-er, ikke navn eller tekst om deg.';

/** The audit log, as the participant's access export and erasure see it. */
export const AUDIT_TABLES: readonly DeclaredTable[] = [
  {
    table: 'audit_log',
    title: 'Hvem som har sett eller endret opplysningene dine',
    category: 'auditLog',
    retention: 'auditEntries',
    where: `(target_type = 'participant' AND target_id = ?1)
      OR (?2 IS NOT NULL AND (actor_id = ?2 OR (target_type = 'user' AND target_id = ?2)))
      OR (target_type = 'decision_case' AND target_id IN (SELECT id FROM decision_cases WHERE participant_id = ?1))
      OR (target_type = 'decision_session' AND target_id IN (SELECT s.id FROM decision_sessions s JOIN decision_cases c ON c.id = s.case_id WHERE c.participant_id = ?1))
      OR (target_type = 'crisis_flag' AND target_id IN (SELECT id FROM chat_crisis_flags WHERE participant_id = ?1))`,
    key: ['seq'],
    erase: 'keep',
    keptBecause: AUDIT_KEPT,
    columns: {
      seq: 'Nummer',
      at: 'Tidspunkt',
      actor_id: 'Hvem (bruker-id)',
      actor_role: 'Rolle',
      action: 'Handling',
      target_type: 'Gjaldt',
      target_id: 'Gjaldt (id)',
      outcome: 'Utfall',
      reason: 'Grunn',
      prev_hash: 'Forrige kontrollsum',
      hash: 'Kontrollsum',
      mac: 'Nøkkelbasert kontrollsum',
    },
  },
];

/**
 * The audit entries about a participant (kept at erasure: the log is append-only). Entries by or
 * about their login are found by its user id, which auth answers for (`userIdOf`).
 */
export function auditPersonalData(
  userIdOf: (db: SqlRunner, participantId: string) => Promise<string | null>,
): PersonalDataSource {
  return declaredSource({ id: 'audit', module: 'audit', tables: AUDIT_TABLES, userIdOf });
}
