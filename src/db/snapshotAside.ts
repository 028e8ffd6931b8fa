// Today's snapshot taken in a worker (snapshot.worker.ts), so that the board answers taps while a
// year of records is copied; where no module worker starts, on the main thread as before.
import type { IDBPDatabase } from 'idb';
import type { DayKey, Instant } from '../domain/types';
import type { BoardDB } from './schema';
import type { SnapshotAnswer, SnapshotAsked } from './snapshot.worker';
import { takeDailySnapshot } from './snapshots';

/** takeDailySnapshot, off the main thread: whether a snapshot was taken. */
export function takeDailySnapshotAside(
  db: IDBPDatabase<BoardDB>,
  day: DayKey,
  now: Instant,
): Promise<boolean> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return takeDailySnapshot(db, day, now);
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<SnapshotAnswer>) => {
      worker.terminate();
      if ('taken' in e.data) resolve(e.data.taken);
      else reject(Object.assign(new Error(e.data.error.message), { name: e.data.error.name }));
    });
    // A worker that cannot start, or an answer that cannot arrive: here, as before (a snapshot is
    // taken once a day, so one the worker already took is not taken twice).
    const here = () => {
      worker.terminate();
      takeDailySnapshot(db, day, now).then(resolve, reject);
    };
    worker.addEventListener('error', here);
    worker.addEventListener('messageerror', here);
    const asked: SnapshotAsked = { name: db.name, day, now };
    worker.postMessage(asked);
  });
}
