import { type IDBPDatabase, openDB, wrap } from 'idb';
import { DbError, toDbError } from './errors';
import { runMigrations } from './migrations';
import { type BoardDB, DB_VERSION } from './schema';

export interface OpenHooks {
  /** Another tab wants a newer version: close and reload so nobody is stuck. */
  onBlocking?: () => void;
  /** The browser closed the connection abnormally (e.g. storage cleared). */
  onTerminated?: () => void;
  /** Our upgrade waits for an old tab to close. */
  onBlocked?: () => void;
}

export async function openDatabase(
  name: string,
  hooks: OpenHooks = {},
  version = DB_VERSION,
): Promise<IDBPDatabase<BoardDB>> {
  // A step that throws aborts the versionchange transaction: IndexedDB keeps the database at its
  // old version with all its data, and the open fails. Remember why, so start-up can say so.
  let failedStep: unknown;
  try {
    return await openDB<BoardDB>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        // openDB itself rejects, so this copy of the failure is not needed.
        tx.done.catch(() => undefined);
        try {
          runMigrations(db, tx, oldVersion, newVersion ?? version);
        } catch (err) {
          failedStep = err;
          throw err;
        }
      },
      blocked: () => hooks.onBlocked?.(),
      blocking: () => hooks.onBlocking?.(),
      terminated: () => hooks.onTerminated?.(),
    });
  } catch (err) {
    if (failedStep !== undefined) {
      const why = (failedStep as Error)?.message ?? String(failedStep);
      throw new DbError('upgrade', `upgrading ${name} to version ${version} failed: ${why}`, failedStep);
    }
    throw toDbError(err);
  }
}

export interface WatchdogOptions {
  /** Give up on one attempt after this long (a backing store that hangs never answers). */
  timeoutMs?: number;
  attempts?: number;
  /** Replaceable for tests. */
  open?: typeof openDatabase;
  wait?: (ms: number) => Promise<void>;
}

/**
 * Open with a watchdog: an attempt that fails or hangs is retried once after a short pause
 * (Chromium's "Internal error opening backing store" after a power cut often clears on retry).
 * A newer version on disk is not retried: waiting will not help.
 */
export async function openWithWatchdog(
  name: string,
  hooks: OpenHooks = {},
  { timeoutMs = 8_000, attempts = 2, open = openDatabase, wait = sleep }: WatchdogOptions = {},
): Promise<IDBPDatabase<BoardDB>> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await wait(500 * i);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = open(name, hooks);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DbError('unreadable', `opening ${name} hung`)), timeoutMs);
    });
    try {
      return await Promise.race([attempt, timeout]);
    } catch (err) {
      last = toDbError(err);
      // A late success of a hung attempt must not leave a stray connection open.
      attempt.then((db) => db.close()).catch(() => undefined);
      if ((last as DbError).kind === 'version') break;
    } finally {
      clearTimeout(timer);
    }
  }
  throw last;
}

/**
 * The connection index.html began opening while the code loaded (an inline script, so the
 * browser's open overlaps the download and evaluation of the code). It never creates or upgrades:
 * a missing database or one at another version is left to openWithWatchdog and the migrations.
 * Null when there is none to take, it failed, or it has not answered within the watchdog's time.
 */
export async function takeEarlyConnection(
  name: string,
  hooks: OpenHooks = {},
  timeoutMs = 8_000,
): Promise<IDBPDatabase<BoardDB> | null> {
  const early = (globalThis as { earlyDatabase?: Promise<IDBDatabase | null> }).earlyDatabase;
  if (!early) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((done) => {
    timer = setTimeout(() => done(null), timeoutMs);
  });
  const raw = await Promise.race([early.catch(() => null), late]);
  clearTimeout(timer);
  if (!raw) {
    // A late answer must not leave a stray connection open.
    void early.then(
      (db) => db?.close(),
      () => undefined,
    );
    return null;
  }
  if (raw.name !== name || raw.version !== DB_VERSION) {
    raw.close();
    return null;
  }
  // From here on the app's hooks answer, as they would for its own open.
  raw.onversionchange = null;
  raw.addEventListener('versionchange', () => hooks.onBlocking?.());
  raw.addEventListener('close', () => hooks.onTerminated?.());
  return wrap(raw) as IDBPDatabase<BoardDB>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The board's database as it is, for a worker beside the page: never created or upgraded here
 * (the page does that), and let go at once when a new version wants it.
 */
export function openAsItIs(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const q = indexedDB.open(name);
    q.onupgradeneeded = () => q.transaction?.abort();
    q.onsuccess = () => {
      const db = q.result;
      if (db.version !== DB_VERSION) {
        db.close();
        reject(new Error(`the database is at version ${db.version}, not ${DB_VERSION}`));
        return;
      }
      db.onversionchange = () => db.close();
      resolve(db);
    };
    q.onerror = () => reject(q.error);
  });
}
