import {
  Alert,
  BodyLong,
  Button,
  Checkbox,
  Heading,
  HStack,
  Select,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { InputOf, OutputOf } from '../../../../electron/core/api/router';
import { useApi } from '../../api/ApiContext';

type Guidance = OutputOf<'privacy.guidance'>;
type RegisterView = OutputOf<'privacy.register'>;
type PurposeRow = RegisterView['purposes'][number];
type BasisInput = InputOf<'privacy.recordBasis'>['basis'];
type Article6 = BasisInput['article6'];
type Article9 = NonNullable<BasisInput['article9']>;

/** The API's message for one field of the basis (paths come back as basis.x or basis.x.y). */
function fieldMessage(error: ApiErrorBody | null, field: string): string | undefined {
  return error?.fields?.find(
    (f) => f.path === `basis.${field}` || f.path === field || f.path.startsWith(`basis.${field}.`),
  )?.message;
}

/**
 * Records the basis of one purpose. The fields follow the article chosen (a supplementary legal
 * basis for c and e, the three steps of a balancing test for f, how consent is given and withdrawn
 * for a, an art. 9 exception for health data), with the guidance for the option beside it.
 */
export function BasisForm({
  row,
  guidance,
  onSaved,
  onCancel,
}: {
  row: PurposeRow;
  guidance: Guidance;
  onSaved: (view: RegisterView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const b = row.basis;
  const [article6, setArticle6] = useState<Article6 | ''>(b?.article6 ?? '');
  const [supplementaryBasis, setSupplementary] = useState(b?.supplementaryBasis ?? '');
  const [balancing, setBalancing] = useState({
    purpose: b?.balancingTest?.purpose ?? '',
    necessity: b?.balancingTest?.necessity ?? '',
    balancing: b?.balancingTest?.balancing ?? '',
  });
  const [consent, setConsent] = useState({
    howObtained: b?.consent?.howObtained ?? '',
    howWithdrawn: b?.consent?.howWithdrawn ?? '',
  });
  // Never pre-ticked: the admin decides (a purpose that usually processes health data is refused until it has an art. 9 condition).
  const [specialCategories, setSpecial] = useState(b?.specialCategories ?? false);
  const [article9Justification, setArticle9Justification] = useState(b?.article9Justification ?? '');
  const [article9, setArticle9] = useState<Article9 | ''>(b?.article9 ?? '');
  const [article9SupplementaryBasis, setArticle9Supplementary] = useState(b?.article9SupplementaryBasis ?? '');
  const [note, setNote] = useState(b?.note ?? '');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const option6 = article6 ? guidance.article6[article6] : null;
  const option9 = article9 ? guidance.article9[article9] : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!article6) {
      setError({
        code: 'VALIDATION',
        message: t('form.fixErrors'),
        fields: [{ path: 'basis.article6', message: t('privacy.admin.article6Missing') }],
      });
      return;
    }
    const basis: BasisInput = {
      article6,
      supplementaryBasis: option6?.requires.includes('supplementaryBasis') ? supplementaryBasis : null,
      balancingTest: article6 === 'f' ? balancing : null,
      consent: article6 === 'a' ? consent : null,
      specialCategories,
      article9: specialCategories && article9 ? article9 : null,
      article9SupplementaryBasis:
        specialCategories && option9?.requires.includes('article9SupplementaryBasis')
          ? article9SupplementaryBasis
          : null,
      article9Justification:
        specialCategories && option9?.requires.includes('article9Justification') ? article9Justification : null,
      note: note.trim() ? note : null,
    };
    setBusy(true);
    const result = await api.call('privacy.recordBasis', { purpose: row.purpose, basis });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSaved(result.data);
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-h`}
      data-testid={`basis-form-${row.purpose}`}
      className="form-column"
    >
      <VStack gap="space-16">
        <Heading level="4" size="small" id={`${id}-h`}>
          {t('privacy.admin.formTitle', { purpose: row.title })}
        </Heading>
        {error && !error.fields?.length && (
          <Alert variant="error" role="alert">
            {error.message}
          </Alert>
        )}
        <Select
          label={t('privacy.admin.article6')}
          value={article6}
          onChange={(e) => setArticle6(e.target.value as Article6)}
          error={fieldMessage(error, 'article6')}
        >
          <option value="">{t('privacy.admin.choose')}</option>
          {(Object.keys(guidance.article6) as Article6[]).map((k) => (
            <option key={k} value={k}>
              {guidance.article6[k].label} ({guidance.article6[k].article})
            </option>
          ))}
        </Select>
        {option6 && (
          <Alert variant={option6.caution ? 'warning' : 'info'} size="small" data-testid="article6-guidance">
            {option6.caution && (
              <Heading level="5" size="xsmall">
                {t('privacy.admin.caution')}
              </Heading>
            )}
            <BodyLong size="small">{option6.guidance}</BodyLong>
          </Alert>
        )}
        {option6?.requires.includes('supplementaryBasis') && (
          <TextField
            label={t('privacy.admin.supplementaryBasis')}
            description={t('privacy.admin.supplementaryHelp')}
            value={supplementaryBasis}
            onChange={(e) => setSupplementary(e.target.value)}
            error={fieldMessage(error, 'supplementaryBasis')}
          />
        )}
        {article6 === 'f' && (
          <>
            <Textarea
              label={t('privacy.admin.balancingPurpose')}
              value={balancing.purpose}
              onChange={(e) => setBalancing({ ...balancing, purpose: e.target.value })}
              error={fieldMessage(error, 'balancingTest.purpose') ?? fieldMessage(error, 'balancingTest')}
            />
            <Textarea
              label={t('privacy.admin.balancingNecessity')}
              value={balancing.necessity}
              onChange={(e) => setBalancing({ ...balancing, necessity: e.target.value })}
              error={fieldMessage(error, 'balancingTest.necessity')}
            />
            <Textarea
              label={t('privacy.admin.balancingBalancing')}
              value={balancing.balancing}
              onChange={(e) => setBalancing({ ...balancing, balancing: e.target.value })}
              error={fieldMessage(error, 'balancingTest.balancing')}
            />
          </>
        )}
        {article6 === 'a' && (
          <>
            <Textarea
              label={t('privacy.admin.consentHow')}
              value={consent.howObtained}
              onChange={(e) => setConsent({ ...consent, howObtained: e.target.value })}
              error={fieldMessage(error, 'consent.howObtained') ?? fieldMessage(error, 'consent')}
            />
            <Textarea
              label={t('privacy.admin.consentWithdraw')}
              value={consent.howWithdrawn}
              onChange={(e) => setConsent({ ...consent, howWithdrawn: e.target.value })}
              error={fieldMessage(error, 'consent.howWithdrawn')}
            />
          </>
        )}
        <Checkbox checked={specialCategories} onChange={(e) => setSpecial(e.target.checked)}>
          {t('privacy.admin.specialCategories')}
        </Checkbox>
        {specialCategories && (
          <>
            <Select
              label={t('privacy.admin.article9')}
              value={article9}
              onChange={(e) => setArticle9(e.target.value as Article9)}
              error={fieldMessage(error, 'article9')}
            >
              <option value="">{t('privacy.admin.choose')}</option>
              {(Object.keys(guidance.article9) as Article9[]).map((k) => (
                <option key={k} value={k}>
                  {guidance.article9[k].label} ({guidance.article9[k].article})
                </option>
              ))}
            </Select>
            {option9 && (
              <Alert variant={option9.caution ? 'warning' : 'info'} size="small">
                <BodyLong size="small">{option9.guidance}</BodyLong>
              </Alert>
            )}
            {option9?.requires.includes('article9Justification') && (
              <Textarea
                label={t('privacy.admin.article9Justification')}
                value={article9Justification}
                onChange={(e) => setArticle9Justification(e.target.value)}
                error={fieldMessage(error, 'article9Justification')}
              />
            )}
            {option9?.requires.includes('article9SupplementaryBasis') && (
              <TextField
                label={t('privacy.admin.article9Supplementary')}
                value={article9SupplementaryBasis}
                onChange={(e) => setArticle9Supplementary(e.target.value)}
                error={fieldMessage(error, 'article9SupplementaryBasis')}
              />
            )}
          </>
        )}
        <Textarea label={t('privacy.admin.note')} value={note} onChange={(e) => setNote(e.target.value)} />
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
