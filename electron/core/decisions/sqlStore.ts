import type { EncryptedStore } from '../db/index.js';
import type { DecisionCase } from './case.js';
import type { DecisionRecord, DecisionSession } from './record.js';
import { DecisionError } from './errors.js';
import {
  assertRetentionAllows,
  type DecisionFilter,
  type DecisionLogStore,
  type ImportedModelFile,
  type LetterHandover,
  type OutcomeRecord,
} from './store.js';

const parse = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

/**
 * The decision log in the organisation's encrypted database (migration 004). Decision records are
 * append-only (a trigger refuses UPDATE); only the retention purge deletes, and never anything
 * younger than the minimum retention.
 */
export class SqlDecisionLogStore implements DecisionLogStore {
  constructor(private readonly store: EncryptedStore) {}

  private get db() {
    return this.store.db;
  }

  async saveCase(c: DecisionCase): Promise<void> {
    await this.db.run(
      `INSERT INTO decision_cases (id, participant_id, created_by, created_at, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data`,
      [c.id, c.participantRef, c.createdBy, c.createdAt, JSON.stringify(c)],
    );
  }

  async getCase(id: string): Promise<DecisionCase | null> {
    return (
      parse<DecisionCase>(
        await this.db.all<{ data: string }>('SELECT data FROM decision_cases WHERE id = ?', [id]),
      )[0] ?? null
    );
  }

  async listCases(filter: { createdBy?: string } = {}): Promise<DecisionCase[]> {
    const rows = filter.createdBy
      ? await this.db.all<{ data: string }>(
          'SELECT data FROM decision_cases WHERE created_by = ? ORDER BY created_at',
          [filter.createdBy],
        )
      : await this.db.all<{ data: string }>('SELECT data FROM decision_cases ORDER BY created_at');
    return parse<DecisionCase>(rows);
  }

  async saveSession(session: DecisionSession): Promise<void> {
    await this.db.run(
      `INSERT INTO decision_sessions (id, case_id, updated_at, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      [session.id, session.caseId, new Date().toISOString(), JSON.stringify(session)],
    );
  }

  async getSession(id: string): Promise<DecisionSession | null> {
    return (
      parse<DecisionSession>(
        await this.db.all<{ data: string }>('SELECT data FROM decision_sessions WHERE id = ?', [id]),
      )[0] ?? null
    );
  }

  async latestSessionForCase(caseId: string): Promise<DecisionSession | null> {
    return (
      parse<DecisionSession>(
        await this.db.all<{ data: string }>(
          'SELECT data FROM decision_sessions WHERE case_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1',
          [caseId],
        ),
      )[0] ?? null
    );
  }

  async appendDecision(record: DecisionRecord): Promise<void> {
    try {
      await this.db.run(
        'INSERT INTO decision_records (id, session_id, case_id, counselor_id, decided_at, data) VALUES (?, ?, ?, ?, ?, ?)',
        [record.id, record.sessionId, record.caseId, record.counselorId, record.decidedAt, JSON.stringify(record)],
      );
    } catch (err) {
      if (err instanceof Error && /UNIQUE|PRIMARY KEY/i.test(err.message)) throw new DecisionError('ALREADY_DECIDED');
      throw err;
    }
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<DecisionRecord[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.counselorId) {
      where.push('counselor_id = ?');
      params.push(filter.counselorId);
    }
    if (filter.from) {
      where.push('decided_at >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('decided_at <= ?');
      params.push(filter.to);
    }
    const rows = await this.db.all<{ data: string }>(
      `SELECT data FROM decision_records ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY decided_at, id`,
      params,
    );
    return parse<DecisionRecord>(rows);
  }

  async recordOutcome(outcome: OutcomeRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO decision_outcomes (case_id, recorded_at, data) VALUES (?, ?, ?)
       ON CONFLICT(case_id) DO UPDATE SET recorded_at = excluded.recorded_at, data = excluded.data`,
      [outcome.caseId, outcome.recordedAt, JSON.stringify(outcome)],
    );
  }

  async listOutcomes(): Promise<OutcomeRecord[]> {
    return parse<OutcomeRecord>(
      await this.db.all<{ data: string }>('SELECT data FROM decision_outcomes ORDER BY case_id'),
    );
  }

  async recordLetterHandover(h: LetterHandover): Promise<void> {
    await this.db.run(
      'INSERT INTO decision_letter_handovers (id, case_id, record_id, handed_over_at, data) VALUES (?, ?, ?, ?, ?)',
      [h.id, h.caseId, h.recordId, h.handedOverAt, JSON.stringify(h)],
    );
  }

  async listLetterHandovers(caseId?: string): Promise<LetterHandover[]> {
    const rows = caseId
      ? await this.db.all<{ data: string }>(
          'SELECT data FROM decision_letter_handovers WHERE case_id = ? ORDER BY handed_over_at, rowid',
          [caseId],
        )
      : await this.db.all<{ data: string }>(
          'SELECT data FROM decision_letter_handovers ORDER BY handed_over_at, rowid',
        );
    return parse<LetterHandover>(rows);
  }

  async purgeDecisionsBefore(cutoff: Date, now: Date): Promise<number> {
    assertRetentionAllows(cutoff, now);
    const r = await this.db.run('DELETE FROM decision_records WHERE decided_at < ?', [cutoff.toISOString()]);
    return r.changes;
  }

  async saveModelFile(file: ImportedModelFile): Promise<void> {
    await this.db.run(
      'INSERT INTO decision_model_files (model_version, content, imported_at, imported_by) VALUES (?, ?, ?, ?)',
      [file.modelVersion, file.content, file.importedAt, file.importedBy],
    );
  }

  async latestModelFile(): Promise<ImportedModelFile | null> {
    const row = await this.db.get<{ model_version: string; content: string; imported_at: string; imported_by: string }>(
      'SELECT model_version, content, imported_at, imported_by FROM decision_model_files ORDER BY id DESC LIMIT 1',
    );
    return row
      ? {
          modelVersion: row.model_version,
          content: row.content,
          importedAt: row.imported_at,
          importedBy: row.imported_by,
        }
      : null;
  }
}
