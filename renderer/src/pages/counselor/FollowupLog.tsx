import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  HStack,
  Loader,
  Radio,
  RadioGroup,
  Search,
  Tag,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { useSavingForm } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { PersonalDataTextarea } from '../../components/PersonalDataTextarea';
import { formatDate, todayLocal } from '../../i18n/format';
import { numberOrUndefined } from '../followup/RulerForm';
import { SectionHeading } from '../followup/SectionHeading';
import { StatusMessage } from '../followup/StatusMessage';
import type { Note } from '../followup/types';
import type { SectionProps } from './ParticipantWorkspace';

type Kind = Note['kind'];
type Attendance = NonNullable<Note['attendance']>;
const KINDS: readonly Kind[] = ['meeting', 'phone', 'digital', 'other'];
const ATTENDANCE: readonly Attendance[] = ['attended', 'no_show', 'cancelled'];
export const NOTE_MAX = 20_000;
const SEARCH_AFTER_MS = 250;

/** The follow-up log: session notes (meeting, phone, digital) with date, duration, attendance and free text; searchable. */
export function FollowupLog({ participantId }: SectionProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [search]);

  return (
    <VStack gap="space-32">
      <SectionHeading>{t('followup.notes.title')}</SectionHeading>
      <NoteForm participantId={participantId} onSaved={() => setGeneration((g) => g + 1)} />
      <VStack gap="space-16" as="section" aria-labelledby="notes-list-heading">
        <Heading level="3" size="small" id="notes-list-heading">
          {t('followup.notes.listTitle')}
        </Heading>
        <div className="caseload-search">
          <Search
            hideLabel={false}
            label={t('followup.notes.search')}
            variant="simple"
            value={search}
            onChange={setSearch}
            onClear={() => setSearch('')}
            autoComplete="off"
          />
        </div>
        {query ? (
          <NoteSearch participantId={participantId} query={query} key={`${query}-${generation}`} />
        ) : (
          <NoteListAll participantId={participantId} generation={generation} />
        )}
      </VStack>
    </VStack>
  );
}

function NoteListAll({ participantId, generation }: { participantId: string; generation: number }) {
  const { t } = useTranslation();
  const notes = useQuery('notes.list', { participantId, limit: 100 }, `${participantId}-${generation}`, {
    keepData: true,
  });
  if (notes.status === 'loading') return <Loader title={t('common.loading')} />;
  if (notes.status === 'error') return <Alert variant="error">{notes.error.message}</Alert>;
  if (notes.data.length === 0) return <BodyShort data-testid="notes-empty">{t('followup.notes.empty')}</BodyShort>;
  return <NoteList notes={notes.data} />;
}

function NoteSearch({ participantId, query }: { participantId: string; query: string }) {
  const { t } = useTranslation();
  const found = useQuery('notes.search', { participantId, query }, query);
  if (found.status === 'loading') return <Loader title={t('common.loading')} />;
  if (found.status === 'error')
    return <Alert variant="error">{found.error.fields?.[0]?.message ?? found.error.message}</Alert>;
  return (
    <VStack gap="space-12">
      <BodyShort role="status" data-testid="notes-search-count">
        {t('followup.notes.found', { count: found.data.length, query })}
      </BodyShort>
      {found.data.length > 0 && <NoteList notes={found.data} />}
    </VStack>
  );
}

function NoteList({ notes }: { notes: readonly Note[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="note-list" data-testid="note-list">
      {notes.map((n) => (
        <li key={n.id} className="note-item">
          <article aria-labelledby={`note-${n.id}`}>
            <HStack gap="space-8" align="center" wrap>
              <Heading level="4" size="xsmall" id={`note-${n.id}`}>
                {formatDate(n.occurredOn, i18n.language)} · {t(`followup.noteKind.${n.kind}`)}
              </Heading>
              {n.durationMinutes !== null && (
                <BodyShort size="small">{t('followup.notes.minutes', { count: n.durationMinutes })}</BodyShort>
              )}
              {n.attendance && (
                <Tag
                  size="xsmall"
                  variant={n.attendance === 'attended' ? 'success' : n.attendance === 'no_show' ? 'warning' : 'neutral'}
                >
                  {t(`followup.attendance.${n.attendance}`)}
                </Tag>
              )}
            </HStack>
            <BodyLong className="note-body">{n.body}</BodyLong>
          </article>
        </li>
      ))}
    </ol>
  );
}

const NOTE_ALIASES = {
  kind: ['kind'],
  occurredOn: ['occurredOn'],
  durationMinutes: ['durationMinutes'],
  attendance: ['attendance'],
  body: ['body'],
} as const;

function NoteForm({ participantId, onSaved }: { participantId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = {
    kind: `${id}-kind`,
    occurredOn: `${id}-date`,
    durationMinutes: `${id}-minutes`,
    attendance: `${id}-attendance`,
    body: `${id}-body`,
  };
  const [kind, setKind] = useState<Kind>('meeting');
  const [occurredOn, setOccurredOn] = useState(todayLocal());
  const [minutes, setMinutes] = useState('');
  const [attendance, setAttendance] = useState<Attendance | 'none'>('attended');
  const [body, setBody] = useState('');
  const { busy, saved, save, ...form } = useSavingForm(NOTE_ALIASES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const duration = numberOrUndefined(minutes);
    const result = await save(
      () =>
        api.call('notes.add', {
          participantId,
          kind,
          occurredOn,
          durationMinutes: duration ?? null,
          attendance: attendance === 'none' ? null : attendance,
          body,
        }),
      () => t('followup.notes.saved'),
    );
    if (!result) return;
    setBody('');
    setMinutes('');
    onSaved();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`} data-testid="note-form">
      <VStack gap="space-16">
        <Heading level="3" size="small" id={`${id}-heading`}>
          {t('followup.notes.newTitle')}
        </Heading>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="note-error" />
        <RadioGroup
          id={ids.kind}
          legend={t('followup.notes.kind')}
          value={kind}
          onChange={(v: Kind) => setKind(v)}
          error={form.errors.fields.kind}
        >
          <HStack gap="space-16" wrap>
            {KINDS.map((k) => (
              <Radio key={k} value={k}>
                {t(`followup.noteKind.${k}`)}
              </Radio>
            ))}
          </HStack>
        </RadioGroup>
        <HStack gap="space-16" wrap align="start">
          <DateField
            id={ids.occurredOn}
            label={t('followup.notes.date')}
            value={occurredOn}
            onChange={(v) => {
              setOccurredOn(v);
              form.clearField('occurredOn');
            }}
            error={form.errors.fields.occurredOn}
          />
          <TextField
            id={ids.durationMinutes}
            type="number"
            inputMode="numeric"
            min={0}
            label={t('followup.notes.duration')}
            value={minutes}
            onChange={(e) => {
              setMinutes(e.target.value);
              form.clearField('durationMinutes');
            }}
            error={form.errors.fields.durationMinutes}
          />
        </HStack>
        <RadioGroup
          id={ids.attendance}
          legend={t('followup.notes.attendance')}
          value={attendance}
          onChange={(v: Attendance | 'none') => setAttendance(v)}
          error={form.errors.fields.attendance}
        >
          <HStack gap="space-16" wrap>
            {ATTENDANCE.map((a) => (
              <Radio key={a} value={a}>
                {t(`followup.attendance.${a}`)}
              </Radio>
            ))}
            <Radio value="none">{t('followup.attendance.none')}</Radio>
          </HStack>
        </RadioGroup>
        <PersonalDataTextarea
          id={ids.body}
          label={t('followup.notes.body')}
          description={t('followup.notes.bodyHelp')}
          minRows={5}
          maxLength={NOTE_MAX}
          value={body}
          onChange={(v) => {
            setBody(v);
            form.clearField('body');
          }}
          error={form.errors.fields.body}
        />
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={busy}>
            {t('followup.notes.save')}
          </Button>
          <StatusMessage message={saved} testId="note-saved" />
        </HStack>
      </VStack>
    </form>
  );
}
