// Which photos a record points to: a task's finished-result photo and step photos, a person's
// portrait. Pure, so the store can tell when the last pointer to a photo goes (and delete it in
// the same transaction) and never bring back a pointer to a photo that is gone.
import type { Id, Person, Task } from '../domain/types';

/** The record stores whose records point to photos. */
export const PHOTO_STORES = ['tasks', 'people'] as const;
export type PhotoStore = (typeof PHOTO_STORES)[number];

const holdsPhotos = (store: string): store is PhotoStore =>
  (PHOTO_STORES as readonly string[]).includes(store);

/** Every photo id the record points to (none for records of other stores). */
export function photoRefs(store: string, record: unknown): Id[] {
  if (!record || !holdsPhotos(store)) return [];
  if (store === 'people') {
    const { portraitId } = record as Person;
    return portraitId ? [portraitId] : [];
  }
  const task = record as Task;
  const out: Id[] = [];
  if (task.photoId) out.push(task.photoId);
  for (const s of task.steps ?? []) if (s.photoId) out.push(s.photoId);
  return out;
}

/** The record with every pointer to a photo that `exists` denies set to null (same object if none). */
export function withoutMissingPhotos<R>(store: string, record: R, exists: (id: Id) => boolean): R {
  if (!record || !holdsPhotos(store) || photoRefs(store, record).every(exists)) return record;
  if (store === 'people') return { ...record, portraitId: null };
  const task = record as unknown as Task;
  const gone = (id: Id | null) => (id && !exists(id) ? null : id);
  return {
    ...record,
    photoId: gone(task.photoId),
    steps: task.steps.map((s) => (s.photoId && !exists(s.photoId) ? { ...s, photoId: null } : s)),
  };
}
