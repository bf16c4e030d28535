import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlValue } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import type { AppointmentKind } from './appointments.js';
import { addDays, dayBounds, localDate, startOfLocalDay, systemClock, type Clock } from './dates.js';
import type { StepStatus } from './plan.js';
import type { Programme } from './profile.js';
import type { Stage } from './stages.js';

/** A participant counts as new for this many days after they were added. */
export const NEW_PARTICIPANT_DAYS = 14;
/** The "no contact" filter's default number of days. */
export const DEFAULT_NO_CONTACT_DAYS = 14;

export const CASELOAD_SORTS = ['name', 'nextStepDue', 'lastContact', 'nextMeeting'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** Filters of "Mine deltakere". All given filters must hold (AND). */
export interface CaseloadFilters {
  /** Part of the name, any case. */
  search?: string | undefined;
  /** Added within the last 14 days. */
  isNew?: boolean | undefined;
  /** The latest chat message is from the participant. */
  awaitingReply?: boolean | undefined;
  /**
   * No note (a no-show or cancelled meeting is not contact), appointment that has taken place, or
   * chat message from the participant or the counselor on or after the day N days ago, and on the
   * caseload for longer than that.
   */
  noContactDays?: number | undefined;
  /** An open step is due before today. */
  overdue?: boolean | undefined;
  /** An appointment (not cancelled) today. */
  meetingToday?: boolean | undefined;
  /** The current process stage is one of these. */
  stages?: readonly Stage[] | undefined;
  /** I have written a reminder note about them (my own, as NAV's "huskelapp"). */
  hasReminder?: boolean | undefined;
  sort?: CaseloadSort | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface CaseloadRow {
  participantId: string;
  displayName: string;
  programme: Programme | null;
  stage: Stage | null;
  /** Local date the current stage began. */
  stageSince: string | null;
  /** The open step due soonest (undated steps last). */
  nextStep: { id: number; title: string; dueOn: string | null; status: StepStatus } | null;
  /** The latest contact: its local date and what it was. */
  lastContact: { on: string; kind: 'note' | 'appointment' | 'message' } | null;
  /** The next appointment from the start of today (today's earlier ones included). */
  nextMeeting: { id: number; startsAt: string; durationMinutes: number; kind: AppointmentKind } | null;
  /** When the unanswered message came, if the latest message is from the participant. */
  awaitingReplySince: string | null;
  flags: {
    isNew: boolean;
    awaitingReply: boolean;
    overdue: boolean;
    meetingToday: boolean;
    /** Whole days since the latest contact; null if there has been none. */
    daysSinceContact: number | null;
    /** No contact for `noContactDays` days (the filter's number, or the default 14). */
    noContact: boolean;
  };
  /** The counselor's own reminder note. */
  reminder: string | null;
  createdAt: string;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  /** How many participants match the filters (rows holds at most `limit` of them). */
  total: number;
  /** How many of the counselor's participants each quick filter would show (for the filter chips). */
  counts: {
    all: number;
    isNew: number;
    awaitingReply: number;
    overdue: number;
    meetingToday: number;
    noContact: number;
    hasReminder: number;
  };
  noContactDays: number;
  /** Local date the list was computed for. */
  today: string;
}

interface Row {
  c_all: number;
  c_new: number;
  c_awaiting: number;
  c_overdue: number;
  c_today: number;
  c_no_contact: number;
  c_reminder: number;
  c_match: number;
  id: string | null;
  display_name: string;
  created_at: string;
  programme: Programme | null;
  stage: Stage | null;
  stage_since: string | null;
  next_step_id: number | null;
  next_step_title: string | null;
  next_due: string | null;
  next_step_status: StepStatus | null;
  last_note_on: string | null;
  last_msg_at: string | null;
  last_author: string | null;
  last_any_at: string | null;
  last_appt_at: string | null;
  next_meeting_id: number | null;
  next_meeting_at: string | null;
  next_meeting_minutes: number | null;
  next_meeting_kind: AppointmentKind | null;
  reminder: string | null;
  is_new: number;
  awaiting: number;
  overdue: number;
  meeting_today: number;
  no_contact: number;
}

const SORT_SQL: Record<CaseloadSort, string> = {
  name: 'display_name COLLATE NOCASE, id',
  nextStepDue: 'next_due IS NULL, next_due, display_name COLLATE NOCASE, id',
  lastContact:
    "max(coalesce(last_note_on, ''), coalesce(last_msg_at, ''), coalesce(last_appt_at, '')), display_name COLLATE NOCASE, id",
  nextMeeting: 'next_meeting_at IS NULL, next_meeting_at, display_name COLLATE NOCASE, id',
};

/**
 * "Mine deltakere": the counselor's caseload with what the list shows and its quick filters, in
 * ONE statement. The latest note and messages come from caseload_summary (one row per participant,
 * kept by triggers: migration 012), so the list never seeks into the message log or the notes; the
 * rest is a correlated lookup on an index of a small table (latest stage, soonest open step, latest
 * and next appointment), computed once for the caseload (MATERIALIZED), then filtered, counted and paged.
 */
export class CaseloadService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  async list(principal: Principal, filters: CaseloadFilters = {}): Promise<CaseloadPage> {
    if (principal.role !== 'counselor')
      throw new DomainError('FORBIDDEN', 'Bare veiledere har en portefølje av deltakere.');
    const { sql, params, today, noContactDays } = caseloadQuery(principal.userId, filters, this.clock());
    const rows = await this.store.db.all<Row>(sql, params);
    const first = rows[0];
    return {
      rows: rows.filter((r) => r.id !== null).map((r) => toRow(r, today)),
      total: first?.c_match ?? 0,
      counts: {
        all: first?.c_all ?? 0,
        isNew: first?.c_new ?? 0,
        awaitingReply: first?.c_awaiting ?? 0,
        overdue: first?.c_overdue ?? 0,
        meetingToday: first?.c_today ?? 0,
        noContact: first?.c_no_contact ?? 0,
        hasReminder: first?.c_reminder ?? 0,
      },
      noContactDays,
      today,
    };
  }
}

/** The caseload statement for one counselor (exported so a test can check its query plan). */
export function caseloadQuery(
  counselorId: string,
  filters: CaseloadFilters,
  now: Date,
): { sql: string; params: SqlValue[]; today: string; noContactDays: number } {
  const { today, startIso, endIso } = dayBounds(now);
  const noContactDays = filters.noContactDays ?? DEFAULT_NO_CONTACT_DAYS;
  const cutoffDate = addDays(today, -noContactDays);
  const cutoffIso = startOfLocalDay(cutoffDate).toISOString();
  const newSince = startOfLocalDay(addDays(today, -NEW_PARTICIPANT_DAYS)).toISOString();
  const limit = Math.min(filters.limit ?? 100, 500);
  const offset = filters.offset ?? 0;

  const params: SqlValue[] = [];
  const p = (v: SqlValue) => {
    params.push(v);
    return `?${params.length}`;
  };
  const me = p(counselorId);
  const nowIso = p(now.toISOString());
  const todayStart = p(startIso);

  const conditions: string[] = [];
  if (filters.search?.trim())
    conditions.push(
      `display_name LIKE ${p(`%${filters.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`,
    );
  if (filters.isNew) conditions.push('is_new');
  if (filters.awaitingReply) conditions.push('awaiting');
  if (filters.noContactDays !== undefined) conditions.push('no_contact');
  if (filters.overdue) conditions.push('overdue');
  if (filters.meetingToday) conditions.push('meeting_today');
  if (filters.hasReminder) conditions.push('reminder IS NOT NULL');
  if (filters.stages && filters.stages.length > 0)
    conditions.push(`stage IN (${filters.stages.map((s) => p(s)).join(', ')})`);
  const where = conditions.length > 0 ? conditions.join(' AND ') : '1';
  const order = SORT_SQL[filters.sort ?? 'name'];

  const sql = `
    WITH base AS MATERIALIZED (
      SELECT p.id, p.display_name, p.created_at, f.programme, r.body AS reminder,
        st.stage, st.started_on AS stage_since,
        ns.id AS next_step_id, ns.title AS next_step_title, ns.due_on AS next_due, ns.status AS next_step_status,
        cs.last_note_on, cs.last_human_at AS last_msg_at, cs.last_msg_author AS last_author, cs.last_msg_at AS last_any_at,
        (SELECT a.starts_at FROM appointments a WHERE a.participant_id = p.id AND a.cancelled_at IS NULL AND coalesce(a.attended, 1) = 1 AND a.starts_at <= ${nowIso} ORDER BY a.starts_at DESC LIMIT 1) AS last_appt_at,
        na.id AS next_meeting_id, na.starts_at AS next_meeting_at, na.duration_minutes AS next_meeting_minutes, na.kind AS next_meeting_kind
      FROM participants p
      LEFT JOIN participant_profiles f ON f.participant_id = p.id
      LEFT JOIN counselor_reminders r ON r.participant_id = p.id AND r.counselor_id = ${me}
      LEFT JOIN participant_stages st ON st.id = (SELECT s.id FROM participant_stages s WHERE s.participant_id = p.id ORDER BY s.started_on DESC, s.id DESC LIMIT 1)
      LEFT JOIN activity_steps ns ON ns.id = (
        SELECT x.id FROM activity_steps x INDEXED BY activity_steps_open WHERE x.participant_id = p.id AND x.status IN ('proposed', 'planned', 'in_progress')
        ORDER BY x.due_on IS NULL, x.due_on, x.id LIMIT 1)
      LEFT JOIN caseload_summary cs ON cs.participant_id = p.id
      LEFT JOIN appointments na ON na.id = (
        SELECT a.id FROM appointments a WHERE a.participant_id = p.id AND a.cancelled_at IS NULL AND a.starts_at >= ${todayStart}
        ORDER BY a.starts_at LIMIT 1)
      -- A restricted record (art. 18) is frozen and hidden from processing; an erased one is only an id.
      WHERE p.counselor_id = ${me} AND p.restricted_at IS NULL AND p.erased_at IS NULL
    ),
    flagged AS (
      SELECT base.*,
        created_at >= ${p(newSince)} AS is_new,
        coalesce(last_author = 'participant', 0) AS awaiting,
        coalesce(next_due < ${p(today)}, 0) AS overdue,
        coalesce(next_meeting_at < ${p(endIso)}, 0) AS meeting_today,
        (created_at < ${p(cutoffIso)}
          AND coalesce(last_note_on >= ${p(cutoffDate)}, 0) = 0
          AND coalesce(last_msg_at >= ${p(cutoffIso)}, 0) = 0
          AND coalesce(last_appt_at >= ${p(cutoffIso)}, 0) = 0) AS no_contact
      FROM base
    ),
    counts AS (
      SELECT count(*) AS c_all, coalesce(sum(is_new), 0) AS c_new, coalesce(sum(awaiting), 0) AS c_awaiting, coalesce(sum(overdue), 0) AS c_overdue,
        coalesce(sum(meeting_today), 0) AS c_today, coalesce(sum(no_contact), 0) AS c_no_contact, count(reminder) AS c_reminder,
        (SELECT count(*) FROM flagged WHERE ${where}) AS c_match
      FROM flagged
    ),
    hits AS (
      SELECT flagged.*, row_number() OVER (ORDER BY ${order}) AS rn FROM flagged WHERE ${where} ORDER BY ${order} LIMIT ${p(limit)} OFFSET ${p(offset)}
    )
    SELECT counts.*, hits.* FROM counts LEFT JOIN hits ON 1 ORDER BY hits.rn`;
  return { sql, params, today, noContactDays };
}

function toRow(r: Row, today: string): CaseloadRow {
  const contacts: { on: string; kind: 'note' | 'appointment' | 'message' }[] = [];
  if (r.last_note_on) contacts.push({ on: r.last_note_on, kind: 'note' });
  if (r.last_appt_at) contacts.push({ on: localDate(new Date(r.last_appt_at)), kind: 'appointment' });
  if (r.last_msg_at) contacts.push({ on: localDate(new Date(r.last_msg_at)), kind: 'message' });
  const lastContact = contacts.reduce<(typeof contacts)[number] | null>(
    (best, c) => (best === null || c.on > best.on ? c : best),
    null,
  );
  const awaiting = r.awaiting === 1;
  return {
    participantId: r.id!,
    displayName: r.display_name,
    programme: r.programme,
    stage: r.stage,
    stageSince: r.stage_since,
    nextStep:
      r.next_step_id !== null
        ? {
            id: r.next_step_id,
            title: r.next_step_title ?? '',
            dueOn: r.next_due,
            status: r.next_step_status ?? 'planned',
          }
        : null,
    lastContact,
    nextMeeting:
      r.next_meeting_id !== null
        ? {
            id: r.next_meeting_id,
            startsAt: r.next_meeting_at ?? '',
            durationMinutes: r.next_meeting_minutes ?? 0,
            kind: r.next_meeting_kind ?? 'meeting',
          }
        : null,
    awaitingReplySince: awaiting ? r.last_any_at : null,
    flags: {
      isNew: r.is_new === 1,
      awaitingReply: awaiting,
      overdue: r.overdue === 1,
      meetingToday: r.meeting_today === 1,
      daysSinceContact: lastContact ? daysBetween(lastContact.on, today) : null,
      noContact: r.no_contact === 1,
    },
    reminder: r.reminder,
    createdAt: r.created_at,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((startOfLocalDay(to).getTime() - startOfLocalDay(from).getTime()) / 86_400_000));
}
