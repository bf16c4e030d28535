import type { ApiResult } from '../../../electron/core/api/errors';
import type { ApiEvent, ApiEventListener } from '../../../electron/core/api/events';
import type { InkludmiBridge } from '../../../electron/core/api/router';

const TOKEN_KEY = 'inkludmi.hostToken';

/**
 * Browser mode: the same typed client as the desktop preload, over the loopback host. The launch
 * token arrives in the URL fragment (never sent to a server), is kept for this tab only so a reload
 * works, and is removed from the address bar at once.
 */
export function takeHostToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function createHttpBridge(token: string): InkludmiBridge {
  const listeners = new Set<ApiEventListener>();
  const connection = openEventStream(token, (event) => listeners.forEach((listener) => listener(event)));

  return {
    transport: 'http',
    async call(name, input) {
      const connectionId = await connection;
      try {
        const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'X-Inkludmi-Connection': connectionId,
          },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
        return (await response.json()) as ApiResult<never>;
      } catch {
        return {
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'Fikk ikke kontakt med InkludMI. Kjører «npm run serve» fortsatt?' },
        };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Reads the host's Server-Sent Events with fetch (EventSource cannot send the bearer token). */
function openEventStream(token: string, deliver: (event: ApiEvent) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    void (async () => {
      const response = await fetch('/api/events', {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!response.ok || !response.body) throw new Error(`events ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (!data) continue;
          if (type === 'hello') resolve((JSON.parse(data) as { connectionId: string }).connectionId);
          else deliver(JSON.parse(data) as ApiEvent);
        }
      }
    })().catch(reject);
  });
}
