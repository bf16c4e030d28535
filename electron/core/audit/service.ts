import fs from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from '../db/connection.js';
import type { EncryptedStore } from '../db/store.js';
import { appendAudit, listAudit, verifyAudit, type AuditEntry, type AuditEntryInput, type AuditFilter, type AuditVerification } from './log.js';

export const PENDING_AUDIT_FILE = 'audit-pending.jsonl';

/**
 * The audit trail of the organisation. Entries are written in the caller's transaction when there
 * is one, else in their own. While the store is locked (a failed login, a refused call before
 * anyone logged in) they wait in a small file of codes and ids only, and join the chain at the
 * next unlock with the time they happened.
 */
export class AuditService {
  constructor(private readonly store: EncryptedStore) {}

  private get pendingFile(): string {
    return path.join(this.store.dataDir, PENDING_AUDIT_FILE);
  }

  async record(entry: AuditEntryInput, tx?: SqlRunner): Promise<void> {
    const stamped = { ...entry, at: entry.at ?? new Date().toISOString() };
    if (tx) {
      await appendAudit(tx, stamped);
      return;
    }
    if (this.store.isOpen) {
      await this.store.db.transaction((t) => appendAudit(t, stamped));
      return;
    }
    fs.mkdirSync(this.store.dataDir, { recursive: true, mode: 0o700 });
    fs.appendFileSync(this.pendingFile, JSON.stringify(stamped) + '\n', { mode: 0o600 });
  }

  /** Moves waiting entries into the chain (called right after unlock). */
  async flushPending(): Promise<number> {
    if (!fs.existsSync(this.pendingFile)) return 0;
    const lines = fs.readFileSync(this.pendingFile, 'utf8').split('\n').filter((l) => l.trim().length > 0);
    const entries: AuditEntryInput[] = [];
    for (const line of lines) {
      try {
        entries.push(JSON.parse(line) as AuditEntryInput);
      } catch {
        entries.push({ actorId: null, actorRole: null, action: 'audit.pending_unreadable', outcome: 'error' });
      }
    }
    await this.store.db.transaction(async (tx) => {
      for (const e of entries) await appendAudit(tx, e);
    });
    fs.rmSync(this.pendingFile, { force: true });
    return entries.length;
  }

  list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    return listAudit(this.store.db, filter);
  }

  verify(): Promise<AuditVerification> {
    return verifyAudit(this.store.db);
  }
}
