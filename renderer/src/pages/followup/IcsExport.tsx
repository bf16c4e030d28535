import { Alert, BodyLong, Button, Checkbox, CheckboxGroup, Heading, HStack, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { StatusMessage } from './StatusMessage';

/**
 * The .ics file for the counselor's OWN calendar. By default it holds no personal data (title
 * "Oppfølgingsmøte", only the kind of meeting): calendars often sync to cloud services the
 * organisation has not approved for participant data, and are shared with colleagues. The name and
 * the place are added only when the counselor asks, with a warning.
 */
export function IcsExport({
  participantId,
  name,
  count,
  headingLevel,
}: {
  /** One participant's upcoming appointments; all of the counselor's when left out. */
  participantId?: string;
  name?: string;
  /** How many upcoming appointments there are (nothing to download at 0); unknown when left out. */
  count?: number;
  headingLevel: '2' | '3';
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [include, setInclude] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const personal = include.length > 0;

  const download = async () => {
    setBusy(true);
    setMessage(null);
    const result = await api.call('appointments.ics', {
      ...(participantId ? { participantId } : {}),
      includeName: include.includes('name'),
      includeLocation: include.includes('location'),
    });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data.content], { type: result.data.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.data.filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage(
      result.data.containsPersonalData
        ? t('followup.ics.downloadedPersonal', { count: result.data.eventCount })
        : t('followup.ics.downloaded', { count: result.data.eventCount }),
    );
  };

  return (
    <VStack gap="space-16" as="section" aria-labelledby={`${id}-heading`} data-testid="ics-export">
      <Heading level={headingLevel} size="small" id={`${id}-heading`}>
        {participantId ? t('followup.ics.title') : t('followup.ics.allTitle')}
      </Heading>
      <Alert variant="info" size="small">
        <BodyLong size="small">{t('followup.ics.privacy')}</BodyLong>
      </Alert>
      <CheckboxGroup legend={t('followup.ics.includeLegend')} value={include} onChange={setInclude}>
        <Checkbox value="name">
          {name ? t('followup.ics.includeName', { name }) : t('followup.ics.includeNames')}
        </Checkbox>
        <Checkbox value="location">{t('followup.ics.includeLocation')}</Checkbox>
      </CheckboxGroup>
      {personal && (
        <Alert variant="warning" size="small" data-testid="ics-warning">
          {t('followup.ics.warning')}
        </Alert>
      )}
      <HStack gap="space-16" align="center">
        <Button variant="secondary" loading={busy} onClick={() => void download()} disabled={count === 0}>
          {t('followup.ics.download')}
        </Button>
        <StatusMessage message={message} testId="ics-message" />
      </HStack>
    </VStack>
  );
}
