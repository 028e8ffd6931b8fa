// Today's snapshot, taken off the main thread: reading every record and writing them again as one
// record is structured cloning both ways, about a second of main thread at 4x CPU on a year of data,
// in one task just after the board was painted, where it held up the first taps.
import { type IDBPDatabase, wrap } from 'idb';
import { openAsItIs } from './open';
import type { BoardDB } from './schema';
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
