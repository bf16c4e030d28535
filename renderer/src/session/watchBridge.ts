import type { InkludmiBridge, InputOf, ProcedureName } from '../../../electron/core/api/router';

/**
 * Calls that answer UNAUTHENTICATED for reasons other than a lost session (a wrong password, a
 * wrong recovery key) or that run before anyone is logged in.
 */
const SIGN_IN_CALLS: ReadonlySet<ProcedureName> = new Set<ProcedureName>([
  'auth.status',
  'auth.setup',
  'auth.login',
  'auth.recover',
  'auth.checkPassword',
]);

/**
 * The same typed client, but it tells the session when a call was refused because this
 * connection is no longer logged in (idle lock, account deactivated, app locked elsewhere), so the
 * screen can lock at once instead of waiting for the next status check.
 */
export function watchSession(bridge: InkludmiBridge, onSessionLost: () => void): InkludmiBridge {
  return {
    transport: bridge.transport,
    onEvent: (listener) => bridge.onEvent(listener),
    async call<N extends ProcedureName>(name: N, input: InputOf<N>) {
      const result = await bridge.call(name, input);
      if (
        !result.ok &&
        (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'LOCKED') &&
        !SIGN_IN_CALLS.has(name)
      )
        onSessionLost();
      return result;
    },
  };
}
