import { Alert, BodyLong, Box, Button, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';

interface StepOfferProps {
  participantId: string;
  conversationId: string;
  title: string;
  viewer: 'participant' | 'counselor';
  onDone: (added: { title: string } | null) => void;
}

/**
 * The assistant's offer to put the step the participant committed to into their activity plan.
 * They may reword it first; nothing is added until they say yes.
 */
export function StepOffer({ participantId, conversationId, title, viewer, onDone }: StepOfferProps) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [text, setText] = useState(title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const accept = async (event: FormEvent) => {
    event.preventDefault();
    const wording = text.trim();
    if (!wording) {
      setError(t('chat.step.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('chat.acceptStep', {
      participantId,
      conversationId,
      ...(wording !== title ? { title: wording } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.[0]?.message ?? result.error.message);
      return;
    }
    onDone({ title: result.data.step.title });
  };

  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      className="step-offer"
      padding="space-16"
      borderRadius="8"
      borderWidth="1"
      data-testid="step-offer"
    >
      <form onSubmit={(e) => void accept(e)}>
        <VStack gap="space-12">
          <Heading level="3" size="xsmall" id={headingId}>
            {t('chat.step.heading')}
          </Heading>
          <BodyLong size="small">
            {viewer === 'participant' ? t('chat.step.intro') : t('chat.step.introCounselor')}
          </BodyLong>
          <TextField
            label={t('chat.step.label')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={200}
            error={error ?? undefined}
            data-testid="step-title"
          />
          <HStack gap="space-8">
            <Button type="submit" size="small" loading={busy} data-testid="step-accept">
              {t('chat.step.accept')}
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={() => onDone(null)} disabled={busy}>
              {t('chat.step.decline')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </Box>
  );
}

/** Confirmation after the step was added. */
export function StepAdded({ title, onClose }: { title: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert variant="success" size="small" role="status" closeButton onClose={onClose} data-testid="step-added">
      {t('chat.step.added', { title })}
    </Alert>
  );
}
