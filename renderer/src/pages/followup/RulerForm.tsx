import { Button, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { StatusMessage } from './StatusMessage';

const ALIASES = { importance: ['importance'], confidence: ['confidence'], measuredOn: ['measuredOn'] } as const;

/** "7" → 7; "" → undefined (the API then says what is missing); "7.5" stays 7.5 (the API refuses it). */
export function numberOrUndefined(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The MI readiness rulers: how important the change is (viktighet) and how confident they are
 * (mestringstro), 0–10. The participant enters their own; a counselor's entry is one made together
 * in a session. The API checks the values and says what is wrong next to the field.
 */
export function RulerForm({
  participantId,
  mode,
  onSaved,
}: {
  participantId: string;
  mode: 'participant' | 'session';
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = { importance: `${id}-importance`, confidence: `${id}-confidence`, measuredOn: `${id}-date` };
  const [importance, setImportance] = useState('');
  const [confidence, setConfidence] = useState('');
  const [measuredOn, setMeasuredOn] = useState('');
  const { busy, saved, save, ...form } = useSavingForm(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(
      () =>
        api.call('motivation.add', {
          participantId,
          importance: numberOrUndefined(importance) as number,
          confidence: numberOrUndefined(confidence) as number,
          ...(measuredOn ? { measuredOn } : {}),
        }),
      (d) => t('followup.rulers.saved', { importance: d.importance, confidence: d.confidence }),
    );
    if (!result) return;
    setImportance('');
    setConfidence('');
    setMeasuredOn('');
    onSaved();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`} data-testid="ruler-form">
      <VStack gap="space-16">
        <Heading level="3" size="small" id={`${id}-heading`}>
          {mode === 'participant' ? t('followup.rulers.ownTitle') : t('followup.rulers.sessionTitle')}
        </Heading>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="ruler-error" />
        <HStack gap="space-16" align="start" wrap>
          <TextField
            id={ids.importance}
            className="ruler-field"
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            label={
              mode === 'participant' ? t('followup.rulers.importanceQuestion') : t('followup.rulers.importanceSession')
            }
            description={
              mode === 'participant' ? t('followup.rulers.importanceHelp') : t('followup.rulers.importanceSessionHelp')
            }
            value={importance}
            onChange={(e) => {
              setImportance(e.target.value);
              form.clearField('importance');
            }}
            error={form.errors.fields.importance}
          />
          <TextField
            id={ids.confidence}
            className="ruler-field"
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            label={
              mode === 'participant' ? t('followup.rulers.confidenceQuestion') : t('followup.rulers.confidenceSession')
            }
            description={
              mode === 'participant' ? t('followup.rulers.confidenceHelp') : t('followup.rulers.confidenceSessionHelp')
            }
            value={confidence}
            onChange={(e) => {
              setConfidence(e.target.value);
              form.clearField('confidence');
            }}
            error={form.errors.fields.confidence}
          />
          <DateField
            id={ids.measuredOn}
            label={t('followup.rulers.date')}
            description={t('followup.rulers.dateHelp')}
            value={measuredOn}
            onChange={(v) => {
              setMeasuredOn(v);
              form.clearField('measuredOn');
            }}
            error={form.errors.fields.measuredOn}
          />
        </HStack>
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={busy}>
            {t('followup.rulers.save')}
          </Button>
          <StatusMessage message={saved} testId="ruler-saved" />
        </HStack>
      </VStack>
    </form>
  );
}
