import { FileTextIcon, SparklesIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  List,
  Radio,
  RadioGroup,
  ReadMore,
  Tag,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { useFormErrors } from '../../api/formErrors';
import { DateField } from '../../components/DateField';
import { FormFeedback } from '../../components/FormFeedback';
import { PersonalDataTextarea } from '../../components/PersonalDataTextarea';
import { formatDate } from '../../i18n/format';
import { FullText } from './AssistantKnows';
import { ChatUnavailable } from './ChatUnavailable';
import type { AssistantView, MeetingPreparation, NoteDraft } from './types';
import { isChatUnavailable } from './types';
import './chat.css';

const NOTE_KINDS = ['meeting', 'phone', 'digital', 'other'] as const;
type NoteKind = (typeof NOTE_KINDS)[number];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The counselor assistant for one participant: prepare a meeting (what happened since last time,
 * motivation, a suggested MI focus and open questions), and after it turn bullet points into a
 * note draft the counselor edits and saves. Suggestions only: the counselor decides what is kept.
 */
export function MeetingAssistant({ participantId }: { participantId: string }) {
  const [unavailable, setUnavailable] = useState<ApiErrorBody | null>(null);
  if (unavailable) return <ChatUnavailable error={unavailable} viewer="counselor" />;
  const onError = (error: ApiErrorBody) => {
    if (isChatUnavailable(error)) setUnavailable(error);
  };
  return (
    <VStack gap="space-32" className="chat-page">
      <PrepareMeeting participantId={participantId} onError={onError} />
      <DraftNote participantId={participantId} onError={onError} />
    </VStack>
  );
}

function PrepareMeeting({ participantId, onError }: { participantId: string; onError: (error: ApiErrorBody) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [prep, setPrep] = useState<MeetingPreparation | null>(null);
  const [error, setError] = useState<string | null>(null);

  const prepare = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('assistant.prepareMeeting', { participantId });
    setBusy(false);
    if (result.ok) setPrep(result.data);
    else {
      setError(result.error.message);
      onError(result.error);
    }
  };

  return (
    <section aria-labelledby={headingId} data-testid="prepare-meeting">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={headingId}>
          {t('assistant.prepare.title')}
        </Heading>
        <BodyLong size="small">{t('assistant.prepare.intro')}</BodyLong>
        <div>
          <Button
            icon={<SparklesIcon aria-hidden />}
            onClick={() => void prepare()}
            loading={busy}
            variant={prep ? 'secondary' : 'primary'}
            data-testid="prepare-button"
          >
            {prep ? t('assistant.prepare.again') : t('assistant.prepare.button')}
          </Button>
        </div>
        {error && (
          <Alert variant="error" size="small">
            {error}
          </Alert>
        )}
        {prep && <Preparation prep={prep} />}
      </VStack>
    </section>
  );
}

function Preparation({ prep }: { prep: MeetingPreparation }) {
  const { t, i18n } = useTranslation();
  const s = prep.since;
  return (
    <Box
      padding="space-16"
      borderRadius="8"
      borderWidth="1"
      borderColor="neutral-subtle"
      data-testid="meeting-preparation"
      tabIndex={-1}
    >
      <VStack gap="space-16">
        <HStack gap="space-8" align="center">
          <Heading level="3" size="small">
            {prep.lastMeetingOn
              ? t('assistant.prepare.since', { date: formatDate(prep.lastMeetingOn, i18n.language) })
              : t('assistant.prepare.sinceStart')}
          </Heading>
          <GenerationTag generation={prep.generation} />
        </HStack>
        <dl className="info-list" data-testid="prep-since">
          <dt>{t('assistant.prepare.messages')}</dt>
          <dd>{s.participantMessages}</dd>
          <dt>{t('assistant.prepare.talk')}</dt>
          <dd>
            {t('assistant.prepare.talkValue', { change: s.changeTalk, sustain: s.sustainTalk, questions: s.questions })}
          </dd>
          <dt>{t('assistant.prepare.crisis')}</dt>
          <dd>
            {s.crisisFlags > 0 ? (
              <Tag variant="warning" size="small">
                {t('assistant.prepare.crisisCount', { count: s.crisisFlags })}
              </Tag>
            ) : (
              t('assistant.prepare.noCrisis')
            )}
          </dd>
          <dt>{t('assistant.prepare.stepsAdded')}</dt>
          <dd>{s.stepsAdded.length > 0 ? s.stepsAdded.join(', ') : t('assistant.prepare.noneYet')}</dd>
          <dt>{t('assistant.prepare.stepsDone')}</dt>
          <dd>{s.stepsDone.length > 0 ? s.stepsDone.join(', ') : t('assistant.prepare.noneYet')}</dd>
          <dt>{t('assistant.prepare.goal')}</dt>
          <dd>{prep.currentGoal ?? t('assistant.prepare.noGoal')}</dd>
          <dt>{t('assistant.prepare.nextStep')}</dt>
          <dd>{prep.nextStep ?? t('assistant.prepare.noStep')}</dd>
          <dt>{t('assistant.prepare.motivation')}</dt>
          <dd>{prep.motivationTrend ?? t('assistant.prepare.noMotivation')}</dd>
        </dl>
        {s.statements.length > 0 && (
          <div>
            <Heading level="4" size="xsmall" spacing>
              {t('assistant.prepare.statements')}
            </Heading>
            <List size="small">
              {s.statements.map((line, i) => (
                <List.Item key={i}>«{line}»</List.Item>
              ))}
            </List>
          </div>
        )}
        <div>
          <Heading level="4" size="xsmall" spacing>
            {t('assistant.prepare.focus')}: {t(`assistant.focus.${prep.focus.code}`)}
          </Heading>
          <BodyLong size="small" data-testid="prep-focus">
            {prep.focus.text}
          </BodyLong>
        </div>
        <div>
          <Heading level="4" size="xsmall" spacing>
            {t('assistant.prepare.questions')}
          </Heading>
          <List as="ol" size="small" data-testid="prep-questions">
            {prep.questions.map((q, i) => (
              <List.Item key={i}>{q}</List.Item>
            ))}
          </List>
        </div>
        <AssistantViewDetails view={prep.view} />
      </VStack>
    </Box>
  );
}

function GenerationTag({ generation }: { generation: 'model' | 'fallback' }) {
  const { t } = useTranslation();
  return (
    <Tag size="xsmall" variant={generation === 'model' ? 'info' : 'neutral'} data-testid="assistant-generation">
      {generation === 'model' ? t('assistant.generation.model') : t('assistant.generation.fallback')}
    </Tag>
  );
}

/** What the model was given for an assistant task (pseudonymised). */
function AssistantViewDetails({ view }: { view: AssistantView }) {
  const { t } = useTranslation();
  return (
    <ReadMore header={t('assistant.view.title')} size="small">
      <VStack gap="space-8">
        {!view.sentToModel && <BodyShort size="small">{t('assistant.view.notSent')}</BodyShort>}
        {view.context.length > 0 && (
          <dl className="info-list">
            {view.context.map((c) => (
              <div key={c.key} className="knows-fact">
                <dt>{t(`chat.knows.field.${c.key}`, { defaultValue: c.label })}</dt>
                <dd>{c.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {view.material.length > 0 && (
          <List size="small">
            {view.material.map((m, i) => (
              <List.Item key={i}>{m}</List.Item>
            ))}
          </List>
        )}
        {view.sentToModel && <FullText view={view} />}
      </VStack>
    </ReadMore>
  );
}

const DRAFT_ALIASES = { bullets: ['bullets'], occurredOn: ['occurredOn'] } as const;
const SAVE_ALIASES = { body: ['body'], occurredOn: ['occurredOn'], kind: ['kind'] } as const;

function DraftNote({ participantId, onError }: { participantId: string; onError: (error: ApiErrorBody) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const draftIds = { bullets: `${id}-bullets`, occurredOn: `${id}-date` };
  const saveIds = { body: `${id}-body`, occurredOn: `${id}-date`, kind: `${id}-kind` };
  const [bullets, setBullets] = useState('');
  const [occurredOn, setOccurredOn] = useState(today());
  const [kind, setKind] = useState<NoteKind>('meeting');
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState<'draft' | 'save' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const draftForm = useFormErrors(DRAFT_ALIASES);
  const saveForm = useFormErrors(SAVE_ALIASES);

  const makeDraft = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!bullets.trim()) {
      draftForm.fromLocal({ bullets: t('assistant.note.bulletsMissing') });
      return;
    }
    setBusy('draft');
    const result = await api.call('assistant.draftNote', { participantId, bullets, occurredOn, kind });
    setBusy(null);
    if (!result.ok) {
      draftForm.fromApi(result.error);
      onError(result.error);
      return;
    }
    draftForm.clear();
    setDraft(result.data);
    setBody(result.data.draft);
    window.setTimeout(() => document.getElementById(saveIds.body)?.focus());
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setBusy('save');
    const result = await api.call('notes.add', { participantId, kind, occurredOn, body });
    setBusy(null);
    if (!result.ok) {
      saveForm.fromApi(result.error);
      return;
    }
    saveForm.clear();
    setDraft(null);
    setBody('');
    setBullets('');
    setSaved(t('assistant.note.saved', { date: formatDate(occurredOn, i18n.language) }));
  };

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="draft-note">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={`${id}-heading`}>
          {t('assistant.note.title')}
        </Heading>
        <BodyLong size="small">{t('assistant.note.intro')}</BodyLong>
        <form onSubmit={(e) => void makeDraft(e)} noValidate className="form-column">
          <VStack gap="space-16">
            <FormFeedback errors={draftForm.errors} attempt={draftForm.attempt} ids={draftIds} testId="draft-error" />
            <Textarea
              id={draftIds.bullets}
              label={t('assistant.note.bullets')}
              description={t('assistant.note.bulletsHelp')}
              value={bullets}
              onChange={(e) => {
                setBullets(e.target.value);
                draftForm.clearField('bullets');
              }}
              minRows={4}
              maxLength={8000}
              error={draftForm.errors.fields.bullets}
              data-testid="note-bullets"
            />
            <HStack gap="space-16" wrap align="start">
              <DateField
                id={draftIds.occurredOn}
                label={t('assistant.note.date')}
                value={occurredOn}
                onChange={(v) => setOccurredOn(v)}
                error={draftForm.errors.fields.occurredOn}
              />
              <RadioGroup
                legend={t('assistant.note.kind')}
                value={kind}
                onChange={(v: NoteKind) => setKind(v)}
                size="small"
              >
                <HStack gap="space-12" wrap>
                  {NOTE_KINDS.map((k) => (
                    <Radio key={k} value={k}>
                      {t(`assistant.noteKind.${k}`)}
                    </Radio>
                  ))}
                </HStack>
              </RadioGroup>
            </HStack>
            <div>
              <Button
                type="submit"
                variant={draft ? 'secondary' : 'primary'}
                icon={<FileTextIcon aria-hidden />}
                loading={busy === 'draft'}
                data-testid="draft-button"
              >
                {draft ? t('assistant.note.again') : t('assistant.note.button')}
              </Button>
            </div>
          </VStack>
        </form>
        {draft && (
          <form onSubmit={(e) => void save(e)} noValidate className="form-column" data-testid="note-draft-form">
            <VStack gap="space-16">
              <HStack gap="space-8" align="center">
                <Heading level="3" size="small">
                  {t('assistant.note.draftTitle')}
                </Heading>
                <GenerationTag generation={draft.generation} />
              </HStack>
              <Detail>{t('assistant.note.draftHelp')}</Detail>
              <FormFeedback
                errors={saveForm.errors}
                attempt={saveForm.attempt}
                ids={saveIds}
                testId="save-note-error"
              />
              <PersonalDataTextarea
                id={saveIds.body}
                label={t('assistant.note.body')}
                description={t('assistant.note.bodyHelp')}
                value={body}
                onChange={(v) => {
                  setBody(v);
                  saveForm.clearField('body');
                }}
                minRows={6}
                maxLength={20000}
                error={saveForm.errors.fields.body}
                data-testid="note-draft-body"
              />
              <AssistantViewDetails view={draft.view} />
              <HStack gap="space-8">
                <Button type="submit" loading={busy === 'save'} data-testid="save-note">
                  {t('assistant.note.save')}
                </Button>
                <Button
                  type="button"
                  variant="tertiary"
                  onClick={() => {
                    setDraft(null);
                    setBody('');
                  }}
                >
                  {t('assistant.note.discard')}
                </Button>
              </HStack>
            </VStack>
          </form>
        )}
        <div role="status" aria-live="polite" data-testid="note-saved-message">
          {saved && (
            <Alert variant="success" size="small">
              {saved}
            </Alert>
          )}
        </div>
      </VStack>
    </section>
  );
}
