import { Alert, BodyShort, ErrorSummary } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../api/formErrors';

interface FormFeedbackProps<K extends string> {
  errors: FormErrors<K>;
  /** Bumps on each failed submit: the summary takes focus so keyboard and screen-reader users hear it. */
  attempt: number;
  /** The id of each field's input, for the summary's links. */
  ids: Record<K, string>;
  testId?: string;
}

/**
 * What went wrong with a submitted form: Aksel's error summary with a link to each field that
 * needs fixing, or an alert with the message when the problem is not about one field.
 */
export function FormFeedback<K extends string>({ errors, attempt, ids, testId }: FormFeedbackProps<K>) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const items = (Object.keys(ids) as K[]).flatMap((key) =>
    errors.fields[key] ? [{ key, message: errors.fields[key] }] : [],
  );

  useEffect(() => {
    if (attempt === 0) return;
    (summary.current ?? alert.current)?.focus();
  }, [attempt]);

  return (
    <>
      {errors.message && (
        <Alert variant="error" ref={alert} tabIndex={-1} role="alert" data-testid={testId}>
          <BodyShort>{errors.message}</BodyShort>
        </Alert>
      )}
      {items.length > 0 && (
        <ErrorSummary
          ref={summary}
          heading={t('form.fixErrors')}
          data-testid={testId ? `${testId}-summary` : undefined}
        >
          {items.map((item) => (
            <ErrorSummary.Item key={item.key} href={`#${ids[item.key]}`}>
              {item.message}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      )}
    </>
  );
}
