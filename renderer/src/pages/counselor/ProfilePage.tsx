import { BodyLong, BodyShort, Button, Heading, HStack, Process, Select, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { formatInstant, formatDate } from '../../i18n/format';
import { SectionHeading } from '../followup/SectionHeading';
import { StatusMessage } from '../followup/StatusMessage';
import type { Profile, Stage } from '../followup/types';
import { NationalIdField } from './NationalIdField';
import type { SectionProps } from './ParticipantWorkspace';
import { ProfileForm } from './ProfileForm';
import { ReminderDialog } from './ReminderDialog';

export const STAGES: readonly Stage[] = [
  'assessment',
  'clarification',
  'work_trial',
  'job_search',
  'in_work_or_school',
  'ended',
];

/** The participant profile: contact details, programme, dates, NAV office, who is assigned, the stage timeline and my reminder. */
export function ProfilePage({ participantId, profile, reloadProfile }: SectionProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const lang = i18n.language;
  const dash = <span className="cell-detail">{t('followup.profile.notRegistered')}</span>;

  return (
    <VStack gap="space-32" data-testid="profile">
      <VStack gap="space-16" as="section" aria-labelledby="profile-details">
        <SectionHeading id="profile-details">{t('followup.profile.title')}</SectionHeading>
        {editing ? (
          <ProfileForm
            participantId={participantId}
            profile={profile}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(t('followup.profile.saved'));
              reloadProfile();
            }}
          />
        ) : (
          <>
            <dl className="info-list" data-testid="profile-details">
              <dt>{t('followup.profile.name')}</dt>
              <dd>{profile.displayName}</dd>
              <dt>{t('followup.profile.nationalId')}</dt>
              <dd>
                <NationalIdField
                  participantId={participantId}
                  masked={profile.nationalIdMasked}
                  hasNationalId={profile.hasNationalId}
                />
              </dd>
              <dt>{t('followup.profile.phone')}</dt>
              <dd>{profile.phone ?? dash}</dd>
              <dt>{t('followup.profile.email')}</dt>
              <dd>{profile.email ?? dash}</dd>
              <dt>{t('followup.profile.programme')}</dt>
              <dd>{profile.programme ? t(`followup.programme.${profile.programme}`) : dash}</dd>
              <dt>{t('followup.profile.startDate')}</dt>
              <dd>{profile.startDate ? formatDate(profile.startDate, lang) : dash}</dd>
              <dt>{t('followup.profile.plannedEndDate')}</dt>
              <dd>{profile.plannedEndDate ? formatDate(profile.plannedEndDate, lang) : dash}</dd>
              <dt>{t('followup.profile.navOffice')}</dt>
              <dd>{profile.navOffice ?? dash}</dd>
              <dt>{t('followup.profile.counselor')}</dt>
              <dd>{profile.counselor?.displayName ?? dash}</dd>
            </dl>
            <HStack gap="space-16" align="center">
              <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
                {t('followup.profile.edit')}
              </Button>
              <StatusMessage message={saved} testId="profile-saved" />
            </HStack>
          </>
        )}
      </VStack>
      <StageSection participantId={participantId} profile={profile} onSaved={reloadProfile} />
      <ReminderSection participantId={participantId} profile={profile} onSaved={reloadProfile} />
      <BodyShort size="small" className="cell-detail">
        {t('followup.profile.updated', { at: formatInstant(profile.updatedAt, lang) })}
      </BodyShort>
    </VStack>
  );
}

const STAGE_ALIASES = { stage: ['stage'], startedOn: ['startedOn'] } as const;

/** The process stage as a timeline (kartlegging → … → avsluttet, with dates) and recording the next one. */
function StageSection({
  participantId,
  profile,
  onSaved,
}: {
  participantId: string;
  profile: Profile;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = { stage: `${id}-stage`, startedOn: `${id}-date` };
  const current = profile.stage?.stage ?? null;
  const nextIndex = current ? Math.min(STAGES.indexOf(current) + 1, STAGES.length - 1) : 0;
  const [stage, setStage] = useState<Stage>(STAGES[nextIndex]!);
  const [startedOn, setStartedOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors(STAGE_ALIASES);
  const upcoming = current ? STAGES.slice(STAGES.indexOf(current) + 1) : STAGES;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(null);
    const result = await api.call('stages.set', { participantId, stage, ...(startedOn ? { startedOn } : {}) });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    form.clear();
    setStartedOn('');
    setSaved(t('followup.stages.saved', { stage: t(`followup.stage.${stage}`) }));
    onSaved();
  };

  return (
    <VStack gap="space-16" as="section" aria-labelledby={`${id}-heading`}>
      <Heading level="2" size="medium" id={`${id}-heading`}>
        {t('followup.stages.title')}
      </Heading>
      {profile.stages.length === 0 && <BodyLong>{t('followup.stages.none')}</BodyLong>}
      <Process aria-labelledby={`${id}-heading`} data-testid="stage-timeline" hideStatusText={false}>
        {profile.stages.map((s, i) => (
          <Process.Event
            key={s.id}
            title={t(`followup.stage.${s.stage}`)}
            timestamp={formatDate(s.startedOn, i18n.language)}
            status={i === profile.stages.length - 1 ? 'active' : 'completed'}
          >
            <BodyShort size="small">
              {t('followup.stages.recordedBy', { name: s.recordedBy.displayName || t('followup.stages.unknown') })}
            </BodyShort>
          </Process.Event>
        ))}
        {upcoming.map((s) => (
          <Process.Event key={`next-${s}`} title={t(`followup.stage.${s}`)} status="uncompleted" hideContent />
        ))}
      </Process>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('followup.stages.formLabel')}>
        <VStack gap="space-12">
          <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="stage-error" />
          <HStack gap="space-16" align="end" wrap>
            <Select
              id={ids.stage}
              label={t('followup.stages.newStage')}
              value={stage}
              onChange={(e) => setStage(e.target.value as Stage)}
              error={form.errors.fields.stage}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`followup.stage.${s}`)}
                </option>
              ))}
            </Select>
            <DateField
              id={ids.startedOn}
              label={t('followup.stages.startedOn')}
              description={t('followup.stages.startedOnHelp')}
              value={startedOn}
              onChange={(v) => {
                setStartedOn(v);
                form.clearField('startedOn');
              }}
              error={form.errors.fields.startedOn}
            />
            <Button type="submit" variant="secondary" loading={busy}>
              {t('followup.stages.save')}
            </Button>
          </HStack>
          <StatusMessage message={saved} testId="stage-saved" />
        </VStack>
      </form>
    </VStack>
  );
}

function ReminderSection({
  participantId,
  profile,
  onSaved,
}: {
  participantId: string;
  profile: Profile;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const reminder = profile.reminder ?? null;
  return (
    <VStack gap="space-12" as="section" aria-labelledby={`${id}-heading`}>
      <Heading level="2" size="medium" id={`${id}-heading`}>
        {t('followup.reminder.sectionTitle')}
      </Heading>
      <BodyShort size="small" className="cell-detail">
        {t('followup.reminder.help')}
      </BodyShort>
      {reminder ? (
        <BodyLong className="reminder-block" data-testid="profile-reminder">
          {reminder}
        </BodyLong>
      ) : (
        <BodyShort>{t('followup.reminder.none')}</BodyShort>
      )}
      <div>
        <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
          {reminder ? t('followup.reminder.edit') : t('followup.reminder.add')}
        </Button>
      </div>
      {open && (
        <ReminderDialog
          participantId={participantId}
          name={profile.displayName}
          reminder={reminder}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved();
          }}
        />
      )}
    </VStack>
  );
}
