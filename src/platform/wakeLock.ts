// Screen Wake Lock: the board stays lit during opening hours. The browser drops the lock whenever
// the page is hidden (and sometimes on its own), so it is asked for again on every return.

interface SentinelLike {
  released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}
export interface WakeLockEnv {
  wakeLock?: { request(type: 'screen'): Promise<SentinelLike> };
  /** 'visible' or 'hidden' */
  visibility(): string;
  onVisibilityChange(listener: () => void): () => void;
}

export function browserWakeLockEnv(): WakeLockEnv {
  const nav = navigator as unknown as { wakeLock?: WakeLockEnv['wakeLock'] };
  return {
    ...(nav.wakeLock ? { wakeLock: nav.wakeLock } : {}),
    visibility: () => document.visibilityState,
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

export interface WakeLock {
  /** Keep the screen on (true) or let it sleep (false). */
  want(on: boolean): void;
  /** True while a lock is actually held. */
  held(): boolean;
  dispose(): void;
}

export function createWakeLock(env: WakeLockEnv, onError: (err: unknown) => void = () => {}): WakeLock {
  let wanted = false;
  let sentinel: SentinelLike | null = null;
  let requesting = false;

  async function acquire() {
    if (!env.wakeLock || !wanted || requesting || (sentinel && !sentinel.released)) return;
    if (env.visibility() !== 'visible') return;
    requesting = true;
    try {
      const s = await env.wakeLock.request('screen');
      sentinel = s;
      s.addEventListener('release', () => {
        if (sentinel === s) sentinel = null;
        // Released by the browser (not by us): ask again if still wanted and visible.
        if (wanted) void acquire();
      });
      if (!wanted) void s.release().catch(() => undefined);
    } catch (err) {
      // Refused (e.g. low battery or not visible): the next visibility change tries again.
      onError(err);
    } finally {
      requesting = false;
    }
  }

  const stop = env.onVisibilityChange(() => {
    if (env.visibility() === 'visible') void acquire();
  });

  return {
    want(on) {
      wanted = on;
      if (on) void acquire();
      else if (sentinel) {
        const s = sentinel;
        sentinel = null;
        void s.release().catch(() => undefined);
      }
    },
    held: () => !!sentinel && !sentinel.released,
    dispose() {
      wanted = false;
      stop();
      void sentinel?.release().catch(() => undefined);
      sentinel = null;
    },
  };
}
