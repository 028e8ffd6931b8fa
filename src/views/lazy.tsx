// Screens away from the board load as their own chunks, so the first paint carries only the board
// and the task view. Once the board is up and the page is idle, they are fetched ahead of a tap.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element | null;
  prefetch(): Promise<unknown>;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const prefetch = () => {
    // Every screen away from the board brings the icons the board does not need.
    pending ??= Promise.all([load(), import('../ui/moreIcons')]).then(
      ([c]) => {
        loaded = c;
        return c;
      },
      (err: unknown) => {
        // A failed fetch (offline before the cache filled) may succeed on the next visit.
        pending = null;
        throw err;
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    const [failure, setFailure] = useState<unknown>(null);
    const [, setReady] = useState(false);
    useEffect(() => {
      // The chunk may have arrived (idle prefetch) between this render and this effect:
      // render again now, or the screen would stay blank.
      if (loaded) {
        setReady(true);
        return;
      }
      let live = true;
      prefetch().then(
        () => live && setReady(true),
        (err) => live && setFailure(err ?? new Error('chunk failed')),
      );
      return () => {
        live = false;
      };
    }, []);
    // The error boundary shows its calm fallback with a way back to the board.
    if (failure) throw failure;
    const Screen = loaded;
    return Screen ? <Screen {...props} /> : null;
  }
  return Object.assign(Lazy, { prefetch });
}

/** Fetch the given screens when the browser is idle (or after a few seconds at the latest). */
export function prefetchWhenIdle(screens: readonly LazyScreen<never>[]): void {
  const run = () => {
    for (const s of screens) s.prefetch().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}
