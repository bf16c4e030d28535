import { Loader, Provider } from '@navikt/ds-react';
import { en, nb, nn } from '@navikt/ds-react/locales';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { AppHeader } from './components/AppHeader';
import { About } from './pages/About';
import { ChangePassword } from './pages/account/ChangePassword';
import { AuditLog } from './pages/admin/AuditLog';
import { UserAdmin } from './pages/admin/UserAdmin';
import { SignedOut } from './pages/auth/SignIn';
import { StoreProblem } from './pages/auth/StoreProblem';
import { ModelAdmin } from './pages/admin/models/ModelAdmin';
import { FidelityPage } from './pages/chat/fidelity/FidelityPage';
import { ParticipantChat } from './pages/chat/ParticipantChat';
import { MyParticipants } from './pages/counselor/MyParticipants';
import { DecisionCases } from './pages/decisions/DecisionCases';
import { DecisionFlow } from './pages/decisions/DecisionFlow';
import { DecisionModelPage } from './pages/decisions/DecisionModelPage';
import { NewCase } from './pages/decisions/NewCase';
import { OversightMonitor } from './pages/decisions/OversightMonitor';
import { ParticipantWorkspace } from './pages/counselor/ParticipantWorkspace';
import { NotFound } from './pages/NotFound';
import { MyPage } from './pages/participant/MyPage';
import { MyPrivacy } from './pages/privacy/MyPrivacy';
import { PrivacyAdmin } from './pages/privacy/PrivacyAdmin';
import { Settings } from './pages/Settings';
import { SetupWizard } from './pages/setup/SetupWizard';
import { Unreachable } from './pages/Unreachable';
import { SessionProvider, useSession, type SessionUser } from './session/SessionContext';

const AKSEL_LOCALES = { nb, nn, en } as const;

export function App() {
  const { i18n } = useTranslation();
  const locale = AKSEL_LOCALES[i18n.language as keyof typeof AKSEL_LOCALES] ?? nb;
  return (
    <Provider locale={locale}>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </Provider>
  );
}

function Shell() {
  const { t } = useTranslation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <Gate />
      </main>
    </div>
  );
}

/**
 * What this connection may see. Each phase renders its own tree, so when the session ends
 * (lock, logout, idle, deactivation) everything a signed-in user saw is unmounted — not hidden.
 */
function Gate() {
  const { t } = useTranslation();
  const { phase, participantMode } = useSession();
  const navigate = useNavigate();
  const lastUserId = useRef<string | null>(null);
  const userId = phase.kind === 'signed-in' ? phase.user.userId : null;
  // After "Logg ut" the next login starts at home; after "Lås" the same user comes back to where they were.
  if (phase.kind === 'signed-out' && phase.reason === 'logout') lastUserId.current = null;

  // Someone else logging in on the lock screen starts at their own home, not at the last person's page.
  useEffect(() => {
    if (!userId) return;
    if (lastUserId.current !== userId) void navigate('/', { replace: true });
    lastUserId.current = userId;
  }, [userId, navigate]);

  switch (phase.kind) {
    case 'loading':
      return <Loader size="large" title={t('common.loading')} />;
    case 'unreachable':
      return <Unreachable message={phase.message} />;
    case 'problem':
      return <StoreProblem problem={phase.problem} />;
    case 'setup':
      return <SetupWizard />;
    case 'signed-out':
      return <SignedOut key={`${phase.reason}-${participantMode}`} reason={phase.reason} />;
    case 'signed-in':
      return <SignedInRoutes key={phase.user.userId} user={phase.user} />;
  }
}

function SignedInRoutes({ user }: { user: SessionUser }) {
  // A password the admin set is replaced before anything else; the core refuses every other call.
  if (user.mustChangePassword) return <ChangePassword required />;
  const home = user.role === 'admin' ? <UserAdmin /> : user.role === 'counselor' ? <MyParticipants /> : <MyPage />;
  return (
    <Routes>
      <Route path="/" element={home} />
      {user.role === 'admin' && <Route path="/revisjonslogg" element={<AuditLog />} />}
      {user.role === 'admin' && <Route path="/modeller" element={<ModelAdmin />} />}
      {user.role === 'admin' && <Route path="/personvern" element={<PrivacyAdmin />} />}
      {user.role === 'participant' && <Route path="/personvern" element={<MyPrivacy />} />}
      {user.role === 'participant' && <Route path="/samtale" element={<ParticipantChat />} />}
      {user.role === 'counselor' && <Route path="/mi-kvalitet" element={<FidelityPage />} />}
      {user.role === 'counselor' && <Route path="/deltakere/:participantId/*" element={<ParticipantWorkspace />} />}
      {user.role !== 'participant' && <Route path="/innstillinger" element={<Settings />} />}
      {user.role === 'counselor' && <Route path="/dialogmote" element={<DecisionCases />} />}
      {user.role === 'counselor' && <Route path="/dialogmote/ny" element={<NewCase />} />}
      {user.role === 'counselor' && <Route path="/dialogmote/:caseId" element={<DecisionFlow />} />}
      {user.role !== 'participant' && <Route path="/tilsyn" element={<OversightMonitor />} />}
      {user.role !== 'participant' && <Route path="/beslutningsmodell" element={<DecisionModelPage />} />}
      <Route path="/om" element={<About />} />
      <Route path="/passord" element={<ChangePassword />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
