import { ChevronDownIcon, ChevronUpIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { CalibrationTable } from './CalibrationTable';
import { FactorList } from './FactorList';
import { QuantileDotplot } from './QuantileDotplot';
import { formatNumber, formatPercent, type Calibration, type Factor, type ShownPrediction } from './shared';

interface PredictionPanelProps {
  prediction: ShownPrediction;
  factors: Factor[] | null;
  calibration: Calibration | null;
  /** Recorded real outcomes for the active model, and how many it takes before calibration uses them. */
  realOutcomes?: { n: number; needed: number } | null;
  busy: boolean;
  /** Records that the factors were opened (each opening counts) and returns whether it worked. */
  onOpenFactors: () => Promise<boolean>;
  onShowCalibration: () => Promise<boolean>;
}

/**
 * The prediction, shown honestly: as a frequency first, then the remaining weeks as a quantile
 * dotplot, the base rate for everyone at week 17, what it is built on, and — on demand — the
 * calibration and the factors behind it (a second layer, recorded when opened).
 */
export function PredictionPanel({
  prediction: p,
  factors,
  calibration,
  realOutcomes = null,
  busy,
  onOpenFactors,
  onShowCalibration,
}: PredictionPanelProps) {
  const { t, i18n } = useTranslation();
  const [factorsOpen, setFactorsOpen] = useState(false);
  const [calibrationOpen, setCalibrationOpen] = useState(false);
  const factorsId = useId();
  const calibrationId = useId();
  const per100 = p.per100;

  return (
    <VStack gap="space-20" data-testid="prediction">
      <Box background="info-soft" padding="space-20" borderRadius="8">
        <VStack gap="space-8">
          <BodyLong size="large" data-testid="prediction-frequency">
            <strong>
              {t('decisions.prediction.frequency', { per100, back: 100 - per100, horizon: p.horizonWeek })}
            </strong>
          </BodyLong>
          <BodyShort data-testid="prediction-probability">
            {t('decisions.prediction.probability', {
              percent: formatPercent(p.probability, i18n.language),
              asOf: p.asOfWeek,
              horizon: p.horizonWeek,
              band: t(`decisions.riskBand.${p.riskBand}`),
            })}
          </BodyShort>
          <BodyShort data-testid="prediction-recommendation">
            {t(
              p.recommendation.kind === 'notNeeded'
                ? 'decisions.prediction.recommendationNotNeeded'
                : 'decisions.prediction.recommendationSummon',
              {
                // One decimal: an estimate of «om lag 70» can lie under a threshold of 70,2.
                threshold: formatNumber(p.recommendation.threshold * 100, i18n.language, 1),
                source: t(`decisions.prediction.thresholdSource.${p.recommendation.thresholdSource}`),
              },
            )}
          </BodyShort>
        </VStack>
      </Box>
      {p.discrimination.weak && (
        <Alert variant="warning" size="small" data-testid="prediction-weak">
          {t('decisions.prediction.weak', {
            min: Math.round(p.discrimination.minPredicted * 100),
            max: Math.round(p.discrimination.maxPredicted * 100),
            auc: Math.round(p.discrimination.auc * 100),
          })}
        </Alert>
      )}

      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t('decisions.prediction.remainingTitle')}
        </Heading>
        <QuantileDotplot prediction={p} />
      </VStack>

      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t('decisions.prediction.baseRateTitle')}
        </Heading>
        <BodyLong data-testid="base-rate">
          {t('decisions.prediction.baseRate', {
            per100: p.baseRate.population.per100,
            asOf: p.asOfWeek,
            horizon: p.horizonWeek,
          })}
        </BodyLong>
        <BodyLong size="small">
          {per100 === p.baseRate.population.per100
            ? t('decisions.prediction.sameAsBase')
            : t(
                per100 > p.baseRate.population.per100
                  ? 'decisions.prediction.aboveBase'
                  : 'decisions.prediction.belowBase',
                { diff: Math.abs(per100 - p.baseRate.population.per100) },
              )}
        </BodyLong>
      </VStack>

      <Alert variant="info" size="small">
        <BodyLong size="small">
          {t(
            p.builtFrom === 'published-aggregates'
              ? 'decisions.prediction.caveatPublished'
              : 'decisions.prediction.caveatTrained',
          )}
        </BodyLong>
        <BodyShort size="small">
          {t('decisions.prediction.modelLine', { name: p.modelName, version: p.modelVersion })}{' '}
          <Link as={RouterLink} to="/beslutningsmodell">
            {t('decisions.prediction.aboutModel')}
          </Link>
        </BodyShort>
      </Alert>

      <HStack gap="space-12" wrap>
        <Button
          type="button"
          variant="secondary"
          size="small"
          aria-expanded={factorsOpen}
          aria-controls={factorsId}
          loading={busy && !factorsOpen && factors === null}
          icon={factorsOpen ? <ChevronUpIcon aria-hidden /> : <ChevronDownIcon aria-hidden />}
          iconPosition="right"
          onClick={async () => {
            if (factorsOpen) return setFactorsOpen(false);
            if (await onOpenFactors()) setFactorsOpen(true);
          }}
        >
          {factorsOpen ? t('decisions.prediction.hideFactors') : t('decisions.prediction.showFactors')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          size="small"
          aria-expanded={calibrationOpen}
          aria-controls={calibrationId}
          icon={calibrationOpen ? <ChevronUpIcon aria-hidden /> : <ChevronDownIcon aria-hidden />}
          iconPosition="right"
          onClick={async () => {
            if (calibrationOpen) return setCalibrationOpen(false);
            if (calibration || (await onShowCalibration())) setCalibrationOpen(true);
          }}
        >
          {calibrationOpen ? t('decisions.prediction.hideCalibration') : t('decisions.prediction.showCalibration')}
        </Button>
      </HStack>
      <div id={factorsId} hidden={!factorsOpen}>
        {factorsOpen && factors && (
          <Box borderWidth="1" borderColor="neutral-subtle" borderRadius="8" padding="space-16">
            <Heading level="3" size="small" spacing>
              {t('decisions.factors.title')}
            </Heading>
            <FactorList factors={factors} />
          </Box>
        )}
      </div>
      <div id={calibrationId} hidden={!calibrationOpen}>
        {calibrationOpen && calibration && (
          <Box borderWidth="1" borderColor="neutral-subtle" borderRadius="8" padding="space-16">
            <Heading level="3" size="small" spacing>
              {calibration.synthetic ? t('decisions.calibration.title') : t('decisions.calibration.titleReal')}
            </Heading>
            <CalibrationTable calibration={calibration} realOutcomes={realOutcomes} testId="session-calibration" />
          </Box>
        )}
      </div>
    </VStack>
  );
}
