import { BodyShort } from '@navikt/ds-react';

/** A short confirmation after an action, announced politely by screen readers (the region is always there). */
export function StatusMessage({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <div role="status" aria-live="polite" className="status-message" data-testid={testId}>
      {message && <BodyShort>{message}</BodyShort>}
    </div>
  );
}
