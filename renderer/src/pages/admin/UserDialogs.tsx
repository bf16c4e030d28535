import { BodyLong, Button, Modal, Select, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { NewPasswordFields, repeatProblem } from '../../components/NewPasswordFields';

export type User = OutputOf<'users.list'>[number];
export type ParticipantRecord = OutputOf<'participants.list'>[number];

interface DialogProps {
  onClose: () => void;
  /** Called with a confirmation for the page's status message. */
  onDone: (message: string) => void;
}

const PASSWORD_ALIASES = { password: ['password'], repeat: [] } as const;
const NO_FIELDS: Record<never, readonly string[]> = {};
const ASSIGN_ALIASES = { counselorId: ['counselorId'] } as const;

/** A new password typed twice, checked, then handed to `send`; used by reset and reactivation. */
function usePasswordForm(send: (password: string) => Promise<ApiErrorBody | null>) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(PASSWORD_ALIASES);
  const submit = async (event: FormEvent): Promise<boolean> => {
    event.preventDefault();
    const missing = password ? repeatProblem(password, repeat, t) : undefined;
    if (!password || missing) {
      form.fromLocal(password ? { repeat: missing } : { password: t('password.missing') });
      return false;
    }
    setBusy(true);
    const error = await send(password);
    setBusy(false);
    if (error) {
      form.fromApi(error);
      return false;
    }
    return true;
  };
  return { password, setPassword, repeat, setRepeat, busy, form, submit };
}

/** An admin sets a new password for someone who forgot theirs (a new key slot; the old one stops working). */
export function ResetPasswordModal({ user, onClose, onDone }: DialogProps & { user: User }) {
  const { t } = useTranslation();
  const api = useApi();
  const p = usePasswordForm(async (password) => {
    const result = await api.call('users.resetPassword', { userId: user.id, password });
    return result.ok ? null : result.error;
  });
  const ids = { password: 'reset-password', repeat: 'reset-repeat' };
  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('users.resetTitle', { name: user.displayName }) }}
      width="medium"
    >
      <Modal.Body>
        <form
          id="reset-password-form"
          noValidate
          onSubmit={(e) =>
            void p.submit(e).then((ok) => {
              if (ok) onDone(t('users.resetDone', { name: user.displayName }));
            })
          }
        >
          <VStack gap="space-16">
            <BodyLong>{t('users.resetIntro')}</BodyLong>
            <FormFeedback errors={p.form.errors} attempt={p.form.attempt} ids={ids} testId="reset-error" />
            <NewPasswordFields
              idPrefix="reset"
              password={p.password}
              repeat={p.repeat}
              onPassword={(v) => {
                p.setPassword(v);
                p.form.clearField('password');
              }}
              onRepeat={(v) => {
                p.setRepeat(v);
                p.form.clearField('repeat');
              }}
              personalWords={[user.username, user.displayName]}
              passwordError={p.form.errors.fields.password}
              repeatError={p.form.errors.fields.repeat}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="reset-password-form" loading={p.busy}>
          {t('users.resetSubmit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onClose} disabled={p.busy}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

/** Deactivate (the key slot is removed and any session ends) or reactivate with a new password. */
export function SetActiveModal({ user, onClose, onDone }: DialogProps & { user: User }) {
  const { t } = useTranslation();
  const api = useApi();
  const activate = !user.active;
  const [busy, setBusy] = useState(false);
  const deactivateForm = useFormErrors(NO_FIELDS);
  const p = usePasswordForm(async (password) => {
    const result = await api.call('users.setActive', { userId: user.id, active: true, password });
    return result.ok ? null : result.error;
  });
  const ids = { password: 'activate-password', repeat: 'activate-repeat' };

  const deactivate = async () => {
    setBusy(true);
    const result = await api.call('users.setActive', { userId: user.id, active: false });
    setBusy(false);
    if (!result.ok) {
      deactivateForm.fromApi(result.error);
      return;
    }
    onDone(t('users.deactivated', { name: user.displayName }));
  };

  if (!activate) {
    return (
      <Modal
        open
        onClose={onClose}
        header={{ heading: t('users.deactivateTitle', { name: user.displayName }) }}
        width="medium"
      >
        <Modal.Body>
          <VStack gap="space-16">
            <FormFeedback
              errors={deactivateForm.errors}
              attempt={deactivateForm.attempt}
              ids={{}}
              testId="deactivate-error"
            />
            <BodyLong>{t('users.deactivateIntro', { name: user.displayName })}</BodyLong>
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" variant="danger" loading={busy} onClick={() => void deactivate()}>
            {t('users.deactivate')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </Modal>
    );
  }

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('users.activateTitle', { name: user.displayName }) }}
      width="medium"
    >
      <Modal.Body>
        <form
          id="activate-form"
          noValidate
          onSubmit={(e) =>
            void p.submit(e).then((ok) => {
              if (ok) onDone(t('users.activated', { name: user.displayName }));
            })
          }
        >
          <VStack gap="space-16">
            <BodyLong>{t('users.activateIntro')}</BodyLong>
            <FormFeedback errors={p.form.errors} attempt={p.form.attempt} ids={ids} testId="activate-error" />
            <NewPasswordFields
              idPrefix="activate"
              password={p.password}
              repeat={p.repeat}
              onPassword={(v) => {
                p.setPassword(v);
                p.form.clearField('password');
              }}
              onRepeat={(v) => {
                p.setRepeat(v);
                p.form.clearField('repeat');
              }}
              personalWords={[user.username, user.displayName]}
              passwordError={p.form.errors.fields.password}
              repeatError={p.form.errors.fields.repeat}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="activate-form" loading={p.busy}>
          {t('users.activate')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onClose} disabled={p.busy}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

/** An admin assigns a participant to a counselor, or to nobody (audited). */
export function AssignModal({
  participant,
  counselors,
  onClose,
  onDone,
}: DialogProps & { participant: ParticipantRecord; counselors: User[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const [counselorId, setCounselorId] = useState(participant.counselorId ?? '');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ASSIGN_ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.call('participants.assign', {
      participantId: participant.id,
      counselorId: counselorId || null,
    });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    const counselor = counselors.find((c) => c.id === counselorId);
    onDone(
      counselor
        ? t('assign.done', { participant: participant.displayName, counselor: counselor.displayName })
        : t('assign.doneNone', { participant: participant.displayName }),
    );
  };

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('assign.title', { name: participant.displayName }) }}
      width="small"
    >
      <Modal.Body>
        <form id="assign-form" noValidate onSubmit={(e) => void submit(e)}>
          <VStack gap="space-16">
            <FormFeedback
              errors={form.errors}
              attempt={form.attempt}
              ids={{ counselorId: 'assign-counselor' }}
              testId="assign-error"
            />
            <Select
              id="assign-counselor"
              label={t('users.counselor')}
              value={counselorId}
              onChange={(e) => setCounselorId(e.target.value)}
              error={form.errors.fields.counselorId}
            >
              <option value="">{t('assign.none')}</option>
              {counselors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </Select>
            <BodyLong size="small">{t('assign.audited')}</BodyLong>
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="assign-form" loading={busy}>
          {t('assign.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
