import { BodyLong, Box, Button, Checkbox, Heading, HStack, Modal, Switch, VStack } from '@navikt/ds-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';
import { GamificationSummary } from '../followup/GamificationSummary';
import { PlanProgress } from '../followup/PlanProgress';
import { StatusMessage } from '../followup/StatusMessage';
import type { GamificationView } from '../followup/types';

type Explanation = Extract<GamificationView, { status: 'off' }>['explanation'];
type View = NonNullable<OutputOf<'me.overview'>['gamification']>;

/**
 * Points and badges, proportionate by design: off until the participant turns it on after reading
 * what is stored and why; they can share it with their counselor or not, and turning it off erases
 * it at once. No comparison with others, no random rewards, nothing is ever taken away.
 */
export function GamificationPanel({ participantId, initial }: { participantId: string; initial: View }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [view, setView] = useState<View>(initial);
  const [read, setRead] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The switch moves at once; it moves back if the app refuses. */
  const [sharing, setSharing] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [explanation, setExplanation] = useState<Explanation | null>(
    view.status === 'not_shared' ? null : view.explanation,
  );

  // The page reloads its overview after a step changes: take the fresh points and badges.
  useEffect(() => {
    setView(initial);
    if (initial.status !== 'not_shared') setExplanation(initial.explanation);
  }, [initial]);

  const enable = async () => {
    if (!explanation) return;
    if (!read) {
      setReadError(t('followup.gamification.readFirst'));
      return;
    }
    setBusy(true);
    const result = await api.call('gamification.enable', { participantId, explanationVersion: explanation.version });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.fields?.[0]?.message ?? result.error.message);
      return;
    }
    setView(result.data);
    setMessage(t('followup.gamification.turnedOn'));
  };

  const share = async (shared: boolean) => {
    setBusy(true);
    setSharing(shared);
    const result = await api.call('gamification.share', { participantId, shared });
    setBusy(false);
    setSharing(null);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setView(result.data);
    setMessage(shared ? t('followup.gamification.sharedNow') : t('followup.gamification.notSharedNow'));
  };

  const disable = async () => {
    setBusy(true);
    const result = await api.call('gamification.disable', { participantId });
    setBusy(false);
    setConfirmOff(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setRead(false);
    const again = await api.call('gamification.get', { participantId });
    if (again.ok) {
      setView(again.data);
      if (again.data.status !== 'not_shared') setExplanation(again.data.explanation);
    } else if (explanation) setView({ status: 'off', explanation });
    setMessage(t('followup.gamification.turnedOff'));
  };

  return (
    <Box
      as="section"
      aria-labelledby={id}
      padding="space-24"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
      data-testid="gamification"
    >
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={id}>
          {t('followup.gamification.title')}
        </Heading>
        {view.status === 'on' ? (
          <>
            <GamificationSummary view={view} />
            <PlanProgress progress={view.progress} />
            <Switch
              checked={sharing ?? view.sharedWithCounselor}
              readOnly={busy}
              onChange={(e) => void share(e.target.checked)}
              description={t('followup.gamification.shareHelp')}
            >
              {t('followup.gamification.share')}
            </Switch>
            <div>
              <Button variant="secondary" size="small" onClick={() => setConfirmOff(true)} disabled={busy}>
                {t('followup.gamification.turnOff')}
              </Button>
            </div>
          </>
        ) : (
          explanation && (
            <>
              <ExplanationText explanation={explanation} />
              <Checkbox
                checked={read}
                onChange={(e) => {
                  setRead(e.target.checked);
                  setReadError(null);
                }}
                error={readError !== null}
                aria-describedby={readError ? `${id}-read-error` : undefined}
              >
                {t('followup.gamification.haveRead')}
              </Checkbox>
              {readError && (
                <BodyLong size="small" id={`${id}-read-error`} className="field-error">
                  {readError}
                </BodyLong>
              )}
              <HStack>
                <Button onClick={() => void enable()} loading={busy}>
                  {t('followup.gamification.turnOn')}
                </Button>
              </HStack>
            </>
          )
        )}
        <StatusMessage message={message} testId="gamification-message" />
      </VStack>
      {confirmOff && (
        <Modal
          open
          onClose={() => setConfirmOff(false)}
          header={{ heading: t('followup.gamification.confirmOffTitle') }}
          width="small"
        >
          <Modal.Body>
            <BodyLong>{t('followup.gamification.confirmOffText')}</BodyLong>
          </Modal.Body>
          <Modal.Footer>
            <Button variant="danger" onClick={() => void disable()} loading={busy}>
              {t('followup.gamification.confirmOff')}
            </Button>
            <Button variant="tertiary" onClick={() => setConfirmOff(false)}>
              {t('common.cancel')}
            </Button>
          </Modal.Footer>
        </Modal>
      )}
    </Box>
  );
}

/**
 * The plain-language explanation. In bokmål it is the app's own text (the version the participant
 * accepts); in nynorsk and English a translation of the same version when there is one.
 */
function ExplanationText({ explanation }: { explanation: Explanation }) {
  const { t, i18n } = useTranslation();
  const key = `followup.gamification.explanation.v${explanation.version}`;
  const translated = i18n.language !== 'nb' && i18n.exists(`${key}.title`);
  const title = translated ? t(`${key}.title`) : explanation.title;
  const paragraphs = translated
    ? Object.values(t(`${key}.paragraphs`, { returnObjects: true }) as Record<string, string>)
    : explanation.paragraphs;
  return (
    <VStack gap="space-8" data-testid="gamification-explanation">
      <Heading level="3" size="small">
        {title}
      </Heading>
      {paragraphs.map((p, i) => (
        <BodyLong key={i}>{p}</BodyLong>
      ))}
    </VStack>
  );
}
