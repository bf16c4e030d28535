import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  HStack,
  Loader,
  Modal,
  Select,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../electron/core/api/router';
import { useApi, useQuery } from '../../../api/ApiContext';
import { PageHeading } from '../../../components/PageHeading';
import { ImportModelForm } from './ImportModelForm';
import { formatBytes } from './importProgress';
import { KnowledgeBaseStatus } from './KnowledgeBaseStatus';
import { ModelStatusPanel, useModelStatus } from './modelStatus';
import './models.css';

type Overview = OutputOf<'model.overview'>;
type ModelEntry = Overview['models'][number];

/**
 * "Språkmodeller" for admins and IT staff: the models installed (shipped with the app or imported),
 * which is the active chat model and embedding model, the runtime's status, import of a .gguf
 * from disk with a progress bar, and each model's licence text.
 */
export function ModelAdmin() {
  const { t } = useTranslation();
  const overview = useQuery('model.overview', {}, '', { keepData: true });
  const { status, refresh } = useModelStatus();
  const [message, setMessage] = useState<string | null>(null);
  const [license, setLicense] = useState<ModelEntry | null>(null);

  const changed = (text: string) => {
    setMessage(text);
    overview.reload();
    refresh();
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t('models.title')}</PageHeading>
        <BodyLong>{t('models.intro')}</BodyLong>
      </VStack>
      <div role="status" aria-live="polite" data-testid="models-message">
        {message && (
          <Alert variant="success" size="small" closeButton onClose={() => setMessage(null)}>
            {message}
          </Alert>
        )}
      </div>
      <ModelStatusPanel status={status} importOnPage />
      {overview.status === 'loading' && <Loader title={t('common.loading')} />}
      {overview.status === 'error' && <Alert variant="error">{overview.error.message}</Alert>}
      {overview.status === 'success' && (
        <>
          <InstalledModels overview={overview.data} onLicense={setLicense} />
          <ActiveChoice overview={overview.data} onChanged={changed} />
        </>
      )}
      <ImportModelForm onImported={changed} />
      <KnowledgeBaseStatus />
      {license && <LicenseModal model={license} onClose={() => setLicense(null)} />}
    </VStack>
  );
}

function InstalledModels({ overview, onLicense }: { overview: Overview; onLicense: (m: ModelEntry) => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId} spacing>
        {t('models.installed')}
      </Heading>
      {overview.refused.length > 0 && (
        <Alert variant="warning" size="small" className="models-refused" data-testid="models-refused">
          {t('models.refused', { files: overview.refused.join(', ') })}
        </Alert>
      )}
      {overview.models.length === 0 ? (
        <Alert variant="info" size="small" data-testid="models-empty">
          {t('models.none')}
        </Alert>
      ) : (
        <Table size="small" data-testid="models-table">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('models.col.name')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.purpose')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.details')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.size')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.memory')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.sha256')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('models.col.license')}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {overview.models.map((m) => {
              const active = overview.active[m.purpose] === m.fileName;
              return (
                <Table.Row key={`${m.source}:${m.fileName}`} data-testid={`model-row-${m.fileName}`}>
                  <Table.HeaderCell scope="row">
                    <VStack gap="space-2">
                      <span>{m.displayName}</span>
                      <BodyShort size="small" className="model-file">
                        {m.fileName}
                      </BodyShort>
                      <HStack gap="space-4">
                        <Tag size="xsmall" variant="neutral">
                          {m.source === 'bundled' ? t('models.source.bundled') : t('models.source.import')}
                        </Tag>
                        {active && (
                          <Tag size="xsmall" variant="success" data-testid="model-active">
                            {t('models.activeTag')}
                          </Tag>
                        )}
                      </HStack>
                    </VStack>
                  </Table.HeaderCell>
                  <Table.DataCell>{t(`models.purpose.${m.purpose}`)}</Table.DataCell>
                  <Table.DataCell>
                    {[
                      m.architecture,
                      m.quantization,
                      m.contextLength ? t('models.context', { count: m.contextLength }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Table.DataCell>
                  <Table.DataCell>{formatBytes(m.sizeBytes, i18n.language)}</Table.DataCell>
                  <Table.DataCell data-testid="model-memory">
                    {m.requiredMemoryBytes === null
                      ? t('models.memoryUnknown')
                      : formatBytes(m.requiredMemoryBytes, i18n.language)}
                  </Table.DataCell>
                  <Table.DataCell>
                    {m.sha256 ? (
                      <code className="sha256" title={m.sha256} data-testid="model-sha256">
                        {m.sha256.slice(0, 16)}…
                      </code>
                    ) : (
                      t('models.noSha')
                    )}
                  </Table.DataCell>
                  <Table.DataCell>
                    {m.license.spdx ? (
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => onLicense(m)}
                        aria-label={t('models.showLicenseFor', { name: m.displayName, spdx: m.license.spdx })}
                      >
                        {m.license.spdx}
                      </Button>
                    ) : (
                      t('models.noLicense')
                    )}
                  </Table.DataCell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

function ActiveChoice({ overview, onChanged }: { overview: Overview; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const optionText = (m: ModelEntry) =>
    m.requiredMemoryBytes === null
      ? `${m.displayName} (${m.fileName})`
      : t('models.optionWithMemory', {
          name: m.displayName,
          file: m.fileName,
          memory: formatBytes(m.requiredMemoryBytes, i18n.language),
        });
  const api = useApi();
  const headingId = useId();
  const [chat, setChat] = useState(overview.active.chat ?? '');
  const [embedding, setEmbedding] = useState(overview.active.embedding ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setChat(overview.active.chat ?? '');
    setEmbedding(overview.active.embedding ?? '');
  }, [overview.active.chat, overview.active.embedding]);

  const chatModels = overview.models.filter((m) => m.purpose === 'chat');
  const embeddingModels = overview.models.filter((m) => m.purpose === 'embedding');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const changes: { purpose: 'chat' | 'embedding'; fileName: string | null }[] = [];
    if ((overview.active.chat ?? '') !== chat || chat !== '') changes.push({ purpose: 'chat', fileName: chat || null });
    if ((overview.active.embedding ?? '') !== embedding)
      changes.push({ purpose: 'embedding', fileName: embedding || null });
    for (const change of changes) {
      const result = await api.call('model.setActive', change);
      if (!result.ok) {
        setBusy(false);
        setError(result.error.message);
        return;
      }
    }
    setBusy(false);
    const name = (file: string) => overview.models.find((m) => m.fileName === file)?.displayName ?? file;
    onChanged(chat ? t('models.activeSaved', { name: name(chat) }) : t('models.activeSavedNone'));
  };

  return (
    <section aria-labelledby={headingId}>
      <form onSubmit={(e) => void save(e)} className="form-column" data-testid="active-models-form">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id={headingId}>
            {t('models.activeTitle')}
          </Heading>
          <BodyShort size="small">{t('models.activeIntro')}</BodyShort>
          <BodyShort size="small" data-testid="machine-memory">
            {t('models.machineMemory', { memory: formatBytes(overview.machineMemoryBytes, i18n.language) })}
          </BodyShort>
          <Select
            label={t('models.activeChat')}
            value={chat}
            onChange={(e) => setChat(e.target.value)}
            data-testid="active-chat"
          >
            <option value="">{t('models.noneChosen')}</option>
            {chatModels.map((m) => (
              <option key={m.fileName} value={m.fileName}>
                {optionText(m)}
              </option>
            ))}
          </Select>
          <Select
            label={t('models.activeEmbedding')}
            description={t('models.activeEmbeddingHelp')}
            value={embedding}
            onChange={(e) => setEmbedding(e.target.value)}
            data-testid="active-embedding"
          >
            <option value="">{t('models.noneChosen')}</option>
            {embeddingModels.map((m) => (
              <option key={m.fileName} value={m.fileName}>
                {optionText(m)}
              </option>
            ))}
          </Select>
          {error && (
            <Alert variant="error" size="small">
              {error}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={busy} data-testid="save-active">
              {t('models.saveActive')}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}

function LicenseModal({ model, onClose }: { model: ModelEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const spdx = model.license.spdx ?? '';
  const text = useQuery('model.license', { spdx }, spdx);
  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('models.licenseTitle', { name: model.displayName, spdx }) }}
      width="medium"
    >
      <Modal.Body>
        {text.status === 'loading' && <Loader title={t('common.loading')} />}
        {text.status === 'error' && (
          <VStack gap="space-8">
            <Alert variant="info" size="small">
              {text.error.message}
            </Alert>
            {model.license.url && (
              <BodyShort size="small">{t('models.licenseUrl', { url: model.license.url })}</BodyShort>
            )}
          </VStack>
        )}
        {text.status === 'success' && (
          <pre className="license-text" data-testid="license-text">
            {text.data.text}
          </pre>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" onClick={onClose}>
          {t('models.close')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
