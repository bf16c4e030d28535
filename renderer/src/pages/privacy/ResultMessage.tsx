import { Alert } from '@navikt/ds-react';

/** What came of an action on the privacy screens: a success the screen reader says politely, or an error it says at once. */
export function ResultMessage({ message, testId }: { message: { ok: boolean; text: string } | null; testId?: string }) {
  if (!message) return null;
  return (
    <Alert
      variant={message.ok ? 'success' : 'error'}
      size="small"
      role={message.ok ? 'status' : 'alert'}
      data-testid={testId}
    >
      {message.text}
    </Alert>
  );
}
