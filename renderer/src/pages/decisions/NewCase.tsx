import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  HStack,
  Loader,
  ReadMore,
  Select,
  TextField,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { FormFeedback } from '../../components/FormFeedback';
import { PageHeading } from '../../components/PageHeading';
import { AGE_BAND_VALUES, DUE_DAY, ICPC2_LETTERS, type AgeBand, type Icpc2Chapter } from './shared';
import { addDaysLocal, formatDate, todayLocal } from '../../i18n/format';
import { DateField } from '../../components/DateField';
import { useParticipantNames } from './useDecisionContext';

const NOTES_MAX = 2000;

const ALIASES = {
  participantId: ['participantId'],
  startDate: ['case.startDate', 'startDate'],
  sickLeavePercent: ['case.sickLeavePercent', 'sickLeavePercent'],
  icpc2Chapter: ['case.icpc2Chapter', 'icpc2Chapter'],
  previousSpells3y: ['case.previousSpells3y', 'previousSpells3y'],
  ageBand: ['case.ageBand', 'ageBand'],
  counselorNotes: ['case.counselorNotes', 'counselorNotes'],
} as const;
type Field = keyof typeof ALIASES;
const IDS: Record<Field, string> = {
  participantId: 'case-participant',
  startDate: 'case-start',
  sickLeavePercent: 'case-percent',
  icpc2Chapter: 'case-chapter',
  previousSpells3y: 'case-spells',
  ageBand: 'case-age',
  counselorNotes: 'case-notes',
};

/** The browser's own date input (keyboard accessible, ISO value); Aksel's types list only text-like types. */

const wholeNumber = (value: string): number | null => (/^\s*\d+\s*$/.test(value) ? Number(value.trim()) : null);

/**
 * A new dialogmøte 2 case for one of the counselor's participants. Data minimisation is in the
 * form itself: the diagnosis is the ICPC-2 chapter letter only, age a band, earlier spells a count.
 */
export function NewCase() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { participants, ready } = useParticipantNames();
  const [participantId, setParticipantId] = useState(params.get('deltaker') ?? '');
  const [startDate, setStartDate] = useState('');
  const [percent, setPercent] = useState('100');
  const [chapter, setChapter] = useState<Icpc2Chapter | ''>('');
  const [spells, setSpells] = useState('0');
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ALIASES);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(startDate);

  const submit = async () => {
    const local: Partial<Record<Field, string>> = {};
    const pct = wholeNumber(percent);
    const prev = wholeNumber(spells);
    if (!participantId) local.participantId = t('decisions.newCase.participantMissing');
    if (!validDate) local.startDate = t('decisions.newCase.startMissing');
    else if (startDate > todayLocal()) local.startDate = t('decisions.newCase.startFuture');
    if (pct === null || pct < 20 || pct > 100) local.sickLeavePercent = t('decisions.newCase.percentInvalid');
    if (!chapter) local.icpc2Chapter = t('decisions.newCase.chapterMissing');
    if (prev === null || prev > 99) local.previousSpells3y = t('decisions.newCase.spellsInvalid');
    if (!ageBand) local.ageBand = t('decisions.newCase.ageMissing');
    if (Object.keys(local).length > 0 || pct === null || prev === null || !chapter || !ageBand)
      return form.fromLocal(local);
    setBusy(true);
    const result = await api.call('decisions.createCase', {
      participantId,
      case: {
        startDate,
        sickLeavePercent: pct,
        icpc2Chapter: chapter,
        previousSpells3y: prev,
        ageBand,
        counselorNotes: notes,
      },
    });
    setBusy(false);
    if (!result.ok) return form.fromApi(result.error);
    const name = participants.find((p) => p.id === participantId)?.displayName ?? '';
    void navigate('/dialogmote', { state: { created: name } });
  };

  const change = (field: Field, set: (v: string) => void) => (value: string) => {
    set(value);
    form.clearField(field);
  };

  if (!ready) return <Loader title={t('common.loading')} />;

  return (
    <VStack gap="space-24" className="form-column">
      <PageHeading>{t('decisions.newCase.title')}</PageHeading>
      <BodyLong>{t('decisions.newCase.intro')}</BodyLong>
      {participants.length === 0 && <Alert variant="info">{t('decisions.newCase.noParticipants')}</Alert>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="new-case-form"
      >
        <VStack gap="space-20">
          <FormFeedback errors={form.errors} attempt={form.attempt} ids={IDS} testId="new-case-error" />
          <Select
            id={IDS.participantId}
            label={t('decisions.newCase.participant')}
            value={participantId}
            onChange={(e) => change('participantId', setParticipantId)(e.target.value)}
            error={form.errors.fields.participantId}
          >
            <option value="">{t('decisions.newCase.choose')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </Select>
          <DateField
            id={IDS.startDate}
            label={t('decisions.newCase.startDate')}
            description={t('decisions.newCase.startHelp')}
            value={startDate}
            max={todayLocal()}
            onChange={(v) => change('startDate', setStartDate)(v)}
            error={form.errors.fields.startDate}
          />
          {validDate && (
            <BodyShort size="small" data-testid="new-case-due">
              {t('decisions.newCase.dueOn', {
                date: formatDate(addDaysLocal(startDate, DUE_DAY), i18n.language),
                deadline: formatDate(addDaysLocal(startDate, 182), i18n.language),
              })}
            </BodyShort>
          )}
          <TextField
            id={IDS.sickLeavePercent}
            label={t('decisions.newCase.percent')}
            description={t('decisions.newCase.percentHelp')}
            inputMode="numeric"
            htmlSize={6}
            value={percent}
            onChange={(e) => change('sickLeavePercent', setPercent)(e.target.value)}
            error={form.errors.fields.sickLeavePercent}
          />
          <VStack gap="space-8">
            <Select
              id={IDS.icpc2Chapter}
              label={t('decisions.newCase.chapter')}
              description={t('decisions.newCase.chapterHelp')}
              value={chapter}
              onChange={(e) => change('icpc2Chapter', (v) => setChapter(v as Icpc2Chapter | ''))(e.target.value)}
              error={form.errors.fields.icpc2Chapter}
            >
              <option value="">{t('decisions.newCase.choose')}</option>
              {ICPC2_LETTERS.map((letter) => (
                <option key={letter} value={letter}>
                  {letter} – {t(`decisions.icpc2.${letter}`)}
                </option>
              ))}
            </Select>
            <ReadMore header={t('decisions.newCase.chapterMoreTitle')} size="small">
              {t('decisions.newCase.chapterMore')}
            </ReadMore>
          </VStack>
          <TextField
            id={IDS.previousSpells3y}
            label={t('decisions.newCase.spells')}
            description={t('decisions.newCase.spellsHelp')}
            inputMode="numeric"
            htmlSize={6}
            value={spells}
            onChange={(e) => change('previousSpells3y', setSpells)(e.target.value)}
            error={form.errors.fields.previousSpells3y}
          />
          <Select
            id={IDS.ageBand}
            label={t('decisions.newCase.ageBand')}
            value={ageBand}
            onChange={(e) => change('ageBand', (v) => setAgeBand(v as AgeBand | ''))(e.target.value)}
            error={form.errors.fields.ageBand}
          >
            <option value="">{t('decisions.newCase.choose')}</option>
            {AGE_BAND_VALUES.map((band) => (
              <option key={band} value={band}>
                {t(`decisions.ageBand.${band}`)}
              </option>
            ))}
          </Select>
          <Textarea
            id={IDS.counselorNotes}
            label={t('decisions.newCase.notes')}
            description={t('decisions.newCase.notesHelp')}
            maxLength={NOTES_MAX}
            minRows={3}
            value={notes}
            onChange={(e) => change('counselorNotes', setNotes)(e.target.value)}
            error={form.errors.fields.counselorNotes}
          />
          <HStack gap="space-12">
            <Button type="submit" loading={busy}>
              {t('decisions.newCase.submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => void navigate('/dialogmote')}>
              {t('common.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </VStack>
  );
}
