import {
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields';

type User = OutputOf<'users.list'>[number];
type Role = User['role'];

const ALIASES = {
  role: ['role'],
  displayName: ['displayName'],
  username: ['username'],
  counselorId: ['counselorId'],
  password: ['password'],
  repeat: [],
} as const;
const IDS = {
  role: 'new-user-role',
  displayName: 'new-user-name',
  username: 'new-user-username',
  counselorId: 'new-user-counselor',
  password: 'new-user-password',
  repeat: 'new-user-repeat',
} as const;

/** An admin adds an account: counselor, participant (optionally assigned to a counselor) or admin. */
export function CreateUserForm({
  counselors,
  onCreated,
  onCancel,
}: {
  counselors: User[];
  onCreated: (user: OutputOf<'users.create'>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [role, setRole] = useState<Role>('counselor');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [counselorId, setCounselorId] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(displayName.trim() ? {} : { displayName: t('users.nameMissing') }),
      ...(username.trim() ? {} : { username: t('setup.usernameMissing') }),
      ...newPasswordProblems(password, repeat, t),
    };
    if (Object.keys(local).length > 0) {
      form.fromLocal(local);
      return;
    }
    setBusy(true);
    const result = await api.call('users.create', {
      role,
      displayName,
      username,
      password,
      ...(role === 'participant' ? { counselorId: counselorId || null } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    onCreated(result.data);
  };

  return (
    <Box
      as="section"
      aria-labelledby="new-user-heading"
      padding="space-24"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-20" className="form-column">
          <Heading level="2" size="medium" id="new-user-heading">
            {t('users.newTitle')}
          </Heading>
          <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="new-user-error" />
          <RadioGroup
            id={IDS.role}
            legend={t('users.role')}
            value={role}
            onChange={(v: Role) => setRole(v)}
            error={form.errors.fields.role}
          >
            <Radio value="counselor" description={t('users.roleHelp.counselor')}>
              {t('roles.counselor')}
            </Radio>
            <Radio value="participant" description={t('users.roleHelp.participant')}>
              {t('roles.participant')}
            </Radio>
            <Radio value="admin" description={t('users.roleHelp.admin')}>
              {t('roles.admin')}
            </Radio>
          </RadioGroup>
          <TextField
            id={IDS.displayName}
            label={t('users.name')}
            autoComplete="off"
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              form.clearField('displayName');
            }}
            error={form.errors.fields.displayName}
          />
          <TextField
            id={IDS.username}
            label={t('users.username')}
            description={t('users.usernameHelp')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => {
              setUsername(e.target.value);
              form.clearField('username');
            }}
            error={form.errors.fields.username}
          />
          {role === 'participant' && (
            <Select
              id={IDS.counselorId}
              label={t('users.counselor')}
              description={t('users.counselorHelp')}
              value={counselorId}
              onChange={(e) => setCounselorId(e.target.value)}
              error={form.errors.fields.counselorId}
            >
              <option value="">{t('users.noCounselorYet')}</option>
              {counselors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </Select>
          )}
          <BodyShort>{t('users.firstPasswordHelp')}</BodyShort>
          <NewPasswordFields
            idPrefix="new-user"
            label={t('users.firstPassword')}
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
            personalWords={[username, displayName]}
            passwordError={form.errors.fields.password}
            repeatError={form.errors.fields.repeat}
          />
          <HStack gap="space-16">
            <Button type="submit" loading={busy}>
              {t('users.create')}
            </Button>
            <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </Box>
  );
}
