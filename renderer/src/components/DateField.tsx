import { TextField, type TextFieldProps } from '@navikt/ds-react';

/**
 * A date (or date and time) field: Aksel's TextField around the browser's own date input, which is
 * keyboard accessible in Chromium and gives ISO values ("2026-12-01", "2026-12-01T14:00") the
 * API takes as they are. Aksel's types list only text-like input types, hence the one cast here.
 */
export function DateField({ withTime = false, ...props }: Omit<TextFieldProps, 'type'> & { withTime?: boolean }) {
  const type = { type: withTime ? 'datetime-local' : 'date' } as unknown as Pick<TextFieldProps, 'type'>;
  return <TextField {...props} {...type} />;
}
