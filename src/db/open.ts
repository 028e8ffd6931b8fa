import { type IDBPDatabase, openDB } from 'idb';
import { toDbError } from './errors';
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
  try {
    return await openDB<BoardDB>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        // A failing step aborts the upgrade; openDB itself rejects, so this copy is not needed.
        tx.done.catch(() => undefined);
        runMigrations(db, tx, oldVersion, newVersion ?? version);
      },
      blocked: () => hooks.onBlocked?.(),
      blocking: () => hooks.onBlocking?.(),
      terminated: () => hooks.onTerminated?.(),
    });
  } catch (err) {
    throw toDbError(err);
  }
}
