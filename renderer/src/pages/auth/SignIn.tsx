import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { isStoreProblem } from '../../api/reasons';
import { useSession, type SignOutReason } from '../../session/SessionContext';
import { RecoverPassword } from './RecoverPassword';

/** The login screen, the lock screen and "Glemt passord": what shows while nobody is logged in here. */
export function SignedOut({ reason }: { reason: SignOutReason }) {
  const [view, setView] = useState<'login' | 'recover'>('login');
  const { participantMode } = useSession();
  if (participantMode) return <ParticipantModeSignIn reason={reason} />;
  return view === 'login' ? (
    <SignIn reason={reason} onForgot={() => setView('recover')} />
  ) : (
    <RecoverPassword onCancel={() => setView('login')} />
  );
}

/** Deltakermodus: participants sign in and out; ending the mode takes a staff password. */
function ParticipantModeSignIn({ reason }: { reason: SignOutReason }) {
  const { t } = useTranslation();
  const [stopping, setStopping] = useState(false);
  const stopButton = useRef<HTMLButtonElement>(null);
  return stopping ? (
    <StopParticipantMode
      onCancel={() => {
        setStopping(false);
        window.setTimeout(() => stopButton.current?.focus());
      }}
    />
  ) : (
    <SignIn reason={reason} participantMode>
      <div>
        <Button ref={stopButton} type="button" variant="secondary" size="small" onClick={() => setStopping(true)}>
          {t('signIn.participantMode.stop')}
        </Button>
      </div>
    </SignIn>
  );
}

function StopParticipantMode({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    usernameInput.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await session.stopParticipantMode(username, password);
    setPassword('');
    if (result.ok) return;
    setBusy(false);
    setError(result.error);
    (result.error.fields?.some((f) => f.path === 'username') ? usernameInput : passwordInput).current?.focus();
  };
  const fieldError = (path: string) => error?.fields?.find((f) => f.path === path)?.message;

  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <Heading level="1" size="large">
          {t('signIn.participantMode.stopTitle')}
        </Heading>
        <BodyLong>{t('signIn.participantMode.stopIntro')}</BodyLong>
        <Box padding="space-24" borderRadius="12" borderWidth="1" borderColor="neutral-subtle">
          <form onSubmit={(e) => void submit(e)} noValidate>
            <VStack gap="space-20">
              {error && !error.fields?.length && (
                <Alert variant="error" role="alert">
                  <BodyShort data-testid="stop-participant-mode-error">{error.message}</BodyShort>
                </Alert>
              )}
              <TextField
                ref={usernameInput}
                label={t('signIn.participantMode.stopUsername')}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                error={fieldError('username')}
              />
              <TextField
                ref={passwordInput}
                type="password"
                label={t('signIn.participantMode.stopPassword')}
                autoComplete="off"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={fieldError('password')}
              />
              <HStack gap="space-12">
                <Button type="submit" loading={busy}>
                  {t('signIn.participantMode.stopSubmit')}
                </Button>
                <Button type="button" variant="tertiary" onClick={onCancel}>
                  {t('signIn.participantMode.cancel')}
                </Button>
              </HStack>
            </VStack>
          </form>
        </Box>
      </VStack>
    </div>
  );
}

function SignIn({
  reason,
  onForgot,
  participantMode = false,
  children,
}: {
  reason: SignOutReason;
  onForgot?: () => void;
  participantMode?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const locked = reason === 'lock' || reason === 'idle' || reason === 'ended';
  const known = locked ? session.lastUsername : null;
  const [username, setUsername] = useState(known ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (known ? passwordInput : usernameInput).current?.focus();
  }, [known]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    await session.settled();
    const result = await api.call('auth.login', { username, password });
    setPassword('');
    if (result.ok) {
      await session.signedIn(username, result.data.status);
      return;
    }
    setBusy(false);
    if (result.error.code === 'UNAVAILABLE' && isStoreProblem(result.error.reason)) {
      session.showProblem({ code: result.error.reason, message: result.error.message });
      return;
    }
    setError(result.error);
    (result.error.fields?.some((f) => f.path === 'username') ? usernameInput : passwordInput).current?.focus();
  };

  const fieldError = (path: string) => error?.fields?.find((f) => f.path === path)?.message;
  const notice =
    reason === 'none' || (participantMode && reason === 'logout')
      ? null
      : reason === 'idle'
        ? t('signIn.reason.idle', { count: session.inactivityLockMinutes })
        : t(`signIn.reason.${reason}`);

  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <Heading level="1" size="large">
          {participantMode ? t('signIn.participantMode.title') : locked ? t('signIn.lockedTitle') : t('signIn.title')}
        </Heading>
        {participantMode && (
          <Alert variant="info">
            <VStack gap="space-8">
              <BodyShort weight="semibold" data-testid="participant-mode-notice">
                {t('signIn.participantMode.intro')}
              </BodyShort>
              <BodyShort>{t('signIn.participantMode.help')}</BodyShort>
            </VStack>
          </Alert>
        )}
        {notice && (
          <Alert variant="info">
            <BodyShort data-testid="sign-in-notice">{notice}</BodyShort>
          </Alert>
        )}
        <Box padding="space-24" borderRadius="12" borderWidth="1" borderColor="neutral-subtle">
          <form onSubmit={(e) => void submit(e)} noValidate>
            <VStack gap="space-20">
              {error && !error.fields?.length && (
                <Alert variant="error" role="alert">
                  <VStack gap="space-8">
                    <BodyShort data-testid="login-error">{error.message}</BodyShort>
                    {!participantMode && error.reason === 'WRONG_CREDENTIALS' && (
                      <BodyShort data-testid="participant-locked-hint">{t('signIn.participantLocked')}</BodyShort>
                    )}
                  </VStack>
                </Alert>
              )}
              <TextField
                ref={usernameInput}
                label={t('signIn.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                error={fieldError('username')}
              />
              <TextField
                ref={passwordInput}
                type="password"
                label={t('signIn.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={fieldError('password')}
              />
              <div>
                <Button type="submit" loading={busy}>
                  {t('signIn.submit')}
                </Button>
              </div>
              <VStack gap="space-8">
                {known && (
                  <Link
                    as="button"
                    type="button"
                    className="link-button"
                    onClick={() => {
                      session.forgetUsername();
                      setUsername('');
                      usernameInput.current?.focus();
                    }}
                  >
                    {t('signIn.otherUser')}
                  </Link>
                )}
                {onForgot && (
                  <Link as="button" type="button" className="link-button" onClick={onForgot}>
                    {t('signIn.forgot')}
                  </Link>
                )}
              </VStack>
              {children}
            </VStack>
          </form>
        </Box>
        <BodyLong size="small">{t('signIn.privacy')}</BodyLong>
      </VStack>
    </div>
  );
}
