// The board as a kiosk: idle return to the today board, the night view outside opening hours,
// whether it is a quiet moment (for updates), and a ration on render errors.
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { LogEntry } from '../db/schema';
import { isNight } from '../domain/night';
import { type StorageInfo, usageShare } from '../platform/storage';
import type { StoreCore } from './index';

export const DEFAULT_IDLE_SECONDS = 60;
/** This many render errors within a minute earn one reload (rationed by the platform). */
const ERRORS_FOR_RELOAD = 5;
const ERROR_WINDOW_MS = 60_000;

export interface KioskDeps {
  /** Reload the page if the ration allows; false means it did not. */
  reload?: (reason: string) => boolean;
  /** Edit mode is on (the lock engineer's session); idle return leaves staff alone. */
  editing?: ReadonlySignal<boolean>;
  /** Used and available space and persistence (platform/storage.ts). */
  storage?: () => Promise<StorageInfo>;
}

export function createKiosk(core: StoreCore, deps: KioskDeps = {}) {
  const { board, now, route, settings, records } = core;
  const editing = deps.editing ?? signal(false);
  const idle = signal(true);
  /** Someone touched the night view: show it lit until the board is idle again. */
  const awake = signal(false);
  const updateReady = signal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idleMs = () => (settings.peek().idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000;

  function goIdle() {
    idle.value = true;
    awake.value = false;
    // The staff area has its own idle rules (auto-lock with a warning); public screens go home.
    const screen = route.value.screen;
    if (!editing.value && screen !== 'board' && screen !== 'staff') core.go({ screen: 'board' });
  }

  const night = computed(() => isNight(now.value, board.shown.value));
  const quiet = computed(
    () => idle.value && !editing.value && route.value.screen === 'board' && records.saving.value === 0,
  );

  function restartTimer() {
    idle.value = false;
    clearTimeout(timer);
    timer = setTimeout(goIdle, idleMs());
  }
  // A screen away from the board goes home after the idle time even when no touch was seen: the
  // touch listener is installed after the first paint, so a tap in the first moment after a start
  // (or a reload onto "Min dag") would otherwise leave it there for good.
  const stopRouteWatch = effect(() => {
    if (route.value.screen !== 'board') restartTimer();
  });

  const storage = signal<StorageInfo | null>(null);
  const log = signal<readonly LogEntry[]>([]);
  let errors: number[] = [];
  let reloaded = false;

  return {
    idle: idle as ReadonlySignal<boolean>,
    night,
    /** Dim now: night and nobody looking closely. */
    dim: computed(() => night.value && !awake.value && !editing.value),
    /** The screen should stay lit. */
    keepAwake: computed(() => !night.value || awake.value || editing.value),
    quiet,
    updateReady: updateReady as ReadonlySignal<boolean>,

    /** Any touch or key: the board is in use; the idle timer starts again. */
    touched() {
      if (night.value) awake.value = true;
      restartTimer();
    },

    /** A new version is waiting; `apply` runs at the next quiet moment (at once if quiet now). */
    whenQuiet(apply: () => void) {
      updateReady.value = true;
      let done = false;
      const stop = effect(() => {
        if (!done && quiet.value) {
          done = true;
          queueMicrotask(() => stop());
          apply();
        }
      });
    },

    /** A render error: log it; five within a minute earn one reload, never a loop. */
    renderError(error: unknown): void {
      const t = Date.now();
      void core.repo.log({ at: t, level: 'error', message: `render: ${String(error)}` });
      errors = [...errors.filter((e) => e > t - ERROR_WINDOW_MS && e <= t), t];
      if (errors.length >= ERRORS_FOR_RELOAD && !reloaded) {
        reloaded = true;
        errors = [];
        deps.reload?.('render errors');
      }
    },

    storage: storage as ReadonlySignal<StorageInfo | null>,
    storageShare: computed(() => (storage.value ? usageShare(storage.value) : null)),
    async refreshStorage() {
      if (deps.storage) storage.value = await deps.storage();
    },
    log: log as ReadonlySignal<readonly LogEntry[]>,
    async refreshLog() {
      try {
        log.value = (await core.repo.readLog()).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
      } catch (err) {
        core.fail(err);
      }
    },

    dispose() {
      stopRouteWatch();
      clearTimeout(timer);
    },
  };
}
export type Kiosk = ReturnType<typeof createKiosk>;

/** The diagnostic log as plain text, one line per entry, oldest first (for a file staff send on). */
export function logText(entries: readonly LogEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
    .map((e) => `${new Date(e.at).toISOString()}\t${e.level}\t${e.message.replace(/\s+/g, ' ')}`)
    .join('\n');
}
