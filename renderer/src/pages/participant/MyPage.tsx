import { Alert, BodyLong, BodyShort, Heading, HGrid, HStack, Loader, VStack } from '@navikt/ds-react';
import { Link } from 'react-router-dom';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';
import { AddStepForm } from '../followup/AddStepForm';
import { formatInstant, formatDate } from '../../i18n/format';
import { GoalSection } from '../followup/GoalForm';
import { MotivationChart } from '../followup/MotivationChart';
import { PlanProgress } from '../followup/PlanProgress';
import { RulerForm } from '../followup/RulerForm';
import { StepList } from '../followup/StepList';
import type { ActivityStep, Rewards } from '../followup/types';
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
  const nextId = useId();

  if (me.status === 'loading') return <Loader title={t('common.loading')} />;
  if (me.status === 'error') return <Alert variant="error">{me.error.message}</Alert>;
  const data = me.data;

  const afterStepChange = (r: Rewards | null) => {
    setRewards(r && (r.points > 0 || r.badges.length > 0) ? r : null);
    me.reload();
  };

  const next = nextStep(data.steps);
  const privacyId = `${stepsId}-privacy`;
  const gameId = `${stepsId}-game`;
  const jump: { id: string; label: string }[] = [
    { id: stepsId, label: t('followup.me.stepsTitle') },
    { id: motivationId, label: t('followup.me.motivationTitle') },
    { id: appointmentsId, label: t('followup.me.appointmentsTitle') },
    { id: gameId, label: t('followup.gamification.title') },
    { id: privacyId, label: t('followup.me.privacyTitle') },
  ];

  // The first screen: greeting, the short notice when there is one to read, then her goal and next
  // step. Everything else is one tap away through "Mer på siden din".
  return (
    <VStack gap="space-32" data-testid="my-page">
      <VStack gap="space-8">
        <PageHeading>{t('myPage.title', { name: data.displayName })}</PageHeading>
        <BodyShort>
          {[
            data.counselor ? t('followup.me.counselor', { name: data.counselor.displayName }) : null,
            data.stage ? t('followup.me.stage', { stage: t(`followup.stage.${data.stage}`) }) : null,
          ]
            .filter(Boolean)
            .join(' ')}
        </BodyShort>
      </VStack>

      <NoticePrompt participantId={participantId} onAcknowledged={me.reload} />

      <HGrid gap="space-24" columns={{ xs: 1, md: 2 }} data-testid="goal-and-next-step">
        <VStack gap="space-12" as="section" aria-labelledby={goalId}>
          <Heading level="2" size="medium" id={goalId}>
            {t('followup.me.goalTitle')}
          </Heading>
          <GoalSection
            key={data.goal?.setAt ?? 'none'}
            participantId={participantId}
            goal={data.goal}
            viewer="participant"
            onSaved={me.reload}
          />
        </VStack>
        <VStack gap="space-12" as="section" aria-labelledby={nextId}>
          <Heading level="2" size="medium" id={nextId}>
            {t('followup.me.nextStepTitle')}
          </Heading>
          {next ? (
            <VStack gap="space-4" data-testid="next-step">
              <BodyLong weight="semibold">{next.title}</BodyLong>
              {next.dueOn && (
                <BodyShort size="small">
                  {t('followup.me.nextStepDue', { date: formatDate(next.dueOn, i18n.language) })}
                </BodyShort>
              )}
            </VStack>
          ) : (
            <BodyShort data-testid="next-step">{t('followup.me.noNextStep')}</BodyShort>
          )}
          <ChatLink />
        </VStack>
      </HGrid>

      <nav aria-label={t('followup.me.onThisPage')} data-testid="my-page-sections">
        <HStack gap="space-16" as="ul" className="jump-links">
          {jump.map((j) => (
            <li key={j.id}>
              <a href={`#${j.id}`}>{j.label}</a>
            </li>
          ))}
        </HStack>
      </nav>

      <VStack gap="space-16" as="section" aria-labelledby={stepsId}>
        <Heading level="2" size="medium" id={stepsId} tabIndex={-1}>
          {t('followup.me.stepsTitle')}
        </Heading>
        <PlanProgress progress={data.progress} />
        {rewards && <RewardMessage rewards={rewards} />}
        <StepList participantId={participantId} steps={data.steps} viewer="participant" onChanged={afterStepChange} />
        <AddStepForm participantId={participantId} viewer="participant" onAdded={me.reload} />
      </VStack>

      <VStack gap="space-16" as="section" aria-labelledby={motivationId}>
        <Heading level="2" size="medium" id={motivationId} tabIndex={-1}>
          {t('followup.me.motivationTitle')}
        </Heading>
        <BodyLong>{t('followup.me.motivationIntro')}</BodyLong>
        <MotivationChart series={data.motivation} events={data.events} headingLevel="2" />
        <RulerForm participantId={participantId} mode="participant" onSaved={me.reload} />
      </VStack>

      <VStack gap="space-12" as="section" aria-labelledby={appointmentsId}>
        <Heading level="2" size="medium" id={appointmentsId} tabIndex={-1}>
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
                  {t(`followup.appointmentKind.${a.kind}`)} ·{' '}
                  {t('followup.notes.minutes', { count: a.durationMinutes })}
                  {a.location && ` · ${a.location}`}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </VStack>

      <div id={gameId} tabIndex={-1}>
        {data.gamification ? (
          <GamificationPanel participantId={participantId} initial={data.gamification} />
        ) : (
          <GamificationUnavailable participantId={participantId} />
        )}
      </div>

      <VStack gap="space-8" as="section" aria-labelledby={privacyId}>
        <Heading level="2" size="medium" id={privacyId} tabIndex={-1}>
          {t('followup.me.privacyTitle')}
        </Heading>
        <BodyShort>{t('followup.me.privacyIntro')}</BodyShort>
        <BodyShort size="small" className="cell-detail">
          {t('myPage.privacy')}
        </BodyShort>
        <BodyShort>
          <Link to="/personvern">{t('followup.me.privacyLink')}</Link>
        </BodyShort>
      </VStack>
    </VStack>
  );
}

/** The step she is to do next: the open step with the earliest due date, else the newest open one. */
function nextStep(steps: readonly ActivityStep[]): ActivityStep | null {
  const open = steps.filter((s) => s.status !== 'done' && s.status !== 'cancelled');
  if (open.length === 0) return null;
  const dated = open.filter((s) => s.dueOn).sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
  return dated[0] ?? open[open.length - 1]!;
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
