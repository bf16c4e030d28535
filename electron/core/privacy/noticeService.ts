import { ApiError } from '../api/errors.js';
import type { Principal } from '../auth/types.js';
import type { SqlRunner } from '../db/connection.js';
import type { EncryptedStore } from '../db/store.js';
import { assertParticipantAccess, RestrictedProcessingError } from '../followup/access.js';
import type { SettingsService } from '../settings/service.js';
import { buildNotice, noticeHash, type Notice, type NoticeContent } from './notice.js';
import { PURPOSE_INFO, PURPOSES, type Purpose } from './purposes.js';
import type { LegalBasisRegister, NoticeReads } from './register.js';
import { retentionMonths } from './retentionRules.js';

export interface NoticeVersionInfo {
  version: number;
  createdAt: string;
  purposes: Purpose[];
  /** How many participants have been shown this version. */
  reads: number;
}

export interface ParticipantNotice {
  notice: Notice;
  /** The latest version this participant has been shown, and when. */
  acknowledged: { version: number; at: string; via: 'participant' | 'counselor' } | null;
  /** True at first login and after every change: the UI shows the notice before anything else. */
  mustAcknowledge: boolean;
}

interface NoticeRow {
  version: number;
  created_at: string;
  content_hash: string;
  purposes: string;
  content: string;
}

/**
 * The versioned privacy notice. The text is generated from the register, the switches and the
 * retention rules; a new version is stored whenever the generated text changes (so every change of
 * the register gives one). Participants see the current version at their first login and after
 * every change, and each showing is recorded.
 */
export class NoticeService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly register: LegalBasisRegister,
    private readonly settings: SettingsService,
  ) {}

  private get db() {
    return this.store.db;
  }

  /** The notice as the register says now (not stored). */
  async generate(db: SqlRunner = this.db): Promise<NoticeContent> {
    const snap = await this.register.current(db);
    const effective = this.settings.effective();
    const running = new Set<Purpose>(
      PURPOSES.filter((p) => {
        const feature = PURPOSE_INFO[p].feature;
        return snap.bases.has(p) && (feature === null || effective.features[feature]);
      }),
    );
    const org = await this.store.organisation();
    return buildNotice({
      organisationName: org.name,
      organisation: snap.organisation,
      bases: snap.bases,
      running,
      retention: retentionMonths(effective),
    });
  }

  /** The current version, storing a new one first if the generated text has changed. */
  async current(): Promise<Notice> {
    const content = await this.generate();
    const hash = noticeHash(content);
    const latest = await this.latestRow();
    if (latest && sameText(latest, hash)) return fromRow(latest);
    return this.db
      .transaction(async (tx) => {
        const again = await tx.get<NoticeRow>('SELECT * FROM privacy_notices ORDER BY version DESC LIMIT 1');
        if (again && sameText(again, hash)) return fromRow(again);
        // The same text as an older version (a change undone) is a new version all the same: people
        // read it again. The stored hash carries the version so it stays unique.
        const version = (again?.version ?? 0) + 1;
        const createdAt = new Date().toISOString();
        await tx.run(
          'INSERT INTO privacy_notices (version, created_at, content_hash, purposes, content) VALUES (?, ?, ?, ?, ?)',
          [version, createdAt, `${hash}:${version}`, JSON.stringify(content.purposes), JSON.stringify(content)],
        );
        return { ...content, version, createdAt };
      })
      .then(async (stored) => {
        // A new version: nobody has seen it yet, so the features that wait for it stop until they have.
        await this.register.reloadNoticeReads();
        return stored;
      });
  }

  /** The current version and the participants who have been shown it (the register's gate keeps a copy). */
  async currentReads(): Promise<NoticeReads> {
    const notice = await this.current();
    const rows = await this.db.all<{ participant_id: string }>(
      'SELECT participant_id FROM privacy_notice_reads WHERE version = ?',
      [notice.version],
    );
    return { version: notice.version, seen: new Set(rows.map((r) => r.participant_id)) };
  }

  async version(version: number): Promise<Notice> {
    const row = await this.db.get<NoticeRow>('SELECT * FROM privacy_notices WHERE version = ?', [version]);
    if (!row) throw new ApiError('NOT_FOUND', 'Fant ikke denne versjonen av personvernerklæringen.');
    return fromRow(row);
  }

  async versions(): Promise<NoticeVersionInfo[]> {
    await this.current();
    const rows = await this.db.all<{ version: number; created_at: string; purposes: string; reads: number }>(
      `SELECT n.version, n.created_at, n.purposes, (SELECT count(*) FROM privacy_notice_reads r WHERE r.version = n.version) AS reads
       FROM privacy_notices n ORDER BY n.version DESC`,
    );
    return rows.map((r) => ({
      version: r.version,
      createdAt: r.created_at,
      purposes: JSON.parse(r.purposes) as Purpose[],
      reads: r.reads,
    }));
  }

  /** What a participant is to see: the current notice and whether they have been shown it. */
  async forParticipant(principal: Principal, participantId: string): Promise<ParticipantNotice> {
    await this.assertMayShow(principal, participantId);
    const notice = await this.current();
    const read = await this.db.get<{ version: number; read_at: string; via: 'participant' | 'counselor' }>(
      'SELECT version, read_at, via FROM privacy_notice_reads WHERE participant_id = ? ORDER BY version DESC LIMIT 1',
      [participantId],
    );
    return {
      notice,
      acknowledged: read ? { version: read.version, at: read.read_at, via: read.via } : null,
      mustAcknowledge: !read || read.version < notice.version,
    };
  }

  /**
   * Records that the participant has been shown `version`: the participant themself, or their
   * assigned counselor going through it with them in a session. Only the current version counts.
   */
  async acknowledge(principal: Principal, participantId: string, version: number): Promise<ParticipantNotice> {
    await this.assertMayShow(principal, participantId);
    const current = await this.current();
    if (version !== current.version) {
      throw new ApiError('CONFLICT', 'Personvernerklæringen er endret siden den ble vist. Les den nye versjonen.', [
        { path: 'version', message: 'Ikke gjeldende versjon.' },
      ]);
    }
    await this.db.transaction((tx) =>
      tx.run(
        `INSERT INTO privacy_notice_reads (participant_id, version, read_by, via, read_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (participant_id, version) DO NOTHING`,
        [
          participantId,
          version,
          principal.userId,
          principal.role === 'participant' ? 'participant' : 'counselor',
          new Date().toISOString(),
        ],
      ),
    );
    await this.register.reloadNoticeReads();
    return this.forParticipant(principal, participantId);
  }

  /** Participants who have been shown a version that tells about `purpose`. */
  async participantsInformedOf(purpose: Purpose, db: SqlRunner = this.db): Promise<Set<string>> {
    const rows = await db.all<{ participant_id: string; purposes: string }>(
      'SELECT r.participant_id, n.purposes FROM privacy_notice_reads r JOIN privacy_notices n ON n.version = r.version',
    );
    return new Set(
      rows.filter((r) => (JSON.parse(r.purposes) as Purpose[]).includes(purpose)).map((r) => r.participant_id),
    );
  }

  private async assertMayShow(principal: Principal, participantId: string): Promise<void> {
    if (principal.role === 'admin')
      throw new ApiError(
        'FORBIDDEN',
        'Personvernerklæringen vises til deltakeren selv, eller av veilederen i en samtale.',
      );
    // The notice is information, not processing of the record: a restricted participant may read it.
    try {
      await assertParticipantAccess(this.db, principal, participantId, 'content');
    } catch (err) {
      if (!(err instanceof RestrictedProcessingError)) throw err;
    }
  }

  private latestRow(): Promise<NoticeRow | undefined> {
    return this.db.get<NoticeRow>('SELECT * FROM privacy_notices ORDER BY version DESC LIMIT 1');
  }
}

function sameText(row: NoticeRow, hash: string): boolean {
  return row.content_hash.split(':')[0] === hash;
}

function fromRow(row: NoticeRow): Notice {
  return { ...(JSON.parse(row.content) as NoticeContent), version: row.version, createdAt: row.created_at };
}
