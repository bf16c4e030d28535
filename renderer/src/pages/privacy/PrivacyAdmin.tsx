import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  List,
  Loader,
  Table,
  Tag,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';
import { formatDate, formatInstant, todayLocal } from '../../i18n/format';
import { BasisForm } from './BasisForm';
import { CloseRequestModal } from './CloseRequestModal';
import { savePdf, saveJson } from '../../components/download';
import { RequestStatus } from './MyPrivacy';
import { NoticeView } from './NoticeView';
import { OrganisationForm } from './OrganisationForm';
import { ParticipantRights } from './ParticipantRights';
import './privacy.css';
import { ResultMessage } from './ResultMessage';

type RegisterView = OutputOf<'privacy.register'>;
type Guidance = OutputOf<'privacy.guidance'>;
type PurposeRow = RegisterView['purposes'][number];

/**
 * The admin's data-protection page: the legal-basis register (role and contact, the basis of every
 * purpose with the guidance beside it), the notice it generates and who has read which version,
 * requests and objections, what the retention job deletes today, and the records of processing.
 */
export function PrivacyAdmin() {
  const { t } = useTranslation();
  const register = useQuery('privacy.register', {}, '', { keepData: true });
  const guidance = useQuery('privacy.guidance', {});
  const [view, setView] = useState<RegisterView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Bumped after every change of the register: the notice section reloads (a new version). */
  const [changes, setChanges] = useState(0);
  /** Bumped after an erasure, restriction or hold: the request list and the retention preview reload. */
  const [rightsChanges, setRightsChanges] = useState(0);

  if (register.status === 'loading' || guidance.status === 'loading') return <Loader title={t('common.loading')} />;
  if (register.status === 'error') return <Alert variant="error">{register.error.message}</Alert>;
  if (guidance.status === 'error') return <Alert variant="error">{guidance.error.message}</Alert>;
  const current = view ?? register.data;
  const changed = (next: RegisterView, text: string) => {
    setView(next);
    setMessage(text);
    setChanges((c) => c + 1);
  };

  return (
    <VStack gap="space-40" data-testid="privacy-admin">
      <VStack gap="space-12">
        <PageHeading>{t('privacy.admin.title')}</PageHeading>
        <BodyLong size="large" className="form-column">
          {t('privacy.admin.intro')}
        </BodyLong>
        <Guide />
      </VStack>
      {message && (
        <Alert variant="success" role="status" data-testid="privacy-message">
          {message}
        </Alert>
      )}
      <OrganisationSection view={current} onSaved={(v) => changed(v, t('privacy.admin.organisationSaved'))} />
      <BasesSection view={current} guidance={guidance.data} onChanged={changed} />
      <NoticeSection key={`notice-${changes}`} />
      <RequestsSection key={`requests-${rightsChanges}`} guidance={guidance.data} />
      <ParticipantRights onChanged={() => setRightsChanges((c) => c + 1)} />
      <RetentionSection key={`retention-${rightsChanges}`} />
      <RecordsSection />
      <TrainingSection key={`training-${changes}`} />
    </VStack>
  );
}

/** No training by default: the only export of conversations for training, and why it is refused. */
function TrainingSection() {
  const { t } = useTranslation();
  const id = useId();
  const status = useQuery('privacy.trainingStatus', {});
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} data-testid="training-status">
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.trainingTitle')}
      </Heading>
      <BodyLong className="form-column">{t('privacy.admin.trainingIntro')}</BodyLong>
      {status.status === 'error' && <Alert variant="error">{status.error.message}</Alert>}
      {status.status === 'success' && (
        <Alert variant={status.data.allowed ? 'warning' : 'info'} size="small" className="form-column">
          {status.data.allowed
            ? t('privacy.admin.trainingAllowed', { count: status.data.eligibleParticipants })
            : status.data.message}
        </Alert>
      )}
    </VStack>
  );
}

function Guide() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Box
      as="section"
      aria-labelledby={id}
      padding="space-20"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
      className="form-column"
      data-testid="privacy-guide"
    >
      <Heading level="2" size="small" id={id} spacing>
        {t('privacy.admin.guideTitle')}
      </Heading>
      <VStack gap="space-8">
        {(['guide1', 'guide2', 'guide3', 'guide4'] as const).map((k) => (
          <BodyLong key={k} size="small">
            {t(`privacy.admin.${k}`)}
          </BodyLong>
        ))}
      </VStack>
    </Box>
  );
}

function OrganisationSection({ view, onSaved }: { view: RegisterView; onSaved: (v: RegisterView) => void }) {
  const { t } = useTranslation();
  const { organisationName } = useSignedIn();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const role = view.organisation.role;
  const contact = role ? [role.contact.name, role.contact.email, role.contact.phone].filter(Boolean).join(', ') : '';
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.organisationTitle')}
      </Heading>
      {!role && <Alert variant="warning">{t('privacy.admin.organisationMissing')}</Alert>}
      {role && (
        <VStack gap="space-4" data-testid="organisation-role">
          <BodyShort>
            {role.role === 'processor' && role.controller
              ? t('privacy.admin.roleProcessor', {
                  name: organisationName,
                  controller: role.controller.name,
                  agreement: role.controller.agreementReference,
                })
              : t('privacy.admin.roleController', { name: organisationName })}
          </BodyShort>
          <BodyShort>{t('privacy.admin.contact', { contact })}</BodyShort>
        </VStack>
      )}
      {editing ? (
        <OrganisationForm
          current={role}
          onCancel={() => setEditing(false)}
          onSaved={(v) => {
            setEditing(false);
            onSaved(v);
          }}
        />
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
            {role ? t('privacy.admin.editOrganisation') : t('privacy.admin.registerOrganisation')}
          </Button>
        </div>
      )}
    </VStack>
  );
}

function BasesSection({
  view,
  guidance,
  onChanged,
}: {
  view: RegisterView;
  guidance: Guidance;
  onChanged: (v: RegisterView, message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <VStack gap="space-16" as="section" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.basesTitle')}
      </Heading>
      <VStack gap="space-24" as="ul" className="privacy-purposes">
        {view.purposes.map((row) => (
          <li key={row.purpose}>
            <PurposeCard
              row={row}
              guidance={guidance}
              editing={editing === row.purpose}
              onEdit={() => setEditing(row.purpose)}
              onCancel={() => setEditing(null)}
              onChanged={(v, text) => {
                setEditing(null);
                onChanged(v, text);
              }}
            />
          </li>
        ))}
      </VStack>
    </VStack>
  );
}

function PurposeCard({
  row,
  guidance,
  editing,
  onEdit,
  onCancel,
  onChanged,
}: {
  row: PurposeRow;
  guidance: Guidance;
  editing: boolean;
  onEdit: () => void;
  onCancel: () => void;
  onChanged: (v: RegisterView, message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const b = row.basis;
  const core = guidance.purposeInfo[row.purpose].core;

  const remove = async () => {
    const result = await api.call('privacy.removeBasis', { purpose: row.purpose });
    setConfirmRemove(false);
    if (!result.ok) return setError(result.error.message);
    onChanged(result.data, t('privacy.admin.removed', { purpose: row.title }));
  };

  return (
    <Box
      as="section"
      aria-labelledby={id}
      padding="space-20"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
      data-testid={`purpose-${row.purpose}`}
    >
      <VStack gap="space-12">
        <HStack gap="space-12" align="center">
          <Heading level="3" size="small" id={id}>
            {row.title}
          </Heading>
          <Tag size="small" variant={!b ? 'warning' : b.isDefault ? 'info' : 'success'} data-testid="purpose-status">
            {!b
              ? t('privacy.admin.statusMissing')
              : b.isDefault
                ? t('privacy.admin.statusDefault')
                : t('privacy.admin.statusRecorded')}
          </Tag>
        </HStack>
        <BodyLong size="small">{guidance.purposes[row.purpose]}</BodyLong>
        {b ? (
          <VStack gap="space-4" data-testid="purpose-basis">
            <BodyShort>
              {guidance.article6[b.article6].label} ({guidance.article6[b.article6].article})
              {b.supplementaryBasis ? `, ${b.supplementaryBasis}` : ''}
            </BodyShort>
            {b.article9 && (
              <BodyShort>
                {guidance.article9[b.article9].label} ({guidance.article9[b.article9].article})
                {b.article9SupplementaryBasis ? `, ${b.article9SupplementaryBasis}` : ''}
              </BodyShort>
            )}
            <BodyShort size="small" className="cell-detail">
              {t('privacy.admin.recordedAt', { date: formatInstant(b.recordedAt, i18n.language) })}
            </BodyShort>
          </VStack>
        ) : (
          <BodyShort data-testid="purpose-basis">{t('privacy.admin.noBasis')}</BodyShort>
        )}
        {row.warnings.map((w) => (
          <Alert key={w.code} variant="warning" size="small" data-testid={`warning-${w.code}`}>
            {w.message}
          </Alert>
        ))}
        {error && (
          <Alert variant="error" size="small" role="alert">
            {error}
          </Alert>
        )}
        {editing ? (
          <BasisForm
            row={row}
            guidance={guidance}
            onCancel={onCancel}
            onSaved={(v) => onChanged(v, t('privacy.admin.recorded', { purpose: row.title }))}
          />
        ) : confirmRemove ? (
          <Alert variant="warning" data-testid="remove-confirm">
            <Heading level="4" size="xsmall" spacing>
              {t('privacy.admin.removeTitle', { purpose: row.title })}
            </Heading>
            <BodyLong spacing>{t('privacy.admin.removeBody')}</BodyLong>
            <HStack gap="space-12">
              <Button type="button" size="small" variant="danger" onClick={() => void remove()}>
                {t('privacy.admin.remove')}
              </Button>
              <Button type="button" size="small" variant="tertiary" onClick={() => setConfirmRemove(false)}>
                {t('privacy.admin.cancel')}
              </Button>
            </HStack>
          </Alert>
        ) : (
          <HStack gap="space-12">
            <Button
              type="button"
              size="small"
              variant="secondary"
              onClick={onEdit}
              aria-label={`${!b ? t('privacy.admin.record') : b.isDefault ? t('privacy.admin.confirm') : t('privacy.admin.change')}: ${row.title}`}
            >
              {!b ? t('privacy.admin.record') : b.isDefault ? t('privacy.admin.confirm') : t('privacy.admin.change')}
            </Button>
            {b && !core && (
              <Button
                type="button"
                size="small"
                variant="tertiary"
                onClick={() => setConfirmRemove(true)}
                aria-label={`${t('privacy.admin.remove')}: ${row.title}`}
              >
                {t('privacy.admin.remove')}
              </Button>
            )}
          </HStack>
        )}
      </VStack>
    </Box>
  );
}

function NoticeSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const versions = useQuery('privacy.noticeVersions', {});
  const notice = useQuery('privacy.notice', {});
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pdf = async () => {
    const result = await api.call('privacy.noticePdf', {});
    if (result.ok) savePdf(result.data);
    else setError(result.error.message);
  };
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.noticeTitle')}
      </Heading>
      <BodyLong className="form-column">{t('privacy.admin.noticeIntro')}</BodyLong>
      {versions.status === 'error' && <Alert variant="error">{versions.error.message}</Alert>}
      {versions.status === 'success' && (
        <>
          <BodyShort weight="semibold" data-testid="notice-current-version">
            {t('privacy.admin.currentVersion', { version: versions.data[0]?.version ?? 0 })}
          </BodyShort>
          <Table size="small" data-testid="notice-versions">
            <caption className="sr-only">{t('privacy.admin.versionsCaption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('privacy.admin.versionCol')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('privacy.admin.createdCol')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('privacy.admin.readsCol')}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {versions.data.map((v) => (
                <Table.Row key={v.version} data-testid={`notice-version-${v.version}`}>
                  <Table.HeaderCell scope="row">{v.version}</Table.HeaderCell>
                  <Table.DataCell>{formatInstant(v.createdAt, i18n.language)}</Table.DataCell>
                  <Table.DataCell>{t('privacy.admin.reads', { count: v.reads })}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
      <HStack gap="space-12">
        <Button type="button" variant="secondary" onClick={() => setShow((s) => !s)} aria-expanded={show}>
          {show ? t('privacy.admin.hideNotice') : t('privacy.admin.showNotice')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void pdf()}>
          {t('privacy.notice.pdf')}
        </Button>
      </HStack>
      {error && <Alert variant="error">{error}</Alert>}
      {show && notice.status === 'success' && (
        <Box padding="space-20" borderRadius="12" borderWidth="1" borderColor="neutral-subtle" className="form-column">
          <NoticeView notice={notice.data} level="3" language={i18n.language} />
        </Box>
      )}
    </VStack>
  );
}

function RequestsSection({ guidance }: { guidance: Guidance }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const requests = useQuery('privacy.requests', { openOnly: true }, '', { keepData: true });
  const objections = useQuery('privacy.objections', {}, '', { keepData: true });
  const participants = useQuery('participants.list', { limit: 500 });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [closing, setClosing] = useState<OutputOf<'privacy.requests'>[number] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const nameOf = (pid: string) =>
    participants.status === 'success' ? (participants.data.find((p) => p.id === pid)?.displayName ?? pid) : pid;
  const pending = objections.status === 'success' ? objections.data.filter((o) => o.status === 'pending') : [];

  const decide = async (objectionId: string, status: 'upheld' | 'rejected') => {
    const reason = reasons[objectionId]?.trim();
    const result = await api.call('privacy.decideObjection', { objectionId, status, ...(reason ? { reason } : {}) });
    if (!result.ok) return setMessage({ ok: false, text: result.error.fields?.[0]?.message ?? result.error.message });
    setMessage({ ok: true, text: t('privacy.admin.objectionDecided') });
    objections.reload();
    requests.reload();
  };

  return (
    <VStack gap="space-12" as="section" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.requestsTitle')}
      </Heading>
      {requests.status === 'error' && <Alert variant="error">{requests.error.message}</Alert>}
      {requests.status === 'success' && requests.data.length === 0 && (
        <BodyShort>{t('privacy.admin.requestsEmpty')}</BodyShort>
      )}
      {requests.status === 'success' && requests.data.length > 0 && (
        <Table size="small" data-testid="privacy-requests">
          <caption className="sr-only">{t('privacy.admin.requestsCaption')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('decisions.cases.participant')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('privacy.admin.kindCol')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('privacy.admin.receivedCol')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('privacy.admin.deadlineCol')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">
                <span className="sr-only">{t('decisions.cases.actions')}</span>
              </Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {requests.data.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">{nameOf(r.participantId)}</Table.HeaderCell>
                <Table.DataCell>{t(`privacy.requestKind.${r.kind}`)}</Table.DataCell>
                <Table.DataCell>{formatDate(r.receivedOn, i18n.language)}</Table.DataCell>
                <Table.DataCell>
                  <RequestStatus request={r} />
                </Table.DataCell>
                <Table.DataCell>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="secondary"
                    onClick={() => setClosing(r)}
                    aria-label={t('privacy.close.actionFor', {
                      kind: t(`privacy.requestKind.${r.kind}`).toLocaleLowerCase(),
                      name: nameOf(r.participantId),
                    })}
                  >
                    {t('privacy.close.action')}
                  </Button>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {pending.length > 0 && (
        <VStack gap="space-12" data-testid="pending-objections">
          <Heading level="3" size="small">
            {t('privacy.admin.objectionsTitle')}
          </Heading>
          {pending.map((o) => (
            <Box key={o.id} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
              <VStack gap="space-8">
                <BodyShort weight="semibold">
                  {nameOf(o.participantId)}:{' '}
                  {t('privacy.admin.objectionPending', {
                    purpose: guidance.purposeInfo[o.purpose].title,
                    date: formatInstant(o.receivedAt, i18n.language),
                  })}
                </BodyShort>
                <Textarea
                  label={t('privacy.admin.rejectReason')}
                  size="small"
                  value={reasons[o.id] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [o.id]: e.target.value })}
                />
                <HStack gap="space-12">
                  <Button type="button" size="small" onClick={() => void decide(o.id, 'upheld')}>
                    {t('privacy.admin.uphold')}
                  </Button>
                  <Button type="button" size="small" variant="secondary" onClick={() => void decide(o.id, 'rejected')}>
                    {t('privacy.admin.reject')}
                  </Button>
                </HStack>
              </VStack>
            </Box>
          ))}
        </VStack>
      )}
      {closing && (
        <CloseRequestModal
          request={closing}
          name={nameOf(closing.participantId)}
          onClose={() => setClosing(null)}
          onDone={(text) => {
            setClosing(null);
            setMessage({ ok: true, text });
            requests.reload();
          }}
        />
      )}
      <ResultMessage message={message} testId="requests-message" />
    </VStack>
  );
}

function RetentionSection() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const preview = useQuery('privacy.retentionPreview', {}, '', { keepData: true });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    const result = await api.call('privacy.runRetention', { confirm: true });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    const rows = Object.values(result.data.run.deleted).reduce((a, b) => a + b, 0);
    setMessage({ ok: true, text: t('privacy.admin.ran', { count: rows }) });
    preview.reload();
  };
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} data-testid="retention">
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.retentionTitle')}
      </Heading>
      <BodyLong className="form-column">{t('privacy.admin.retentionIntro')}</BodyLong>
      {preview.status === 'error' && <Alert variant="error">{preview.error.message}</Alert>}
      {preview.status === 'success' && (
        <>
          {(() => {
            const due = new Set(preview.data.items.map((i) => i.participantId)).size;
            return (
              <BodyShort data-testid="retention-due">
                {due === 0 ? t('privacy.admin.retentionNothing') : t('privacy.admin.retentionDue', { count: due })}
              </BodyShort>
            );
          })()}
          {preview.data.held.length > 0 && (
            <BodyShort>{t('privacy.admin.retentionHeld', { count: preview.data.held.length })}</BodyShort>
          )}
          <Heading level="3" size="xsmall">
            {t('privacy.admin.retentionRules')}
          </Heading>
          <List size="small">
            {preview.data.rules.map((r) => (
              <List.Item key={r.category}>
                {r.title}: {r.months}
              </List.Item>
            ))}
          </List>
          {preview.data.auditEntriesDue.length > 0 && (
            <BodyShort data-testid="audit-due">
              {t('privacy.admin.auditDue', { count: preview.data.auditEntriesDue.length })}
            </BodyShort>
          )}
        </>
      )}
      <Alert variant="info" size="small" className="form-column" data-testid="audit-limitation">
        {t('privacy.admin.auditLimitation')}
      </Alert>
      <Alert variant="info" size="small" className="form-column" data-testid="backup-limitation">
        {t('privacy.admin.backupLimitation')}
      </Alert>
      <div>
        <Button type="button" variant="secondary" onClick={() => void run()}>
          {t('privacy.admin.runNow')}
        </Button>
      </div>
      <ResultMessage message={message} />
    </VStack>
  );
}

function RecordsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'json' | 'pdf') => {
    setError(null);
    if (format === 'pdf') {
      const result = await api.call('privacy.recordsPdf', {});
      return result.ok ? savePdf(result.data) : setError(result.error.message);
    }
    const result = await api.call('privacy.records', {});
    return result.ok
      ? saveJson(`behandlingsprotokoll-${todayLocal()}.json`, result.data)
      : setError(result.error.message);
  };
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {t('privacy.admin.recordsTitle')}
      </Heading>
      <BodyLong className="form-column">{t('privacy.admin.recordsIntro')}</BodyLong>
      <HStack gap="space-12">
        <Button type="button" variant="secondary" onClick={() => void download('json')}>
          {t('privacy.admin.recordsJson')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void download('pdf')}>
          {t('privacy.admin.recordsPdf')}
        </Button>
      </HStack>
      {error && <Alert variant="error">{error}</Alert>}
    </VStack>
  );
}
