import { CheckmarkCircleFillIcon, ExclamationmarkTriangleFillIcon } from '@navikt/aksel-icons';
import { BodyShort, Checkbox, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../api/ApiContext';

interface NewPasswordFieldsProps {
  /** Prefix for the inputs' ids (`${idPrefix}-password`, `${idPrefix}-repeat`), for error summaries. */
  idPrefix: string;
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  /** Words the password must not be: username, name, organisation. Checked live by the app. */
  personalWords: string[];
  passwordError?: string | undefined;
  repeatError?: string | undefined;
  /** Label of the first field ("Passord", "Nytt passord", "Førstegangspassord"). */
  label?: string;
  description?: string;
}

type Feedback = { ok: true } | { ok: false; text: string };

const CHECK_DELAY_MS = 250;

/**
 * A new password typed twice, with live feedback from the app's own rules (auth.checkPassword:
 * length, common passwords, the person's own name) while typing. Nothing is stored by the check.
 */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const settings = useQuery('settings.get', {});
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [show, setShow] = useState(false);
  const { password, repeat, personalWords } = props;
  const wordsKey = personalWords.join('\u0000');

  useEffect(() => {
    if (!password) {
      setFeedback(null);
      return;
    }
    let active = true;
    const timer = window.setTimeout(() => {
      const words = wordsKey
        .split('\u0000')
        .map((w) => w.trim())
        .filter((w) => w.length > 0)
        .slice(0, 5);
      void api.call('auth.checkPassword', { password, personalWords: words }).then((result) => {
        if (!active) return;
        if (result.ok)
          setFeedback(result.data.problem === null ? { ok: true } : { ok: false, text: result.data.problem });
        else setFeedback(null);
      });
    }, CHECK_DELAY_MS);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [api, password, wordsKey]);

  const minLength = settings.status === 'success' ? settings.data.settings.passwordMinLength : null;
  const mismatch = repeat.length > 0 && repeat !== password && repeat.length >= password.length;
  const passwordId = `${props.idPrefix}-password`;
  const repeatId = `${props.idPrefix}-repeat`;

  return (
    <VStack gap="space-16">
      <div>
        <TextField
          id={passwordId}
          type={show ? 'text' : 'password'}
          label={props.label ?? t('password.new')}
          description={
            props.description ?? (minLength ? t('password.rules', { count: minLength }) : t('password.rulesNoNumber'))
          }
          autoComplete="new-password"
          value={password}
          onChange={(e) => props.onPassword(e.target.value)}
          error={props.passwordError}
          aria-describedby={`${passwordId}-feedback`}
        />
        <div
          id={`${passwordId}-feedback`}
          aria-live="polite"
          className="password-feedback"
          data-testid={`${props.idPrefix}-password-feedback`}
        >
          {!props.passwordError && feedback?.ok === true && (
            <BodyShort size="small" className="feedback-ok">
              <CheckmarkCircleFillIcon aria-hidden /> {t('password.ok')}
            </BodyShort>
          )}
          {!props.passwordError && feedback?.ok === false && (
            <BodyShort size="small" className="feedback-warning">
              <ExclamationmarkTriangleFillIcon aria-hidden /> {feedback.text}
            </BodyShort>
          )}
        </div>
      </div>
      <div>
        <TextField
          id={repeatId}
          type={show ? 'text' : 'password'}
          label={t('password.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => props.onRepeat(e.target.value)}
          error={props.repeatError}
          aria-describedby={`${repeatId}-feedback`}
        />
        <div
          id={`${repeatId}-feedback`}
          aria-live="polite"
          className="password-feedback"
          data-testid={`${props.idPrefix}-repeat-feedback`}
        >
          {!props.repeatError && mismatch && (
            <BodyShort size="small" className="feedback-warning">
              <ExclamationmarkTriangleFillIcon aria-hidden /> {t('password.mismatch')}
            </BodyShort>
          )}
          {!props.repeatError && repeat.length > 0 && repeat === password && (
            <BodyShort size="small" className="feedback-ok">
              <CheckmarkCircleFillIcon aria-hidden /> {t('password.match')}
            </BodyShort>
          )}
        </div>
      </div>
      <Checkbox size="small" checked={show} onChange={(e) => setShow(e.target.checked)}>
        {t('password.show')}
      </Checkbox>
    </VStack>
  );
}

/** The check every form with NewPasswordFields does before it sends: both typed the same. */
/** The form's own checks of a new password and its repetition, as field errors (the API checks the rules). */
export function newPasswordProblems(
  password: string,
  repeat: string,
  t: (key: string) => string,
): { password?: string; repeat?: string } {
  if (!password) return { password: t('password.missing') };
  const problem = repeatProblem(password, repeat, t);
  return problem ? { repeat: problem } : {};
}

export function repeatProblem(password: string, repeat: string, t: (key: string) => string): string | undefined {
  if (!repeat) return t('password.repeatMissing');
  if (repeat !== password) return t('password.mismatchSubmit');
  return undefined;
}
