import { FilesIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { copyText } from '../../components/clipboard';
import { formatDuration, formatPercent, type DecisionRecord } from './shared';

/** What was recorded, for the counselor to check: the decision, its reason and what the record says about how it was made. */
export function DecisionDone({ decision, participantName }: { decision: DecisionRecord; participantName: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const yesNo = (v: boolean) => (v ? t('decisions.done.yes') : t('decisions.done.no'));

  return (
    <VStack gap="space-20" data-testid="decision-done">
      <Alert variant="success">
        <Heading ref={heading} tabIndex={-1} level="3" size="small" spacing className="page-heading">
          {decision.decision === 'summon' ? t('decisions.done.summonTitle', { name: participantName }) : t('decisions.done.notNeededTitle', { name: participantName })}
        </Heading>
        <BodyLong>{decision.decision === 'summon' ? t('decisions.done.summonNext') : t('decisions.done.notNeededNext')}</BodyLong>
      </Alert>
      <dl className="info-list" data-testid="decision-record">
        <dt>{t('decisions.done.decision')}</dt>
        <dd>{decision.decision === 'summon' ? t('decisions.decide.summon') : t('decisions.decide.notNeeded')}</dd>
        {decision.reasonCode && (
          <>
            <dt>{t('decisions.done.reason')}</dt>
            <dd>{t(`decisions.reason.${decision.reasonCode}`)}</dd>
          </>
        )}
        {decision.justification && (
          <>
            <dt>{t('decisions.done.justification')}</dt>
            <dd>{decision.justification}</dd>
          </>
        )}
        <dt>{t('decisions.done.by')}</dt>
        <dd>
          {decision.counselorName}, {formatDateTime(decision.decidedAt, lang)}
        </dd>
        <dt>{t('decisions.done.timeSpent')}</dt>
        <dd>{formatDuration(t, decision.timeSpentMs / 1000, lang)}</dd>
        <dt>{t('decisions.done.model')}</dt>
        <dd>
          {decision.modelVersion} · {t('decisions.done.predictionWas', { percent: formatPercent(decision.prediction.probability, lang) })}
        </dd>
        <dt>{t('decisions.done.ownFirst')}</dt>
        <dd>{decision.ownAssessment ? t(`decisions.own.expectation.${decision.ownAssessment.expectation}`) : t('decisions.done.none')}</dd>
        <dt>{t('decisions.done.predictionShown')}</dt>
        <dd>{yesNo(decision.predictionShown)}</dd>
        <dt>{t('decisions.done.explanationOpened')}</dt>
        <dd>{yesNo(decision.explanationOpened)}</dd>
      </dl>
      {decision.decision === 'notNeeded' && decision.informationText && <InformationText text={decision.informationText} participantName={participantName} />}
    </VStack>
  );
}

/** The plain-language information to the person about their right to ask for a dialogmøte: printable (a sheet of its own) and copyable. */
export function InformationText({ text, participantName }: { text: string; participantName: string }) {
  const { t, i18n } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    document.body.classList.add('has-print-sheet');
    return () => document.body.classList.remove('has-print-sheet');
  }, []);

  return (
    <VStack gap="space-12" data-testid="information-text-panel">
      <Heading level="3" size="small">
        {t('decisions.info.title', { name: participantName })}
      </Heading>
      <BodyLong>{t('decisions.info.intro')}</BodyLong>
      {i18n.language !== 'nb' && <BodyShort size="small">{t('decisions.info.languageNote')}</BodyShort>}
      <Box borderWidth="1" borderColor="neutral-subtle" borderRadius="8" padding="space-20" className="information-text" data-testid="information-text" lang="nb">
        {text}
      </Box>
      <HStack gap="space-12" align="center">
        <Button type="button" variant="secondary" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()}>
          {t('decisions.info.print')}
        </Button>
        <Button type="button" variant="secondary" icon={<FilesIcon aria-hidden />} onClick={async () => setCopy((await copyText(text)) ? 'copied' : 'failed')}>
          {t('decisions.info.copy')}
        </Button>
        <BodyShort role="status" data-testid="copy-status">
          {copy === 'copied' ? t('decisions.info.copied') : copy === 'failed' ? t('decisions.info.copyFailed') : ''}
        </BodyShort>
      </HStack>
      {createPortal(
        <div className="print-sheet information-print-sheet" data-testid="information-print-sheet" lang="nb">
          {text}
        </div>,
        document.body,
      )}
    </VStack>
  );
}
