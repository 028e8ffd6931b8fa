// Today's snapshot, taken off the main thread: reading every record and writing them again as one
// record is structured cloning both ways, about a second of main thread at 4x CPU on a year of data,
// in one task just after the board was painted, where it held up the first taps.
import { type IDBPDatabase, wrap } from 'idb';
import { type BoardDB, DB_VERSION } from './schema';
import { takeDailySnapshot } from './snapshots';

export interface SnapshotAsked {
  name: string;
  day: string;
  now: number;
}
export type SnapshotAnswer = { taken: boolean } | { error: { name: string; message: string } };

addEventListener('message', async (e: MessageEvent<SnapshotAsked>) => {
  const { name, day, now } = e.data;
  let db: IDBDatabase | null = null;
  let answer: SnapshotAnswer;
  try {
    db = await openAsItIs(name);
    answer = { taken: await takeDailySnapshot(wrap(db) as IDBPDatabase<BoardDB>, day, now) };
  } catch (err) {
    const { name: kind = 'Error', message = String(err) } = (err ?? {}) as Partial<Error>;
    answer = { error: { name: kind, message } };
  } finally {
    db?.close();
  }
  postMessage(answer);
});

/** The board's database as it is: never created or upgraded here, let go at once for a new version. */
function openAsItIs(name: string): Promise<IDBDatabase> {
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
