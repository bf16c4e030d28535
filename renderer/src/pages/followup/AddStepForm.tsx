import { Button, Checkbox, Heading, HStack, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { StatusMessage } from './StatusMessage';
import type { StepKind } from './types';

const ALIASES = {
  title: ['title'],
  description: ['description'],
  kind: ['kind'],
  dueOn: ['dueOn'],
  status: ['status'],
  agreed: ['agreed'],
} as const;
const KINDS: readonly StepKind[] = ['other', 'cv', 'application', 'work_start'];
type NewStatus = 'proposed' | 'planned' | 'in_progress';

/**
 * A new step in the activity plan. The participant's own steps start as planned; the counselor
 * proposes (forslag) or, when agreed in the session, plans it.
 */
export function AddStepForm({
  participantId,
  viewer,
  onAdded,
}: {
  participantId: string;
  viewer: 'counselor' | 'participant';
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = {
    title: `${id}-title`,
    description: `${id}-description`,
    kind: `${id}-kind`,
    dueOn: `${id}-due`,
    status: `${id}-status`,
    agreed: `${id}-agreed`,
  };
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<StepKind>('other');
  const [dueOn, setDueOn] = useState('');
  const [status, setStatus] = useState<NewStatus>(viewer === 'participant' ? 'planned' : 'proposed');
  const [agreed, setAgreed] = useState(false);
  const { busy, saved, save, ...form } = useSavingForm(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(
      () =>
        api.call('plan.addStep', {
          participantId,
          title,
          ...(description.trim() ? { description } : {}),
          kind,
          ...(dueOn ? { dueOn } : {}),
          ...(viewer === 'counselor' ? { status, agreed } : {}),
        }),
      (d) => t('followup.addStep.saved', { title: d.title }),
    );
    if (!result) return;
    setTitle('');
    setDescription('');
    setKind('other');
    setDueOn('');
    setAgreed(false);
    setStatus(viewer === 'participant' ? 'planned' : 'proposed');
    onAdded();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`} data-testid="add-step-form">
      <VStack gap="space-16" className="form-column">
        <Heading level="3" size="small" id={`${id}-heading`}>
          {viewer === 'participant' ? t('followup.addStep.ownTitle') : t('followup.addStep.title')}
        </Heading>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="add-step-error" />
        <TextField
          id={ids.title}
          label={t('followup.addStep.stepTitle')}
          description={viewer === 'participant' ? t('followup.addStep.stepTitleHelpOwn') : undefined}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            form.clearField('title');
          }}
          error={form.errors.fields.title}
        />
        <Textarea
          id={ids.description}
          label={t('followup.addStep.description')}
          minRows={2}
          value={description}
          onChange={(e) => {
            setDescription(e.target.value);
            form.clearField('description');
          }}
          error={form.errors.fields.description}
        />
        <HStack gap="space-16" wrap>
          <Select
            id={ids.kind}
            label={t('followup.addStep.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as StepKind)}
            error={form.errors.fields.kind}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`followup.stepKind.${k}`)}
              </option>
            ))}
          </Select>
          <DateField
            id={ids.dueOn}
            label={t('followup.addStep.due')}
            value={dueOn}
            onChange={(v) => {
              setDueOn(v);
              form.clearField('dueOn');
            }}
            error={form.errors.fields.dueOn}
          />
          {viewer === 'counselor' && (
            <Select
              id={ids.status}
              label={t('followup.addStep.status')}
              value={status}
              onChange={(e) => setStatus(e.target.value as NewStatus)}
              error={form.errors.fields.status}
            >
              {(['proposed', 'planned', 'in_progress'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`followup.stepStatus.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </HStack>
        {viewer === 'counselor' && (
          <Checkbox
            id={ids.agreed}
            checked={agreed}
            description={t('followup.addStep.agreedHelp')}
            onChange={(e) => {
              setAgreed(e.target.checked);
              if (e.target.checked && status === 'proposed') setStatus('planned');
            }}
          >
            {t('followup.addStep.agreed')}
          </Checkbox>
        )}
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={busy}>
            {t('followup.addStep.save')}
          </Button>
          <StatusMessage message={saved} testId="add-step-saved" />
        </HStack>
      </VStack>
    </form>
  );
}
