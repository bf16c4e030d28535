import { BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { clearClipboard, copyText } from '../../components/clipboard';
import { StatusMessage } from '../followup/StatusMessage';

/** How long a revealed national id stays on screen, and a copied one on the clipboard. */
export const REVEAL_MS = 30_000;

/**
 * The national id, masked ("150765 *****") until the counselor presses "Vis": that calls the
 * audited reveal, shows the number for 30 seconds and masks it again. A copy is cleared from the
 * clipboard after 30 seconds, and at once if the page goes away first (lock, logout, another page).
 */
export function NationalIdField({
  participantId,
  masked,
  hasNationalId,
}: {
  participantId: string;
  masked: string | null;
  hasNationalId: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clipboardTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onClipboard = useRef<string | null>(null);

  const hide = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = null;
    setRevealed(null);
  };
  const emptyClipboard = () => {
    if (clipboardTimer.current) clearTimeout(clipboardTimer.current);
    clipboardTimer.current = null;
    const value = onClipboard.current;
    onClipboard.current = null;
    if (value) void clearClipboard(value);
  };

  useEffect(
    () => () => {
      if (hideTimer.current) clearTimeout(hideTimer.current);
      emptyClipboard();
    },
    [],
  );

  if (!hasNationalId) return <span>{t('followup.profile.notRegistered')}</span>;

  const reveal = async () => {
    setBusy(true);
    setMessage(null);
    const result = await api.call('participants.revealNationalId', { participantId });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setRevealed(result.data.nationalId);
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => {
      hideTimer.current = null;
      setRevealed(null);
    }, REVEAL_MS);
  };

  const copy = async () => {
    if (!revealed) return;
    const ok = await copyText(revealed);
    if (!ok) {
      setMessage(t('followup.profile.copyFailed'));
      return;
    }
    onClipboard.current = revealed;
    if (clipboardTimer.current) clearTimeout(clipboardTimer.current);
    clipboardTimer.current = setTimeout(() => {
      emptyClipboard();
      setMessage(t('followup.profile.clipboardCleared'));
    }, REVEAL_MS);
    setMessage(t('followup.profile.copied'));
  };

  return (
    <VStack gap="space-4">
      <HStack gap="space-8" align="center" wrap>
        <span className="national-id" data-testid="national-id">
          {revealed ? `${revealed.slice(0, 6)} ${revealed.slice(6)}` : masked}
        </span>
        <Button
          size="xsmall"
          variant="secondary"
          loading={busy}
          onClick={() => (revealed ? hide() : void reveal())}
          aria-describedby="national-id-help"
          data-testid="national-id-toggle"
        >
          {revealed ? t('followup.profile.hide') : t('followup.profile.show')}
        </Button>
        {revealed && (
          <Button size="xsmall" variant="tertiary" onClick={() => void copy()}>
            {t('followup.profile.copy')}
          </Button>
        )}
      </HStack>
      <BodyShort size="small" id="national-id-help" className="cell-detail">
        {revealed ? t('followup.profile.shownFor') : t('followup.profile.revealHelp')}
      </BodyShort>
      <StatusMessage message={message} testId="national-id-message" />
    </VStack>
  );
}
