// Loads something asynchronously for a view, keeping the last value while a
// new one loads (no flash of empty tables) and ignoring answers that arrive
// after the inputs changed.
import { useEffect, useState } from 'preact/hooks';

export interface AsyncState<T> {
  value: T | undefined;
  loading: boolean;
  error: string | null;
}

export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ value: undefined, loading: true, error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (value) => current && setState({ value, loading: false, error: null }),
      (error) => current && setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) })),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  return { ...state, reload: () => setGeneration((g) => g + 1) };
}
