import { useCallback, useState } from 'react';
import type { ApiErrorBody } from '../../../electron/core/api/errors';

/**
 * A form's errors: one message per field (shown next to the field and in the error summary),
 * plus a message for the form as a whole when the problem is not about one field.
 */
export interface FormErrors<K extends string> {
  fields: Partial<Record<K, string>>;
  message: string | null;
}

/**
 * Maps an API error onto a form's fields. `aliases` says which input paths belong to which field:
 * the same field may come back as `admin.password` from input validation and as `password` from
 * the service's own check.
 */
export function toFormErrors<K extends string>(error: ApiErrorBody, aliases: Record<K, readonly string[]>): FormErrors<K> {
  const fields: Partial<Record<K, string>> = {};
  let unmatched = false;
  for (const f of error.fields ?? []) {
    const key = (Object.keys(aliases) as K[]).find((k) => aliases[k].includes(f.path));
    if (key && fields[key] === undefined) fields[key] = f.message;
    else if (!key) unmatched = true;
  }
  const anyField = Object.keys(fields).length > 0;
  return { fields, message: anyField && !unmatched ? null : error.message };
}

/** State for a form's errors, with helpers to set them from the API or from local checks. */
export function useFormErrors<K extends string>(aliases: Record<K, readonly string[]>) {
  const [errors, setErrors] = useState<FormErrors<K>>({ fields: {}, message: null });
  // Bumped on every submit that fails, so the summary takes focus again even with the same text.
  const [attempt, setAttempt] = useState(0);
  const fromApi = useCallback(
    (error: ApiErrorBody) => {
      setErrors(toFormErrors(error, aliases));
      setAttempt((a) => a + 1);
    },
    // The aliases are a constant per form.
    [],
  );
  const fromLocal = useCallback((fields: Partial<Record<K, string>>, message: string | null = null) => {
    setErrors({ fields, message });
    setAttempt((a) => a + 1);
  }, []);
  const clear = useCallback(() => setErrors({ fields: {}, message: null }), []);
  const clearField = useCallback((key: K) => setErrors((e) => (e.fields[key] === undefined ? e : { ...e, fields: { ...e.fields, [key]: undefined } })), []);
  const hasErrors = errors.message !== null || Object.values(errors.fields).some((v) => v !== undefined);
  return { errors, attempt, hasErrors, fromApi, fromLocal, clear, clearField };
}
