import { Alert, BodyLong, BodyShort, Heading, List, Loader, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../electron/core/api/router';
import { useQuery } from '../api/ApiContext';
import { LANGUAGES } from '../i18n';
import { useSignedIn } from '../session/SessionContext';
import { SettingsForm } from './SettingsForm';

type SettingsView = OutputOf<'settings.get'>;
type SettingKey = SettingsView['locked'][number];

export function Settings() {
  const { t } = useTranslation();
  const view = useQuery('settings.get', {}, '', { keepData: true });
  const { user } = useSignedIn();

  if (view.status === 'loading') return <Loader title={t('system.loading')} />;
  if (view.status === 'error') return <Alert variant="error">{view.error.message}</Alert>;
  const { settings, locked, policy, featureStates } = view.data;
  const isLocked = (key: SettingKey) => locked.includes(key);
  const onOff = (value: boolean) => (value ? t('settings.on') : t('settings.off'));

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('settings.title')}
        </Heading>
        <BodyLong>{t('settings.intro')}</BodyLong>
      </VStack>
      {policy.state === 'invalid' ? (
        <Alert variant="warning" data-testid="policy-invalid">
          <Heading level="2" size="small" spacing>
            {t('settings.policyInvalidTitle')}
          </Heading>
          <BodyShort spacing>{t('settings.policyInvalid', { path: policy.path })}</BodyShort>
          <List>
            {policy.problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <BodyShort data-testid="policy-state">
          {policy.state === 'applied' ? t('settings.policyApplied', { path: policy.path }) : t('settings.policyNone')}
        </BodyShort>
      )}
      <dl className="info-list settings-list">
        <SettingRow
          id="inactivityLockMinutes"
          label={t('settings.inactivityLockMinutes')}
          locked={isLocked('inactivityLockMinutes')}
        >
          {t('settings.minutes', { count: settings.inactivityLockMinutes })}
        </SettingRow>
        <SettingRow
          id="passwordMinLength"
          label={t('settings.passwordMinLength')}
          locked={isLocked('passwordMinLength')}
        >
          {t('settings.characters', { count: settings.passwordMinLength })}
        </SettingRow>
        <SettingRow
          id="contentProtection"
          label={t('settings.contentProtection')}
          locked={isLocked('contentProtection')}
        >
          {onOff(settings.contentProtection)}
        </SettingRow>
        <SettingRow id="language" label={t('settings.language')} locked={isLocked('language')}>
          {LANGUAGES.find((lang) => lang.code === settings.language)?.label ?? settings.language}
        </SettingRow>
        {(Object.keys(settings.features) as (keyof typeof settings.features)[]).map((feature) => (
          <SettingRow
            key={feature}
            id={`feature-${feature}`}
            label={t(`settings.feature.${feature}`)}
            locked={isLocked('features')}
          >
            {onOff(settings.features[feature])}
            {settings.features[feature] && !featureStates[feature].enabled && (
              <BodyShort as="span" size="small" className="cell-detail" data-testid={`feature-${feature}-reason`}>
                {' '}
                {t('settings.notRunning', { reason: featureStates[feature].message })}
              </BodyShort>
            )}
          </SettingRow>
        ))}
        {(Object.keys(settings.retentionMonths) as (keyof typeof settings.retentionMonths)[]).map((kind) => (
          <SettingRow
            key={kind}
            id={`retention-${kind}`}
            label={`${t('settings.retention')}: ${t(`settings.retentionKind.${kind}`)}`}
            locked={isLocked('retentionMonths')}
          >
            {settings.retentionMonths[kind]}
          </SettingRow>
        ))}
        <SettingRow
          id="oversight-cognitiveForcing"
          label={t('settings.oversight.cognitiveForcing')}
          locked={isLocked('decisionOversight')}
        >
          {onOff(settings.decisionOversight.cognitiveForcing)}
        </SettingRow>
        <SettingRow
          id="oversight-monitorAccess"
          label={t('settings.oversight.monitorAccess')}
          locked={isLocked('decisionOversight')}
        >
          {t(`settings.oversight.access.${settings.decisionOversight.monitorAccess}`)}
        </SettingRow>
        <SettingRow
          id="oversight-autopilot"
          label={t('settings.oversight.autopilot')}
          locked={isLocked('decisionOversight')}
        >
          {t('settings.oversight.autopilotValue', {
            percent: Math.round(settings.decisionOversight.agreementThreshold * 100),
            count: settings.decisionOversight.minDecisions,
          })}{' '}
          {t('settings.oversight.switchValue', {
            percent: Math.round((settings.decisionOversight.switchRateThreshold ?? 0.5) * 100),
          })}
        </SettingRow>
        <SettingRow
          id="oversight-recommendation"
          label={t('settings.oversight.recommendation')}
          locked={isLocked('decisionOversight')}
        >
          {settings.decisionOversight.recommendNotNeededBelow === null ||
          settings.decisionOversight.recommendNotNeededBelow === undefined
            ? t('settings.oversight.recommendationBaseRate')
            : t('settings.oversight.recommendationValue', {
                percent: Math.round(settings.decisionOversight.recommendNotNeededBelow * 100),
              })}
        </SettingRow>
        <SettingRow id="dataDir" label={t('settings.dataDir')} locked="policyOnly">
          {settings.dataDir ?? t('settings.default')}
        </SettingRow>
        <SettingRow id="modelDir" label={t('settings.modelDir')} locked="policyOnly">
          {settings.modelDir ?? t('settings.default')}
        </SettingRow>
      </dl>
      {user.role === 'admin' && <SettingsForm view={view.data} onSaved={view.reload} />}
      <PurposesNotRunning />
    </VStack>
  );
}

/** Every processing purpose that does not run now, and why (no recorded legal basis, switched off, …). */
function PurposesNotRunning() {
  const { t } = useTranslation();
  const features = useQuery('privacy.features', {});
  if (features.status !== 'success') return null;
  const stopped = features.data.purposes.filter((p) => !p.running && p.message);
  return (
    <VStack gap="space-8" as="section" aria-labelledby="purposes-not-running" data-testid="purposes-not-running">
      <Heading level="2" size="small" id="purposes-not-running">
        {t('privacy.features.title')}
      </Heading>
      {stopped.length === 0 ? (
        <BodyShort>{t('privacy.features.allRunning')}</BodyShort>
      ) : (
        <List>
          {stopped.map((p) => (
            <List.Item key={p.purpose} data-testid={`purpose-reason-${p.purpose}`}>
              {p.message}
            </List.Item>
          ))}
        </List>
      )}
    </VStack>
  );
}

/** `locked`: true when IT staff locked it in the policy; 'policyOnly' for what only a policy file can set at all. */
function SettingRow({
  id,
  label,
  locked,
  children,
}: {
  id: string;
  label: string;
  locked: boolean | 'policyOnly';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const lockedByPolicy = locked === true;
  return (
    <>
      <dt id={`setting-${id}-label`}>{label}</dt>
      <dd data-testid={`setting-${id}`} aria-labelledby={`setting-${id}-label`}>
        {children}{' '}
        {locked !== false && (
          <Tag
            variant="neutral"
            size="xsmall"
            title={t(lockedByPolicy ? 'settings.lockedHelp' : 'settings.policyOnlyHelp')}
            data-testid={`setting-${id}-locked`}
          >
            {t(lockedByPolicy ? 'settings.locked' : 'settings.policyOnly')}
          </Tag>
        )}
      </dd>
    </>
  );
}
