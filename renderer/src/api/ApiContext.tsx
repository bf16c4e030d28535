import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../electron/core/api/errors';
import type { InkludmiBridge, InputOf, OutputOf, ProcedureName } from '../../../electron/core/api/router';

const ApiContext = createContext<InkludmiBridge | null>(null);

export const ApiProvider = ApiContext.Provider;

export function useApi(): InkludmiBridge {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi brukt utenfor ApiProvider');
  return api;
}

export type QueryState<T> =
  { status: 'loading' } | { status: 'success'; data: T } | { status: 'error'; error: ApiErrorBody };

/**
 * Calls a procedure when the component mounts (and when `key` changes); `reload` calls it again.
 * With `keepData`, a reload keeps showing the last answer until the new one arrives (lists that
 * change after an action stay in place, and so does the keyboard focus in them).
 */
export function useQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  key = '',
  options: { keepData?: boolean } = {},
): QueryState<OutputOf<N>> & { reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<QueryState<OutputOf<N>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const keepData = options.keepData ?? false;

  useEffect(() => {
    let active = true;
    setState((current) => (keepData && current.status === 'success' ? current : { status: 'loading' }));
    void api.call(name, input).then((result) => {
      if (!active) return;
      setState(result.ok ? { status: 'success', data: result.data } : { status: 'error', error: result.error });
    });
    return () => {
      active = false;
    };
    // `input` is described by `key`: callers pass a stable key for the same input.
  }, [api, name, key, generation, keepData]);

  return { ...state, reload };
}
