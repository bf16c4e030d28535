import { BodyLong, Button, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { InputOf } from '../../../../electron/core/api/router';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';

type OwnAssessmentInput = Omit<InputOf<'decisions.recordOwnAssessment'>, 'sessionId'>;
type Expectation = OwnAssessmentInput['expectation'];
type Leaning = NonNullable<OwnAssessmentInput['leaningTowards']>;

const ALIASES = {
  expectation: ['expectation'],
  estimatePercent: ['estimatePercent'],
  leaningTowards: ['leaningTowards'],
} as const;
const IDS = { expectation: 'own-expectation', estimatePercent: 'own-estimate', leaningTowards: 'own-leaning' };

interface OwnAssessmentFormProps {
  participantName: string;
  cognitiveForcing: boolean;
  busy: boolean;
  /** Returns the API error when the app refused it, null when it was recorded. */
  onSubmit: (input: OwnAssessmentInput) => Promise<ApiErrorBody | null>;
}

/**
 * Cognitive forcing: the counselor answers the question themselves before the prediction can be
 * shown. With policy off, the same form is offered but optional.
 */
export function OwnAssessmentForm({ participantName, cognitiveForcing, busy, onSubmit }: OwnAssessmentFormProps) {
  const { t } = useTranslation();
  const [expectation, setExpectation] = useState<Expectation | ''>('');
  const [estimate, setEstimate] = useState('');
  const [leaning, setLeaning] = useState<Leaning>('undecided');
  const form = useFormErrors(ALIASES);

  const submit = async () => {
    const local: Partial<Record<keyof typeof ALIASES, string>> = {};
    if (!expectation) local.expectation = t('decisions.own.expectationMissing');
    const trimmed = estimate.trim();
    const estimatePercent = trimmed === '' ? null : Number(trimmed.replace(',', '.'));
    if (
      estimatePercent !== null &&
      (!Number.isInteger(estimatePercent) || estimatePercent < 0 || estimatePercent > 100)
    )
      local.estimatePercent = t('decisions.own.estimateInvalid');
    if (Object.keys(local).length > 0 || !expectation) return form.fromLocal(local);
    const error = await onSubmit({ expectation, estimatePercent, leaningTowards: leaning });
    if (error) form.fromApi(error);
    else form.clear();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="own-assessment-form"
    >
      <VStack gap="space-20" className="form-column">
        <BodyLong>{cognitiveForcing ? t('decisions.own.forcingIntro') : t('decisions.own.optionalIntro')}</BodyLong>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="own-assessment-error" />
        <RadioGroup
          id={IDS.expectation}
          legend={t('decisions.own.expectationLegend', { name: participantName })}
          value={expectation}
          onChange={(value: Expectation) => {
            setExpectation(value);
            form.clearField('expectation');
          }}
          error={form.errors.fields.expectation}
        >
          <Radio value="still-on-leave">{t('decisions.own.expectation.still-on-leave')}</Radio>
          <Radio value="back-at-work">{t('decisions.own.expectation.back-at-work')}</Radio>
          <Radio value="unsure">{t('decisions.own.expectation.unsure')}</Radio>
        </RadioGroup>
        <TextField
          id={IDS.estimatePercent}
          label={t('decisions.own.estimateLabel')}
          description={t('decisions.own.estimateHelp')}
          inputMode="numeric"
          htmlSize={6}
          value={estimate}
          onChange={(event) => {
            setEstimate(event.target.value);
            form.clearField('estimatePercent');
          }}
          error={form.errors.fields.estimatePercent}
        />
        <RadioGroup
          id={IDS.leaningTowards}
          legend={t('decisions.own.leaningLegend')}
          value={leaning}
          onChange={(value: Leaning) => setLeaning(value)}
          error={form.errors.fields.leaningTowards}
        >
          <Radio value="summon">{t('decisions.own.leaning.summon')}</Radio>
          <Radio value="notNeeded">{t('decisions.own.leaning.notNeeded')}</Radio>
          <Radio value="undecided">{t('decisions.own.leaning.undecided')}</Radio>
        </RadioGroup>
        <div>
          <Button type="submit" loading={busy}>
            {t('decisions.own.submit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
