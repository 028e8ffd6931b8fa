// A new version of the app waits (the service worker stays "waiting") until the board says it is
// a quiet moment: nobody touching it and not in edit mode. Then it takes over with one reload.
import { registerSW } from 'virtual:pwa-register';

/** How often the kiosk asks the server whether a new version exists. */
const CHECK_EVERY_MS = 60 * 60_000;

export interface Updates {
  /** Called when a new version is installed and waiting. */
  onReady(listener: () => void): void;
  /** Activate the waiting version and reload into it. */
  apply(): Promise<void>;
  /** Ask the server now (also done every hour). */
  check(): Promise<void>;
}

export function registerUpdates(): Updates {
  let ready = false;
  const listeners: (() => void)[] = [];
  let registration: ServiceWorkerRegistration | undefined;
  if (!('serviceWorker' in navigator)) {
    return { onReady: () => {}, apply: async () => {}, check: async () => {} };
  }
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      // Called for both "installed" and "waiting": tell the board once.
      if (ready) return;
      ready = true;
      for (const l of listeners) l();
    },
    onRegisteredSW(_url, reg) {
      registration = reg;
      setInterval(() => void reg?.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
  return {
    onReady(listener) {
      listeners.push(listener);
      if (ready) listener();
    },
    async apply() {
      // workbox-window reloads only when this page started controlled; a first visit that gets an
      // update must reload too, once the new version controls it.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      const reg = await navigator.serviceWorker.getRegistration();
      reg?.waiting?.postMessage({ type: 'SKIP_WAITING' });
      await update(true);
    },
    check: async () => {
      await registration?.update().catch(() => undefined);
    },
  };
}
