/**
 * One event channel carries everything streamed from core to a caller: model tokens, progress
 * of long work, withdrawn drafts. `stream` ties events to the call or the long-running job that
 * produced them.
 */

export type ApiEvent =
  | { kind: 'progress'; stream: string; done: number; total: number | null; label?: string }
  | { kind: 'token'; stream: string; text: string }
  | { kind: 'end'; stream: string }
  /** The tokens shown so far on `stream` are withdrawn: that draft failed its checks, another follows. */
  | { kind: 'discard'; stream: string };

export type ApiEventListener = (event: ApiEvent) => void;
