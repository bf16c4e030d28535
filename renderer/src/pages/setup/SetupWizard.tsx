import { ArrowLeftIcon, ArrowRightIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Box, Button, FormProgress, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields';
import { PageHeading } from '../../components/PageHeading';
import { RecoveryKeySheet } from '../../components/RecoveryKeySheet';
import { SystemInfoPanel } from '../../components/SystemInfoPanel';
import { WelcomeIntro } from '../../components/WelcomeIntro';
import { useSession } from '../../session/SessionContext';

type Step = 1 | 2 | 3;

const ORG_ALIASES = { organisationName: ['organisationName'] } as const;
const ADMIN_ALIASES = {
  displayName: ['admin.displayName', 'displayName'],
  username: ['admin.username', 'username'],
  password: ['admin.password', 'password'],
  repeat: [],
} as const;
const ADMIN_IDS = {
  displayName: 'setup-display-name',
  username: 'setup-username',
  password: 'setup-password',
  repeat: 'setup-repeat',
} as const;

/**
 * First run: the organisation, the first administrator, and the recovery key (shown once, with a
 * print view, and confirmed before going on). The administrator is logged in when it is done.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [step, setStep] = useState<Step>(1);
  const [organisationName, setOrganisationName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [alreadySetUp, setAlreadySetUp] = useState<string | null>(null);
  const [created, setCreated] = useState<{ recoveryKey: string; at: Date } | null>(null);
  const orgErrors = useFormErrors(ORG_ALIASES);
  const adminErrors = useFormErrors(ADMIN_ALIASES);

  const toAdmin = (event: FormEvent) => {
    event.preventDefault();
    if (organisationName.trim().length < 2) {
      orgErrors.fromLocal({ organisationName: t('setup.organisationMissing') });
      return;
    }
    orgErrors.clear();
    setStep(2);
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(displayName.trim() ? {} : { displayName: t('setup.displayNameMissing') }),
      ...(username.trim() ? {} : { username: t('setup.usernameMissing') }),
      ...newPasswordProblems(password, repeat, t),
    };
    if (Object.keys(local).length > 0) {
      adminErrors.fromLocal(local);
      return;
    }
    setBusy(true);
    const result = await api.call('auth.setup', { organisationName, admin: { username, displayName, password } });
    setBusy(false);
    if (result.ok) {
      adminErrors.clear();
      setPassword('');
      setRepeat('');
      setCreated({ recoveryKey: result.data.recoveryKey, at: new Date() });
      setStep(3);
      return;
    }
    if (result.error.code === 'CONFLICT') {
      setAlreadySetUp(result.error.message);
      return;
    }
    if (result.error.fields?.some((f) => f.path === 'organisationName')) {
      orgErrors.fromApi(result.error);
      setStep(1);
      return;
    }
    adminErrors.fromApi(result.error);
  };

  const progress = (
    <FormProgress totalSteps={3} activeStep={step} interactiveSteps={false}>
      <FormProgress.Step>{t('setup.stepOrganisation')}</FormProgress.Step>
      <FormProgress.Step>{t('setup.stepAdmin')}</FormProgress.Step>
      <FormProgress.Step>{t('setup.stepRecovery')}</FormProgress.Step>
    </FormProgress>
  );

  if (alreadySetUp) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t('setup.alreadyTitle')}</PageHeading>
        <Alert variant="info">{alreadySetUp}</Alert>
        <div>
          <Button onClick={() => void session.refresh()}>{t('setup.toLogin')}</Button>
        </div>
      </VStack>
    );
  }

  if (step === 3 && created) {
    return (
      <VStack gap="space-24" className="setup">
        {progress}
        <RecoveryKeySheet
          recoveryKey={created.recoveryKey}
          organisationName={organisationName.trim()}
          createdAt={created.at}
          headingLevel="1"
          headingId="recovery-heading"
          doneLabel={t('setup.finish')}
          onDone={() => {
            setCreated(null);
            void session.signedIn(username);
          }}
        />
      </VStack>
    );
  }

  if (step === 2) {
    return (
      <VStack gap="space-24" className="setup">
        {progress}
        <PageHeading>{t('setup.adminTitle')}</PageHeading>
        <BodyLong>{t('setup.adminIntro', { organisation: organisationName.trim() })}</BodyLong>
        <form onSubmit={(e) => void create(e)} noValidate>
          <VStack gap="space-20" className="form-column">
            <FormFeedback
              errors={adminErrors.errors}
              attempt={adminErrors.attempt}
              ids={ADMIN_IDS}
              testId="setup-error"
            />
            <TextField
              id={ADMIN_IDS.displayName}
              label={t('setup.displayName')}
              description={t('setup.displayNameHelp')}
              autoComplete="name"
              value={displayName}
              onChange={(e) => {
                setDisplayName(e.target.value);
                adminErrors.clearField('displayName');
              }}
              error={adminErrors.errors.fields.displayName}
            />
            <TextField
              id={ADMIN_IDS.username}
              label={t('setup.username')}
              description={t('users.usernameHelp')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => {
                setUsername(e.target.value);
                adminErrors.clearField('username');
              }}
              error={adminErrors.errors.fields.username}
            />
            <NewPasswordFields
              idPrefix="setup"
              label={t('password.label')}
              password={password}
              repeat={repeat}
              onPassword={(v) => {
                setPassword(v);
                adminErrors.clearField('password');
              }}
              onRepeat={(v) => {
                setRepeat(v);
                adminErrors.clearField('repeat');
              }}
              personalWords={[username, displayName, organisationName]}
              passwordError={adminErrors.errors.fields.password}
              repeatError={adminErrors.errors.fields.repeat}
            />
            <HStack gap="space-16">
              <Button
                type="button"
                variant="secondary"
                icon={<ArrowLeftIcon aria-hidden />}
                onClick={() => setStep(1)}
                disabled={busy}
              >
                {t('setup.back')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('setup.create')}
              </Button>
            </HStack>
            {busy && <BodyLong size="small">{t('setup.creating')}</BodyLong>}
          </VStack>
        </form>
      </VStack>
    );
  }

  return (
    <VStack gap="space-32" className="setup">
      <WelcomeIntro title={t('home.title')} />
      <Box
        as="section"
        aria-labelledby="setup-heading"
        padding="space-24"
        borderRadius="12"
        borderWidth="1"
        borderColor="neutral-subtle"
      >
        <VStack gap="space-20">
          <Heading level="2" size="medium" id="setup-heading">
            {t('setup.title')}
          </Heading>
          <BodyLong>{t('setup.intro')}</BodyLong>
          {progress}
          <form onSubmit={toAdmin} noValidate>
            <VStack gap="space-20" className="form-column">
              <FormFeedback
                errors={orgErrors.errors}
                attempt={orgErrors.attempt}
                ids={{ organisationName: 'setup-organisation' }}
              />
              <TextField
                id="setup-organisation"
                label={t('setup.organisation')}
                description={t('setup.organisationHelp')}
                autoComplete="organization"
                value={organisationName}
                onChange={(e) => {
                  setOrganisationName(e.target.value);
                  orgErrors.clearField('organisationName');
                }}
                error={orgErrors.errors.fields.organisationName}
              />
              <div>
                <Button type="submit" icon={<ArrowRightIcon aria-hidden />} iconPosition="right">
                  {t('setup.next')}
                </Button>
              </div>
            </VStack>
          </form>
        </VStack>
      </Box>
      <SystemInfoPanel />
    </VStack>
  );
}
