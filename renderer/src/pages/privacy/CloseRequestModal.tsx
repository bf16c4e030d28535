import { BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';

type Request = OutputOf<'privacy.requests'>[number];

/** Closes a request by hand: done (with an optional note), or refused with the reason the participant is told. */
export function CloseRequestModal({
  request,
  name,
  onClose,
  onDone,
}: {
  request: Request;
  name: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const kind = t(`privacy.requestKind.${request.kind}`).toLocaleLowerCase();

  const close = async (status: 'completed' | 'refused') => {
    setBusy(true);
    const result = await api.call('privacy.closeRequest', {
      requestId: request.id,
      status,
      outcome: status === 'completed' ? 'handled' : 'refused',
      ...(note.trim() ? { note } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.fields?.[0]?.message ?? result.error.message);
    onDone(t(status === 'completed' ? 'privacy.close.completed' : 'privacy.close.refused', { kind, name }));
  };

  return (
    <Modal open onClose={onClose} header={{ heading: t('privacy.close.title', { kind, name }) }} width="medium">
      <Modal.Body>
        <VStack gap="space-16">
          <BodyLong>{t('privacy.close.intro')}</BodyLong>
          <Textarea
            label={t('privacy.close.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={error}
            maxLength={2000}
          />
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" loading={busy} onClick={() => void close('completed')}>
          {t('privacy.close.done')}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void close('refused')}>
          {t('privacy.close.refuse')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onClose} disabled={busy}>
          {t('privacy.admin.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
