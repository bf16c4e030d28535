import { Alert, BodyLong, BodyShort, Box, Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { formatInstant } from '../../i18n/format';
import { Downloads, Requests } from './MyPrivacy';
import { NoticeView } from './NoticeView';
import { ResultMessage } from './ResultMessage';

/**
 * Privacy for one participant, for their assigned counselor: whether they have been shown the
 * current notice (and going through it together in a session, recorded as such), their data as a
 * file for an access request, and their requests with deadlines.
 */
export function CounselorPrivacy({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const state = useQuery('privacy.participantNotice', { participantId }, participantId, { keepData: true });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const acknowledge = async (version: number) => {
    const result = await api.call('privacy.acknowledge', { participantId, version });
    if (!result.ok) return setError(result.error.message);
    setOpen(false);
    state.reload();
  };

  return (
    <VStack gap="space-40" data-testid="counselor-privacy">
      <VStack gap="space-12" as="section" aria-labelledby={id}>
        <Heading level="2" size="medium" id={id}>
          {t('privacy.counselor.noticeTitle')}
        </Heading>
        {state.status === 'error' && <Alert variant="error">{state.error.message}</Alert>}
        {state.status === 'success' && (
          <>
            <BodyShort data-testid="participant-notice-status">
              {state.data.acknowledged
                ? t(
                    state.data.acknowledged.via === 'counselor'
                      ? 'privacy.counselor.readWithYou'
                      : 'privacy.counselor.readSelf',
                    {
                      version: state.data.acknowledged.version,
                      date: formatInstant(state.data.acknowledged.at, i18n.language),
                    },
                  )
                : t('privacy.counselor.neverRead')}{' '}
              {state.data.mustAcknowledge && t('privacy.counselor.notCurrent', { version: state.data.notice.version })}
            </BodyShort>
            {state.data.mustAcknowledge && (
              <>
                <BodyLong className="form-column">{t('privacy.counselor.together')}</BodyLong>
                <div>
                  <Button type="button" variant="secondary" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
                    {open ? t('privacy.admin.hideNotice') : t('privacy.counselor.show')}
                  </Button>
                </div>
                {open && (
                  <Box
                    padding="space-20"
                    borderRadius="12"
                    borderWidth="1"
                    borderColor="neutral-subtle"
                    className="form-column"
                  >
                    <VStack gap="space-16">
                      <NoticeView notice={state.data.notice} level="3" language={i18n.language} />
                      <div>
                        <Button type="button" onClick={() => void acknowledge(state.data.notice.version)}>
                          {t('privacy.counselor.acknowledge')}
                        </Button>
                      </div>
                    </VStack>
                  </Box>
                )}
              </>
            )}
            {error && <Alert variant="error">{error}</Alert>}
          </>
        )}
      </VStack>
      <Downloads participantId={participantId} />
      <Statement participantId={participantId} />
      <Requests participantId={participantId} />
    </VStack>
  );
}

/** Rectification (art. 16): corrections go through the profile; the participant's own statement is added here. */
function Statement({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [statement, setStatement] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    const result = await api.call('privacy.rectify', { participantId, statement });
    if (!result.ok) return setMessage({ ok: false, text: result.error.fields?.[0]?.message ?? result.error.message });
    setStatement('');
    setMessage({ ok: true, text: t('privacy.counselor.statementSaved') });
  };
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} className="form-column">
      <Heading level="2" size="medium" id={id}>
        {t('privacy.counselor.rectifyTitle')}
      </Heading>
      <BodyLong>{t('privacy.counselor.rectifyIntro')}</BodyLong>
      <Textarea
        label={t('privacy.counselor.statement')}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
        maxLength={4000}
      />
      <div>
        <Button type="button" variant="secondary" onClick={() => void save()}>
          {t('privacy.counselor.statementSave')}
        </Button>
      </div>
      <ResultMessage message={message} />
    </VStack>
  );
}
