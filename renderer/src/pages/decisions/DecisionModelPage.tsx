import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  FileUpload,
  Heading,
  HStack,
  Link,
  List,
  Loader,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/SessionContext';
import { CalibrationTable } from './CalibrationTable';
import { MarkdownText } from './MarkdownText';
import { errorMessage, formatNumber, formatPercent, type ModelInfo } from './shared';
import './decisions.css';

/**
 * The model behind the prediction, as text: what it is, what it is built from (every source and
 * number), its calibration and the model card. An admin can import a replacement model file; a bad
 * file is refused with the app's message and the active model is kept. Local training is off.
 */
export function DecisionModelPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isAdmin = session.phase.kind === 'signed-in' && session.phase.user.role === 'admin';
  const model = useQuery('decisions.model', {}, '', { keepData: true });

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t('decisions.model.title')}</PageHeading>
        <BodyLong className="form-column">{t('decisions.model.intro')}</BodyLong>
        {isAdmin && (
          <Link as={RouterLink} to="/tilsyn">
            {t('decisions.model.toMonitor')}
          </Link>
        )}
      </VStack>
      {model.status === 'loading' && <Loader title={t('common.loading')} />}
      {model.status === 'error' && <Alert variant="error">{errorMessage(t, model.error)}</Alert>}
      {model.status === 'success' && <ModelDetails model={model.data as ModelInfo} />}
      {model.status === 'success' && isAdmin && (
        <ModelImport activeVersion={model.data.modelVersion} onImported={model.reload} />
      )}
    </VStack>
  );
}

function ModelDetails({ model }: { model: ModelInfo }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The model file's own words, in nynorsk when the screen is and the file has them (as the factor texts).
  const inNn = lang === 'nn';
  const words = {
    description: (inNn && model.nn.description) || model.description,
    intendedUse: (inNn && model.nn.intendedUse) || model.intendedUse,
    notIntendedUse: (inNn && model.nn.notIntendedUse) || model.notIntendedUse,
    legalBasisNote: (inNn && model.nn.legalBasisNote) || model.legalBasisNote,
    calibration: (inNn && model.calibration.descriptionNn) || model.calibration.description,
  };
  const cardIsForActive =
    model.modelCard !== null &&
    model.modelCardModelVersion === model.modelVersion &&
    model.builtFrom === 'published-aggregates';

  return (
    <>
      <section aria-labelledby="model-summary" className="flow-section">
        <Heading id="model-summary" level="2" size="medium" spacing>
          {t('decisions.model.summaryTitle')}
        </Heading>
        <dl className="info-list" data-testid="model-summary">
          <dt>{t('decisions.model.name')}</dt>
          <dd>{model.name}</dd>
          <dt>{t('decisions.model.version')}</dt>
          <dd data-testid="model-version">{model.modelVersion}</dd>
          <dt>{t('decisions.model.schemaVersion')}</dt>
          <dd>{model.schemaVersion}</dd>
          <dt>{t('decisions.model.builtFrom')}</dt>
          <dd>
            <Tag size="small" variant={model.builtFrom === 'published-aggregates' ? 'success' : 'info'}>
              {t(`decisions.model.builtFromKind.${model.builtFrom}`)}
            </Tag>
          </dd>
          <dt>{t('decisions.model.builtBy')}</dt>
          <dd>
            {model.builtBy}, {model.builtAt}
          </dd>
          <dt>{t('decisions.model.description')}</dt>
          <dd>{words.description}</dd>
          <dt>{t('decisions.model.intendedUse')}</dt>
          <dd>{words.intendedUse}</dd>
          <dt>{t('decisions.model.notIntendedUse')}</dt>
          <dd>{words.notIntendedUse}</dd>
          <dt>{t('decisions.model.legalBasis')}</dt>
          <dd>{words.legalBasisNote}</dd>
          <dt>{t('decisions.model.riskBands')}</dt>
          <dd>
            {model.riskBands
              .map(
                (b) =>
                  `${t(`decisions.riskBand.${b.id}`)}: ${formatPercent(b.min, lang)}–${formatPercent(b.max, lang)}`,
              )
              .join(' · ')}
          </dd>
        </dl>
        {model.builtFrom === 'published-aggregates' ? null : (
          <BodyShort size="small">{t('decisions.model.trainedNote')}</BodyShort>
        )}
      </section>

      <section aria-labelledby="model-training" className="flow-section" data-testid="local-training">
        <Heading id="model-training" level="2" size="medium" spacing>
          {t('decisions.model.trainingTitle')}
        </Heading>
        <HStack gap="space-8" align="center" className="summary-note">
          <Tag size="small" variant="neutral">
            {t('decisions.model.trainingOff')}
          </Tag>
        </HStack>
        <BodyLong spacing>{t('decisions.model.trainingWhy')}</BodyLong>
        <BodyLong>
          {model.localTraining.canBeEnabled
            ? t('decisions.model.trainingBasisRecorded')
            : t('decisions.model.trainingNoBasis')}
        </BodyLong>
      </section>

      <section aria-labelledby="model-calibration" className="flow-section">
        <Heading id="model-calibration" level="2" size="medium" spacing>
          {model.calibration.synthetic ? t('decisions.calibration.title') : t('decisions.calibration.titleReal')}
        </Heading>
        <BodyLong spacing>{words.calibration}</BodyLong>
        <CalibrationTable
          calibration={model.calibration}
          realOutcomes={{ n: model.realOutcomes, needed: model.realOutcomesNeeded }}
          testId="model-calibration"
        />
      </section>

      <section aria-labelledby="model-sources" className="flow-section" data-testid="model-sources">
        <Heading id="model-sources" level="2" size="medium" spacing>
          {t('decisions.model.sourcesTitle')}
        </Heading>
        <BodyLong spacing>{t('decisions.model.sourcesIntro')}</BodyLong>
        <VStack gap="space-16">
          {model.sources.map((s) => (
            <Box key={s.id} borderWidth="1" borderColor="neutral-subtle" borderRadius="8" padding="space-16">
              <Heading level="3" size="xsmall" spacing>
                {s.title}
              </Heading>
              <BodyShort size="small" spacing>
                {s.publisher}
                {s.year ? `, ${s.year}` : ''} · <span className="code">{s.id}</span> ·{' '}
                <span className="source-url">{s.url}</span>
              </BodyShort>
              {s.numbers.length > 0 && (
                <Table size="small">
                  <caption className="sr-only">{t('decisions.model.numbersCaption', { title: s.title })}</caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.ColumnHeader scope="col">{t('decisions.model.number')}</Table.ColumnHeader>
                      <Table.ColumnHeader scope="col" align="right">
                        {t('decisions.model.value')}
                      </Table.ColumnHeader>
                      <Table.ColumnHeader scope="col">{t('decisions.model.where')}</Table.ColumnHeader>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {s.numbers.map((n, i) => (
                      <Table.Row key={i}>
                        <Table.HeaderCell scope="row">{(inNn && n.labelNn) || n.label}</Table.HeaderCell>
                        <Table.DataCell align="right" className="numeric nowrap">
                          {formatNumber(n.value, lang, 4)} {(inNn && n.unitNn) || n.unit}
                        </Table.DataCell>
                        <Table.DataCell>{(inNn && n.whereNn) || n.where}</Table.DataCell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </Box>
          ))}
        </VStack>
        {model.assumptions.length > 0 && (
          <>
            <Heading level="3" size="small" spacing className="section-gap">
              {t('decisions.model.assumptionsTitle')}
            </Heading>
            <List>
              {model.assumptions.map((a) => (
                <List.Item key={a.id}>{(inNn && a.textNn) || a.text}</List.Item>
              ))}
            </List>
          </>
        )}
      </section>

      {model.modelCard && (
        <section aria-label={t('decisions.model.cardTitle')} className="flow-section" data-testid="model-card">
          {!cardIsForActive && (
            <Alert variant="info" className="summary-note">
              {t('decisions.model.cardIsBaseline', {
                version: model.modelCardModelVersion ?? '–',
                active: model.modelVersion,
              })}
            </Alert>
          )}
          <Box borderWidth="1" borderColor="neutral-subtle" borderRadius="8" padding="space-24">
            <MarkdownText
              source={(inNn && model.modelCardNn) || model.modelCard}
              caption={(i) => t('decisions.model.cardTable', { n: i + 1 })}
            />
          </Box>
        </section>
      )}
    </>
  );
}

function ModelImport({ activeVersion, onImported }: { activeVersion: string; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<
    { ok: true; version: string; previous: string } | { ok: false; error: ApiErrorBody; kept: string } | null
  >(null);

  return (
    <section aria-labelledby="model-import" className="flow-section form-column" data-testid="model-import">
      <Heading id="model-import" level="2" size="medium" spacing>
        {t('decisions.model.importTitle')}
      </Heading>
      <BodyLong spacing>{t('decisions.model.importIntro')}</BodyLong>
      <VStack gap="space-16">
        <FileUpload.Dropzone
          label={t('decisions.model.importLabel')}
          description={t('decisions.model.importHelp')}
          accept=".json,application/json"
          multiple={false}
          onSelect={(files) => {
            setFile(files[0]?.file ?? null);
            setResult(null);
          }}
        />
        {file && <FileUpload.Item file={file} button={{ action: 'delete', onClick: () => setFile(null) }} />}
        <div>
          <Button
            type="button"
            loading={busy}
            disabled={!file}
            onClick={async () => {
              if (!file) return;
              setBusy(true);
              const content = await file.text();
              const language = i18n.language === 'nn' ? 'nn' : i18n.language === 'en' ? 'en' : 'nb';
              const answer = await api.call('decisions.importModel', { content, language });
              setBusy(false);
              if (answer.ok && answer.data.ok) {
                setResult({ ok: true, version: answer.data.activeVersion, previous: answer.data.previousVersion });
                setFile(null);
                onImported();
              } else if (!answer.ok) setResult({ ok: false, error: answer.error, kept: activeVersion });
            }}
          >
            {t('decisions.model.importSubmit')}
          </Button>
        </div>
        {result?.ok === true && (
          <Alert variant="success" role="status" data-testid="model-import-result">
            {t('decisions.model.imported', { version: result.version, previous: result.previous })}
          </Alert>
        )}
        {result?.ok === false && (
          <Alert variant="error" role="alert" data-testid="model-import-result">
            <Heading level="3" size="xsmall" spacing>
              {t('decisions.model.importRefused', { version: result.kept })}
            </Heading>
            <BodyShort spacing>{errorMessage(t, result.error)}</BodyShort>
            {result.error.fields && result.error.fields.length > 0 && (
              <List size="small">
                {result.error.fields.slice(0, 8).map((f, i) => (
                  <List.Item key={i}>
                    {f.path ? <span className="code">{f.path}</span> : null} {f.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </VStack>
    </section>
  );
}
