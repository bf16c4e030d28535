import { ArrowDownIcon, ArrowUpIcon, MinusIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, HStack, Heading, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Factor } from './shared';

/** The second layer: what each of the model's four characteristics does to this estimate, and how sure the number is. */
export function FactorList({ factors }: { factors: Factor[] }) {
  const { t, i18n } = useTranslation();
  return (
    <VStack gap="space-16" data-testid="factor-list">
      <BodyLong size="small">{t('decisions.factors.intro')}</BodyLong>
      <ul className="factor-list">
        {factors.map((f) => {
          const pp = formatNumber(Math.abs(f.effectPercentagePoints), i18n.language);
          const Icon = f.direction === 'up' ? ArrowUpIcon : f.direction === 'down' ? ArrowDownIcon : MinusIcon;
          // The model file's own words, in nynorsk when the screen is and the file has them.
          const words = i18n.language === 'nn' && f.nn ? f.nn : f;
          return (
            <li key={f.covariate} className="factor" data-testid={`factor-${f.covariate}`}>
              <HStack gap="space-8" align="center" wrap>
                <Heading level="4" size="xsmall">
                  {words.covariateLabel}: {words.levelLabel}
                </Heading>
                <Tag variant="info" size="small" icon={<Icon aria-hidden />}>
                  {t(`decisions.factors.direction.${f.direction}`, { pp })}
                </Tag>
                <Tag
                  variant={f.evidence === 'assumption' ? 'alt1' : 'neutral'}
                  size="xsmall"
                  title={t(`decisions.factors.evidenceHelp.${f.evidence}`)}
                >
                  {t(`decisions.factors.evidence.${f.evidence}`)}
                </Tag>
              </HStack>
              <BodyShort size="small" className="factor-text">
                {words.explanation}
              </BodyShort>
              {f.evidence === 'assumption' && (
                <BodyShort size="small" className="factor-text">
                  {t('decisions.factors.assumptionNote')}
                </BodyShort>
              )}
            </li>
          );
        })}
      </ul>
      <BodyShort size="small">{t('decisions.factors.onlyThese')}</BodyShort>
    </VStack>
  );
}
