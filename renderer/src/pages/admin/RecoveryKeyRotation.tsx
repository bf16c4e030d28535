import { Alert, BodyLong, Box, Button, Heading, Modal, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { RecoveryKeySheet } from '../../components/RecoveryKeySheet';
import { useSignedIn } from '../../session/SessionContext';

type State =
  { kind: 'idle' } | { kind: 'confirm' } | { kind: 'shown'; recoveryKey: string; at: Date } | { kind: 'done' };

/** A new recovery key for the organisation (the old one stops working); shown once, like at setup. */
export function RecoveryKeyRotation() {
  const { t } = useTranslation();
  const api = useApi();
  const { organisationName } = useSignedIn();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const rotate = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('auth.rotateRecoveryKey', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'shown', recoveryKey: result.data.recoveryKey, at: new Date() });
  };

  return (
    <Box
      as="section"
      aria-labelledby="recovery-section-heading"
      padding="space-24"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
    >
      {state.kind === 'shown' ? (
        <RecoveryKeySheet
          recoveryKey={state.recoveryKey}
          organisationName={organisationName}
          createdAt={state.at}
          headingLevel="2"
          headingId="recovery-section-heading"
          doneLabel={t('recovery.done')}
          onDone={() => setState({ kind: 'done' })}
        />
      ) : (
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="recovery-section-heading">
            {t('recovery.sectionTitle')}
          </Heading>
          <BodyLong>{t('recovery.sectionIntro')}</BodyLong>
          {state.kind === 'done' && (
            <Alert variant="success" role="status" data-testid="recovery-rotated">
              {t('recovery.rotated')}
            </Alert>
          )}
          {error && (
            <Alert variant="error" role="alert">
              {error}
            </Alert>
          )}
          <div>
            <Button variant="secondary" onClick={() => setState({ kind: 'confirm' })}>
              {t('recovery.rotate')}
            </Button>
          </div>
        </VStack>
      )}
      {state.kind === 'confirm' && (
        <Modal
          open
          onClose={() => setState({ kind: 'idle' })}
          header={{ heading: t('recovery.rotateTitle') }}
          width="small"
        >
          <Modal.Body>
            <BodyLong>{t('recovery.rotateWarning')}</BodyLong>
          </Modal.Body>
          <Modal.Footer>
            <Button type="button" loading={busy} onClick={() => void rotate()}>
              {t('recovery.rotateSubmit')}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setState({ kind: 'idle' })} disabled={busy}>
              {t('common.cancel')}
            </Button>
          </Modal.Footer>
        </Modal>
      )}
    </Box>
  );
}
