import { KeyHorizontalIcon, LeaveIcon, PadlockLockedIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { ActionMenu, InternalHeader, Select, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { LANGUAGES } from '../i18n';
import { useSession, type SessionUser } from '../session/SessionContext';

/** Which pages each role has in the menu (the app enforces access; this only shapes the menu). */
function navFor(
  role: SessionUser['role'],
): { to: string; key: string; /** Also marked while on pages under this path. */ under?: string }[] {
  if (role === 'admin')
    return [
      { to: '/', key: 'nav.users' },
      { to: '/revisjonslogg', key: 'nav.audit' },
      { to: '/modeller', key: 'nav.models' },
      { to: '/personvern', key: 'nav.privacy' },
      { to: '/tilsyn', key: 'decisions.nav.monitor' },
      { to: '/innstillinger', key: 'nav.settings' },
      { to: '/om', key: 'nav.about' },
    ];
  if (role === 'counselor')
    return [
      { to: '/', key: 'nav.caseload', under: '/deltakere/' },
      { to: '/dialogmote', key: 'decisions.nav.cases' },
      { to: '/mi-kvalitet', key: 'nav.fidelity' },
      { to: '/innstillinger', key: 'nav.settings' },
      { to: '/om', key: 'nav.about' },
    ];
  return [
    { to: '/', key: 'nav.myPage' },
    { to: '/samtale', key: 'nav.chat' },
    { to: '/personvern', key: 'nav.privacy' },
    { to: '/om', key: 'nav.about' },
  ];
}

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const user = session.phase.kind === 'signed-in' ? session.phase.user : null;

  const startParticipantMode = async () => {
    const result = await session.startParticipantMode();
    if (!result.ok) window.alert(t('signIn.participantMode.startFailed', { message: result.error.message }));
  };

  return (
    <InternalHeader className="app-header">
      <InternalHeader.Title as="span">{t('app.name')}</InternalHeader.Title>
      {user && !user.mustChangePassword && (
        <nav aria-label={t('nav.main')} className="header-nav">
          {navFor(user.role).map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              end={item.to === '/'}
              className={({ isActive }) =>
                isActive || (item.under && pathname.startsWith(item.under))
                  ? 'header-nav-link active'
                  : 'header-nav-link'
              }
            >
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
      )}
      <div className="header-spacer" />
      <div className="header-language">
        <Tag variant="success" size="small" title={t('app.offlineHelp')} data-testid="offline-badge">
          {t('app.offline')}
        </Tag>
      </div>
      {/* Signed in, the language is chosen in the user menu: the header keeps room for the menu. */}
      {!user && (
        <div className="header-language">
          <Select
            label={t('app.language')}
            hideLabel
            size="small"
            value={i18n.language}
            onChange={(event) => void i18n.changeLanguage(event.target.value)}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang.code} value={lang.code}>
                {lang.label}
              </option>
            ))}
          </Select>
        </div>
      )}
      {user && (
        <>
          <InternalHeader.Button onClick={session.lock} data-testid="lock-button" className="header-lock">
            <PadlockLockedIcon aria-hidden fontSize="1.25rem" />
            <span className="header-lock-label">{t('session.lock')}</span>
          </InternalHeader.Button>
          <ActionMenu>
            <ActionMenu.Trigger>
              <InternalHeader.UserButton
                name={user.displayName}
                description={t(`roles.${user.role}`)}
                data-testid="user-menu"
                className="header-user"
                title={`${user.displayName} (${t(`roles.${user.role}`)})`}
              />
            </ActionMenu.Trigger>
            <ActionMenu.Content align="end">
              <ActionMenu.Label>{user.displayName}</ActionMenu.Label>
              <ActionMenu.Divider />
              <ActionMenu.RadioGroup
                label={t('app.language')}
                value={i18n.language}
                onValueChange={(code) => void i18n.changeLanguage(code)}
              >
                {LANGUAGES.map((lang) => (
                  <ActionMenu.RadioItem key={lang.code} value={lang.code} lang={lang.code}>
                    {lang.label}
                  </ActionMenu.RadioItem>
                ))}
              </ActionMenu.RadioGroup>
              <ActionMenu.Divider />
              <ActionMenu.Item icon={<KeyHorizontalIcon aria-hidden />} onSelect={() => void navigate('/passord')}>
                {t('session.changePassword')}
              </ActionMenu.Item>
              {user.role !== 'participant' && !user.mustChangePassword && (
                <ActionMenu.Item icon={<PersonGroupIcon aria-hidden />} onSelect={() => void startParticipantMode()}>
                  {t('session.startParticipantMode')}
                </ActionMenu.Item>
              )}
              <ActionMenu.Item icon={<LeaveIcon aria-hidden />} onSelect={session.logout}>
                {t('session.logout')}
              </ActionMenu.Item>
            </ActionMenu.Content>
          </ActionMenu>
        </>
      )}
    </InternalHeader>
  );
}
