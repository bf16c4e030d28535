import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  HStack,
  Loader,
  Select,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';
import { formatDate, formatInstant, todayLocal } from '../../i18n/format';
import { savePdf, saveJson } from '../../components/download';
import { NoticePdfButtons } from './NoticePrompt';
import { NoticeSummary, NoticeView } from './NoticeView';
import { ResultMessage } from './ResultMessage';

type Request = OutputOf<'privacy.requests'>[number];
type Purpose = OutputOf<'me.notice'>['notice']['purposes'][number];
const SELF_SERVICE_KINDS = ['rectification', 'erasure', 'restriction'] as const;

/**
 * The participant's own privacy page: the notice they were shown, everything stored about them
 * (JSON and PDF, with who accessed it), their requests with deadlines, and an objection per purpose.
 */
export function MyPrivacy() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  if (!user.participantId) return <Alert variant="warning">{t('myPage.noRecord')}</Alert>;
  return (
    <VStack gap="space-40" data-testid="my-privacy">
      <VStack gap="space-12">
        <PageHeading>{t('privacy.me.title')}</PageHeading>
        <BodyLong size="large">{t('privacy.me.intro')}</BodyLong>
      </VStack>
      <Downloads participantId={user.participantId} />
      <Requests participantId={user.participantId} />
      <Objection participantId={user.participantId} />
      <CurrentNotice participantId={user.participantId} />
    </VStack>
  );
}

function CurrentNotice({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const state = useQuery('me.notice', { participantId }, participantId);
  if (state.status === 'loading') return <Loader title={t('common.loading')} />;
  if (state.status === 'error') return <Alert variant="error">{state.error.message}</Alert>;
  const { notice, acknowledged } = state.data;
  return (
    <VStack gap="space-12" as="section" aria-label={t('privacy.notice.region')}>
      {acknowledged && (
        <BodyShort data-testid="notice-read">
          {t(acknowledged.via === 'counselor' ? 'privacy.notice.readWithCounselor' : 'privacy.notice.readOn', {
            version: acknowledged.version,
            date: formatInstant(acknowledged.at, i18n.language),
          })}
        </BodyShort>
      )}
      <Heading level="2" size="medium">
        {t('privacy.notice.summaryTitle')}
      </Heading>
      <NoticeSummary notice={notice} language={i18n.language} />
      <NoticeView notice={notice} language={i18n.language} />
      <NoticePdfButtons notice={notice} />
    </VStack>
  );
}

export function Downloads({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [busy, setBusy] = useState<'json' | 'pdf' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (format: 'json' | 'pdf') => {
    setBusy(format);
    setMessage(null);
    if (format === 'pdf') {
      const result = await api.call('privacy.exportPdf', { participantId });
      setBusy(null);
      if (!result.ok) return setMessage({ ok: false, text: result.error.message });
      savePdf(result.data);
      return setMessage({ ok: true, text: t('privacy.me.downloaded', { file: result.data.fileName }) });
    }
    const result = await api.call('privacy.export', { participantId, kind: 'portability' });
    setBusy(null);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    const fileName = `mine-opplysninger-${todayLocal()}.json`;
    saveJson(fileName, result.data);
    setMessage({ ok: true, text: t('privacy.me.downloaded', { file: fileName }) });
  };

  return (
    <VStack gap="space-12" as="section" aria-labelledby={`${id}-h`}>
      <Heading level="2" size="medium" id={`${id}-h`}>
        {t('privacy.me.downloadTitle')}
      </Heading>
      <BodyLong>{t('privacy.me.downloadIntro')}</BodyLong>
      <HStack gap="space-12">
        <Button type="button" variant="secondary" loading={busy === 'json'} onClick={() => void download('json')}>
          {t('privacy.me.downloadJson')}
        </Button>
        <Button type="button" variant="secondary" loading={busy === 'pdf'} onClick={() => void download('pdf')}>
          {t('privacy.me.downloadPdf')}
        </Button>
      </HStack>
      <ResultMessage message={message} testId="export-message" />
    </VStack>
  );
}

export function RequestStatus({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const deadline = formatDate(request.extendedTo ?? request.deadline, i18n.language);
  if (request.status !== 'open') return <>{t(`privacy.requestStatus.${request.status}`)}</>;
  return (
    <>
      {request.overdue
        ? t('privacy.requestStatus.overdue', { date: deadline })
        : t('privacy.requestStatus.open', { date: deadline })}
    </>
  );
}

export function Requests({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const requests = useQuery('privacy.requests', { participantId }, participantId, { keepData: true });
  const [kind, setKind] = useState<(typeof SELF_SERVICE_KINDS)[number]>('rectification');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.call('privacy.registerRequest', { participantId, kind, ...(note.trim() ? { note } : {}) });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error.fields?.[0]?.message ?? result.error.message });
    setNote('');
    setMessage({
      ok: true,
      text: t('privacy.me.requestSent', { date: formatDate(result.data.deadline, i18n.language) }),
    });
    requests.reload();
  };

  return (
    <VStack gap="space-12" as="section" aria-labelledby={`${id}-h`}>
      <Heading level="2" size="medium" id={`${id}-h`}>
        {t('privacy.me.requestTitle')}
      </Heading>
      <BodyLong>{t('privacy.me.requestIntro')}</BodyLong>
      <BodyLong size="small">{t('privacy.me.backupNote')}</BodyLong>
      <form onSubmit={(e) => void submit(e)} className="form-column">
        <VStack gap="space-12">
          <Select
            label={t('privacy.me.requestKind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as typeof kind)}
          >
            {SELF_SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`privacy.requestKind.${k}`)}
              </option>
            ))}
          </Select>
          <Textarea
            label={t('privacy.me.requestNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t('privacy.me.requestSend')}
            </Button>
          </div>
        </VStack>
      </form>
      <ResultMessage message={message} testId="request-message" />
      <Heading level="3" size="small">
        {t('privacy.me.requestsTitle')}
      </Heading>
      {requests.status === 'success' && requests.data.length === 0 && (
        <BodyShort>{t('privacy.me.noRequests')}</BodyShort>
      )}
      {requests.status === 'success' && requests.data.length > 0 && (
        <ul className="privacy-list" data-testid="my-requests">
          {requests.data.map((r) => (
            <li key={r.id}>
              <BodyShort weight="semibold">{t(`privacy.requestKind.${r.kind}`)}</BodyShort>
              <BodyShort size="small">
                {formatDate(r.receivedOn, i18n.language)} · <RequestStatus request={r} />
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}

function Objection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const notice = useQuery('me.notice', { participantId }, participantId);
  const guidance = useQuery('privacy.guidance', {});
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (notice.status !== 'success' || guidance.status !== 'success') return null;
  const titleOf = (p: Purpose) => guidance.data.purposeInfo[p].title;
  const purposes = notice.data.notice.purposes.filter((p) => p !== 'followUp');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!purpose) return;
    setBusy(true);
    const result = await api.call('privacy.object', { participantId, purpose });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setMessage({ ok: true, text: t('privacy.me.objectSent', { purpose: titleOf(purpose) }) });
  };

  return (
    <VStack gap="space-12" as="section" aria-labelledby={`${id}-h`}>
      <Heading level="2" size="medium" id={`${id}-h`}>
        {t('privacy.me.objectTitle')}
      </Heading>
      <BodyLong>{t('privacy.me.objectIntro')}</BodyLong>
      {purposes.length === 0 ? (
        <BodyShort>{t('privacy.me.nothingToObject')}</BodyShort>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="form-column">
          <VStack gap="space-12">
            <Select
              label={t('privacy.me.objectPurpose')}
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as Purpose)}
            >
              <option value="">{t('privacy.admin.choose')}</option>
              {purposes.map((p) => (
                <option key={p} value={p}>
                  {titleOf(p)}
                </option>
              ))}
            </Select>
            <div>
              <Button type="submit" variant="secondary" loading={busy} disabled={!purpose}>
                {t('privacy.me.objectSend')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
      <ResultMessage message={message} testId="objection-message" />
    </VStack>
  );
}
