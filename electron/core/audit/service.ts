import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { withCommitHook, type SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import {
  appendAudit,
  type AuditHeadGuess,
  listAudit,
  verifyAudit,
  type AuditEntry,
  type AuditEntryInput,
  type AuditFilter,
  type AuditVerification,
} from './log.js';
import {
  checkpointSchema,
  hmac,
  pendingEntrySchema,
  pendingLineSchema,
  sameHex,
  SKEW_MS,
  UNKEYED_HEADER,
  UNKEYED_MAC,
  unverifiedEntry,
  type Checkpoint,
} from './pending.js';
import { RoutineReads } from './routineReads.js';

export { UNVERIFIED_PREFIX, type Checkpoint } from './pending.js';

export const PENDING_AUDIT_FILE = 'audit-pending.jsonl';
export const QUARANTINE_AUDIT_FILE = 'audit-quarantine.jsonl';
export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';
const DAY_MS = 24 * 60 * 60_000;

/**
 * The audit trail of the organisation. Entries are written in the caller's transaction when there
 * is one, else in their own, each with an HMAC under the audit key from the key slots. The chain
 * head is checkpointed outside the database (audit-checkpoints.jsonl) at every backup, every lock
 * and logout and at least daily; verification compares the chain with the last checkpoint.
 *
 * While the store is locked (a failed login, a refused call) entries wait in a pending file. When
 * the app locks it still has the audit key: it starts the pending file with a header holding a
 * fresh pending key encrypted under the audit key, and MACs each line with that key. At the next
 * unlock only lines that are well-formed and carry a valid MAC under a genuine header join the
 * chain as they are. A process that never held the key (a CLI login with a wrong password) can only
 * write unkeyed lines: those join as unverified refused logins (see unverifiedEntry) or not at all.
 * Any other line (forged or malformed) is moved to audit-quarantine.jsonl and reported in the chain
 * by count: never joined, never in the way of a login.
 */
export class AuditService {
  /** The pending key of this lock period (in memory only) and its header id. */
  private pending: { id: string; key: Buffer } | null = null;
  /** The head this service's last append left (only ever a guess: see appendAudit). */
  private readonly headGuess: AuditHeadGuess = { head: null };
  /** Routine reads of one's own pages, counted per user per day (see RoutineReads). */
  readonly routineReads: RoutineReads;

  constructor(
    private readonly store: EncryptedStore,
    now: () => Date = () => new Date(),
  ) {
    this.routineReads = new RoutineReads(
      {
        runAudited: (entry, work) => this.runAudited(entry, work),
        appendAll: (entries) =>
          this.store.db.transaction(async (tx) => {
            for (const e of entries) await this.append(tx, e);
          }),
        appendIn: async (tx, db, entry) => {
          if (!this.store.isOpen || db !== this.store.db) return false;
          await this.append(tx, entry);
          return true;
        },
      },
      now,
    );
  }

  private get pendingFile(): string {
    return path.join(this.store.dataDir, PENDING_AUDIT_FILE);
  }
  private get quarantineFile(): string {
    return path.join(this.store.dataDir, QUARANTINE_AUDIT_FILE);
  }
  private get checkpointFile(): string {
    return path.join(this.store.dataDir, CHECKPOINT_FILE);
  }

  private macKey(): Buffer | null {
    try {
      return this.store.auditKey();
    } catch {
      return null;
    }
  }

  async record(entry: AuditEntryInput, tx?: SqlRunner): Promise<void> {
    const stamped = { ...entry, at: entry.at ?? new Date().toISOString() };
    if (tx) {
      await this.append(tx, stamped);
      return;
    }
    if (this.store.isOpen) {
      await this.store.db.transaction((t) => this.append(t, stamped));
      return;
    }
    fs.mkdirSync(this.store.dataDir, { recursive: true, mode: 0o700 });
    const clean = pendingEntrySchema.parse({ targetType: null, targetId: null, reason: null, ...stamped });
    const header = this.pending?.id ?? UNKEYED_HEADER;
    const mac = this.pending ? hmac(this.pending.key, `${header}|${JSON.stringify(clean)}`) : UNKEYED_MAC;
    fs.appendFileSync(this.pendingFile, JSON.stringify({ header, entry: clean, mac }) + '\n', { mode: 0o600 });
  }

  private async append(tx: SqlRunner, entry: AuditEntryInput): Promise<AuditEntry> {
    const key = this.macKey();
    try {
      return await appendAudit(tx, entry, key, this.headGuess);
    } finally {
      key?.fill(0);
    }
  }

  /**
   * Runs one audited call: its entry is appended inside the first transaction the call commits on
   * the store (so the write and its entry commit together, or neither). A call that commits no
   * transaction (a read) gets its entry in its own transaction before its answer is returned; if
   * that fails, the call fails and the answer is never given.
   */
  async runAudited<T>(entry: AuditEntryInput, work: () => Promise<T>): Promise<T> {
    const stamped = { ...entry, at: entry.at ?? new Date().toISOString() };
    let written = false;
    const result = await withCommitHook(async (db, tx) => {
      if (written || !this.store.isOpen || db !== this.store.db) return;
      await this.append(tx, stamped);
      written = true;
    }, work);
    if (!written) {
      written = true;
      await this.record(stamped);
    }
    return result;
  }

  /**
   * A user's session ended (logout, lock of her session, idle) while the store stays open: her
   * counted reads go into the chain and her open record closes. Failing to seal never stops a
   * logout: the counts stay in memory for the next seal.
   */
  async sessionEnded(userId: string): Promise<void> {
    if (!this.store.isOpen) return;
    await this.routineReads.seal(userId).catch(() => undefined);
  }

  /**
   * Called while the store is still open, just before it locks: seals the counted routine reads,
   * checkpoints the chain head and starts a pending file whose lines this process can MAC until the
   * next unlock.
   */
  async beforeLock(why: string): Promise<void> {
    await this.routineReads.seal();
    await this.checkpoint(why);
    const key = this.macKey();
    if (!key) return;
    try {
      const pendingKey = randomBytes(32);
      const id = randomUUID();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(`inkludmi-pending|${id}`));
      const data = Buffer.concat([cipher.update(pendingKey), cipher.final()]);
      const sealed = {
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      const line = { header: id, sealed, mac: hmac(key, `${id}|${JSON.stringify(sealed)}`) };
      fs.appendFileSync(this.pendingFile, JSON.stringify(line) + '\n', { mode: 0o600 });
      this.pending?.key.fill(0);
      this.pending = { id, key: pendingKey };
    } finally {
      key.fill(0);
    }
  }

  /**
   * Moves waiting entries into the chain (called right after unlock). Lines that fail the schema
   * or the MAC are quarantined and reported by count; nothing here can stop a login.
   */
  async flushPending(): Promise<{ joined: number; quarantined: number }> {
    if (!fs.existsSync(this.pendingFile)) return { joined: 0, quarantined: 0 };
    const text = fs.readFileSync(this.pendingFile, 'utf8');
    const key = this.macKey();
    const keys = new Map<string, Buffer>();
    const good: AuditEntryInput[] = [];
    const bad: string[] = [];
    const unkeyed: { line: string; entry: z.infer<typeof pendingEntrySchema> }[] = [];
    try {
      const lines = text.split('\n').filter((l) => l.trim().length > 0);
      for (const line of lines) {
        let parsed: z.infer<typeof pendingLineSchema> | null = null;
        try {
          const r = pendingLineSchema.safeParse(JSON.parse(line));
          parsed = r.success ? r.data : null;
        } catch {
          parsed = null;
        }
        if (
          parsed &&
          'sealed' in parsed &&
          key &&
          sameHex(hmac(key, `${parsed.header}|${JSON.stringify(parsed.sealed)}`), parsed.mac)
        ) {
          try {
            const d = createDecipheriv('aes-256-gcm', key, Buffer.from(parsed.sealed.iv, 'base64'));
            d.setAAD(Buffer.from(`inkludmi-pending|${parsed.header}`));
            d.setAuthTag(Buffer.from(parsed.sealed.tag, 'base64'));
            keys.set(parsed.header, Buffer.concat([d.update(Buffer.from(parsed.sealed.data, 'base64')), d.final()]));
            continue;
          } catch {
            // falls through to quarantine
          }
        }
        if (parsed && 'entry' in parsed) {
          const k = keys.get(parsed.header);
          if (k && sameHex(hmac(k, `${parsed.header}|${JSON.stringify(parsed.entry)}`), parsed.mac)) {
            good.push(parsed.entry);
            continue;
          }
          if (parsed.header === UNKEYED_HEADER && parsed.mac === UNKEYED_MAC) {
            unkeyed.push({ line, entry: parsed.entry });
            continue;
          }
        }
        bad.push(line);
      }
      const bounds = await this.pendingTimeBounds();
      const users = new Set((await this.store.db.all<{ id: string }>('SELECT id FROM users')).map((u) => u.id));
      for (const { line, entry } of unkeyed) {
        const joined = unverifiedEntry(entry, bounds, users);
        if (joined) good.push(joined);
        else bad.push(line);
      }
      if (bad.length > 0)
        fs.appendFileSync(this.quarantineFile, bad.map((l) => l.slice(0, 4000)).join('\n') + '\n', { mode: 0o600 });
      await this.store.db.transaction(async (tx) => {
        for (const e of good) await this.append(tx, e);
        if (bad.length > 0)
          await this.append(tx, {
            actorId: null,
            actorRole: null,
            action: 'audit.pending_quarantined',
            targetType: 'audit_pending',
            targetId: String(bad.length),
            outcome: 'error',
            reason: 'BAD_PENDING_LINE',
          });
      });
      fs.rmSync(this.pendingFile, { force: true });
      return { joined: good.length, quarantined: bad.length };
    } finally {
      key?.fill(0);
      for (const k of keys.values()) k.fill(0);
      this.pending?.key.fill(0);
      this.pending = null;
    }
  }

  /**
   * When a pending line can have been written: not before the newest entry of the chain (the store
   * was open until then), not after now (with a few minutes of clock skew either way).
   */
  private async pendingTimeBounds(): Promise<{ from: number; to: number }> {
    const head = await this.store.db.get<{ at: string }>('SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1');
    return { from: (head ? Date.parse(head.at) : 0) - SKEW_MS, to: Date.now() + SKEW_MS };
  }

  /** Records the chain head (sequence and hash) outside the database, MACed with the audit key. */
  async checkpoint(why: string): Promise<Checkpoint | null> {
    const key = this.macKey();
    if (!key) return null;
    try {
      const head = await this.store.db.get<{ seq: number; hash: string }>(
        'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
      );
      if (!head) return null;
      const at = new Date().toISOString();
      const cp: Checkpoint = {
        seq: head.seq,
        hash: head.hash,
        at,
        why,
        mac: hmac(key, `checkpoint|${head.seq}|${head.hash}|${at}|${why}`),
      };
      fs.appendFileSync(this.checkpointFile, JSON.stringify(cp) + '\n', { mode: 0o600 });
      return cp;
    } finally {
      key.fill(0);
    }
  }

  /** A checkpoint if the last one is older than a day (called from the app's timers). */
  async checkpointIfDue(now = Date.now()): Promise<void> {
    await this.routineReads.sealIfDayChanged();
    const last = this.lastCheckpoint();
    if (!last || now - Date.parse(last.at) >= DAY_MS) await this.checkpoint('daily');
  }

  /** Every line of the checkpoint file whose MAC verifies (a forged or damaged line is skipped). */
  private checkpoints(): Checkpoint[] {
    const key = this.macKey();
    if (!key) return [];
    try {
      const text = fs.existsSync(this.checkpointFile) ? fs.readFileSync(this.checkpointFile, 'utf8') : '';
      const out: Checkpoint[] = [];
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const r = checkpointSchema.safeParse(JSON.parse(line));
          if (
            r.success &&
            sameHex(hmac(key, `checkpoint|${r.data.seq}|${r.data.hash}|${r.data.at}|${r.data.why}`), r.data.mac)
          )
            out.push(r.data);
        } catch {
          // a damaged line proves nothing: skipped
        }
      }
      return out;
    } finally {
      key.fill(0);
    }
  }

  /** The newest checkpoint of the chain head (the last one written: after a restore it may have a lower seq). */
  lastCheckpoint(): Checkpoint | null {
    return (
      this.checkpoints()
        .filter((c) => !c.why.startsWith('tamper_'))
        .at(-1) ?? null
    );
  }

  /**
   * At unlock, before anything new is appended: is the chain still what the last checkpoint saw?
   * Entries deleted from the end would otherwise be hidden by the next ones taking their numbers.
   * A finding (the first missing or changed sequence) is kept outside the database and in the chain.
   */
  async checkAgainstCheckpoint(): Promise<void> {
    const all = this.checkpoints();
    const cp = all.filter((c) => !c.why.startsWith('tamper_')).at(-1);
    if (!cp) return;
    // An administrator restored a backup (marked, with the audit key, just before): the chain is
    // legitimately older now. Its head becomes the new checkpoint.
    if (cp.why === 'restore') {
      await this.checkpoint('restored');
      return;
    }
    const db = this.store.db;
    const max = (await db.get<{ n: number | null }>('SELECT max(seq) AS n FROM audit_log'))?.n ?? 0;
    let finding: { seq: number; why: 'tamper_truncated' | 'tamper_rewritten' } | null = null;
    if (max < cp.seq) finding = { seq: max + 1, why: 'tamper_truncated' };
    else {
      const at = await db.get<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = ?', [cp.seq]);
      if (at?.hash !== cp.hash) {
        const v = await this.verifyChainOnly(null);
        finding = { seq: v.firstBad?.seq ?? cp.seq, why: 'tamper_rewritten' };
      }
    }
    if (!finding || all.some((c) => c.why === finding.why && c.seq === finding.seq)) return;
    await this.mark(finding.seq, finding.why);
    await this.record({
      actorId: null,
      actorRole: null,
      action: 'audit.tamper_detected',
      targetType: 'audit_log',
      targetId: String(finding.seq),
      outcome: 'error',
      reason: finding.why.toUpperCase(),
    });
  }

  private async mark(seq: number, why: string): Promise<void> {
    const key = this.macKey();
    if (!key) return;
    try {
      const at = new Date().toISOString();
      const hash = '0'.repeat(64);
      fs.appendFileSync(
        this.checkpointFile,
        JSON.stringify({ seq, hash, at, why, mac: hmac(key, `checkpoint|${seq}|${hash}|${at}|${why}`) }) + '\n',
        { mode: 0o600 },
      );
    } finally {
      key.fill(0);
    }
  }

  private async verifyChainOnly(checkpoint: Checkpoint | null): Promise<AuditVerification> {
    const macKey = this.macKey();
    try {
      const from = await this.store.db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'audit_mac_from'");
      return await verifyAudit(this.store.db, { macKey, macFrom: Number(from?.value ?? 1), checkpoint });
    } finally {
      macKey?.fill(0);
    }
  }

  list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    return listAudit(this.store.db, filter);
  }

  /**
   * The chain (hashes, links, MACs), against the last checkpoint, plus what was found earlier: a
   * truncation or rewrite detected at an unlock, and pending lines that were quarantined.
   */
  async verify(): Promise<AuditVerification & { quarantined: { seq: number; lines: number }[] }> {
    const v = await this.verifyChainOnly(this.lastCheckpoint());
    const tamper = this.checkpoints()
      .filter((c) => c.why.startsWith('tamper_'))
      .sort((a, b) => a.seq - b.seq)[0];
    const rows = await this.store.db.all<{ seq: number; target_id: string | null }>(
      "SELECT seq, target_id FROM audit_log WHERE action = 'audit.pending_quarantined' ORDER BY seq",
    );
    const quarantined = rows.map((r) => ({ seq: r.seq, lines: Number(r.target_id ?? 0) }));
    const earlier = tamper
      ? {
          seq: tamper.seq,
          problem: tamper.why === 'tamper_truncated' ? ('truncated' as const) : ('checkpoint_mismatch' as const),
        }
      : null;
    const firstBad =
      [v.firstBad, earlier].filter((b): b is NonNullable<typeof b> => b !== null).sort((a, b) => a.seq - b.seq)[0] ??
      null;
    return { ...v, ok: firstBad === null && quarantined.length === 0, firstBad, quarantined };
  }
}
