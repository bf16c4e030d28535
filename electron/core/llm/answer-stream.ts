/**
 * A streamed answer: iterate it for text chunks as they come (`for await (const chunk of stream)`),
 * await `result` for the whole answer with its stop reason and figures, and `stop()` it at any time
 * (the partial text is kept and becomes the answer).
 */
import type { Answer } from './protocol.js';

export interface AnswerStream extends AsyncIterable<string> {
  readonly result: Promise<Answer>;
  stop(): void;
}

export class ChunkedAnswer implements AnswerStream {
  readonly result: Promise<Answer>;
  private readonly chunks: string[] = [];
  private finished = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;

  constructor(
    run: (push: (chunk: string) => void) => Promise<Answer>,
    private readonly onStop: () => void,
  ) {
    this.result = run((chunk) => {
      this.chunks.push(chunk);
      this.notify();
    }).then(
      (answer) => {
        this.finished = true;
        this.notify();
        return answer;
      },
      (error: unknown) => {
        this.finished = true;
        this.failure = error;
        this.notify();
        throw error;
      },
    );
    // Callers that only iterate still see the failure (the iterator throws it); never unhandled.
    this.result.catch(() => undefined);
  }

  stop(): void {
    this.onStop();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk !== undefined) {
        yield chunk;
        continue;
      }
      if (this.finished) {
        if (this.failure !== null) throw this.failure;
        return;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
