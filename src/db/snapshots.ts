// Daily snapshots inside the browser: once a day a copy of every record goes into the
// snapshots store, and only the last seven are kept. Restoring one goes through the same checks
// and the same one-transaction write as a backup file.
import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { DayKey, Instant, Photo } from '../domain/types';
import { type BackupContent, BackupError, restoreBackup } from './backup';
import { RECORD_SCHEMAS } from './backup-schema';
import { toDbError } from './errors';
import type { RecordSets } from './repo';
import { type BoardDB, DB_VERSION, RECORD_STORES, type Snapshot } from './schema';

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
    const [sets, settings] = await Promise.all([
      Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).getAll())),
      tx.objectStore('meta').get('settings'),
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
      settings: settings?.value ?? null,
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

/**
 * Restore a snapshot: its records are checked like a file's, photos it refers to are taken from
 * the photos store (none are deleted), and a reference to a photo that is gone since is cleared
 * rather than left dangling.
 */
export async function restoreSnapshot(db: IDBPDatabase<BoardDB>, day: DayKey, now: Instant): Promise<void> {
  let snapshot: Snapshot | undefined;
  let photoIds: string[];
  try {
    snapshot = await db.get('snapshots', day);
    photoIds = await db.getAllKeys('photos');
  } catch (err) {
    throw toDbError(err);
  }
  if (!snapshot) throw new BackupError('damaged', `no snapshot for ${day}`);
  if (snapshot.schemaVersion !== DB_VERSION) {
    // Snapshots are stored records: a schema step that changes record shapes must upgrade them too.
    throw new BackupError('newer', `snapshot schema ${snapshot.schemaVersion}`);
  }
  const have = new Set(photoIds);
  const keep = (id: string | null) => (id && have.has(id) ? id : null);
  const records = {} as Record<string, unknown[]>;
  for (const s of RECORD_STORES) {
    records[s] = (snapshot.records[s] ?? []).map((row) => {
      const result = v.safeParse(RECORD_SCHEMAS[s], row);
      if (!result.success) throw new BackupError('invalid-record', `${s}: ${v.summarize(result.issues)}`);
      return result.output;
    });
  }
  const sets = records as RecordSets;
  sets.people = sets.people.map((p) => ({ ...p, portraitId: keep(p.portraitId) }));
  sets.tasks = sets.tasks.map((t) => ({
    ...t,
    photoId: keep(t.photoId),
    steps: t.steps.map((st) => ({ ...st, photoId: keep(st.photoId) })),
  }));
  const content: BackupContent = {
    schemaVersion: DB_VERSION,
    exportedAt: snapshot.takenAt,
    records: sets,
    photos: [] as Photo[],
    settings: snapshot.settings,
  };
  await restoreBackup(db, content, { keepPhotos: true, now });
}
