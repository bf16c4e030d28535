import { Alert, BodyLong, BodyShort, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, type Calibration } from './shared';

/**
 * How well the model's probabilities match what happened: for each band of predicted
 * probability, how many cases, the mean prediction and the observed share still on sick leave at
 * week 26. Says plainly when the outcomes are synthetic.
 */
export function CalibrationTable({
  calibration,
  realOutcomes = null,
  testId,
}: {
  calibration: Calibration;
  realOutcomes?: { n: number; needed: number } | null;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <VStack gap="space-12" data-testid={testId}>
      {calibration.synthetic ? (
        <Alert variant="info" size="small" inline>
          {t('decisions.calibration.synthetic')}
          {realOutcomes &&
            ` ${t('decisions.calibration.progress', { count: realOutcomes.n, needed: realOutcomes.needed })}`}
        </Alert>
      ) : (
        <Alert variant="info" size="small" inline>
          {t('decisions.calibration.real', { count: calibration.n })}
        </Alert>
      )}
      <BodyLong size="small">
        {calibration.synthetic ? t('decisions.calibration.howToRead') : t('decisions.calibration.howToReadReal')}
      </BodyLong>
      <Table size="small" zebraStripes>
        <caption className="sr-only">{t('decisions.calibration.caption', { n: calibration.n })}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('decisions.calibration.band')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('decisions.calibration.n')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('decisions.calibration.meanPredicted')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('decisions.calibration.observed')}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {calibration.bands.map((band) => (
            <Table.Row key={band.label}>
              <Table.HeaderCell scope="row">{band.label}</Table.HeaderCell>
              <Table.DataCell align="right" className="numeric">
                {formatNumber(band.n, lang)}
              </Table.DataCell>
              <Table.DataCell align="right" className="numeric">
                {formatPercent(band.meanPredicted, lang, 1)}
              </Table.DataCell>
              <Table.DataCell align="right" className="numeric">
                {formatPercent(band.observedRate, lang, 1)}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <BodyShort size="small">
        {t('decisions.calibration.brier', {
          model: formatNumber(calibration.brierScore, lang, 3),
          baseRate: formatNumber(calibration.brierScoreBaseRateOnly, lang, 3),
        })}
      </BodyShort>
    </VStack>
  );
}
