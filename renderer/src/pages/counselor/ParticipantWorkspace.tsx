import { ChevronLeftIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, HStack, Loader, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import type { Profile } from '../followup/types';
import { ActivityPlanPage } from './ActivityPlanPage';
import { AssistantSection, ChatSection } from '../chat/CounselorSections';
import { AppointmentsPage } from './AppointmentsPage';
import { FollowupLog } from './FollowupLog';
import { MotivationPage } from './MotivationPage';
import { CounselorPrivacy } from '../privacy/CounselorPrivacy';
import { ProfilePage } from './ProfilePage';
import '../followup/followup.css';

const SECTIONS = [
  { path: '', key: 'profile' },
  { path: 'logg', key: 'log' },
  { path: 'plan', key: 'plan' },
  { path: 'motivasjon', key: 'motivation' },
  { path: 'avtaler', key: 'appointments' },
  { path: 'samtaler', key: 'chat' },
  { path: 'assistent', key: 'assistant' },
  { path: 'personvern', key: 'privacy' },
] as const;

export interface SectionProps {
  participantId: string;
  profile: Profile;
  reloadProfile: () => void;
}

/**
 * One participant, for their assigned counselor: the name and stage on top, then the profile,
 * follow-up log, activity plan, motivation and appointments, each its own page. The app refuses
 * anyone else (the screen only shows the refusal).
 */
export function ParticipantWorkspace() {
  const { participantId = '' } = useParams();
  // A new participant is a new page: nothing of the previous one stays on screen while it loads.
  return <Workspace key={participantId} participantId={participantId} />;
}

function Workspace({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const back = (location.state as { caseload?: string } | null)?.caseload ?? '';
  const profile = useQuery('participants.profile', { participantId }, participantId, { keepData: true });

  const backLink = (
    <Link to={{ pathname: '/', search: back }} className="back-link">
      <ChevronLeftIcon aria-hidden />
      {t('followup.workspace.back')}
    </Link>
  );

  if (profile.status === 'loading') return <Loader title={t('common.loading')} />;
  if (profile.status === 'error') {
    return (
      <VStack gap="space-16">
        {backLink}
        <Alert variant="error" data-testid="participant-error">
          {profile.error.message}
        </Alert>
      </VStack>
    );
  }
  const p = profile.data;
  const props: SectionProps = { participantId, profile: p, reloadProfile: profile.reload };
  return (
    <VStack gap="space-24">
      {backLink}
      <VStack gap="space-8">
        <PageHeading>{p.displayName}</PageHeading>
        <HStack gap="space-8" align="center" wrap>
          {p.stage && (
            <Tag size="small" variant="info" data-testid="current-stage">
              {t(`followup.stage.${p.stage.stage}`)}
            </Tag>
          )}
          {p.programme && <BodyShort size="small">{t(`followup.programme.${p.programme}`)}</BodyShort>}
        </HStack>
      </VStack>
      <nav
        aria-label={t('followup.workspace.sections', { name: p.displayName })}
        className="section-nav"
        data-testid="section-nav"
      >
        {SECTIONS.map((s) => (
          <NavLink
            key={s.key}
            to={{ pathname: s.path ? `/deltakere/${participantId}/${s.path}` : `/deltakere/${participantId}` }}
            state={location.state}
            end
            className="section-nav-link"
          >
            {t(`followup.workspace.section.${s.key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<ProfilePage {...props} />} />
        <Route path="logg" element={<FollowupLog {...props} />} />
        <Route path="plan" element={<ActivityPlanPage {...props} />} />
        <Route path="motivasjon" element={<MotivationPage {...props} />} />
        <Route path="avtaler" element={<AppointmentsPage {...props} />} />
        <Route path="samtaler" element={<ChatSection {...props} />} />
        <Route path="assistent" element={<AssistantSection {...props} />} />
        <Route path="personvern" element={<CounselorPrivacy participantId={participantId} />} />
      </Routes>
    </VStack>
  );
}
