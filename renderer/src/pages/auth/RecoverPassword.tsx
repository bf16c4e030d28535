import { BodyLong, Box, Button, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { isStoreProblem } from '../../api/reasons';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/SessionContext';

const ALIASES = {
  username: ['username'],
  recoveryKey: ['recoveryKey'],
  password: ['newPassword', 'password'],
  repeat: [],
} as const;
const IDS = {
  username: 'recover-username',
  recoveryKey: 'recover-key',
  password: 'recover-password',
  repeat: 'recover-repeat',
} as const;

/** "Glemt passord": a new password with the organisation's recovery key, then logged in. */
export function RecoverPassword({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(username.trim() ? {} : { username: t('setup.usernameMissing') }),
      ...(recoveryKey.trim() ? {} : { recoveryKey: t('recover.keyMissing') }),
      ...newPasswordProblems(password, repeat, t),
    };
    if (Object.keys(local).length > 0) {
      form.fromLocal(local);
      return;
    }
    setBusy(true);
    await session.settled();
    const result = await api.call('auth.recover', { username, recoveryKey, newPassword: password });
    if (result.ok) {
      setPassword('');
      setRepeat('');
      await session.signedIn(username);
      return;
    }
    setBusy(false);
    if (result.error.code === 'UNAVAILABLE' && isStoreProblem(result.error.reason)) {
      session.showProblem({ code: result.error.reason, message: result.error.message });
      return;
    }
    form.fromApi(result.error);
  };

  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <PageHeading>{t('recover.title')}</PageHeading>
        <BodyLong>{t('recover.intro')}</BodyLong>
        <BodyLong>{t('recover.noKey')}</BodyLong>
        <Box padding="space-24" borderRadius="12" borderWidth="1" borderColor="neutral-subtle">
          <form onSubmit={(e) => void submit(e)} noValidate>
            <VStack gap="space-20">
              <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="recover-error" />
              <TextField
                id={IDS.username}
                label={t('signIn.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => {
                  setUsername(e.target.value);
                  form.clearField('username');
                }}
                error={form.errors.fields.username}
              />
              <TextField
                id={IDS.recoveryKey}
                label={t('recover.key')}
                description={t('recover.keyHelp')}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                className="recovery-key-input"
                value={recoveryKey}
                onChange={(e) => {
                  setRecoveryKey(e.target.value);
                  form.clearField('recoveryKey');
                }}
                error={form.errors.fields.recoveryKey}
              />
              <NewPasswordFields
                idPrefix="recover"
                password={password}
                repeat={repeat}
                onPassword={(v) => {
                  setPassword(v);
                  form.clearField('password');
                }}
                onRepeat={(v) => {
                  setRepeat(v);
                  form.clearField('repeat');
                }}
                personalWords={[username]}
                passwordError={form.errors.fields.password}
                repeatError={form.errors.fields.repeat}
              />
              <HStack gap="space-16">
                <Button type="submit" loading={busy}>
                  {t('recover.submit')}
                </Button>
                <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
                  {t('recover.back')}
                </Button>
              </HStack>
            </VStack>
          </form>
        </Box>
      </VStack>
    </div>
  );
}
