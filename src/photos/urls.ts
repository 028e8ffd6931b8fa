// Stored photos for the screen, counted by use. Every read asked for in the same moment shares one
// transaction (reader.ts). Thumbnails are data URLs (thumbs.ts); the one large photo of an open
// task keeps an object URL, which lives exactly while something on screen shows it and is revoked
// when the last user lets go.
import { type Signal, signal } from '@preact/signals';
import type { Id } from '../domain/types';
import { thumbDataUrl } from './dataUrl';
import { createPhotoReader, type ReadPhotos } from './reader';
import { createThumbs, type ToDataUrl } from './thumbs';

export type PhotoVariant = 'full' | 'thumb';

interface Entry {
  url: Signal<string | null>;
  refs: number;
}

export function createPhotoUrls(readMany: ReadPhotos, toDataUrl: ToDataUrl = thumbDataUrl) {
  const reader = createPhotoReader(readMany);
  const thumbs = createThumbs(reader, toDataUrl);
  const entries = new Map<Id, Entry>();
  return {
    thumbs,
    /** The full photo's object URL: null while loading; '' once it is known there is no picture. */
    acquire(id: Id): Signal<string | null> {
      const existing = entries.get(id);
      if (existing) {
        existing.refs++;
        return existing.url;
      }
      const entry: Entry = { url: signal(null), refs: 1 };
      entries.set(id, entry);
      reader.read(id).then(
        (photo) => {
          if (entries.get(id) !== entry) return;
          entry.url.value = photo ? URL.createObjectURL(photo.blob) : '';
        },
        () => {
          if (entries.get(id) === entry) entry.url.value = '';
        },
      );
      return entry.url;
    },
    release(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.refs--;
      if (entry.refs > 0) return;
      entries.delete(id);
      if (entry.url.value) URL.revokeObjectURL(entry.url.value);
    },
    /** Forget a photo that was replaced or deleted. */
    forget(id: Id): void {
      thumbs.forget(id);
      const entry = entries.get(id);
      if (entry?.url.value) {
        URL.revokeObjectURL(entry.url.value);
        entry.url.value = null;
      }
    },
    /** A photo stored since it was asked for (it came from another screen after its record). */
    arrived(id: Id): void {
      thumbs.arrived(id);
      const entry = entries.get(id);
      if (entry?.url.value !== '') return;
      entry.url.value = null;
      reader.read(id).then(
        (photo) => {
          if (entries.get(id) === entry && entry.url.value === null)
            entry.url.value = photo ? URL.createObjectURL(photo.blob) : '';
        },
        () => {
          if (entries.get(id) === entry) entry.url.value = '';
        },
      );
    },
    /** Object URLs made and not yet revoked. */
    live(): number {
      let n = 0;
      for (const e of entries.values()) if (e.url.value) n++;
      return n;
    },
  };
}
export type PhotoUrls = ReturnType<typeof createPhotoUrls>;
