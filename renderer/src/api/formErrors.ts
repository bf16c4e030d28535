import { useCallback, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../electron/core/api/errors';

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
export function toFormErrors<K extends string>(
  error: ApiErrorBody,
  aliases: Record<K, readonly string[]>,
): FormErrors<K> {
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
  const clearField = useCallback(
    (key: K) =>
      setErrors((e) => (e.fields[key] === undefined ? e : { ...e, fields: { ...e.fields, [key]: undefined } })),
    [],
  );
  const hasErrors = errors.message !== null || Object.values(errors.fields).some((v) => v !== undefined);
  return { errors, attempt, hasErrors, fromApi, fromLocal, clear, clearField };
}

/**
 * A form that saves through the API: its errors (as useFormErrors), whether it is saving, and the
 * confirmation of what it last saved. `save` runs the call; a refusal goes to the fields, a
 * success clears the errors and shows what `confirm` returns.
 */
export function useSavingForm<K extends string>(aliases: Record<K, readonly string[]>) {
  const form = useFormErrors(aliases);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { fromApi, clear } = form;
  const save = useCallback(
    async <T>(call: () => Promise<ApiResult<T>>, confirm: (data: T) => string): Promise<T | null> => {
      setBusy(true);
      setSaved(null);
      const result = await call();
      setBusy(false);
      if (!result.ok) {
        fromApi(result.error);
        return null;
      }
      clear();
      setSaved(confirm(result.data));
      return result.data;
    },
    [fromApi, clear],
  );
  return { ...form, busy, saved, setSaved, save };
}
