import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { newStreamId } from './types';

/** The answer being written: the text shown so far, and how many drafts were thrown away. */
export interface LiveReply {
  stream: string;
  text: string;
  redrafts: number;
}

/**
 * Listens to the API's event channel for one answer at a time: token events append to the text,
 * a `discard` event clears it (the draft failed its checks and a new one is being written).
 * After the end, the text is exactly the stored reply, which the call also returns.
 */
export function useReplyStream() {
  const api = useApi();
  const [reply, setReply] = useState<LiveReply | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      api.onEvent((event) => {
        const stream = current.current;
        if (!stream) return;
        if (event.kind === 'token' && event.stream === stream) {
          setReply((r) => (r && r.stream === stream ? { ...r, text: r.text + event.text } : r));
        } else if (event.kind === 'discard' && event.stream === stream) {
          setReply((r) => (r && r.stream === stream ? { ...r, text: '', redrafts: r.redrafts + 1 } : r));
        }
      }),
    [api],
  );

  const begin = useCallback((): string => {
    const stream = newStreamId();
    current.current = stream;
    setReply({ stream, text: '', redrafts: 0 });
    return stream;
  }, []);

  const finish = useCallback(() => {
    current.current = null;
    setReply(null);
  }, []);

  return { reply, begin, finish };
}
