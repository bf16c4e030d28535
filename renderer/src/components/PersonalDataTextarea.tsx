import { Textarea, type TextareaProps } from '@navikt/ds-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../electron/core/api/router';
import { useApi } from '../api/ApiContext';

type Span = OutputOf<'scrub.preview'>['spans'][number];

/** How long typing must pause before the text is checked again. */
const CHECK_AFTER_MS = 250;
const MIRRORED_STYLES = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopLeftRadius',
  'borderTopRightRadius',
  'borderBottomLeftRadius',
  'borderBottomRightRadius',
  'boxSizing',
] as const;

/**
 * A note editor that marks detected personal data as the counselor types (tekstvask's detectors
 * through `scrub.preview`: nothing is stored, audited or logged). The marks are drawn in a copy of
 * the text behind a transparent textarea; a status line under the field says what was found, for
 * everyone (the marks are decoration only).
 */
export function PersonalDataTextarea(
  props: Omit<TextareaProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void },
) {
  const { value, onChange, ...rest } = props;
  const { t } = useTranslation();
  const api = useApi();
  const summaryId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const [checked, setChecked] = useState<{ text: string; spans: Span[] }>({ text: '', spans: [] });

  useEffect(() => {
    if (value.trim() === '') {
      setChecked({ text: value, spans: [] });
      return;
    }
    let active = true;
    const timer = setTimeout(() => {
      void api.call('scrub.preview', { text: value }).then((result) => {
        if (active && result.ok) setChecked({ text: value, spans: result.data.spans });
      });
    }, CHECK_AFTER_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [api, value]);

  // Keep the marks over the textarea: same box, same font, same scroll position.
  useLayoutEffect(() => {
    const area = wrap.current?.querySelector('textarea');
    const copy = mirror.current;
    if (!area || !copy || !wrap.current) return;
    const place = () => {
      const style = getComputedStyle(area);
      for (const key of MIRRORED_STYLES) copy.style[key] = style[key];
      copy.style.top = `${area.offsetTop}px`;
      copy.style.left = `${area.offsetLeft}px`;
      copy.style.width = `${area.offsetWidth}px`;
      copy.style.height = `${area.offsetHeight}px`;
      copy.scrollTop = area.scrollTop;
    };
    place();
    const sync = () => {
      copy.scrollTop = area.scrollTop;
    };
    const observer = new ResizeObserver(place);
    observer.observe(area);
    area.addEventListener('scroll', sync);
    return () => {
      observer.disconnect();
      area.removeEventListener('scroll', sync);
    };
  }, []);

  // Marks stay where the text under them is unchanged since the last check (typing elsewhere keeps them).
  const spans = checked.spans.filter((s) => value.slice(s.start, s.end) === checked.text.slice(s.start, s.end));
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const found = [...counts].map(([type, n]) =>
    t('followup.pii.count', {
      count: n,
      what: t(`followup.pii.type.${type}`, { defaultValue: t('followup.pii.type.OTHER') }),
    }),
  );

  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < cursor) continue;
    parts.push(value.slice(cursor, s.start));
    parts.push(
      <mark key={i} className="pii-mark" data-type={s.type}>
        {value.slice(s.start, s.end)}
      </mark>,
    );
    cursor = s.end;
  }
  parts.push(value.slice(cursor), '\u200b');

  return (
    <div className="pii-editor" ref={wrap}>
      <div className="pii-mirror" ref={mirror} aria-hidden="true" data-testid="pii-marks">
        {parts}
      </div>
      <Textarea {...rest} aria-describedby={summaryId} value={value} onChange={(e) => onChange(e.target.value)} />
      <div id={summaryId} role="status" aria-live="polite" className="pii-summary" data-testid="pii-summary">
        {found.length > 0 && t('followup.pii.found', { list: found.join(', ') })}
      </div>
    </div>
  );
}
