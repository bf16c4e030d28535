import { Alert, BodyLong, Box, Button, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields';
import { PageHeading } from '../../components/PageHeading';
import { useSession, useSignedIn } from '../../session/SessionContext';

const ALIASES = { current: ['currentPassword'], password: ['newPassword', 'password'], repeat: [] } as const;
const IDS = { current: 'change-current', password: 'change-password', repeat: 'change-repeat' } as const;

/**
 * "Bytt passord": the user's own password (only their key slot is rewrapped). `required`: the first
 * login after the admin set the password; nothing else opens until she has chosen her own.
 */
export function ChangePassword({ required = false }: { required?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { user, organisationName } = useSignedIn();
  const { lastUsername, refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useFormErrors(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const local = {
      ...(current ? {} : { current: t('changePassword.currentMissing') }),
      ...newPasswordProblems(password, repeat, t),
    };
    if (Object.keys(local).length > 0) {
      form.fromLocal(local);
      return;
    }
    setBusy(true);
    const result = await api.call('auth.changePassword', { currentPassword: current, newPassword: password });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    form.clear();
    setCurrent('');
    setPassword('');
    setRepeat('');
    setDone(true);
    if (required) await refresh();
  };

  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <PageHeading>{required ? t('changePassword.requiredTitle') : t('changePassword.title')}</PageHeading>
        {required ? (
          <Alert variant="info" data-testid="password-change-required">
            {t('changePassword.requiredIntro')}
          </Alert>
        ) : (
          <BodyLong>{t('changePassword.intro')}</BodyLong>
        )}
        {done && (
          <Alert variant="success" role="status" data-testid="password-changed">
            {t('changePassword.done')}
          </Alert>
        )}
        <Box padding="space-24" borderRadius="12" borderWidth="1" borderColor="neutral-subtle">
          <form onSubmit={(e) => void submit(e)} noValidate>
            <VStack gap="space-20">
              <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="change-password-error" />
              <TextField
                id={IDS.current}
                type="password"
                label={t('changePassword.current')}
                autoComplete="current-password"
                value={current}
                onChange={(e) => {
                  setCurrent(e.target.value);
                  form.clearField('current');
                }}
                error={form.errors.fields.current}
              />
              <NewPasswordFields
                idPrefix="change"
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
                personalWords={[lastUsername ?? '', user.displayName, organisationName ?? '']}
                passwordError={form.errors.fields.password}
                repeatError={form.errors.fields.repeat}
              />
              <div>
                <Button type="submit" loading={busy}>
                  {t('changePassword.submit')}
                </Button>
              </div>
            </VStack>
          </form>
        </Box>
      </VStack>
    </div>
  );
}
