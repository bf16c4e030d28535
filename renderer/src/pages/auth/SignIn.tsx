import { Alert, BodyLong, BodyShort, Box, Button, Heading, Link, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { STORE_PROBLEM_REASONS, useSession, type SignOutReason } from '../../session/SessionContext';
import { RecoverPassword } from './RecoverPassword';

/** The login screen, the lock screen and "Glemt passord": what shows while nobody is logged in here. */
export function SignedOut({ reason }: { reason: SignOutReason }) {
  const [view, setView] = useState<'login' | 'recover'>('login');
  return view === 'login' ? <SignIn reason={reason} onForgot={() => setView('recover')} /> : <RecoverPassword onCancel={() => setView('login')} />;
}

function SignIn({ reason, onForgot }: { reason: SignOutReason; onForgot: () => void }) {
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
      await session.signedIn(username);
      return;
    }
    setBusy(false);
    if (result.error.code === 'UNAVAILABLE' && result.error.reason && STORE_PROBLEM_REASONS.has(result.error.reason)) {
      session.showProblem({ code: result.error.reason, message: result.error.message });
      return;
    }
    setError(result.error);
    (result.error.fields?.some((f) => f.path === 'username') ? usernameInput : passwordInput).current?.focus();
  };

  const fieldError = (path: string) => error?.fields?.find((f) => f.path === path)?.message;
  const notice = reason === 'none' ? null : reason === 'idle' ? t('signIn.reason.idle', { count: session.inactivityLockMinutes }) : t(`signIn.reason.${reason}`);

  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <Heading level="1" size="large">
          {locked ? t('signIn.lockedTitle') : t('signIn.title')}
        </Heading>
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
                  <BodyShort data-testid="login-error">{error.message}</BodyShort>
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
                <Link as="button" type="button" className="link-button" onClick={onForgot}>
                  {t('signIn.forgot')}
                </Link>
              </VStack>
            </VStack>
          </form>
        </Box>
        <BodyLong size="small">{t('signIn.privacy')}</BodyLong>
      </VStack>
    </div>
  );
}
