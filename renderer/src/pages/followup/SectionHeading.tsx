import { Heading } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A section page's h2. When the page was opened from the section menu, the heading takes focus so
 * keyboard and screen-reader users land on the new content (on first load the page's h1 has it).
 */
export function SectionHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.closest('[data-testid="section-nav"]')) ref.current?.focus();
  }, []);
  return (
    <Heading ref={ref} level="2" size="medium" id={id} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
