// Going back to a daily snapshot: the same record checks and the same one-transaction write as
// a backup file. Kept apart from snapshots.ts so taking the daily snapshot at start-up does not
// load the backup code.
import type { IDBPDatabase } from 'idb';
import type { DayKey, Instant, Photo } from '../domain/types';
import { type BackupContent, BackupError, checkRecords, migrateRecords, restoreBackup } from './backup';
import { toDbError } from './errors';
import { type BoardDB, DB_VERSION, type Snapshot } from './schema';

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
  // A snapshot from an earlier schema version takes the same path through the migrations.
  const raw = await migrateRecords(snapshot.records, snapshot.schemaVersion);
  const sets = checkRecords(raw, null);
  const have = new Set(photoIds);
  const keep = (id: string | null) => (id && have.has(id) ? id : null);
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
