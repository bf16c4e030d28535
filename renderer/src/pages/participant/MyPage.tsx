import { Alert, BodyLong, BodyShort, Heading, Loader, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';
import { AddStepForm } from '../followup/AddStepForm';
import { formatInstant } from '../followup/dates';
import { GoalSection } from '../followup/GoalForm';
import { MotivationChart } from '../followup/MotivationChart';
import { PlanProgress } from '../followup/PlanProgress';
import { RulerForm } from '../followup/RulerForm';
import { StepList } from '../followup/StepList';
import type { Rewards } from '../followup/types';
import { ChatLink } from '../chat/ChatLink';
import { NoticePrompt } from '../privacy/NoticePrompt';
import { GamificationPanel } from './GamificationPanel';
import '../followup/followup.css';

/** A participant's own page: their goal, steps, progress, motivation and appointments. Never the counselor's notes. */
export function MyPage() {
  const { user } = useSignedIn();
  if (!user.participantId) return <NoRecord />;
  return <OwnPage participantId={user.participantId} />;
}

function OwnPage({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const me = useQuery('me.overview', { participantId }, participantId, { keepData: true });
  const [rewards, setRewards] = useState<Rewards | null>(null);
  const goalId = useId();
  const stepsId = useId();
  const motivationId = useId();
  const appointmentsId = useId();

  if (me.status === 'loading') return <Loader title={t('common.loading')} />;
  if (me.status === 'error') return <Alert variant="error">{me.error.message}</Alert>;
  const data = me.data;

  const afterStepChange = (r: Rewards | null) => {
    setRewards(r && (r.points > 0 || r.badges.length > 0) ? r : null);
    me.reload();
  };

  return (
    <VStack gap="space-40" data-testid="my-page">
      <VStack gap="space-12">
        <PageHeading>{t('myPage.title', { name: data.displayName })}</PageHeading>
        <BodyLong size="large">{t('followup.me.intro')}</BodyLong>
        {data.counselor && <BodyShort>{t('followup.me.counselor', { name: data.counselor.displayName })}</BodyShort>}
        {data.stage && <BodyShort>{t('followup.me.stage', { stage: t(`followup.stage.${data.stage}`) })}</BodyShort>}
        <ChatLink />
      </VStack>

      <NoticePrompt participantId={participantId} />

      <VStack gap="space-12" as="section" aria-labelledby={goalId}>
        <Heading level="2" size="medium" id={goalId}>
          {t('followup.me.goalTitle')}
        </Heading>
        <GoalSection key={data.goal?.setAt ?? 'none'} participantId={participantId} goal={data.goal} viewer="participant" onSaved={me.reload} />
      </VStack>

      <VStack gap="space-16" as="section" aria-labelledby={stepsId}>
        <Heading level="2" size="medium" id={stepsId}>
          {t('followup.me.stepsTitle')}
        </Heading>
        <PlanProgress progress={data.progress} />
        {rewards && <RewardMessage rewards={rewards} />}
        <StepList participantId={participantId} steps={data.steps} viewer="participant" onChanged={afterStepChange} />
        <AddStepForm participantId={participantId} viewer="participant" onAdded={me.reload} />
      </VStack>

      <VStack gap="space-16" as="section" aria-labelledby={motivationId}>
        <Heading level="2" size="medium" id={motivationId}>
          {t('followup.me.motivationTitle')}
        </Heading>
        <BodyLong>{t('followup.me.motivationIntro')}</BodyLong>
        <MotivationChart series={data.motivation} events={data.events} headingLevel="2" />
        <RulerForm participantId={participantId} mode="participant" onSaved={me.reload} />
      </VStack>

      <VStack gap="space-12" as="section" aria-labelledby={appointmentsId}>
        <Heading level="2" size="medium" id={appointmentsId}>
          {t('followup.me.appointmentsTitle')}
        </Heading>
        {data.appointments.length === 0 ? (
          <BodyShort>{t('followup.me.noAppointments')}</BodyShort>
        ) : (
          <ul className="appointment-list" data-testid="my-appointments">
            {data.appointments.map((a) => (
              <li key={a.id} className="appointment-item">
                <BodyShort weight="semibold">{formatInstant(a.startsAt, i18n.language)}</BodyShort>
                <BodyShort size="small">
                  {t(`followup.appointmentKind.${a.kind}`)} · {t('followup.notes.minutes', { count: a.durationMinutes })}
                  {a.location && ` · ${a.location}`}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </VStack>

      {data.gamification ? <GamificationPanel participantId={participantId} initial={data.gamification} /> : <GamificationUnavailable participantId={participantId} />}
      <BodyShort size="small" className="cell-detail">
        {t('myPage.privacy')}
      </BodyShort>
    </VStack>
  );
}

/** Why there are no points and badges here: the app's own refusal (no recorded basis, an objection of theirs, switched off). */
function GamificationUnavailable({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const state = useQuery('gamification.get', { participantId }, participantId);
  if (state.status !== 'error' || !state.error.reason) return null;
  return (
    <BodyShort size="small" className="cell-detail" data-testid="gamification-unavailable">
      {t('privacy.gamificationUnavailable', { reason: state.error.message })}
    </BodyShort>
  );
}

function RewardMessage({ rewards }: { rewards: Rewards }) {
  const { t } = useTranslation();
  return (
    <Alert variant="success" size="small" role="status" data-testid="rewards">
      {[
        rewards.points > 0 ? t('followup.gamification.earnedPoints', { count: rewards.points }) : null,
        ...rewards.badges.map((b) => t('followup.gamification.earnedBadge', { badge: t(`followup.badge.${b}`) })),
      ]
        .filter(Boolean)
        .join(' ')}
    </Alert>
  );
}

function NoRecord() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-24">
      <PageHeading>{t('myPage.titleNoName')}</PageHeading>
      <Alert variant="warning">{t('myPage.noRecord')}</Alert>
    </VStack>
  );
}
