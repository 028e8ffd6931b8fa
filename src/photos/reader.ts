// Reads stored photos in batches: every photo asked for in the same moment (a board mounting its
// cards) comes from ONE readonly transaction instead of one each, which on a cold start saved
// about forty transactions.
import type { Id, Photo } from '../domain/types';

/** Reads several photos at once, answering in the order asked (undefined: not stored). */
export type ReadPhotos = (ids: readonly Id[]) => Promise<(Photo | undefined)[]>;

interface Waiting {
  resolve: (photo: Photo | undefined) => void;
  reject: (err: unknown) => void;
}

export function createPhotoReader(readMany: ReadPhotos) {
  let queue: Map<Id, Waiting[]> | null = null;

  function flush() {
    const asked = queue;
    queue = null;
    if (!asked) return;
    const ids = [...asked.keys()];
    readMany(ids).then(
      (photos) => {
        ids.forEach((id, i) => {
          for (const w of asked.get(id) ?? []) w.resolve(photos[i]);
        });
      },
      (err) => {
        for (const list of asked.values()) for (const w of list) w.reject(err);
      },
    );
  }

  return {
    /** One photo; asked together with every other read in this turn of the event loop. */
    read(id: Id): Promise<Photo | undefined> {
      return new Promise((resolve, reject) => {
        if (!queue) {
          queue = new Map();
          // A microtask later: all effects of one render have asked by then.
          queueMicrotask(flush);
        }
        const list = queue.get(id);
        if (list) list.push({ resolve, reject });
        else queue.set(id, [{ resolve, reject }]);
      });
    },
  };
}
export type PhotoReader = ReturnType<typeof createPhotoReader>;
