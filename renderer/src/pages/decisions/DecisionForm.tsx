import {
  BodyLong,
  Button,
  ConfirmationPanel,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { errorMessage, REASON_CODES, type NotNeededReason } from './shared';

const JUSTIFICATION_MIN = 10;
const JUSTIFICATION_MAX = 1000;

/** The justification's length problem in the person's language, or null (the API checks the same bounds). */
function justificationProblem(t: TFunction, justification: string): string | null {
  const length = justification.trim().length;
  if (length < JUSTIFICATION_MIN) return t('decisions.decide.justificationTooShort', { min: JUSTIFICATION_MIN });
  if (length > JUSTIFICATION_MAX) return t('decisions.decide.justificationTooLong', { max: JUSTIFICATION_MAX });
  return null;
}

const ALIASES = { decision: [] as string[], reasonCode: ['reasonCode'], justification: ['justification'] } as const;
const IDS = { decision: 'decision-kind', reasonCode: 'decision-reason', justification: 'decision-justification' };

interface DecisionFormProps {
  participantName: string;
  busy: boolean;
  onNotNeeded: (input: { reasonCode: NotNeededReason; justification: string }) => Promise<ApiErrorBody | null>;
  onProposeSummon: (input: { justification: string }) => Promise<ApiErrorBody | null>;
}

/** The human decision: summon (then an explicit confirmation step) or not needed with NAV's reason code and a justification. */
export function DecisionForm({ participantName, busy, onNotNeeded, onProposeSummon }: DecisionFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'summon' | 'notNeeded' | ''>('');
  const [reason, setReason] = useState<NotNeededReason | ''>('');
  const [justification, setJustification] = useState('');
  const form = useFormErrors(ALIASES);

  const submit = async () => {
    if (!kind) return form.fromLocal({ decision: t('decisions.decide.kindMissing') });
    if (kind === 'summon') {
      if (justification.trim().length > JUSTIFICATION_MAX)
        return form.fromLocal({
          justification: t('decisions.decide.justificationTooLong', { max: JUSTIFICATION_MAX }),
        });
      const error = await onProposeSummon({ justification: justification.trim() });
      return error ? form.fromApi(error) : form.clear();
    }
    const local: Partial<Record<keyof typeof ALIASES, string>> = {};
    if (!reason) local.reasonCode = t('decisions.decide.reasonMissing');
    const tooShortOrLong = justificationProblem(t, justification);
    if (tooShortOrLong) local.justification = tooShortOrLong;
    if (Object.keys(local).length > 0 || !reason) return form.fromLocal(local);
    const error = await onNotNeeded({ reasonCode: reason, justification: justification.trim() });
    return error ? form.fromApi(error) : form.clear();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="decision-form"
    >
      <VStack gap="space-20" className="form-column">
        <BodyLong>{t('decisions.decide.intro')}</BodyLong>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="decision-error" />
        <RadioGroup
          id={IDS.decision}
          legend={t('decisions.decide.kindLegend', { name: participantName })}
          value={kind}
          onChange={(value: 'summon' | 'notNeeded') => {
            setKind(value);
            form.clear();
          }}
          error={form.errors.fields.decision}
        >
          <Radio value="summon" description={t('decisions.decide.summonHelp')}>
            {t('decisions.decide.summon')}
          </Radio>
          <Radio value="notNeeded" description={t('decisions.decide.notNeededHelp')}>
            {t('decisions.decide.notNeeded')}
          </Radio>
        </RadioGroup>
        {kind === 'notNeeded' && (
          <Select
            id={IDS.reasonCode}
            label={t('decisions.decide.reasonLabel')}
            description={t('decisions.decide.reasonHelp')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value as NotNeededReason | '');
              form.clearField('reasonCode');
            }}
            error={form.errors.fields.reasonCode}
          >
            <option value="">{t('decisions.decide.reasonChoose')}</option>
            {REASON_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`decisions.reason.${code}`)}
              </option>
            ))}
          </Select>
        )}
        {kind !== '' && (
          <Textarea
            id={IDS.justification}
            label={
              kind === 'notNeeded'
                ? t('decisions.decide.justificationLabel')
                : t('decisions.decide.summonJustificationLabel')
            }
            description={
              kind === 'notNeeded'
                ? t('decisions.decide.justificationHelp', { min: JUSTIFICATION_MIN })
                : t('decisions.decide.summonJustificationHelp')
            }
            maxLength={JUSTIFICATION_MAX}
            minRows={3}
            value={justification}
            onChange={(event) => {
              setJustification(event.target.value);
              form.clearField('justification');
            }}
            error={form.errors.fields.justification}
          />
        )}
        {kind !== '' && (
          <div>
            <Button type="submit" loading={busy}>
              {kind === 'notNeeded' ? t('decisions.decide.submitNotNeeded') : t('decisions.decide.submitSummon')}
            </Button>
          </div>
        )}
      </VStack>
    </form>
  );
}

const NAV_ALIASES = { recommendation: ['recommendation'], justification: ['justification'] } as const;
const NAV_IDS = { recommendation: 'nav-recommendation', justification: 'nav-justification' };

/** A tiltaksarrangør's assessment for the NAV counselor: a recommendation and a justification, no decision (NAV decides). */
export function AssessmentForNavForm({
  participantName,
  busy,
  onSubmit,
}: {
  participantName: string;
  busy: boolean;
  onSubmit: (input: { recommendation: 'summon' | 'notNeeded'; justification: string }) => Promise<ApiErrorBody | null>;
}) {
  const { t } = useTranslation();
  const [recommendation, setRecommendation] = useState<'summon' | 'notNeeded' | ''>('');
  const [justification, setJustification] = useState('');
  const form = useFormErrors(NAV_ALIASES);
  const submit = async () => {
    const local: Partial<Record<keyof typeof NAV_ALIASES, string>> = {};
    if (!recommendation) local.recommendation = t('decisions.nav.missing');
    const tooShortOrLong = justificationProblem(t, justification);
    if (tooShortOrLong) local.justification = tooShortOrLong;
    if (Object.keys(local).length > 0 || !recommendation) return form.fromLocal(local);
    const error = await onSubmit({ recommendation, justification: justification.trim() });
    return error ? form.fromApi(error) : form.clear();
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="assessment-for-nav-form"
    >
      <VStack gap="space-20" className="form-column">
        <BodyLong>{t('decisions.nav.intro')}</BodyLong>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={NAV_IDS} testId="assessment-for-nav-error" />
        <RadioGroup
          id={NAV_IDS.recommendation}
          legend={t('decisions.nav.legend', { name: participantName })}
          value={recommendation}
          onChange={(value: 'summon' | 'notNeeded') => {
            setRecommendation(value);
            form.clearField('recommendation');
          }}
          error={form.errors.fields.recommendation}
        >
          <Radio value="summon">{t('decisions.nav.summon')}</Radio>
          <Radio value="notNeeded">{t('decisions.nav.notNeeded')}</Radio>
        </RadioGroup>
        <Textarea
          id={NAV_IDS.justification}
          label={t('decisions.nav.justificationLabel')}
          description={t('decisions.nav.justificationHelp', { min: JUSTIFICATION_MIN })}
          maxLength={JUSTIFICATION_MAX}
          minRows={3}
          value={justification}
          onChange={(event) => {
            setJustification(event.target.value);
            form.clearField('justification');
          }}
          error={form.errors.fields.justification}
        />
        <div>
          <Button type="submit" loading={busy}>
            {t('decisions.nav.submit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

interface SummonConfirmationProps {
  participantName: string;
  justification: string;
  busy: boolean;
  onConfirm: () => Promise<ApiErrorBody | null>;
  onCancel: () => Promise<ApiErrorBody | null>;
}

/** The explicit second step of "summon": a summons may be within GDPR art. 22, so the counselor confirms it is their own assessment. */
export function SummonConfirmation({
  participantName,
  justification,
  busy,
  onConfirm,
  onCancel,
}: SummonConfirmationProps) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <VStack gap="space-16" className="form-column" data-testid="summon-confirmation">
      <Heading ref={heading} tabIndex={-1} level="3" size="small" className="page-heading">
        {t('decisions.confirm.title', { name: participantName })}
      </Heading>
      <BodyLong>{t('decisions.confirm.text')}</BodyLong>
      {justification && <BodyLong size="small">{t('decisions.confirm.yourJustification', { justification })}</BodyLong>}
      <ConfirmationPanel
        checked={confirmed}
        onChange={(event) => {
          setConfirmed(event.target.checked);
          if (event.target.checked) setError(null);
        }}
        label={t('decisions.confirm.label')}
        error={error ?? undefined}
      >
        {t('decisions.confirm.help')}
      </ConfirmationPanel>
      <HStack gap="space-12">
        <Button
          type="button"
          loading={busy}
          onClick={async () => {
            if (!confirmed) return setError(t('decisions.confirm.missing'));
            const refused = await onConfirm();
            if (refused) setError(errorMessage(t, refused));
          }}
        >
          {t('decisions.confirm.submit')}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void onCancel()}>
          {t('decisions.confirm.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
