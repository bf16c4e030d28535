import { Alert, Button, HStack, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { InputOf, OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';

type RegisterView = OutputOf<'privacy.register'>;
type RoleInput = InputOf<'privacy.setOrganisation'>;

const messageFor = (error: ApiErrorBody | null, path: string) =>
  error?.fields?.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;

/** The organisation's role (controller, or processor with the controller and agreement named) and the contact the notice gives. */
export function OrganisationForm({
  current,
  onSaved,
  onCancel,
}: {
  current: RegisterView['organisation']['role'];
  onSaved: (view: RegisterView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [role, setRole] = useState<RoleInput['role']>(current?.role ?? 'controller');
  const [controllerKind, setControllerKind] = useState<'nav' | 'other'>(current?.controller?.kind ?? 'nav');
  const [controllerName, setControllerName] = useState(current?.controller?.name ?? '');
  const [agreement, setAgreement] = useState(current?.controller?.agreementReference ?? '');
  const [contactName, setContactName] = useState(current?.contact.name ?? '');
  const [contactEmail, setContactEmail] = useState(current?.contact.email ?? '');
  const [contactPhone, setContactPhone] = useState(current?.contact.phone ?? '');
  const [dpoName, setDpoName] = useState(current?.dpo?.name ?? '');
  const [dpoEmail, setDpoEmail] = useState(current?.dpo?.email ?? '');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.call('privacy.setOrganisation', {
      role,
      controller:
        role === 'processor' ? { kind: controllerKind, name: controllerName, agreementReference: agreement } : null,
      contact: { name: contactName, email: contactEmail || null, phone: contactPhone || null },
      dpo: dpoName.trim() ? { name: dpoName, email: dpoEmail || null } : null,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onSaved(result.data);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="form-column" data-testid="organisation-form">
      <VStack gap="space-16">
        {error && !error.fields?.length && (
          <Alert variant="error" role="alert">
            {error.message}
          </Alert>
        )}
        <RadioGroup legend={t('privacy.admin.role')} value={role} onChange={(v: RoleInput['role']) => setRole(v)}>
          <Radio value="controller">{t('privacy.admin.controller')}</Radio>
          <Radio value="processor">{t('privacy.admin.processor')}</Radio>
        </RadioGroup>
        {role === 'processor' && (
          <>
            <RadioGroup
              legend={t('privacy.admin.controllerKind')}
              value={controllerKind}
              onChange={(v: 'nav' | 'other') => setControllerKind(v)}
            >
              <Radio value="nav">{t('privacy.admin.nav')}</Radio>
              <Radio value="other">{t('privacy.admin.other')}</Radio>
            </RadioGroup>
            <TextField
              label={t('privacy.admin.controllerName')}
              value={controllerName}
              onChange={(e) => setControllerName(e.target.value)}
              error={messageFor(error, 'controller.name') ?? messageFor(error, 'controller')}
            />
            <TextField
              label={t('privacy.admin.agreement')}
              value={agreement}
              onChange={(e) => setAgreement(e.target.value)}
              error={messageFor(error, 'controller.agreementReference')}
            />
          </>
        )}
        <TextField
          label={t('privacy.admin.contactName')}
          value={contactName}
          onChange={(e) => setContactName(e.target.value)}
          error={messageFor(error, 'contact.name') ?? messageFor(error, 'contact')}
        />
        <TextField
          label={t('privacy.admin.contactEmail')}
          value={contactEmail}
          onChange={(e) => setContactEmail(e.target.value)}
          error={messageFor(error, 'contact.email')}
        />
        <TextField
          label={t('privacy.admin.contactPhone')}
          value={contactPhone}
          onChange={(e) => setContactPhone(e.target.value)}
          error={messageFor(error, 'contact.phone')}
        />
        <TextField
          label={t('privacy.admin.dpoName')}
          value={dpoName}
          onChange={(e) => setDpoName(e.target.value)}
          error={messageFor(error, 'dpo.name')}
        />
        <TextField
          label={t('privacy.admin.dpoEmail')}
          value={dpoEmail}
          onChange={(e) => setDpoEmail(e.target.value)}
          error={messageFor(error, 'dpo.email')}
        />
        <HStack gap="space-12">
          <Button type="submit" loading={busy}>
            {t('privacy.admin.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('privacy.admin.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
