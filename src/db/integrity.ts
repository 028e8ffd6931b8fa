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
