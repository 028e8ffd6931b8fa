// Daily snapshots inside the browser: once a day a copy of every record goes into the
// snapshots store, and only the last seven are kept. Restoring one goes through the same checks
// and the same one-transaction write as a backup file (snapshot-restore.ts, loaded only then).
import type { IDBPDatabase } from 'idb';
import type { DayKey, Instant } from '../domain/types';
import { toDbError } from './errors';
import type { RecordSets } from './repo';
import { type BoardDB, DB_VERSION, RECORD_STORES, type Snapshot } from './schema';
import { joinSettings } from './settings';

export const SNAPSHOTS_KEPT = 7;

export interface SnapshotInfo {
  day: DayKey;
  takenAt: Instant;
  people: number;
  tasks: number;
}

/**
 * Take today's snapshot unless there is one; drop the oldest beyond seven. One transaction, so a
 * snapshot is never half written. Returns whether a snapshot was taken.
 */
export async function takeDailySnapshot(
  db: IDBPDatabase<BoardDB>,
  day: DayKey,
  now: Instant,
): Promise<boolean> {
  try {
    const tx = db.transaction([...RECORD_STORES, 'meta', 'snapshots'] as const, 'readwrite', {
      durability: 'strict',
    });
    const snapshots = tx.objectStore('snapshots');
    if ((await snapshots.getKey(day)) !== undefined) {
      await tx.done;
      return false;
    }
    const [sets, settings, cafe] = await Promise.all([
      Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).getAll())),
      tx.objectStore('meta').get('settings'),
      tx.objectStore('meta').get('cafeSettings'),
    ]);
    const records = Object.fromEntries(RECORD_STORES.map((s, i) => [s, sets[i]])) as RecordSets;
    // An empty café (nothing set up yet) is not worth a slot.
    if (records.people.length + records.stations.length + records.tasks.length === 0) {
      await tx.done;
      return false;
    }
    const snapshot: Snapshot = {
      id: day,
      takenAt: now,
      schemaVersion: DB_VERSION,
      records,
      settings: joinSettings(settings?.value, cafe?.value),
    };
    void snapshots.put(snapshot);
    // The put above is queued first, so the keys include today's.
    const days = (await snapshots.getAllKeys()).sort();
    for (const old of days.slice(0, Math.max(0, days.length - SNAPSHOTS_KEPT))) void snapshots.delete(old);
    await tx.done;
    return true;
  } catch (err) {
    throw toDbError(err);
  }
}

/** Newest first. */
export async function listSnapshots(db: IDBPDatabase<BoardDB>): Promise<SnapshotInfo[]> {
  try {
    const all = await db.getAll('snapshots');
    return all
      .map((s) => ({
        day: s.id,
        takenAt: s.takenAt,
        people: s.records.people.length,
        tasks: s.records.tasks.length,
      }))
      .sort((a, b) => (a.day < b.day ? 1 : -1));
  } catch (err) {
    throw toDbError(err);
  }
}
