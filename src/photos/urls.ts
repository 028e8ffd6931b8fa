// Stored photos for the screen, counted by use. Every read asked for in the same moment shares one
// transaction (reader.ts). Thumbnails and the one large photo of an open task alike are data URLs
// made in a worker (dataUrl.ts): an object URL is a synchronous round trip to the browser on the
// main thread (2.5 to 30 ms at 4x CPU), which for the large photo landed in the frames just after
// the tap that opened the task. A data URL lives exactly while something on screen holds it and
// goes with its last user: nothing to revoke.
import { type Signal, signal } from '@preact/signals';
import type { Id } from '../domain/types';
import { photoDataUrl, thumbDataUrl } from './dataUrl';
import { createPhotoReader, type ReadPhotos } from './reader';
import { createThumbs, type ToDataUrl } from './thumbs';

export type PhotoVariant = 'full' | 'thumb';

interface Entry {
  url: Signal<string | null>;
  refs: number;
}

export function createPhotoUrls(
  readMany: ReadPhotos,
  toDataUrl: ToDataUrl = thumbDataUrl,
  fullDataUrl: ToDataUrl = photoDataUrl,
) {
  const reader = createPhotoReader(readMany);
  const thumbs = createThumbs(reader, toDataUrl);
  const entries = new Map<Id, Entry>();
  /** Read the photo and make its URL, unless its last user left (or it was forgotten) meanwhile. */
  const load = (id: Id, entry: Entry) => {
    const still = () => entries.get(id) === entry && entry.url.value === null;
    reader
      .read(id)
      .then(async (photo) => {
        if (!still()) return;
        const url = photo ? await fullDataUrl(photo.blob) : '';
        if (still()) entry.url.value = url;
      })
      .catch(() => {
        if (still()) entry.url.value = '';
      });
  };
  return {
    thumbs,
    /** The full photo's data URL: null while loading; '' once it is known there is no picture. */
    acquire(id: Id): Signal<string | null> {
      const existing = entries.get(id);
      if (existing) {
        existing.refs++;
        return existing.url;
      }
      const entry: Entry = { url: signal(null), refs: 1 };
      entries.set(id, entry);
      load(id, entry);
      return entry.url;
    },
    release(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.refs--;
      if (entry.refs > 0) return;
      entries.delete(id);
    },
    /** Forget a photo that was replaced or deleted. */
    forget(id: Id): void {
      thumbs.forget(id);
      const entry = entries.get(id);
      if (entry?.url.value) entry.url.value = null;
    },
    /** A photo stored since it was asked for (it came from another screen after its record). */
    arrived(id: Id): void {
      thumbs.arrived(id);
      const entry = entries.get(id);
      if (entry?.url.value !== '') return;
      entry.url.value = null;
      load(id, entry);
    },
    /** Full photos held for the screen. */
    live(): number {
      let n = 0;
      for (const e of entries.values()) if (e.url.value) n++;
      return n;
    },
  };
}
export type PhotoUrls = ReturnType<typeof createPhotoUrls>;
