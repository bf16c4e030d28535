import { FileSearchIcon, UploadIcon, XMarkIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyShort,
  Button,
  FileUpload,
  Heading,
  HStack,
  ProgressBar,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../../electron/core/api/errors';
import type { OutputOf } from '../../../../../electron/core/api/router';
import { useApi } from '../../../api/ApiContext';
import { useFormErrors } from '../../../api/formErrors';
import { FormFeedback } from '../../../components/FormFeedback';
import {
  advance,
  announcementKey,
  formatBytes,
  percentOf,
  secondsLeft,
  type ImportPhaseName,
  type PhaseProgress,
} from './importProgress';
import { uploadModelFile } from './uploadModelFile';

const ALIASES = { path: ['path'] } as const;

type Imported = OutputOf<'model.import'>;

/** What the person chose: a file from the desktop's file dialog, a file for upload, or (browser mode) a path. */
type Choice = { kind: 'picked'; token: string; fileName: string } | { kind: 'upload'; file: File } | null;

function newStream(): string {
  const random =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `import-${random}`;
}

/** "about 3 minutes left" in the UI's language, or null while the pace is not known. */
function useTimeLeft(progress: PhaseProgress | null): string | null {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const running = progress !== null && progress.phase !== 'done';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  if (!progress || !running || progress.phase === 'checking') return null;
  const seconds = secondsLeft(progress, Math.max(now, Date.now()));
  if (seconds === null) return t('models.import.timeLeftUnknown');
  if (seconds < 60) return t('models.import.timeLeftSeconds', { count: Math.max(1, seconds) });
  if (seconds < 3600) return t('models.import.timeLeftMinutes', { count: Math.round(seconds / 60) });
  return t('models.import.timeLeftHours', {
    hours: Math.floor(seconds / 3600),
    minutes: Math.round((seconds % 3600) / 60),
  });
}

/**
 * Import a .gguf: on the desktop the system's file dialog picks it; in browser mode the page
 * uploads it piece by piece. The app checks the header and memory, computes the sha256 and puts
 * it in the models folder; the progress bar, the time left and a screen-reader announcement follow
 * each phase, and «Avbryt» stops it with nothing left behind. Browser mode also takes a full path
 * to a file on this machine. A refused file changes nothing and the message says why.
 */
export function ImportModelForm({ onImported }: { onImported: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = { path: `${id}-path` };
  const progressLabel = `${id}-progress`;
  const desktop = typeof api.pickModelFile === 'function';
  const [choice, setChoice] = useState<Choice>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<PhaseProgress | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [result, setResult] = useState<Imported | null>(null);
  const form = useFormErrors(ALIASES);
  const streamRef = useRef<string | null>(null);
  const cancelRef = useRef(false);
  const announcedRef = useRef('');
  const timeLeft = useTimeLeft(progress);

  const show = (phase: ImportPhaseName, done: number, total: number | null) =>
    setProgress((current) => advance(current, phase, done, total, Date.now()));

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.kind !== 'progress' || event.stream !== streamRef.current) return;
        const phase = (event.label ?? 'copying') as ImportPhaseName;
        show(phase, event.done, event.total);
      }),
    [api],
  );

  // Leaving the page stops an upload still sending pieces (its progress and «Avbryt» would be gone):
  // the loop sees the flag, and the app removes the partial file.
  useEffect(
    () => () => {
      cancelRef.current = true;
    },
    [],
  );

  const percent = progress ? percentOf(progress) : 0;
  const phaseText = progress
    ? t(`models.import.phase.${progress.phase}`, { defaultValue: progress.phase, percent })
    : '';

  useEffect(() => {
    if (!progress) return;
    const key = announcementKey(progress);
    if (key === announcedRef.current) return;
    announcedRef.current = key;
    setAnnouncement(phaseText);
  }, [progress, phaseText]);

  const start = () => {
    const stream = newStream();
    streamRef.current = stream;
    cancelRef.current = false;
    announcedRef.current = '';
    setBusy(true);
    setResult(null);
    form.clear();
    return stream;
  };

  const end = (answer: ApiResult<Imported> | { ok: false; cancelled: true } | { ok: false; unreadable: true }) => {
    streamRef.current = null;
    setBusy(false);
    if (!answer.ok) {
      setProgress(null);
      // After «Avbryt», whatever the last call said (the upload is gone, the import was stopped) is the cancel.
      const cancelled = 'cancelled' in answer || cancelRef.current;
      if (cancelled) {
        setAnnouncement(t('models.import.cancelled'));
        form.fromLocal({}, t('models.import.cancelled'));
      } else if ('unreadable' in answer) {
        form.fromLocal({}, t('models.import.unreadable'));
      } else {
        form.fromApi(answer.error);
      }
      return;
    }
    show('done', answer.data.sizeBytes, answer.data.sizeBytes);
    setResult(answer.data);
    setChoice(null);
    setPath('');
    onImported(
      answer.data.alreadyInstalled
        ? t('models.import.already', { file: answer.data.fileName })
        : t('models.import.done', { file: answer.data.fileName, sha: answer.data.sha256 }),
    );
  };

  const importChoice = async () => {
    if (!choice) {
      form.fromLocal({}, t('models.import.noFile'));
      return;
    }
    const stream = start();
    if (choice.kind === 'picked') {
      show('checking', 0, null);
      end(await api.call('model.import', { picked: choice.token, stream }));
      return;
    }
    const file = choice.file;
    show('uploading', 0, file.size);
    const sent = await uploadModelFile(
      api,
      stream,
      file,
      (bytes) => show('uploading', bytes, file.size),
      () => cancelRef.current,
    );
    if (!sent.ok) {
      if ('cancelled' in sent) await api.call('model.importCancel', { stream });
      end(sent);
      return;
    }
    show('checking', 0, null);
    end(await api.call('model.uploadFinish', { stream }));
  };

  const importPath = async (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) {
      form.fromLocal({ path: t('models.import.missing') });
      return;
    }
    const stream = start();
    show('checking', 0, null);
    end(await api.call('model.import', { path: path.trim(), stream }));
  };

  const cancel = async () => {
    cancelRef.current = true;
    const stream = streamRef.current;
    if (stream) await api.call('model.importCancel', { stream });
  };

  const pick = async () => {
    const picked = await api.pickModelFile?.();
    if (picked) {
      setChoice({ kind: 'picked', ...picked });
      form.clear();
    }
  };

  const chosenName = choice ? (choice.kind === 'picked' ? choice.fileName : choice.file.name) : null;

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="import-model">
      <VStack gap="space-16" className="form-column">
        <Heading level="2" size="medium" id={`${id}-heading`}>
          {t('models.import.title')}
        </Heading>
        <BodyShort size="small">{desktop ? t('models.import.introDesktop') : t('models.import.intro')}</BodyShort>
        <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="import-error" />
        <VStack gap="space-8" data-testid="import-choose">
          <HStack gap="space-8" align="center">
            {desktop ? (
              <Button
                type="button"
                variant="secondary"
                icon={<FileSearchIcon aria-hidden />}
                onClick={() => void pick()}
                disabled={busy}
                data-testid="import-pick"
              >
                {t('models.import.choose')}
              </Button>
            ) : (
              <FileUpload.Trigger
                accept=".gguf"
                multiple={false}
                onSelect={(files) => {
                  const first = files[0];
                  if (!first) return;
                  if (first.error) {
                    setChoice(null);
                    form.fromLocal({}, t('models.import.notGgufName'));
                    return;
                  }
                  const file = first.file;
                  setChoice({ kind: 'upload', file });
                  setResult(null);
                  form.clear();
                }}
              >
                <Button
                  type="button"
                  variant="secondary"
                  icon={<FileSearchIcon aria-hidden />}
                  disabled={busy}
                  data-testid="import-pick"
                >
                  {t('models.import.choose')}
                </Button>
              </FileUpload.Trigger>
            )}
            <Button
              type="button"
              icon={<UploadIcon aria-hidden />}
              loading={busy}
              onClick={() => void importChoice()}
              data-testid="import-start"
            >
              {desktop ? t('models.import.button') : t('models.import.uploadButton')}
            </Button>
          </HStack>
          <BodyShort size="small" data-testid="import-chosen">
            {chosenName
              ? choice?.kind === 'upload'
                ? t('models.import.chosenWithSize', {
                    file: chosenName,
                    size: formatBytes(choice.file.size, i18n.language),
                  })
                : t('models.import.chosen', { file: chosenName })
              : t('models.import.noneChosen')}
          </BodyShort>
        </VStack>

        {progress && (
          <VStack
            gap="space-4"
            data-testid="import-progress"
            data-phase={progress.phase}
            data-finished={progress.phase === 'done' ? 'true' : 'false'}
          >
            <BodyShort size="small" id={progressLabel} data-testid="import-phase">
              {progress.phase === 'done' ? t('models.import.finished') : phaseText}
            </BodyShort>
            <ProgressBar
              value={percent}
              valueMax={100}
              aria-labelledby={progressLabel}
              data-testid="import-progress-bar"
            />
            {timeLeft && (
              <BodyShort size="small" data-testid="import-time-left">
                {timeLeft}
              </BodyShort>
            )}
            {busy && (
              <div>
                <Button
                  type="button"
                  size="small"
                  variant="secondary"
                  icon={<XMarkIcon aria-hidden />}
                  onClick={() => void cancel()}
                  data-testid="import-cancel"
                >
                  {t('models.import.cancel')}
                </Button>
              </div>
            )}
          </VStack>
        )}
        <div role="status" aria-live="polite" className="sr-only" data-testid="import-announcement">
          {announcement}
        </div>

        {result && (
          <Alert variant="info" size="small" data-testid="import-memory">
            {t('models.import.memory', {
              file: result.fileName,
              memory: formatBytes(result.requiredMemoryBytes, i18n.language),
            })}{' '}
            {result.purpose === 'chat' ? t('models.import.activateHint') : t('models.import.activateHintEmbedding')}
          </Alert>
        )}

        {!desktop && (
          <form onSubmit={(e) => void importPath(e)} noValidate data-testid="import-model-form">
            <VStack gap="space-8">
              <TextField
                id={ids.path}
                label={t('models.import.path')}
                description={t('models.import.pathHelp')}
                value={path}
                onChange={(e) => {
                  setPath(e.target.value);
                  form.clearField('path');
                }}
                error={form.errors.fields.path}
                autoComplete="off"
                spellCheck={false}
                disabled={busy}
                data-testid="import-path"
              />
              <div>
                <Button type="submit" variant="secondary" loading={busy} data-testid="import-button">
                  {t('models.import.button')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
      </VStack>
    </section>
  );
}
