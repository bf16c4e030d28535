import { Alert, BodyLong, BodyShort, Button, Heading, HStack, List, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';

type Plan = OutputOf<'privacy.erasurePreview'>;

/**
 * The admin's side of a participant's rights: erasure (preview of what goes and what the law keeps,
 * then a confirmed erase), restriction and legal hold. The admin sees names and counts, never content.
 */
export function ParticipantRights() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const participants = useQuery('participants.list', { limit: 500 }, '', { keepData: true });
  const holds = useQuery('privacy.holds', {}, '', { keepData: true });
  const restrictions = useQuery('privacy.restrictions', {}, '', { keepData: true });
  const [participantId, setParticipantId] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [holdReason, setHoldReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const list = participants.status === 'success' ? participants.data : [];
  const name = list.find((p) => p.id === participantId)?.displayName ?? '';
  const held = holds.status === 'success' ? holds.data.find((h) => h.participantId === participantId) : undefined;
  const restricted = restrictions.status === 'success' ? restrictions.data.some((r) => r.participantId === participantId) : false;
  const refresh = () => {
    participants.reload();
    holds.reload();
    restrictions.reload();
  };
  const report = (result: { ok: true } | { ok: false; error: { message: string; fields?: { message: string }[] } }, text: string) => {
    setMessage(result.ok ? { ok: true, text } : { ok: false, text: result.error.fields?.[0]?.message ?? result.error.message });
    if (result.ok) refresh();
  };

  const preview = async () => {
    setMessage(null);
    const result = await api.call('privacy.erasurePreview', { participantId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setPlan(result.data);
  };
  const erase = async () => {
    const result = await api.call('privacy.erase', { participantId, confirm: true });
    setPlan(null);
    report(result, t('privacy.rights.erased', { name }));
    if (result.ok) setParticipantId('');
  };

  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} data-testid="participant-rights">
      <Heading level="2" size="medium" id={id}>
        {t('privacy.rights.title')}
      </Heading>
      <BodyLong className="form-column">{t('privacy.rights.intro')}</BodyLong>
      <Select
        label={t('privacy.rights.participant')}
        className="form-column"
        value={participantId}
        onChange={(e) => {
          setParticipantId(e.target.value);
          setPlan(null);
          setMessage(null);
        }}
      >
        <option value="">{t('privacy.admin.choose')}</option>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </Select>
      {participantId && (
        <VStack gap="space-16" className="form-column">
          <BodyShort data-testid="rights-state">
            {[held ? t('privacy.rights.heldNow', { reason: held.reason }) : null, restricted ? t('privacy.rights.restrictedNow') : null].filter(Boolean).join(' ') || t('privacy.rights.normal')}
          </BodyShort>
          <HStack gap="space-12">
            <Button type="button" size="small" variant="secondary" onClick={() => void preview()}>
              {t('privacy.rights.preview')}
            </Button>
            {restricted ? (
              <Button type="button" size="small" variant="secondary" onClick={() => void api.call('privacy.liftRestriction', { participantId }).then((r) => report(r, t('privacy.rights.lifted', { name })))}>
                {t('privacy.rights.lift')}
              </Button>
            ) : (
              <Button type="button" size="small" variant="secondary" onClick={() => void api.call('privacy.restrict', { participantId }).then((r) => report(r, t('privacy.rights.restricted', { name })))}>
                {t('privacy.rights.restrict')}
              </Button>
            )}
          </HStack>
          {held ? (
            <div>
              <Button type="button" size="small" variant="secondary" onClick={() => void api.call('privacy.releaseHold', { participantId }).then((r) => report(r, t('privacy.rights.released', { name })))}>
                {t('privacy.rights.release')}
              </Button>
            </div>
          ) : (
            <HStack gap="space-12" align="end">
              <TextField label={t('privacy.rights.holdReason')} size="small" value={holdReason} onChange={(e) => setHoldReason(e.target.value)} />
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={() =>
                  void api.call('privacy.placeHold', { participantId, reason: holdReason }).then((r) => {
                    report(r, t('privacy.rights.held', { name }));
                    if (r.ok) setHoldReason('');
                  })
                }
              >
                {t('privacy.rights.hold')}
              </Button>
            </HStack>
          )}
          {plan && (
            <Alert variant="warning" data-testid="erasure-plan">
              <Heading level="3" size="small" spacing>
                {t('privacy.rights.planTitle', { name })}
              </Heading>
              {plan.legalHold && <BodyLong spacing>{t('privacy.rights.planHeld', { reason: plan.legalHold.reason })}</BodyLong>}
              <BodyShort weight="semibold">{t('privacy.rights.planDelete')}</BodyShort>
              <List size="small">
                {plan.delete.map((l) => (
                  <List.Item key={l.table}>
                    {l.title}: {l.rows}
                  </List.Item>
                ))}
              </List>
              {plan.keep.length > 0 && (
                <>
                  <BodyShort weight="semibold">{t('privacy.rights.planKeep')}</BodyShort>
                  <List size="small">
                    {plan.keep.map((l) => (
                      <List.Item key={l.table}>
                        {l.title}: {l.rows}. {l.why}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              <BodyLong spacing data-testid="erasure-backups">
                {plan.backups}
              </BodyLong>
              <HStack gap="space-12">
                <Button type="button" size="small" variant="danger" disabled={plan.legalHold !== null} onClick={() => void erase()}>
                  {t('privacy.rights.erase', { name })}
                </Button>
                <Button type="button" size="small" variant="tertiary" onClick={() => setPlan(null)}>
                  {t('privacy.admin.cancel')}
                </Button>
              </HStack>
            </Alert>
          )}
        </VStack>
      )}
      {message && (
        <Alert variant={message.ok ? 'success' : 'error'} size="small" role={message.ok ? 'status' : 'alert'} data-testid="rights-message">
          {message.text}
        </Alert>
      )}
    </VStack>
  );
}
