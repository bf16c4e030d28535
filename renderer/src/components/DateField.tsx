import { DatePicker, TextField, useDatepicker } from '@navikt/ds-react';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datepickerLocale, isLocalDate, parseClock, parseLocalDate, toLocalDate } from '../i18n/format';

interface DateFieldProps {
  id?: string;
  label: ReactNode;
  description?: ReactNode;
  /** The calendar date as the API takes it ("2026-12-01"), or '' for none. */
  value: string;
  /**
   * The chosen date ("2026-12-01"), '' when the field is emptied, or the text as typed when it is
   * not a date: the form then cannot send a date the person did not mean, and the API refuses it.
   */
  onChange: (value: string) => void;
  error?: ReactNode;
  size?: 'medium' | 'small';
  /** The latest day that can be chosen ("2026-12-01"). */
  max?: string;
}

/**
 * A date field: Aksel's DatePicker with its text input in Norwegian form (dd.mm.åååå, «5.9.26» is
 * understood too) and a calendar, in the UI's language. Values in and out are calendar dates
 * ("2026-12-01"), never the browser's own date input (mm/dd/yyyy on an English system).
 */
export function DateField({ id, label, description, value, onChange, error, size, max }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  /** What was last typed; sent up when it is not a date. */
  const typed = useRef('');
  const { datepickerProps, inputProps, selectedDay, setSelected } = useDatepicker({
    locale: datepickerLocale(i18n.language),
    defaultSelected: isLocalDate(value) ? parseLocalDate(value) : undefined,
    ...(max && isLocalDate(max) ? { toDate: parseLocalDate(max) } : {}),
    onDateChange: (day) => {
      if (day) typed.current = '';
      const next = day ? toLocalDate(day) : typed.current.trim();
      if (next !== value) onChange(next);
    },
    onValidate: (v) => setInvalid(!v.isEmpty && !v.isValidDate),
  });

  // The form owns the value: follow it when it changes from outside (a reset after saving, a loaded
  // record). Only a change of the value matters here, hence the one dependency.
  useEffect(() => {
    const shown = selectedDay ? toLocalDate(selectedDay) : '';
    if (isLocalDate(value) && value !== shown) setSelected(parseLocalDate(value));
    else if (value === '' && (shown !== '' || typed.current !== '')) {
      typed.current = '';
      setInvalid(false);
      setSelected(undefined);
    }
  }, [value]);

  const onInputChange = (e: ChangeEvent<HTMLInputElement>) => {
    typed.current = e.target.value;
    inputProps.onChange?.(e);
  };

  return (
    <DatePicker {...datepickerProps}>
      <DatePicker.Input
        {...inputProps}
        onChange={onInputChange}
        id={id}
        label={label}
        description={description}
        size={size}
        error={invalid ? t('common.invalidDate') : error}
      />
    </DatePicker>
  );
}

/**
 * A time of day in 24-hour form («09:30»; «930» and «9.30» are understood), in the machine's own
 * time zone. The browser's time input would show AM/PM on an English system.
 */
export function TimeField({
  id,
  label,
  value,
  onChange,
  error,
  size,
}: {
  id?: string;
  label?: ReactNode;
  /** «09:30», or the text as typed. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  size?: 'medium' | 'small';
}) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const invalid = touched && value.trim() !== '' && parseClock(value) === null;
  return (
    <TextField
      id={id}
      label={label ?? t('common.time')}
      description={t('common.timeHelp')}
      inputMode="numeric"
      autoComplete="off"
      htmlSize={8}
      size={size}
      value={value}
      onChange={(e) => {
        setTouched(false);
        onChange(e.target.value);
      }}
      onBlur={() => {
        setTouched(true);
        const clock = parseClock(value);
        if (clock && clock !== value) onChange(clock);
      }}
      error={invalid ? t('common.invalidTime') : error}
    />
  );
}
