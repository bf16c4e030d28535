import {
  Alert,
  BodyLong,
  Button,
  Fieldset,
  Heading,
  HStack,
  Select,
  Switch,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, OutputOf } from '../../../electron/core/api/router';
import { useApi } from '../api/ApiContext';
import { useFormErrors } from '../api/formErrors';
import { FormFeedback } from '../components/FormFeedback';
import { LANGUAGES } from '../i18n';

type View = OutputOf<'settings.get'>;
type Settings = View['settings'];
type SettingKey = View['locked'][number];
type Patch = InputOf<'settings.update'>;
type RetentionKind = keyof Settings['retentionMonths'];

const RETENTION_KINDS: readonly RetentionKind[] = [
  'chat',
  'notes',
  'activityPlan',
  'motivation',
  'decisionCases',
  'decisionLog',
  'auditEntries',
];
const NUMBER_FIELDS = [
  'inactivityLockMinutes',
  'passwordMinLength',
  'agreementPercent',
  'minDecisions',
  'switchPercent',
  'recommendPercent',
  ...RETENTION_KINDS.map((k) => `retention-${k}` as const),
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

const ALIASES: Record<NumberField, readonly string[]> = {
  inactivityLockMinutes: ['inactivityLockMinutes'],
  passwordMinLength: ['passwordMinLength'],
  agreementPercent: ['decisionOversight.agreementThreshold'],
  minDecisions: ['decisionOversight.minDecisions'],
  switchPercent: ['decisionOversight.switchRateThreshold'],
  recommendPercent: ['decisionOversight.recommendNotNeededBelow'],
  ...(Object.fromEntries(RETENTION_KINDS.map((k) => [`retention-${k}`, [`retentionMonths.${k}`]])) as unknown as Record<
    `retention-${RetentionKind}`,
    readonly string[]
  >),
};
const IDS = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, `settings-form-${f}`])) as Record<NumberField, string>;

function initialNumbers(s: Settings): Record<NumberField, string> {
  return {
    inactivityLockMinutes: String(s.inactivityLockMinutes),
    passwordMinLength: String(s.passwordMinLength),
    agreementPercent: String(Math.round(s.decisionOversight.agreementThreshold * 100)),
    minDecisions: String(s.decisionOversight.minDecisions),
    switchPercent: String(Math.round((s.decisionOversight.switchRateThreshold ?? 0.5) * 100)),
    recommendPercent:
      s.decisionOversight.recommendNotNeededBelow === null || s.decisionOversight.recommendNotNeededBelow === undefined
        ? ''
        : String(Math.round(s.decisionOversight.recommendNotNeededBelow * 100)),
    ...(Object.fromEntries(
      RETENTION_KINDS.map((k) => [`retention-${k}`, String(s.retentionMonths[k] ?? '')]),
    ) as Record<`retention-${RetentionKind}`, string>),
  };
}

/**
 * The admin changes the organisation's settings here. What IT staff locked in the central policy
 * is shown but cannot be changed; the API refuses it too. Bad values get a message at the field,
 * and nothing is saved until every field is right.
 */
export function SettingsForm({ view, onSaved }: { view: View; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { settings } = view;
  const locked = (key: SettingKey) => view.locked.includes(key);
  const [numbers, setNumbers] = useState(() => initialNumbers(settings));
  const [features, setFeatures] = useState(settings.features);
  const [contentProtection, setContentProtection] = useState(settings.contentProtection);
  const [language, setLanguage] = useState(settings.language);
  const [cognitiveForcing, setCognitiveForcing] = useState(settings.decisionOversight.cognitiveForcing);
  const [monitorAccess, setMonitorAccess] = useState(settings.decisionOversight.monitorAccess);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const { errors, attempt, fromApi, fromLocal, clear, clearField } = useFormErrors(ALIASES);

  const numberField = (field: NumberField, label: string, key: SettingKey, description?: string) => (
    <TextField
      id={IDS[field]}
      label={label}
      description={description}
      inputMode="numeric"
      htmlSize={8}
      value={numbers[field]}
      readOnly={locked(key)}
      error={errors.fields[field]}
      onChange={(e) => {
        setNumbers((n) => ({ ...n, [field]: e.target.value }));
        clearField(field);
        setSaved(false);
      }}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed: Partial<Record<NumberField, number>> = {};
    const bad: Partial<Record<NumberField, string>> = {};
    for (const field of NUMBER_FIELDS) {
      const raw = numbers[field].trim();
      if ((field.startsWith('retention-') || field === 'recommendPercent') && raw === '') continue;
      if (!/^\d+$/.test(raw)) bad[field] = t('settings.form.wholeNumber');
      else parsed[field] = Number(raw);
    }
    if (Object.keys(bad).length > 0) return fromLocal(bad);
    const patch: Patch = {};
    if (!locked('inactivityLockMinutes')) patch.inactivityLockMinutes = parsed.inactivityLockMinutes!;
    if (!locked('passwordMinLength')) patch.passwordMinLength = parsed.passwordMinLength!;
    if (!locked('contentProtection')) patch.contentProtection = contentProtection;
    if (!locked('language')) patch.language = language;
    if (!locked('features')) patch.features = features;
    if (!locked('decisionOversight')) {
      patch.decisionOversight = {
        cognitiveForcing,
        monitorAccess,
        agreementThreshold: (parsed.agreementPercent ?? 0) / 100,
        minDecisions: parsed.minDecisions!,
        switchRateThreshold: (parsed.switchPercent ?? 0) / 100,
        // Empty: the model's base rate (the default the model card explains).
        recommendNotNeededBelow: parsed.recommendPercent === undefined ? null : parsed.recommendPercent / 100,
      };
    }
    if (!locked('retentionMonths')) {
      patch.retentionMonths = Object.fromEntries(
        RETENTION_KINDS.flatMap((k) => (parsed[`retention-${k}`] !== undefined ? [[k, parsed[`retention-${k}`]]] : [])),
      );
    }
    setBusy(true);
    const result = await api.call('settings.update', patch);
    setBusy(false);
    if (!result.ok) return fromApi(result.error);
    clear();
    setSaved(true);
    onSaved();
  };

  const onOffSwitch = (label: string, checked: boolean, set: (v: boolean) => void, key: SettingKey, testId: string) => (
    <Switch
      checked={checked}
      readOnly={locked(key)}
      data-testid={testId}
      onChange={(e) => {
        set(e.target.checked);
        setSaved(false);
      }}
    >
      {label}
    </Switch>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="settings-form-title" data-testid="settings-form">
      <VStack gap="space-16" className="form-column">
        <Heading level="2" size="medium" id="settings-form-title">
          {t('settings.form.title')}
        </Heading>
        <BodyLong>{t('settings.form.intro')}</BodyLong>
        <FormFeedback errors={errors} attempt={attempt} ids={IDS} testId="settings-form-error" />
        <Fieldset legend={t('settings.form.security')}>
          {numberField(
            'inactivityLockMinutes',
            t('settings.inactivityLockMinutes'),
            'inactivityLockMinutes',
            t('settings.form.minutesRange'),
          )}
          {numberField(
            'passwordMinLength',
            t('settings.passwordMinLength'),
            'passwordMinLength',
            t('settings.form.passwordRange'),
          )}
          {onOffSwitch(
            t('settings.contentProtection'),
            contentProtection,
            setContentProtection,
            'contentProtection',
            'settings-form-contentProtection',
          )}
          <Select
            label={t('settings.language')}
            value={language}
            readOnly={locked('language')}
            onChange={(e) => setLanguage(e.target.value as Settings['language'])}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang.code} value={lang.code}>
                {lang.label}
              </option>
            ))}
          </Select>
        </Fieldset>
        <Fieldset
          legend={t('settings.features')}
          description={locked('features') ? t('settings.lockedHelp') : t('settings.form.featuresHelp')}
        >
          {(Object.keys(features) as (keyof Settings['features'])[]).map((feature) => (
            <div key={feature}>
              {onOffSwitch(
                t(`settings.feature.${feature}`),
                features[feature],
                (v) => setFeatures((f) => ({ ...f, [feature]: v })),
                'features',
                `settings-form-feature-${feature}`,
              )}
            </div>
          ))}
        </Fieldset>
        <Fieldset
          legend={t('settings.form.oversight')}
          description={locked('decisionOversight') ? t('settings.lockedHelp') : undefined}
        >
          {onOffSwitch(
            t('settings.oversight.cognitiveForcing'),
            cognitiveForcing,
            setCognitiveForcing,
            'decisionOversight',
            'settings-form-cognitiveForcing',
          )}
          <Select
            label={t('settings.oversight.monitorAccess')}
            value={monitorAccess}
            readOnly={locked('decisionOversight')}
            onChange={(e) => setMonitorAccess(e.target.value as Settings['decisionOversight']['monitorAccess'])}
          >
            <option value="admin">{t('settings.oversight.access.admin')}</option>
            <option value="admin-and-own-counselor">{t('settings.oversight.access.admin-and-own-counselor')}</option>
          </Select>
          {numberField(
            'agreementPercent',
            t('settings.form.agreementPercent'),
            'decisionOversight',
            t('settings.form.agreementRange'),
          )}
          {numberField(
            'minDecisions',
            t('settings.form.minDecisions'),
            'decisionOversight',
            t('settings.form.minDecisionsRange'),
          )}
          {numberField(
            'switchPercent',
            t('settings.form.switchPercent'),
            'decisionOversight',
            t('settings.form.switchRange'),
          )}
          {numberField(
            'recommendPercent',
            t('settings.form.recommendPercent'),
            'decisionOversight',
            t('settings.form.recommendRange'),
          )}
        </Fieldset>
        <Fieldset
          legend={t('settings.retention')}
          description={locked('retentionMonths') ? t('settings.lockedHelp') : t('settings.form.retentionHelp')}
        >
          {RETENTION_KINDS.map((kind) => (
            <div key={kind}>
              {numberField(`retention-${kind}`, t(`settings.retentionKind.${kind}`), 'retentionMonths')}
            </div>
          ))}
        </Fieldset>
        <HStack gap="space-12">
          <Button type="submit" loading={busy} data-testid="settings-save">
            {t('settings.form.save')}
          </Button>
        </HStack>
        {saved && (
          <Alert variant="success" size="small" role="status" data-testid="settings-saved">
            {t('settings.form.saved')}
          </Alert>
        )}
      </VStack>
    </form>
  );
}
