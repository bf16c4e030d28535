import { UploadIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, ProgressBar, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiContext';
import { useFormErrors } from '../../../api/formErrors';
import { FormFeedback } from '../../../components/FormFeedback';

const ALIASES = { path: ['path'] } as const;

interface Progress {
  done: number;
  total: number | null;
  phase: string;
  finished: boolean;
}

function newStream(): string {
  const random =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `import-${random}`;
}

/**
 * Import a .gguf from disk by its full path: the app checks the header and memory, computes the
 * sha256 and copies it into the models folder; the progress bar follows the work. A refused
 * file changes nothing and the message says why.
 */
export function ImportModelForm({ onImported }: { onImported: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const ids = { path: `${id}-path` };
  const progressLabel = `${id}-progress`;
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const form = useFormErrors(ALIASES);
  const streamRef = useRef<string | null>(null);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.kind !== 'progress' || event.stream !== streamRef.current) return;
        setProgress({ done: event.done, total: event.total, phase: event.label ?? 'copying', finished: false });
      }),
    [api],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) {
      form.fromLocal({ path: t('models.import.missing') });
      return;
    }
    const stream = newStream();
    streamRef.current = stream;
    setBusy(true);
    setProgress({ done: 0, total: null, phase: 'checking', finished: false });
    form.clear();
    const result = await api.call('model.import', { path: path.trim(), stream });
    streamRef.current = null;
    setBusy(false);
    if (!result.ok) {
      setProgress(null);
      form.fromApi(result.error);
      return;
    }
    setProgress({ done: result.data.sizeBytes, total: result.data.sizeBytes, phase: 'done', finished: true });
    setPath('');
    onImported(
      result.data.alreadyInstalled
        ? t('models.import.already', { file: result.data.fileName })
        : t('models.import.done', { file: result.data.fileName, sha: result.data.sha256 }),
    );
  };

  const percent = progress?.total ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <form onSubmit={(e) => void submit(e)} noValidate className="form-column" data-testid="import-model-form">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id={`${id}-heading`}>
            {t('models.import.title')}
          </Heading>
          <BodyShort size="small">{t('models.import.intro')}</BodyShort>
          <FormFeedback errors={form.errors} attempt={form.attempt} ids={ids} testId="import-error" />
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
            data-testid="import-path"
          />
          {progress && (
            <VStack gap="space-4" data-testid="import-progress" data-finished={progress.finished ? 'true' : 'false'}>
              <BodyShort size="small" id={progressLabel}>
                {progress.finished
                  ? t('models.import.finished')
                  : t(`models.import.phase.${progress.phase}`, { defaultValue: progress.phase, percent })}
              </BodyShort>
              <ProgressBar
                value={progress.finished ? 100 : percent}
                valueMax={100}
                aria-labelledby={progressLabel}
                data-testid="import-progress-bar"
              />
            </VStack>
          )}
          <div>
            <Button type="submit" icon={<UploadIcon aria-hidden />} loading={busy} data-testid="import-button">
              {t('models.import.button')}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
