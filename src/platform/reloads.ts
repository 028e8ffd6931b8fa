// Automatic reloads are rationed: at most 3 in 10 minutes, counted in localStorage so the count
// survives the reloads themselves. After that the app stops in a safe mode instead of looping.

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 10 * 60_000;
const KEY = 'dagstavlen.reloads';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage, or a memory stand-in when it is unavailable (then the limit is per page). */
export function browserKeyValue(): KeyValue {
  try {
    const ls = window.localStorage;
    ls.setItem('dagstavlen.probe', '1');
    ls.removeItem('dagstavlen.probe');
    return ls;
  } catch {
    const mem = new Map<string, string>();
    return {
      getItem: (k) => mem.get(k) ?? null,
      setItem: (k, v) => void mem.set(k, v),
      removeItem: (k) => void mem.delete(k),
    };
  }
}

export interface ReloadEntry {
  at: number;
  reason: string;
}

export function createReloadGuard(kv: KeyValue, reload: () => void, now: () => number = Date.now) {
  const recent = (): ReloadEntry[] => {
    try {
      const list = JSON.parse(kv.getItem(KEY) ?? '[]') as ReloadEntry[];
      const t = now();
      // A clock that jumped backwards must not keep old entries alive forever.
      return Array.isArray(list) ? list.filter((e) => e.at > t - RELOAD_WINDOW_MS && e.at <= t) : [];
    } catch {
      return [];
    }
  };
  return {
    recent,
    /** True when another automatic reload is still allowed now. */
    allowed: () => recent().length < MAX_RELOADS,
    /** Reload if allowed (and count it); false means: show the safe mode instead. */
    reload(reason: string): boolean {
      const list = recent();
      if (list.length >= MAX_RELOADS) return false;
      list.push({ at: now(), reason });
      kv.setItem(KEY, JSON.stringify(list));
      reload();
      return true;
    },
    /** A member of staff pressed "start again": their reload is not rationed. */
    clear: () => kv.removeItem(KEY),
  };
}
export type ReloadGuard = ReturnType<typeof createReloadGuard>;

/** Set after a start that found data; an empty database while it is set means the data was lost. */
const MARKER = 'dagstavlen.hasData';
export function createDataMarker(kv: KeyValue) {
  return {
    present: () => kv.getItem(MARKER) !== null,
    set: (at: number) => kv.setItem(MARKER, String(at)),
    clear: () => kv.removeItem(MARKER),
  };
}
