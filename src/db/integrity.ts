// Checks at start that survive any crash: a record that points to a photo which is not stored
// (a save cut off, a bad import) loses the pointer instead of showing a broken picture forever.
import type { IDBPDatabase } from 'idb';
import type { Id } from '../domain/types';
import type { BoardDB } from './schema';

interface WithPhoto {
  photoId?: Id | null;
  steps?: { photoId?: Id | null }[];
}

/** Returns how many records were repaired. One strict transaction; only IndexedDB awaits. */
export async function clearDanglingPhotos(db: IDBPDatabase<BoardDB>): Promise<number> {
  const stores = (['tasks', 'people'] as const).filter((s) => db.objectStoreNames.contains(s));
  const tx = db.transaction<('tasks' | 'people' | 'photos')[], 'readwrite'>(
    [...stores, 'photos'],
    'readwrite',
    {
      durability: 'strict',
    },
  );
  const photos = new Set(await tx.objectStore('photos').getAllKeys());
  const missing = (id: Id | null | undefined) => !!id && !photos.has(id);
  let repaired = 0;
  for (const name of stores) {
    const store = tx.objectStore(name);
    for (const record of (await store.getAll()) as (WithPhoto & { id: Id })[]) {
      const stepBroken = record.steps?.some((s) => missing(s.photoId)) ?? false;
      if (!missing(record.photoId) && !stepBroken) continue;
      const fixed: WithPhoto & { id: Id } = { ...record };
      if (missing(record.photoId)) fixed.photoId = null;
      if (record.steps) {
        fixed.steps = record.steps.map((s) => (missing(s.photoId) ? { ...s, photoId: null } : s));
      }
      await store.put(fixed as never);
      repaired++;
    }
  }
  await tx.done;
  return repaired;
}

/**
 * Delete photos nothing points to (left by an older version, which kept replaced photos, or by a
 * restored snapshot). Edits delete a photo with its last pointer; this is the safety net at start.
 * Returns how many were deleted. One strict transaction; only IndexedDB awaits.
 */
export async function deleteUnreferencedPhotos(db: IDBPDatabase<BoardDB>): Promise<number> {
  const tx = db.transaction(['tasks', 'people', 'photos'], 'readwrite', { durability: 'strict' });
  const used = new Set<Id>();
  for (const task of await tx.objectStore('tasks').getAll()) {
    if (task.photoId) used.add(task.photoId);
    for (const s of task.steps) if (s.photoId) used.add(s.photoId);
  }
  for (const person of await tx.objectStore('people').getAll())
    if (person.portraitId) used.add(person.portraitId);
  const photos = tx.objectStore('photos');
  let deleted = 0;
  for (const id of await photos.getAllKeys()) {
    if (used.has(id)) continue;
    void photos.delete(id);
    deleted++;
  }
  await tx.done;
  return deleted;
}
