import { Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import type { Profile, Programme } from '../followup/types';

const PROGRAMMES: readonly Programme[] = ['aft', 'work_training', 'follow_up', 'vta', 'ips', 'other'];
const FIELDS = [
  'displayName',
  'nationalId',
  'phone',
  'email',
  'programme',
  'startDate',
  'plannedEndDate',
  'navOffice',
] as const;
type Field = (typeof FIELDS)[number];
const ALIASES = Object.fromEntries(FIELDS.map((f) => [f, [f]])) as unknown as Record<Field, readonly string[]>;

/**
 * Changes the profile. Only what changed is sent; the national id only when a new one is typed
 * (the masked one is never in the form). The app checks everything and says what is wrong next to
 * the field; nothing is saved then.
 */
export function ProfileForm({
  participantId,
  profile,
  onSaved,
  onCancel,
}: {
  participantId: string;
  profile: Profile;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const initial: Record<Field, string> = {
    displayName: profile.displayName,
    nationalId: '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    programme: profile.programme ?? '',
    startDate: profile.startDate ?? '',
    plannedEndDate: profile.plannedEndDate ?? '',
    navOffice: profile.navOffice ?? '',
  };
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ALIASES);

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearField(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes: Partial<Record<Field, string | null>> = {};
    for (const f of FIELDS) {
      if (f === 'nationalId') {
        if (values.nationalId.trim()) changes.nationalId = values.nationalId;
        continue;
      }
      if (values[f] === initial[f]) continue;
      changes[f] =
        (f === 'programme' || f === 'startDate' || f === 'plannedEndDate') && values[f] === '' ? null : values[f];
    }
    setBusy(true);
    const result = await api.call('participants.updateProfile', {
      participantId,
      ...changes,
    } as InputOf<'participants.updateProfile'>);
    setBusy(false);
    if (!result.ok) {
      form.fromApi(result.error);
      return;
    }
    onSaved();
  };

  const text = (field: Field, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={ids[field]}
      label={label}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      error={form.errors.fields[field]}
      autoComplete="off"
      {...extra}
    />
  );

  const date = (field: Field, label: string) => (
    <DateField
      id={ids[field]}
      label={label}
      value={values[field]}
      onChange={(v) => set(field, v)}
      error={form.errors.fields[field]}
    />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="profile-form">
      <VStack gap="space-16" className="form-column">
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="profile-error" />
        {text('displayName', t('followup.profile.name'))}
        {text('nationalId', t('followup.profile.newNationalId'), {
          description: profile.hasNationalId
            ? t('followup.profile.newNationalIdHelpReplace')
            : t('followup.profile.newNationalIdHelp'),
          inputMode: 'numeric',
        })}
        {text('phone', t('followup.profile.phone'), { type: 'tel' })}
        {text('email', t('followup.profile.email'), { type: 'email' })}
        <Select
          id={ids.programme}
          label={t('followup.profile.programme')}
          value={values.programme}
          onChange={(e) => set('programme', e.target.value)}
          error={form.errors.fields.programme}
        >
          <option value="">{t('followup.profile.noProgramme')}</option>
          {PROGRAMMES.map((p) => (
            <option key={p} value={p}>
              {t(`followup.programme.${p}`)}
            </option>
          ))}
        </Select>
        <HStack gap="space-16" wrap>
          {date('startDate', t('followup.profile.startDate'))}
          {date('plannedEndDate', t('followup.profile.plannedEndDate'))}
        </HStack>
        {text('navOffice', t('followup.profile.navOffice'))}
        <HStack gap="space-16">
          <Button type="submit" loading={busy}>
            {t('followup.profile.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
