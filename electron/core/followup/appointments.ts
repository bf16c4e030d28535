import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlParams } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from './access.js';
import { dayBounds, systemClock, type Clock } from './dates.js';
import { buildIcs, type IcsEvent } from './ics.js';

export const APPOINTMENT_KINDS = ['meeting', 'phone', 'digital', 'other'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export interface Appointment {
  id: number;
  participantId: string;
  /** UTC instant. */
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  kind: AppointmentKind;
  location: string | null;
  cancelled: boolean;
  /** Whether the participant came: null until the counselor records it (only once it has begun). */
  attended: boolean | null;
  createdAt: string;
}

/** An appointment in the counselor's own overview, across their caseload. */
export interface CaseloadAppointment extends Appointment {
  participantName: string;
}

export interface NewAppointment {
  startsAt: string;
  durationMinutes: number;
  kind: AppointmentKind;
  location?: string | null | undefined;
  /** The counselor confirmed that a time before now is meant: an appointment that has been. */
  past?: boolean | undefined;
  /** For an appointment that has been: whether the participant came. */
  attended?: boolean | undefined;
}

export interface IcsOptions {
  /** One participant's appointments; all of the counselor's caseload when left out. */
  participantId?: string | undefined;
  /** Only these appointments (of that participant); otherwise every upcoming one. */
  appointmentIds?: number[] | undefined;
  /** Put the participant's name in the event title. Off by default: see `AppointmentService.ics`. */
  includeName?: boolean | undefined;
  /** Put the meeting place in the event. Off by default (it may be the participant's home). */
  includeLocation?: boolean | undefined;
}

export interface IcsExport {
  filename: string;
  mimeType: 'text/calendar';
  /** The .ics text (RFC 5545, CRLF line ends). */
  content: string;
  eventCount: number;
  /** True when the counselor chose to include the participant's name or the meeting place. */
  containsPersonalData: boolean;
}

/** The event title when nothing personal is included. */
export const DEFAULT_ICS_SUMMARY = 'Oppfølgingsmøte';
const KIND_DESCRIPTION: Record<AppointmentKind, string> = {
  meeting: 'Møte',
  phone: 'Telefonsamtale',
  digital: 'Digitalt møte',
  other: 'Avtale',
};

interface AppointmentRow {
  id: number;
  uid: string;
  participant_id: string;
  starts_at: string;
  duration_minutes: number;
  kind: AppointmentKind;
  location: string | null;
  created_at: string;
  cancelled_at: string | null;
  attended: number | null;
  participant_name?: string;
}

const fromRow = (r: AppointmentRow): Appointment => ({
  id: r.id,
  participantId: r.participant_id,
  startsAt: r.starts_at,
  endsAt: new Date(Date.parse(r.starts_at) + r.duration_minutes * 60_000).toISOString(),
  durationMinutes: r.duration_minutes,
  kind: r.kind,
  location: r.location,
  cancelled: r.cancelled_at !== null,
  attended: r.attended === null ? null : r.attended === 1,
  createdAt: r.created_at,
});

export const PAST_NOT_CONFIRMED = 'Tidspunktet har vært. Bekreft at du registrerer en avtale som allerede har vært.';
const NOT_BEGUN = 'Oppmøte kan registreres når avtalen har begynt.';

/** Appointments between a counselor and a participant, and their export to the counselor's own calendar. */
export class AppointmentService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  /** A participant's appointments (their own, or the assigned counselor's view), soonest first; from today unless `includePast`. */
  async list(
    principal: Principal,
    participantId: string,
    options: { includePast?: boolean | undefined; includeCancelled?: boolean | undefined } = {},
  ): Promise<Appointment[]> {
    if (principal.role === 'admin') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const where = ['participant_id = ?'];
    const params: SqlParams[number][] = [participantId];
    if (!options.includePast) {
      where.push('starts_at >= ?');
      params.push(dayBounds(this.clock()).startIso);
    }
    if (!options.includeCancelled) where.push('cancelled_at IS NULL');
    const rows = await this.db.all<AppointmentRow>(
      `SELECT * FROM appointments WHERE ${where.join(' AND ')} ORDER BY starts_at ${options.includePast ? 'DESC' : 'ASC'} LIMIT 500`,
      params,
    );
    return rows.map(fromRow);
  }

  /** The counselor's own upcoming appointments across their caseload (today and the next `days` days). */
  async upcoming(principal: Principal, days = 14): Promise<CaseloadAppointment[]> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    const { startIso } = dayBounds(this.clock());
    const until = new Date(Date.parse(startIso) + (days + 1) * 86_400_000).toISOString();
    const rows = await this.db.all<AppointmentRow>(
      `SELECT a.*, p.display_name AS participant_name FROM appointments a JOIN participants p ON p.id = a.participant_id
       WHERE p.counselor_id = ? AND a.starts_at >= ? AND a.starts_at < ? AND a.cancelled_at IS NULL ORDER BY a.starts_at LIMIT 500`,
      [principal.userId, startIso, until],
    );
    return rows.map((r) => ({ ...fromRow(r), participantName: r.participant_name ?? '' }));
  }

  async add(principal: Principal, participantId: string, input: NewAppointment): Promise<Appointment> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const now = this.clock();
    const createdAt = now.toISOString();
    const hasBegun = Date.parse(input.startsAt) <= now.getTime();
    // A time that has passed is most often a typing mistake: it is saved only when the counselor
    // confirms that they are registering an appointment that has been.
    if (hasBegun && input.past !== true)
      throw new DomainError('VALIDATION', PAST_NOT_CONFIRMED, [{ path: 'startsAt', message: PAST_NOT_CONFIRMED }]);
    if (!hasBegun && input.attended !== undefined)
      throw new DomainError('VALIDATION', NOT_BEGUN, [{ path: 'attended', message: NOT_BEGUN }]);
    const attended = input.attended === undefined ? null : input.attended ? 1 : 0;
    const id = await this.db.transaction(async (tx) => {
      const r = await tx.run(
        'INSERT INTO appointments (uid, participant_id, counselor_id, starts_at, duration_minutes, kind, location, created_at, attended, attendance_recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          `${randomUUID()}@inkludmi`,
          participantId,
          principal.userId,
          input.startsAt,
          input.durationMinutes,
          input.kind,
          input.location ?? null,
          createdAt,
          attended,
          attended === null ? null : createdAt,
        ],
      );
      return r.lastId;
    });
    const row = await this.db.get<AppointmentRow>('SELECT * FROM appointments WHERE id = ?', [id]);
    return fromRow(row!);
  }

  async cancel(principal: Principal, participantId: string, appointmentId: number): Promise<Appointment> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const at = this.clock().toISOString();
    const row = await this.db.transaction(async (tx) => {
      await tx.run(
        'UPDATE appointments SET cancelled_at = coalesce(cancelled_at, ?) WHERE id = ? AND participant_id = ?',
        [at, appointmentId, participantId],
      );
      return tx.get<AppointmentRow>('SELECT * FROM appointments WHERE id = ? AND participant_id = ?', [
        appointmentId,
        participantId,
      ]);
    });
    if (!row) throw new DomainError('NOT_FOUND', 'Fant ikke avtalen.');
    return fromRow(row);
  }

  /** Records whether the participant came to an appointment that has begun (not a cancelled one). */
  async recordAttendance(
    principal: Principal,
    participantId: string,
    appointmentId: number,
    attended: boolean,
  ): Promise<Appointment> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const now = this.clock();
    const row = await this.db.transaction(async (tx) => {
      const before = await tx.get<AppointmentRow>('SELECT * FROM appointments WHERE id = ? AND participant_id = ?', [
        appointmentId,
        participantId,
      ]);
      if (!before) throw new DomainError('NOT_FOUND', 'Fant ikke avtalen.');
      if (before.cancelled_at !== null)
        throw new DomainError('CONFLICT', 'Avtalen er avlyst. Oppmøte registreres bare for avtaler som ble holdt.');
      if (Date.parse(before.starts_at) > now.getTime())
        throw new DomainError('VALIDATION', NOT_BEGUN, [{ path: 'attended', message: NOT_BEGUN }]);
      await tx.run('UPDATE appointments SET attended = ?, attendance_recorded_at = ? WHERE id = ?', [
        attended ? 1 : 0,
        now.toISOString(),
        appointmentId,
      ]);
      return tx.get<AppointmentRow>('SELECT * FROM appointments WHERE id = ?', [appointmentId]);
    });
    return fromRow(row!);
  }

  /**
   * An .ics file of upcoming appointments for the counselor's OWN calendar.
   *
   * Privacy: the counselor's calendar (Outlook, Google, iCloud) often syncs to a cloud service the
   * organisation has not approved for participant data, and calendars are shared with colleagues.
   * So by default the file holds no personal data: the title is "Oppfølgingsmøte", the description
   * only the kind of meeting, no participant name, no place, and a random UID that says nothing
   * about the participant. The counselor must ask explicitly (`includeName`, `includeLocation`) to
   * add the name or the place; `containsPersonalData` then tells the UI to warn. Cancelled
   * appointments are exported as STATUS:CANCELLED so an earlier import is updated.
   */
  async ics(principal: Principal, options: IcsOptions = {}): Promise<IcsExport> {
    if (principal.role !== 'counselor') throw new DomainError('FORBIDDEN');
    const { startIso } = dayBounds(this.clock());
    let rows: AppointmentRow[];
    if (options.participantId) {
      await assertParticipantAccess(this.db, principal, options.participantId, 'content');
      const ids = options.appointmentIds ?? [];
      rows = await this.db.all<AppointmentRow>(
        `SELECT a.*, p.display_name AS participant_name FROM appointments a JOIN participants p ON p.id = a.participant_id
         WHERE a.participant_id = ? ${ids.length > 0 ? `AND a.id IN (${ids.map(() => '?').join(', ')})` : 'AND a.starts_at >= ?'} ORDER BY a.starts_at`,
        [options.participantId, ...(ids.length > 0 ? ids : [startIso])],
      );
      if (ids.length > 0 && rows.length !== new Set(ids).size)
        throw new DomainError('NOT_FOUND', 'Fant ikke alle avtalene.');
    } else {
      if (options.appointmentIds?.length)
        throw new DomainError('VALIDATION', undefined, [
          { path: 'appointmentIds', message: 'Velg deltakeren avtalene gjelder.' },
        ]);
      rows = await this.db.all<AppointmentRow>(
        `SELECT a.*, p.display_name AS participant_name FROM appointments a JOIN participants p ON p.id = a.participant_id
         WHERE p.counselor_id = ? AND a.starts_at >= ? ORDER BY a.starts_at LIMIT 1000`,
        [principal.userId, startIso],
      );
    }
    const includeName = options.includeName === true;
    const includeLocation = options.includeLocation === true;
    const events: IcsEvent[] = rows.map((r) => {
      const a = fromRow(r);
      return {
        uid: r.uid,
        start: new Date(a.startsAt),
        end: new Date(a.endsAt),
        summary:
          includeName && r.participant_name ? `${DEFAULT_ICS_SUMMARY}: ${r.participant_name}` : DEFAULT_ICS_SUMMARY,
        location: includeLocation ? a.location : null,
        description: KIND_DESCRIPTION[a.kind],
        status: a.cancelled ? 'CANCELLED' : 'CONFIRMED',
      };
    });
    return {
      filename: 'inkludmi-avtaler.ics',
      mimeType: 'text/calendar',
      content: buildIcs(events, this.clock()),
      eventCount: events.length,
      containsPersonalData: events.length > 0 && (includeName || (includeLocation && events.some((e) => e.location))),
    };
  }
}
