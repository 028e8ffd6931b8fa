// Edit mode: a PIN set on first use, unlock, a persisted lockout after wrong tries, a recovery code,
// and auto-lock after idle time with a warning first. Participants never need any of it.
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Repo } from '../db/repo';
import type { StoredPin } from './pin';

/** The PIN hashing (PBKDF2) loads when someone first uses the keypad, not with the board. */
const secrets = () => import('./pin');

export const PIN_KEY = 'staffPin';
export const LOCKOUT_KEY = 'staffLockout';
export const SESSION_SETTINGS_KEY = 'staffSession';

/** Wrong tries allowed before the keypad locks. */
export const FREE_TRIES = 5;
const FIRST_LOCK_S = 60;
const MAX_LOCK_S = 15 * 60;
/** The "Jeg er her stadig" warning shows this long before auto-lock. */
export const WARNING_S = 20;
export const DEFAULT_IDLE_MINUTES = 3;

export interface Lockout {
  failures: number;
  /** When the current lock began (null: not locked). */
  lockedAt: number | null;
  seconds: number;
}
const NO_LOCKOUT: Lockout = { failures: 0, lockedAt: null, seconds: 0 };

export type UnlockResult = 'ok' | 'wrong' | 'locked' | 'format' | 'failed';

export interface SessionOptions {
  /** The system clock (injected so tests control it). */
  read?: () => number;
  /** Skip calibration (tests). */
  iterations?: number;
}

/** 60 s after the fifth wrong try, then doubling with each further wrong try, at most 15 min. */
export function lockSeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_TRIES));
}

/** `meta`: the stored settings as read at start (Startup.meta), so the PIN costs no read of its own. */
export function createSession(
  repo: Repo,
  onError: (err: unknown) => void,
  meta: ReadonlyMap<string, unknown>,
  opts: SessionOptions = {},
) {
  const read = opts.read ?? (() => Date.now());
  const storedPin = meta.get(PIN_KEY) as StoredPin | undefined;
  const storedLockout = meta.get(LOCKOUT_KEY) as Lockout | undefined;
  const storedSettings = meta.get(SESSION_SETTINGS_KEY) as { idleMinutes?: number } | undefined;
  const pin = signal<StoredPin | null>(storedPin ?? null);
  const lockout = signal<Lockout>(storedLockout ?? NO_LOCKOUT);
  const unlocked = signal(false);
  const busy = signal(false);
  const idleMinutes = signal(storedSettings?.idleMinutes ?? DEFAULT_IDLE_MINUTES);
  /** Seconds until auto-lock while the warning shows; null otherwise. */
  const warning = signal<number | null>(null);
  /** A one-second beat, only while a countdown is on screen. */
  const beat = signal(read());

  let lastActivity = read();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let beatTimer: ReturnType<typeof setInterval> | undefined;

  const lockedMs = computed(() => {
    const { lockedAt, seconds } = lockout.value;
    if (lockedAt === null) return 0;
    const left = lockedAt + seconds * 1000 - beat.value;
    // A clock set backwards must not stretch the lock beyond its length.
    return Math.max(0, Math.min(seconds * 1000, left));
  });
  const lockedFor = computed(() => Math.ceil(lockedMs.value / 1000));

  function runBeat() {
    const needed = lockedMs.value > 0 || warning.value !== null;
    if (needed && !beatTimer) {
      beatTimer = setInterval(() => {
        beat.value = read();
        if (warning.value !== null) updateIdle();
        if (lockedMs.value === 0 && warning.value === null) stopBeat();
      }, 1000);
    } else if (!needed) stopBeat();
  }
  function stopBeat() {
    clearInterval(beatTimer);
    beatTimer = undefined;
  }

  async function saveLockout(next: Lockout) {
    lockout.value = next;
    beat.value = read();
    runBeat();
    try {
      await repo.commit({ meta: [{ key: LOCKOUT_KEY, value: next }] });
    } catch (err) {
      onError(err);
    }
  }

  /** A clock set backwards restarts the lock from now, instead of stretching it by the jump. */
  async function settleClockJump() {
    const now = read();
    const current = lockout.value;
    if (current.lockedAt !== null && now < current.lockedAt) await saveLockout({ ...current, lockedAt: now });
    beat.value = now;
  }

  // ---- idle auto-lock --------------------------------------------------------------------------
  const idleMs = () => idleMinutes.value * 60_000;

  function updateIdle() {
    clearTimeout(idleTimer);
    if (!unlocked.value) {
      warning.value = null;
      return;
    }
    const left = lastActivity + idleMs() - read();
    if (left <= 0) {
      lock();
      return;
    }
    if (left <= WARNING_S * 1000) {
      warning.value = Math.ceil(left / 1000);
      runBeat();
      idleTimer = setTimeout(updateIdle, Math.min(left, 1000));
    } else {
      warning.value = null;
      idleTimer = setTimeout(updateIdle, left - WARNING_S * 1000);
    }
  }

  /** Any touch or key while unlocked keeps edit mode open. */
  function activity() {
    lastActivity = read();
    if (warning.value !== null) updateIdle();
  }

  function openEditMode() {
    unlocked.value = true;
    lastActivity = read();
    updateIdle();
  }

  function lock() {
    clearTimeout(idleTimer);
    unlocked.value = false;
    warning.value = null;
    runBeat();
  }

  // ---- PIN ---------------------------------------------------------------------------------
  async function guarded(work: () => Promise<UnlockResult>): Promise<UnlockResult> {
    if (busy.value) return 'failed';
    busy.value = true;
    try {
      return await work();
    } catch (err) {
      onError(err);
      return 'failed';
    } finally {
      busy.value = false;
    }
  }

  async function wrongTry(): Promise<UnlockResult> {
    const failures = lockout.value.failures + 1;
    const seconds = lockSeconds(failures);
    await saveLockout({ failures, lockedAt: seconds > 0 ? read() : null, seconds });
    return seconds > 0 ? 'locked' : 'wrong';
  }

  async function succeeded(): Promise<UnlockResult> {
    if (lockout.value.failures > 0) await saveLockout(NO_LOCKOUT);
    openEditMode();
    return 'ok';
  }

  // A lockout still running after a reload keeps counting down.
  runBeat();

  return {
    unlocked: unlocked as ReadonlySignal<boolean>,
    hasPin: computed(() => pin.value !== null),
    busy: busy as ReadonlySignal<boolean>,
    /** Seconds left of a lockout (0: the keypad is open). */
    lockedFor,
    /** Wrong tries left before the next lock. */
    triesLeft: computed(() => Math.max(0, FREE_TRIES - lockout.value.failures)),
    warning: warning as ReadonlySignal<number | null>,
    idleMinutes: idleMinutes as ReadonlySignal<number>,

    /** First use: hash and store the PIN; returns the recovery code to show once. */
    async setPin(next: string): Promise<{ ok: true; recoveryCode: string } | { ok: false }> {
      const { isPin, calibrateIterations, newRecoveryCode, hashSecret } = await secrets();
      if (!isPin(next) || busy.value) return { ok: false };
      // Changing a PIN needs edit mode; choosing the first one does not.
      if (pin.value && !unlocked.value) return { ok: false };
      busy.value = true;
      try {
        const iterations = opts.iterations ?? (await calibrateIterations());
        const recoveryCode = newRecoveryCode();
        const value: StoredPin = {
          version: 1,
          pin: await hashSecret(next, iterations),
          recovery: await hashSecret(recoveryCode, iterations),
        };
        await repo.commit({
          meta: [
            { key: PIN_KEY, value },
            { key: LOCKOUT_KEY, value: NO_LOCKOUT },
          ],
        });
        pin.value = value;
        lockout.value = NO_LOCKOUT;
        openEditMode();
        return { ok: true, recoveryCode };
      } catch (err) {
        onError(err);
        return { ok: false };
      } finally {
        busy.value = false;
      }
    },

    unlock(attempt: string): Promise<UnlockResult> {
      return guarded(async () => {
        const stored = pin.value;
        if (!stored) return 'failed';
        const { isPin, verifySecret } = await secrets();
        await settleClockJump();
        if (lockedMs.value > 0) return 'locked';
        if (!isPin(attempt)) return 'format';
        return (await verifySecret(attempt, stored.pin)) ? succeeded() : wrongTry();
      });
    },

    /**
     * The unlock that needs no memory (WCAG 3.3.8). The code is long enough that guessing is
     * hopeless, so it works during a PIN lockout; a wrong code still counts as a wrong try.
     */
    unlockWithRecovery(code: string): Promise<UnlockResult> {
      return guarded(async () => {
        const stored = pin.value;
        if (!stored) return 'failed';
        const { normalizeRecoveryCode, verifySecret } = await secrets();
        const normal = normalizeRecoveryCode(code);
        if (normal.length !== 14) return 'format';
        if (await verifySecret(normal, stored.recovery)) return succeeded();
        await wrongTry();
        return 'wrong';
      });
    },

    /** The café's PIN as stored now (changed on another screen or tab). */
    adoptPin(stored: StoredPin | undefined) {
      pin.value = stored ?? null;
    },

    lock,
    activity,
    stillHere: activity,

    async setIdleMinutes(minutes: number): Promise<boolean> {
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60) return false;
      try {
        await repo.commit({ meta: [{ key: SESSION_SETTINGS_KEY, value: { idleMinutes: minutes } }] });
        idleMinutes.value = minutes;
        activity();
        updateIdle();
        return true;
      } catch (err) {
        onError(err);
        return false;
      }
    },

    dispose() {
      clearTimeout(idleTimer);
      stopBeat();
    },
  };
}

export type Session = Awaited<ReturnType<typeof createSession>>;
