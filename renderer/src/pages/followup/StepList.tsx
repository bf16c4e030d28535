import {
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  Heading,
  HStack,
  Select,
  Tag,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../i18n/format';
import { StatusMessage } from './StatusMessage';
import type { ActivityStep, Rewards, StepStatus } from './types';

const STATUSES: readonly StepStatus[] = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'];
const TAG_VARIANT: Record<StepStatus, 'neutral' | 'info' | 'warning' | 'success' | 'alt1'> = {
  proposed: 'alt1',
  planned: 'info',
  in_progress: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

export function StepStatusTag({ status }: { status: StepStatus }) {
  const { t } = useTranslation();
  return (
    <Tag size="small" variant={TAG_VARIANT[status]}>
      {t(`followup.stepStatus.${status}`)}
    </Tag>
  );
}

/**
 * The steps of an activity plan, as NAV's aktivitetsplan shows them: status, due date, who proposed
 * it and whether it is agreed. Both the participant and the counselor move a step's status; only
 * the counselor marks it agreed. A participant completing a step may earn points (when on).
 */
export function StepList({
  participantId,
  steps,
  viewer,
  onChanged,
}: {
  participantId: string;
  steps: readonly ActivityStep[];
  viewer: 'counselor' | 'participant';
  onChanged: (rewards: Rewards | null) => void;
}) {
  const { t } = useTranslation();
  if (steps.length === 0)
    return (
      <BodyShort data-testid="steps-empty">
        {viewer === 'participant' ? t('followup.steps.emptyOwn') : t('followup.steps.empty')}
      </BodyShort>
    );
  return (
    <ul className="step-list" aria-label={t('followup.steps.listLabel')} data-testid="step-list">
      {steps.map((step) => (
        <StepItem key={step.id} participantId={participantId} step={step} viewer={viewer} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function StepItem({
  participantId,
  step,
  viewer,
  onChanged,
}: {
  participantId: string;
  step: ActivityStep;
  viewer: 'counselor' | 'participant';
  onChanged: (rewards: Rewards | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const open = step.status === 'proposed' || step.status === 'planned' || step.status === 'in_progress';
  const headingId = `step-${step.id}-title`;

  const update = async (changes: { status?: StepStatus; agreed?: boolean }, done: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    const result = await api.call('plan.updateStep', { participantId, stepId: step.id, ...changes });
    setBusy(false);
    if (!result.ok) {
      setError(messageOf(result.error));
      return;
    }
    setMessage(done);
    onChanged(result.data.rewards);
  };

  return (
    <li className={`step-item step-item--${step.status}`} aria-labelledby={headingId} data-testid={`step-${step.id}`}>
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" wrap>
          <Heading level="4" size="xsmall" id={headingId}>
            {step.title}
          </Heading>
          <StepStatusTag status={step.status} />
          {step.overdue && (
            <Tag size="small" variant="error">
              {t('followup.steps.overdue')}
            </Tag>
          )}
        </HStack>
        {step.description && <BodyLong size="small">{step.description}</BodyLong>}
        <BodyShort size="small" className="step-meta">
          {step.dueOn
            ? t('followup.steps.due', { date: formatDate(step.dueOn, i18n.language) })
            : t('followup.steps.noDue')}
          {' · '}
          {t(`followup.steps.proposedBy.${step.proposedBy}`)}
          {' · '}
          {step.agreed ? t('followup.steps.agreed') : t('followup.steps.notAgreed')}
          {step.kind !== 'other' && (
            <>
              {' · '}
              {t(`followup.stepKind.${step.kind}`)}
            </>
          )}
        </BodyShort>
        <HStack gap="space-16" align="end" wrap>
          <Select
            size="small"
            label={
              <>
                {t('followup.steps.status')}
                <span className="sr-only"> {t('followup.steps.statusFor', { title: step.title })}</span>
              </>
            }
            className="step-status-select"
            value={step.status}
            disabled={busy}
            onChange={(e) =>
              void update(
                { status: e.target.value as StepStatus },
                t('followup.steps.statusSaved', { status: t(`followup.stepStatus.${e.target.value}`) }),
              )
            }
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followup.stepStatus.${s}`)}
              </option>
            ))}
          </Select>
          {open && viewer === 'participant' && (
            <Button
              size="small"
              variant="secondary"
              disabled={busy}
              aria-label={t('followup.steps.markDoneFor', { title: step.title })}
              onClick={() => void update({ status: 'done' }, t('followup.steps.doneSaved'))}
            >
              {t('followup.steps.markDone')}
            </Button>
          )}
          {viewer === 'counselor' && (
            <Checkbox
              size="small"
              checked={step.agreed}
              disabled={busy}
              onChange={(e) =>
                void update(
                  { agreed: e.target.checked },
                  e.target.checked ? t('followup.steps.agreedSaved') : t('followup.steps.notAgreedSaved'),
                )
              }
            >
              {t('followup.steps.agreedCheckbox')}
              <span className="sr-only">: {step.title}</span>
            </Checkbox>
          )}
        </HStack>
        {editing ? (
          <StepEditForm
            participantId={participantId}
            step={step}
            ownWording={step.proposedBy === viewer}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setMessage(t('followup.steps.changed'));
              onChanged(null);
            }}
          />
        ) : (
          <div>
            <Button
              size="xsmall"
              variant="tertiary"
              aria-label={t('followup.steps.editFor', { title: step.title })}
              onClick={() => setEditing(true)}
            >
              {t('followup.steps.edit')}
            </Button>
          </div>
        )}
        {error && (
          <BodyShort size="small" className="field-error" role="alert">
            {error}
          </BodyShort>
        )}
        <StatusMessage message={message} />
      </VStack>
    </li>
  );
}

const EDIT_ALIASES = { title: ['title'], description: ['description'], dueOn: ['dueOn'] } as const;

/**
 * Changes a step: its due date (both may), and its wording only for whoever proposed it (the app
 * refuses anyone else; the form does not offer it).
 */
function StepEditForm({
  participantId,
  step,
  ownWording,
  onSaved,
  onCancel,
}: {
  participantId: string;
  step: ActivityStep;
  ownWording: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [title, setTitle] = useState(step.title);
  const [description, setDescription] = useState(step.description ?? '');
  const [dueOn, setDueOn] = useState(step.dueOn ?? '');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(EDIT_ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = {
      ...(ownWording && title !== step.title ? { title } : {}),
      ...(ownWording && description !== (step.description ?? '') ? { description } : {}),
      ...(dueOn !== (step.dueOn ?? '') ? { dueOn: dueOn || null } : {}),
    };
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setBusy(true);
    const result = await api.call('plan.updateStep', { participantId, stepId: step.id, ...changes });
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    onSaved();
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('followup.steps.editFor', { title: step.title })}
      data-testid={`step-edit-${step.id}`}
    >
      <VStack gap="space-12" className="form-column">
        {form.errors.message && (
          <BodyShort size="small" className="field-error" role="alert">
            {form.errors.message}
          </BodyShort>
        )}
        {ownWording && (
          <>
            <TextField
              id={`${id}-title`}
              size="small"
              label={t('followup.addStep.stepTitle')}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                form.clearField('title');
              }}
              error={form.errors.fields.title}
            />
            <Textarea
              id={`${id}-description`}
              size="small"
              label={t('followup.addStep.description')}
              minRows={2}
              value={description}
              onChange={(e) => {
                setDescription(e.target.value);
                form.clearField('description');
              }}
              error={form.errors.fields.description}
            />
          </>
        )}
        <DateField
          id={`${id}-due`}
          size="small"
          label={t('followup.addStep.due')}
          value={dueOn}
          onChange={(v) => {
            setDueOn(v);
            form.clearField('dueOn');
          }}
          error={form.errors.fields.dueOn}
        />
        {!ownWording && <BodyShort size="small">{t(`followup.steps.wordingBy.${step.proposedBy}`)}</BodyShort>}
        <HStack gap="space-12">
          <Button type="submit" size="small" loading={busy}>
            {t('followup.steps.saveChanges')}
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

export function messageOf(error: ApiErrorBody): string {
  return error.fields?.[0]?.message ?? error.message;
}
