import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Box, Button, ConfirmationPanel, Heading, HStack, List, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  organisationName: string | null;
  createdAt: Date;
  /** Called once the person has confirmed they kept the key; the key is then gone from the screen. */
  onDone: () => void;
  doneLabel: string;
  headingLevel: '1' | '2';
  headingId: string;
}

/**
 * The recovery key, shown once: on screen with instructions, and as a dedicated sheet for paper
 * (only the sheet prints; the app around it does not). The person must confirm they printed or
 * kept it before going on.
 */
export function RecoveryKeySheet({
  recoveryKey,
  organisationName,
  createdAt,
  onDone,
  doneLabel,
  headingLevel,
  headingId,
}: RecoveryKeySheetProps) {
  const { t, i18n } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    document.body.classList.add('has-print-sheet');
    return () => document.body.classList.remove('has-print-sheet');
  }, []);

  const created = formatDateTime(createdAt, i18n.language);

  return (
    <VStack gap="space-24" data-testid="recovery-key-step">
      <Heading
        ref={heading}
        level={headingLevel}
        size={headingLevel === '1' ? 'large' : 'medium'}
        id={headingId}
        tabIndex={-1}
        className="page-heading"
      >
        {t('recovery.title')}
      </Heading>
      <Alert variant="warning">
        <BodyLong>{t('recovery.onlyOnce')}</BodyLong>
      </Alert>
      <BodyLong>{t('recovery.what')}</BodyLong>
      <Box padding="space-24" borderRadius="12" borderWidth="2" borderColor="neutral" className="recovery-key-box">
        <VStack gap="space-8">
          <span className="recovery-key-label">{t('recovery.keyLabel')}</span>
          <code className="recovery-key" data-testid="recovery-key">
            {recoveryKey}
          </code>
        </VStack>
      </Box>
      <List>
        <List.Item>{t('recovery.keep1')}</List.Item>
        <List.Item>{t('recovery.keep2')}</List.Item>
        <List.Item>{t('recovery.keep3')}</List.Item>
      </List>
      <HStack gap="space-16">
        <Button
          type="button"
          variant="secondary"
          icon={<PrinterSmallIcon aria-hidden />}
          onClick={() => window.print()}
        >
          {t('recovery.print')}
        </Button>
      </HStack>
      <ConfirmationPanel
        checked={confirmed}
        onChange={(e) => {
          setConfirmed(e.target.checked);
          if (e.target.checked) setError(null);
        }}
        label={t('recovery.confirm')}
        error={error ?? undefined}
      >
        {t('recovery.confirmHelp')}
      </ConfirmationPanel>
      <div>
        <Button
          type="button"
          onClick={() => {
            if (!confirmed) {
              setError(t('recovery.confirmMissing'));
              return;
            }
            onDone();
          }}
        >
          {doneLabel}
        </Button>
      </div>
      {createPortal(
        <div className="print-sheet" data-testid="recovery-print-sheet">
          <h1>{t('recovery.printTitle')}</h1>
          <p>
            <strong>{t('recovery.printOrganisation')}:</strong> {organisationName ?? '—'}
            <br />
            <strong>{t('recovery.printCreated')}:</strong> {created}
          </p>
          <p className="print-key">{recoveryKey}</p>
          <h2>{t('recovery.printUseTitle')}</h2>
          <ol>
            <li>{t('recovery.printUse1')}</li>
            <li>{t('recovery.printUse2')}</li>
            <li>{t('recovery.printUse3')}</li>
          </ol>
          <h2>{t('recovery.printKeepTitle')}</h2>
          <p>{t('recovery.printKeep')}</p>
          <p className="print-lines">
            {t('recovery.printKeptBy')}: ________________________________ &nbsp; {t('recovery.printDate')}:
            ______________
          </p>
        </div>,
        document.body,
      )}
    </VStack>
  );
}
