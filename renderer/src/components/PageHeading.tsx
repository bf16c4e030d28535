import { Heading } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Where a person is in the middle of something that focus belongs to: an open menu or list, or the
 * button that opened one. Moving focus away from there would close it under their hand.
 */
const BUSY_FOCUS = '[role="menu"], [role="listbox"], [aria-expanded="true"]';

/**
 * A page's h1. It takes focus when the page appears (after navigation, login or a wizard step),
 * so screen-reader and keyboard users start at the top of the new content, unless the person is
 * using an open menu at that moment (a page that finishes loading behind the header's user menu).
 */
export function PageHeading({
  children,
  size = 'large',
  id,
  focus = true,
}: {
  children: ReactNode;
  size?: 'xlarge' | 'large' | 'medium';
  id?: string;
  focus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus && !document.activeElement?.closest(BUSY_FOCUS)) ref.current?.focus();
  }, [focus]);
  return (
    <Heading ref={ref} level="1" size={size} id={id} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
