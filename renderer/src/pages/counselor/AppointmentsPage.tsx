import { Alert, BodyShort, Button, Heading, HStack, Loader, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { formatInstant, localDateTimeToIso } from '../followup/dates';
import { numberOrUndefined } from '../followup/RulerForm';
import { SectionHeading } from '../followup/SectionHeading';
import { IcsExport } from '../followup/IcsExport';
import { StatusMessage } from '../followup/StatusMessage';
import type { Appointment } from '../followup/types';
import type { SectionProps } from './ParticipantWorkspace';

type Kind = Appointment['kind'];
const KINDS: readonly Kind[] = ['meeting', 'phone', 'digital', 'other'];

/** Appointments with the participant: the next ones, a new one, and an .ics file for the counselor's own calendar. */
export function AppointmentsPage({ participantId, profile }: SectionProps) {
  const { t } = useTranslation();
  const list = useQuery('appointments.list', { participantId }, participantId, { keepData: true });
  const listId = useId();
  return (
    <VStack gap="space-32" data-testid="appointments">
      <SectionHeading>{t('followup.appointments.title')}</SectionHeading>
      <VStack gap="space-12" as="section" aria-labelledby={listId}>
        <Heading level="3" size="small" id={listId}>
          {t('followup.appointments.upcoming')}
        </Heading>
        {list.status === 'loading' && <Loader title={t('common.loading')} />}
        {list.status === 'error' && <Alert variant="error">{list.error.message}</Alert>}
        {list.status === 'success' && (
          <AppointmentList participantId={participantId} appointments={list.data} onChanged={list.reload} />
        )}
      </VStack>
      <NewAppointmentForm participantId={participantId} onSaved={list.reload} />
      <IcsExport
        participantId={participantId}
        name={profile.displayName}
        count={list.status === 'success' ? list.data.length : 0}
        headingLevel="3"
      />
    </VStack>
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
  if (appointments.length === 0)
    return <BodyShort data-testid="appointments-empty">{t('followup.appointments.none')}</BodyShort>;
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
      <ul className="appointment-list" data-testid="appointment-list">
        {appointments.map((a) => (
          <li key={a.id} className="appointment-item">
            <HStack gap="space-16" align="center" justify="space-between" wrap>
              <div>
                <BodyShort weight="semibold">{formatInstant(a.startsAt, i18n.language)}</BodyShort>
                <BodyShort size="small">
                  {t(`followup.appointmentKind.${a.kind}`)} ·{' '}
                  {t('followup.notes.minutes', { count: a.durationMinutes })}
                  {a.location && ` · ${a.location}`}
                </BodyShort>
              </div>
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
      <StatusMessage message={message} />
    </VStack>
  );
}

const ALIASES = {
  startsAt: ['startsAt'],
  durationMinutes: ['durationMinutes'],
  kind: ['kind'],
  location: ['location'],
} as const;

function NewAppointmentForm({ participantId, onSaved }: { participantId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = {
    startsAt: `${id}-start`,
    durationMinutes: `${id}-minutes`,
    kind: `${id}-kind`,
    location: `${id}-location`,
  };
  const [startsAt, setStartsAt] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [kind, setKind] = useState<Kind>('meeting');
  const [location, setLocation] = useState('');
  const { busy, saved, save, ...form } = useSavingForm(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(
      () =>
        api.call('appointments.add', {
          participantId,
          startsAt: localDateTimeToIso(startsAt) ?? startsAt,
          durationMinutes: numberOrUndefined(minutes) as number,
          kind,
          ...(location.trim() ? { location } : {}),
        }),
      () => t('followup.appointments.saved'),
    );
    if (!result) return;
    setStartsAt('');
    setLocation('');
    onSaved();
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
            withTime
            label={t('followup.appointments.startsAt')}
            value={startsAt}
            onChange={(e) => {
              setStartsAt(e.target.value);
              form.clearField('startsAt');
            }}
            error={form.errors.fields.startsAt}
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
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={busy}>
            {t('followup.appointments.save')}
          </Button>
          <StatusMessage message={saved} testId="appointment-saved" />
        </HStack>
      </VStack>
    </form>
  );
}
