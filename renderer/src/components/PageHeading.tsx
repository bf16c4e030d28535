import { Heading } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1. It takes focus when the page appears (after navigation, login or a wizard step),
 * so screen-reader and keyboard users start at the top of the new content.
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
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Heading ref={ref} level="1" size={size} id={id} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
