import { BodyShort, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { formatInstant } from '../../i18n/format';
import { StatusMessage } from './StatusMessage';
import type { ActivityPlan } from './types';

const ALIASES = { goal: ['goal'] } as const;

/** The goal of the activity plan, in the participant's own words: shown, and changed in place. */
export function GoalSection({
  participantId,
  goal,
  viewer,
  onSaved,
}: {
  participantId: string;
  goal: ActivityPlan['goal'];
  viewer: 'counselor' | 'participant';
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = { goal: `${id}-goal` };
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(goal?.text ?? '');
  const { busy, saved, save, ...form } = useSavingForm(ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(
      () => api.call('plan.setGoal', { participantId, goal: text }),
      () => t('followup.goal.saved'),
    );
    if (!result) return;
    setEditing(false);
    onSaved();
  };

  if (goal && !editing) {
    return (
      <VStack gap="space-12" data-testid="goal">
        <blockquote className="goal-text">{goal.text}</blockquote>
        <BodyShort size="small" className="step-meta">
          {t(`followup.goal.setBy.${goal.setByRole}`, { date: formatInstant(goal.setAt, i18n.language) })}
        </BodyShort>
        <HStack gap="space-16" align="center">
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setText(goal.text);
              setEditing(true);
            }}
          >
            {t('followup.goal.edit')}
          </Button>
          <StatusMessage message={saved} testId="goal-saved" />
        </HStack>
      </VStack>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="goal-form">
      <VStack gap="space-12" className="form-column">
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="goal-error" />
        <Textarea
          id={ids.goal}
          label={viewer === 'participant' ? t('followup.goal.labelOwn') : t('followup.goal.label')}
          description={viewer === 'participant' ? t('followup.goal.helpOwn') : t('followup.goal.help')}
          minRows={2}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            form.clearField('goal');
          }}
          error={form.errors.fields.goal}
        />
        <HStack gap="space-16">
          <Button type="submit" size="small" loading={busy}>
            {t('followup.goal.save')}
          </Button>
          {goal && (
            <Button
              type="button"
              size="small"
              variant="tertiary"
              onClick={() => {
                form.clear();
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
