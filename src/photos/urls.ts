// Object URLs for stored photos, counted by use: a URL lives exactly while something on screen
// shows it, and is revoked when the last user lets go.
import { type Signal, signal } from '@preact/signals';
import type { Id, Photo } from '../domain/types';

export type PhotoVariant = 'full' | 'thumb';

interface Entry {
  url: Signal<string | null>;
  refs: number;
}

export function createPhotoUrls(load: (id: Id) => Promise<Photo | undefined>) {
  const entries = new Map<string, Entry>();
  return {
    acquire(id: Id, variant: PhotoVariant): Signal<string | null> {
      const key = `${variant}:${id}`;
      const existing = entries.get(key);
      if (existing) {
        existing.refs++;
        return existing.url;
      }
      const entry: Entry = { url: signal(null), refs: 1 };
      entries.set(key, entry);
      // null while loading; '' once it is known there is no picture (the pictogram shows instead).
      load(id).then(
        (photo) => {
          if (entries.get(key) !== entry) return;
          entry.url.value = photo ? URL.createObjectURL(variant === 'thumb' ? photo.thumb : photo.blob) : '';
        },
        () => {
          if (entries.get(key) === entry) entry.url.value = '';
        },
      );
      return entry.url;
    },
    release(id: Id, variant: PhotoVariant): void {
      const key = `${variant}:${id}`;
      const entry = entries.get(key);
      if (!entry) return;
      entry.refs--;
      if (entry.refs > 0) return;
      entries.delete(key);
      if (entry.url.value) URL.revokeObjectURL(entry.url.value);
    },
    /** Forget a photo that was replaced or deleted. */
    forget(id: Id): void {
      for (const variant of ['full', 'thumb'] as const) {
        const entry = entries.get(`${variant}:${id}`);
        if (entry?.url.value) {
          URL.revokeObjectURL(entry.url.value);
          entry.url.value = null;
        }
      }
    },
    live(): number {
      let n = 0;
      for (const e of entries.values()) if (e.url.value) n++;
      return n;
    },
  };
}
export type PhotoUrls = ReturnType<typeof createPhotoUrls>;
