import { Alert, BodyLong, BodyShort, Button, Heading, HStack, List, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';
import { ResultMessage } from './ResultMessage';

type Plan = OutputOf<'privacy.erasurePreview'>;

/**
 * The admin's side of a participant's rights: erasure (preview of what goes and what the law keeps,
 * then a confirmed erase), restriction and legal hold. The admin sees names and counts, never content.
 */
export function ParticipantRights({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const participants = useQuery('participants.list', { limit: 500 }, '', { keepData: true });
  const restrictions = useQuery('privacy.restrictions', {}, '', { keepData: true });
  const [participantId, setParticipantId] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A restricted record is hidden from the caseload list: it is still listed here, to lift it.
  const list = [
    ...(participants.status === 'success' ? participants.data.map((p) => ({ id: p.id, name: p.displayName })) : []),
    ...(restrictions.status === 'success'
      ? restrictions.data.map((r) => ({ id: r.participantId, name: r.displayName }))
      : []),
  ].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  const name = list.find((p) => p.id === participantId)?.name ?? '';

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
          setMessage(null);
        }}
      >
        <option value="">{t('privacy.admin.choose')}</option>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      {participantId && (
        <RightsFor
          key={participantId}
          participantId={participantId}
          name={name}
          restricted={
            restrictions.status === 'success' && restrictions.data.some((r) => r.participantId === participantId)
          }
          onDone={(text, erased) => {
            setMessage({ ok: true, text });
            if (erased) setParticipantId('');
            participants.reload();
            restrictions.reload();
            onChanged?.();
          }}
          onError={(text) => setMessage({ ok: false, text })}
        />
      )}
      <ResultMessage message={message} testId="rights-message" />
    </VStack>
  );
}

type Outcome = { ok: true } | { ok: false; error: { message: string; fields?: { message: string }[] } };

/**
 * One participant's erasure, restriction and hold. An open request of the participant for the same
 * right is closed by the action (so the deadline list empties), otherwise the action registers one.
 */
function RightsFor({
  participantId,
  name,
  restricted,
  onDone,
  onError,
}: {
  participantId: string;
  name: string;
  restricted: boolean;
  onDone: (text: string, erased?: boolean) => void;
  onError: (text: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const holds = useQuery('privacy.holds', {}, '', { keepData: true });
  const open = useQuery('privacy.requests', { participantId, openOnly: true }, participantId, { keepData: true });
  const [plan, setPlan] = useState<Plan | null>(null);
  const [holdReason, setHoldReason] = useState('');
  const held = holds.status === 'success' ? holds.data.find((h) => h.participantId === participantId) : undefined;
  const openRequest = (kind: 'erasure' | 'restriction') =>
    open.status === 'success' ? open.data.find((r) => r.kind === kind)?.id : undefined;

  const report = (result: Outcome, text: string, erased = false) => {
    if (!result.ok) return onError(result.error.fields?.[0]?.message ?? result.error.message);
    holds.reload();
    open.reload();
    onDone(text, erased);
  };
  const preview = async () => {
    const result = await api.call('privacy.erasurePreview', { participantId });
    if (!result.ok) return onError(result.error.message);
    setPlan(result.data);
  };
  const erase = async () => {
    const requestId = openRequest('erasure');
    const result = await api.call('privacy.erase', {
      participantId,
      confirm: true,
      ...(requestId ? { requestId } : {}),
    });
    setPlan(null);
    report(result, t('privacy.rights.erased', { name }), true);
  };
  const restrict = async () => {
    const requestId = openRequest('restriction');
    report(
      await api.call('privacy.restrict', { participantId, ...(requestId ? { requestId } : {}) }),
      t('privacy.rights.restricted', { name }),
    );
  };

  return (
    <VStack gap="space-16" className="form-column">
      <BodyShort data-testid="rights-state">
        {[
          held ? t('privacy.rights.heldNow', { reason: held.reason }) : null,
          restricted ? t('privacy.rights.restrictedNow') : null,
        ]
          .filter(Boolean)
          .join(' ') || t('privacy.rights.normal')}
      </BodyShort>
      <HStack gap="space-12">
        <Button type="button" size="small" variant="secondary" onClick={() => void preview()}>
          {t('privacy.rights.preview')}
        </Button>
        {restricted ? (
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() =>
              void api
                .call('privacy.liftRestriction', { participantId })
                .then((r) => report(r, t('privacy.rights.lifted', { name })))
            }
          >
            {t('privacy.rights.lift')}
          </Button>
        ) : (
          <Button type="button" size="small" variant="secondary" onClick={() => void restrict()}>
            {t('privacy.rights.restrict')}
          </Button>
        )}
      </HStack>
      {held ? (
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() =>
              void api
                .call('privacy.releaseHold', { participantId })
                .then((r) => report(r, t('privacy.rights.released', { name })))
            }
          >
            {t('privacy.rights.release')}
          </Button>
        </div>
      ) : (
        <HStack gap="space-12" align="end">
          <TextField
            label={t('privacy.rights.holdReason')}
            size="small"
            value={holdReason}
            onChange={(e) => setHoldReason(e.target.value)}
          />
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() =>
              void api.call('privacy.placeHold', { participantId, reason: holdReason }).then((r) => {
                if (r.ok) setHoldReason('');
                report(r, t('privacy.rights.held', { name }));
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
          {plan.legalHold && (
            <BodyLong spacing>{t('privacy.rights.planHeld', { reason: plan.legalHold.reason })}</BodyLong>
          )}
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
            <Button
              type="button"
              size="small"
              variant="danger"
              disabled={plan.legalHold !== null}
              onClick={() => void erase()}
            >
              {t('privacy.rights.erase', { name })}
            </Button>
            <Button type="button" size="small" variant="tertiary" onClick={() => setPlan(null)}>
              {t('privacy.admin.cancel')}
            </Button>
          </HStack>
        </Alert>
      )}
    </VStack>
  );
}
