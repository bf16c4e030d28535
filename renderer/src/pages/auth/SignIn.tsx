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

/** A username and a password, with the error of the last try and where the focus goes after it. */
function useCredentials(initialUsername: string) {
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  return {
    username,
    password,
    busy,
    error,
    usernameInput,
    passwordInput,
    setUsername,
    setPassword,
    /** A try starts: busy, no error. */
    start: () => {
      setBusy(true);
      setError(null);
    },
    /** A try failed: the error shown, the focus on the field it names (else the password). */
    fail: (failure: ApiErrorBody) => {
      setBusy(false);
      setError(failure);
      (failure.fields?.some((f) => f.path === 'username') ? usernameInput : passwordInput).current?.focus();
    },
    stop: () => setBusy(false),
  };
}

/** The two fields; the password manager gets its hints only on the real login (`autoComplete`). */
function CredentialFields({
  form,
  usernameLabel,
  passwordLabel,
  autoComplete,
}: {
  form: ReturnType<typeof useCredentials>;
  usernameLabel: string;
  passwordLabel: string;
  autoComplete: boolean;
}) {
  const fieldError = (path: string) => form.error?.fields?.find((f) => f.path === path)?.message;
  return (
    <>
      <TextField
        ref={form.usernameInput}
        label={usernameLabel}
        autoComplete={autoComplete ? 'username' : 'off'}
        autoCapitalize="none"
        spellCheck={false}
        value={form.username}
        onChange={(e) => form.setUsername(e.target.value)}
        error={fieldError('username')}
      />
      <TextField
        ref={form.passwordInput}
        type="password"
        label={passwordLabel}
        autoComplete={autoComplete ? 'current-password' : 'off'}
        value={form.password}
        onChange={(e) => form.setPassword(e.target.value)}
        error={fieldError('password')}
      />
    </>
  );
}

function StopParticipantMode({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const form = useCredentials('');

  useEffect(() => {
    form.usernameInput.current?.focus();
  }, [form.usernameInput]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.start();
    const result = await session.stopParticipantMode(form.username, form.password);
    form.setPassword('');
    if (!result.ok) form.fail(result.error);
  };

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
              {form.error && !form.error.fields?.length && (
                <Alert variant="error" role="alert">
                  <BodyShort data-testid="stop-participant-mode-error">{form.error.message}</BodyShort>
                </Alert>
              )}
              <CredentialFields
                form={form}
                usernameLabel={t('signIn.participantMode.stopUsername')}
                passwordLabel={t('signIn.participantMode.stopPassword')}
                autoComplete={false}
              />
              <HStack gap="space-12">
                <Button type="submit" loading={form.busy}>
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
  const form = useCredentials(known ?? '');

  useEffect(() => {
    (known ? form.passwordInput : form.usernameInput).current?.focus();
  }, [known, form.passwordInput, form.usernameInput]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.start();
    await session.settled();
    const result = await api.call('auth.login', { username: form.username, password: form.password });
    form.setPassword('');
    if (result.ok) {
      await session.signedIn(form.username, result.data.status);
      return;
    }
    if (result.error.code === 'UNAVAILABLE' && isStoreProblem(result.error.reason)) {
      form.stop();
      session.showProblem({ code: result.error.reason, message: result.error.message });
      return;
    }
    form.fail(result.error);
  };

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
              {form.error && !form.error.fields?.length && (
                <Alert variant="error" role="alert">
                  <VStack gap="space-8">
                    <BodyShort data-testid="login-error">{form.error.message}</BodyShort>
                    {!participantMode && form.error.reason === 'WRONG_CREDENTIALS' && (
                      <BodyShort data-testid="participant-locked-hint">{t('signIn.participantLocked')}</BodyShort>
                    )}
                  </VStack>
                </Alert>
              )}
              <CredentialFields
                form={form}
                usernameLabel={t('signIn.username')}
                passwordLabel={t('signIn.password')}
                autoComplete
              />
              <div>
                <Button type="submit" loading={form.busy}>
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
                      form.setUsername('');
                      form.usernameInput.current?.focus();
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
