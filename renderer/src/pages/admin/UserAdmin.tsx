import { PersonPlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Loader, Table, Tag, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';
import { RegisterReminder } from '../privacy/RegisterReminder';
import { CreateUserForm } from './CreateUserForm';
import { RecoveryKeyRotation } from './RecoveryKeyRotation';
import { AssignModal, ResetPasswordModal, SetActiveModal, type ParticipantRecord, type User } from './UserDialogs';

type Dialog =
  | { kind: 'reset'; user: User }
  | { kind: 'active'; user: User }
  | { kind: 'assign'; participant: ParticipantRecord }
  | null;

/**
 * The admin's home: the organisation's accounts (add, reset password, deactivate, reactivate),
 * which counselor each participant belongs to, and the recovery key. Admins see names and roles,
 * never notes or chat content.
 */
export function UserAdmin() {
  const { t } = useTranslation();
  const { user: me, organisationName } = useSignedIn();
  const users = useQuery('users.list', {}, '', { keepData: true });
  const participants = useQuery('participants.list', { limit: 500 }, '', { keepData: true });
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    users.reload();
    participants.reload();
  };

  const all = users.status === 'success' ? users.data : [];
  const counselors = all.filter((u) => u.role === 'counselor' && u.active);
  const nameOf = (id: string | null) => (id ? (all.find((u) => u.id === id)?.displayName ?? t('users.unknown')) : null);

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t('users.title')}</PageHeading>
        <BodyLong>{t('users.intro', { organisation: organisationName ?? '' })}</BodyLong>
      </VStack>
      <RegisterReminder />

      {message && (
        <Alert variant="success" role="status" closeButton onClose={() => setMessage(null)} data-testid="users-message">
          {message}
        </Alert>
      )}

      {adding ? (
        <CreateUserForm
          counselors={counselors}
          onCancel={() => {
            setAdding(false);
            window.setTimeout(() => addButton.current?.focus());
          }}
          onCreated={(user) => {
            setAdding(false);
            done(t('users.created', { name: user.displayName, role: t(`roles.${user.role}`) }));
            window.setTimeout(() => addButton.current?.focus());
          }}
        />
      ) : (
        <div>
          <Button ref={addButton} icon={<PersonPlusIcon aria-hidden />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        </div>
      )}

      <section aria-labelledby="accounts-heading">
        <Heading level="2" size="medium" id="accounts-heading" spacing>
          {t('users.accounts')}
        </Heading>
        {users.status === 'loading' && <Loader title={t('common.loading')} />}
        {users.status === 'error' && <Alert variant="error">{users.error.message}</Alert>}
        {users.status === 'success' && (
          <Table data-testid="users-table">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('users.name')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('users.username')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('users.role')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('users.counselor')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('users.status')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">
                  <span className="sr-only">{t('users.actions')}</span>
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {users.data.map((u) => (
                <Table.Row key={u.id} data-testid={`user-row-${u.username}`}>
                  <Table.HeaderCell scope="row">
                    {u.displayName}
                    {u.id === me.userId && (
                      <Tag variant="info" size="xsmall" className="inline-tag">
                        {t('users.you')}
                      </Tag>
                    )}
                  </Table.HeaderCell>
                  <Table.DataCell>{u.username}</Table.DataCell>
                  <Table.DataCell>{t(`roles.${u.role}`)}</Table.DataCell>
                  <Table.DataCell>
                    {u.role === 'participant' ? (nameOf(u.counselorId) ?? t('assign.none')) : '—'}
                  </Table.DataCell>
                  <Table.DataCell>
                    <Tag variant={u.active ? 'success' : 'neutral'} size="small">
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell>
                    <HStack gap="space-8" wrap={false} justify="end">
                      {u.active && u.id !== me.userId && (
                        <Button
                          size="small"
                          variant="secondary"
                          aria-label={t('users.resetPasswordFor', { name: u.displayName })}
                          onClick={() => setDialog({ kind: 'reset', user: u })}
                        >
                          {t('users.resetPassword')}
                        </Button>
                      )}
                      {u.id !== me.userId && (
                        <Button
                          size="small"
                          variant={u.active ? 'tertiary' : 'secondary'}
                          aria-label={t(u.active ? 'users.deactivateFor' : 'users.activateFor', {
                            name: u.displayName,
                          })}
                          onClick={() => setDialog({ kind: 'active', user: u })}
                        >
                          {u.active ? t('users.deactivate') : t('users.activate')}
                        </Button>
                      )}
                    </HStack>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <section aria-labelledby="assignments-heading">
        <Heading level="2" size="medium" id="assignments-heading" spacing>
          {t('assign.sectionTitle')}
        </Heading>
        <BodyLong spacing>{t('assign.sectionIntro')}</BodyLong>
        {participants.status === 'loading' && <Loader title={t('common.loading')} />}
        {participants.status === 'error' && <Alert variant="error">{participants.error.message}</Alert>}
        {participants.status === 'success' && participants.data.length === 0 && (
          <BodyShort>{t('assign.empty')}</BodyShort>
        )}
        {participants.status === 'success' && participants.data.length > 0 && (
          <Table data-testid="assignments-table">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('assign.participant')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('users.counselor')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('assign.account')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">
                  <span className="sr-only">{t('users.actions')}</span>
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {participants.data.map((p) => (
                <Table.Row key={p.id} data-testid={`assignment-row-${p.id}`}>
                  <Table.HeaderCell scope="row">{p.displayName}</Table.HeaderCell>
                  <Table.DataCell>{nameOf(p.counselorId) ?? t('assign.none')}</Table.DataCell>
                  <Table.DataCell>
                    {all.some((u) => u.participantId === p.id) ? t('assign.hasAccount') : t('assign.noAccount')}
                  </Table.DataCell>
                  <Table.DataCell>
                    <HStack justify="end">
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t('assign.changeFor', { name: p.displayName })}
                        onClick={() => setDialog({ kind: 'assign', participant: p })}
                      >
                        {t('assign.change')}
                      </Button>
                    </HStack>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <RecoveryKeyRotation />

      {dialog?.kind === 'reset' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'active' && <SetActiveModal user={dialog.user} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'assign' && (
        <AssignModal
          participant={dialog.participant}
          counselors={counselors}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
    </VStack>
  );
}
