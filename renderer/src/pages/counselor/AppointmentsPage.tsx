import {
  Alert,
  BodyShort,
  Button,
  Heading,
  HStack,
  Loader,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { DateField, TimeField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { formatInstant, localInstant } from '../../i18n/format';
import { numberOrUndefined } from '../followup/RulerForm';
import { SectionHeading } from '../followup/SectionHeading';
import { IcsExport } from '../followup/IcsExport';
import { StatusMessage } from '../followup/StatusMessage';
import type { Appointment } from '../followup/types';
import type { SectionProps } from './ParticipantWorkspace';

type Kind = Appointment['kind'];
const KINDS: readonly Kind[] = ['meeting', 'phone', 'digital', 'other'];
type Attendance = 'yes' | 'no' | 'unknown';
const ATTENDANCE: Record<Attendance, boolean | undefined> = { yes: true, no: false, unknown: undefined };

const hasBegun = (a: Appointment, now = Date.now()) => Date.parse(a.startsAt) <= now;

/**
 * Appointments with the participant: the next ones, the earlier ones with whether the participant
 * came (nothing disappears once its time has passed), a new one, and an .ics file for the
 * counselor's own calendar.
 */
export function AppointmentsPage({ participantId, profile }: SectionProps) {
  const { t } = useTranslation();
  const list = useQuery(
    'appointments.list',
    { participantId, includePast: true, includeCancelled: true },
    participantId,
    { keepData: true },
  );
  const upcomingId = useId();
  const pastId = useId();
  const all = list.status === 'success' ? list.data : [];
  // The list comes newest first: the next appointments read soonest first, the earlier ones newest first.
  const upcoming = all.filter((a) => !hasBegun(a) && !a.cancelled).reverse();
  const past = all.filter((a) => hasBegun(a));
  return (
    <VStack gap="space-32" data-testid="appointments">
      <SectionHeading>{t('followup.appointments.title')}</SectionHeading>
      <VStack gap="space-12" as="section" aria-labelledby={upcomingId}>
        <Heading level="3" size="small" id={upcomingId}>
          {t('followup.appointments.upcoming')}
        </Heading>
        {list.status === 'loading' && <Loader title={t('common.loading')} />}
        {list.status === 'error' && <Alert variant="error">{list.error.message}</Alert>}
        {list.status === 'success' && (
          <AppointmentList participantId={participantId} appointments={upcoming} onChanged={list.reload} />
        )}
      </VStack>
      <NewAppointmentForm participantId={participantId} onSaved={list.reload} />
      {list.status === 'success' && (
        <VStack gap="space-12" as="section" aria-labelledby={pastId} data-testid="past-appointments">
          <Heading level="3" size="small" id={pastId}>
            {t('followup.appointments.past')}
          </Heading>
          <PastAppointments participantId={participantId} appointments={past} onChanged={list.reload} />
        </VStack>
      )}
      <IcsExport participantId={participantId} name={profile.displayName} count={upcoming.length} headingLevel="3" />
    </VStack>
  );
}

function AppointmentSummary({ a }: { a: Appointment }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <BodyShort weight="semibold" className="nowrap">
        {formatInstant(a.startsAt, i18n.language)}
      </BodyShort>
      <BodyShort size="small">
        {t(`followup.appointmentKind.${a.kind}`)} · {t('followup.notes.minutes', { count: a.durationMinutes })}
        {a.location && ` · ${a.location}`}
      </BodyShort>
    </div>
  );
}

function AppointmentList({
  participantId,
  appointments,
  onChanged,
}: {
  participantId: string;
  appointments: readonly Appointment[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const cancel = async (a: Appointment) => {
    const result = await api.call('appointments.cancel', { participantId, appointmentId: a.id });
    setMessage(
      result.ok
        ? t('followup.appointments.cancelled', { at: formatInstant(a.startsAt, i18n.language) })
        : result.error.message,
    );
    if (result.ok) onChanged();
  };
  return (
    <VStack gap="space-8">
      {appointments.length === 0 ? (
        <BodyShort data-testid="appointments-empty">{t('followup.appointments.none')}</BodyShort>
      ) : (
        <ul className="appointment-list" data-testid="appointment-list">
          {appointments.map((a) => (
            <li key={a.id} className="appointment-item">
              <HStack gap="space-16" align="center" justify="space-between" wrap>
                <AppointmentSummary a={a} />
                <Button
                  size="small"
                  variant="tertiary"
                  aria-label={t('followup.appointments.cancelFor', { at: formatInstant(a.startsAt, i18n.language) })}
                  onClick={() => void cancel(a)}
                >
                  {t('followup.appointments.cancel')}
                </Button>
              </HStack>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage message={message} />
    </VStack>
  );
}

/** Appointments whose time has come, newest first, with whether the participant came (recorded here). */
function PastAppointments({
  participantId,
  appointments,
  onChanged,
}: {
  participantId: string;
  appointments: readonly Appointment[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  if (appointments.length === 0)
    return <BodyShort data-testid="past-appointments-empty">{t('followup.appointments.pastNone')}</BodyShort>;
  const record = async (a: Appointment, attended: boolean) => {
    const result = await api.call('appointments.attendance', { participantId, appointmentId: a.id, attended });
    setMessage(
      result.ok
        ? t('followup.appointments.attendanceSaved', { at: formatInstant(a.startsAt, i18n.language) })
        : result.error.message,
    );
    if (result.ok) onChanged();
  };
  return (
    <VStack gap="space-8">
      <ul className="appointment-list" data-testid="past-appointment-list">
        {appointments.map((a) => (
          <li key={a.id} className="appointment-item">
            <HStack gap="space-16" align="center" justify="space-between" wrap>
              <AppointmentSummary a={a} />
              {a.cancelled ? (
                <Tag variant="neutral" size="small">
                  {t('followup.appointments.cancelledTag')}
                </Tag>
              ) : (
                <RadioGroup
                  legend={t('followup.appointments.attendanceFor', { at: formatInstant(a.startsAt, i18n.language) })}
                  hideLegend
                  size="small"
                  value={a.attended === null ? 'unknown' : a.attended ? 'yes' : 'no'}
                  onChange={(v: Attendance) => {
                    const attended = ATTENDANCE[v];
                    if (attended !== undefined) void record(a, attended);
                  }}
                >
                  <HStack gap="space-16">
                    <Radio value="yes">{t('followup.appointments.attendedYes')}</Radio>
                    <Radio value="no">{t('followup.appointments.attendedNo')}</Radio>
                    {a.attended === null && <Radio value="unknown">{t('followup.appointments.attendedUnknown')}</Radio>}
                  </HStack>
                </RadioGroup>
              )}
            </HStack>
          </li>
        ))}
      </ul>
      <StatusMessage message={message} />
    </VStack>
  );
}

const ALIASES = {
  startsAt: ['startsAt'],
  time: [],
  durationMinutes: ['durationMinutes'],
  kind: ['kind'],
  location: ['location'],
  attended: ['attended'],
} as const;

/**
 * A new appointment: date (Aksel's DatePicker) and time of day in the machine's own time zone. A
 * time that has passed asks first whether an appointment that has been is being registered, and
 * then whether the participant came.
 */
function NewAppointmentForm({ participantId, onSaved }: { participantId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = {
    startsAt: `${id}-date`,
    time: `${id}-time`,
    durationMinutes: `${id}-minutes`,
    kind: `${id}-kind`,
    location: `${id}-location`,
    attended: `${id}-attended`,
  };
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [kind, setKind] = useState<Kind>('meeting');
  const [location, setLocation] = useState('');
  /** The instant that has passed, while the counselor is asked to confirm it. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [attendance, setAttendance] = useState<Attendance>('unknown');
  const { busy, saved, setSaved, save, ...form } = useSavingForm(ALIASES);

  const send = async (startsAt: string, past: boolean) => {
    const attended = past ? ATTENDANCE[attendance] : undefined;
    const result = await save(
      () =>
        api.call('appointments.add', {
          participantId,
          startsAt,
          durationMinutes: numberOrUndefined(minutes) as number,
          kind,
          ...(location.trim() ? { location } : {}),
          ...(past ? { past: true } : {}),
          ...(attended !== undefined ? { attended } : {}),
        }),
      () => t(past ? 'followup.appointments.pastSaved' : 'followup.appointments.saved'),
    );
    setConfirming(null);
    if (!result) return;
    setDate('');
    setTime('');
    setLocation('');
    setAttendance('unknown');
    onSaved();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const startsAt = localInstant(date, time);
    if (!startsAt) {
      form.fromLocal({
        ...(date === '' ? { startsAt: t('followup.appointments.dateMissing') } : {}),
        ...(date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date) ? { startsAt: t('common.invalidDate') } : {}),
        ...(time.trim() === '' ? { time: t('followup.appointments.timeMissing') } : {}),
        ...(time.trim() !== '' && !localInstant('2000-01-01', time) ? { time: t('common.invalidTime') } : {}),
      });
      return;
    }
    if (Date.parse(startsAt) <= Date.now()) {
      form.clear();
      setConfirming(startsAt);
      return;
    }
    await send(startsAt, false);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`} data-testid="appointment-form">
      <VStack gap="space-16">
        <Heading level="3" size="small" id={`${id}-heading`}>
          {t('followup.appointments.newTitle')}
        </Heading>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="appointment-error" />
        <HStack gap="space-16" wrap align="start">
          <DateField
            id={ids.startsAt}
            label={t('followup.appointments.startsAt')}
            value={date}
            onChange={(v) => {
              setDate(v);
              setConfirming(null);
              form.clearField('startsAt');
            }}
            error={form.errors.fields.startsAt}
          />
          <TimeField
            id={ids.time}
            label={t('followup.appointments.time')}
            value={time}
            onChange={(v) => {
              setTime(v);
              setConfirming(null);
              form.clearField('time');
            }}
            error={form.errors.fields.time}
          />
          <TextField
            id={ids.durationMinutes}
            type="number"
            inputMode="numeric"
            label={t('followup.appointments.duration')}
            value={minutes}
            onChange={(e) => {
              setMinutes(e.target.value);
              form.clearField('durationMinutes');
            }}
            error={form.errors.fields.durationMinutes}
          />
          <Select
            id={ids.kind}
            label={t('followup.appointments.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            error={form.errors.fields.kind}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`followup.appointmentKind.${k}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <TextField
          id={ids.location}
          label={t('followup.appointments.location')}
          description={t('followup.appointments.locationHelp')}
          value={location}
          onChange={(e) => {
            setLocation(e.target.value);
            form.clearField('location');
          }}
          error={form.errors.fields.location}
          className="form-column"
        />
        {confirming ? (
          <Alert variant="warning" data-testid="confirm-past" className="form-column">
            <VStack gap="space-12">
              <Heading level="4" size="xsmall">
                {t('followup.appointments.confirmPastTitle')}
              </Heading>
              <BodyShort>
                {t('followup.appointments.confirmPastBody', { at: formatInstant(confirming, i18n.language) })}
              </BodyShort>
              <RadioGroup
                id={ids.attended}
                legend={t('followup.appointments.attendanceLegend')}
                size="small"
                value={attendance}
                onChange={(v: Attendance) => setAttendance(v)}
                error={form.errors.fields.attended}
              >
                <Radio value="yes">{t('followup.appointments.attendedYes')}</Radio>
                <Radio value="no">{t('followup.appointments.attendedNo')}</Radio>
                <Radio value="unknown">{t('followup.appointments.attendedUnknown')}</Radio>
              </RadioGroup>
              <HStack gap="space-12">
                <Button type="button" loading={busy} onClick={() => void send(confirming, true)}>
                  {t('followup.appointments.confirmPast')}
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    setConfirming(null);
                    document.getElementById(ids.startsAt)?.focus();
                  }}
                >
                  {t('followup.appointments.changeDate')}
                </Button>
              </HStack>
            </VStack>
          </Alert>
        ) : (
          <HStack gap="space-16" align="center">
            <Button type="submit" loading={busy}>
              {t('followup.appointments.save')}
            </Button>
          </HStack>
        )}
        <StatusMessage message={saved} testId="appointment-saved" />
      </VStack>
    </form>
  );
}
