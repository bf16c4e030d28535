import { BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';

const ALIASES = { reminder: ['reminder'] } as const;

/** The counselor's own reminder about one participant: only they see it (never the participant). */
export function ReminderDialog({
  participantId,
  name,
  reminder,
  onClose,
  onSaved,
}: {
  participantId: string;
  name: string;
  reminder: string | null;
  onClose: () => void;
  onSaved: (reminder: string | null) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState(reminder ?? '');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.call('participants.setReminder', { participantId, reminder: text });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    onSaved(result.data.reminder);
  };

  return (
    <Modal open onClose={onClose} header={{ heading: t('followup.reminder.title', { name }) }} width="medium">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            <BodyLong>{t('followup.reminder.help')}</BodyLong>
            <Textarea
              label={t('followup.reminder.label')}
              maxLength={500}
              minRows={3}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                form.clearField('reminder');
              }}
              error={form.errors.fields.reminder ?? form.errors.message ?? undefined}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {t('followup.reminder.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
