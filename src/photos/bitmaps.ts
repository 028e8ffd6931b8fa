// Thumbnails as decoded bitmaps, counted by use. An object URL costs a synchronous round trip to
// the browser (about 2.5 ms of main thread each at 4x CPU, forty on a board); createImageBitmap
// decodes off the main thread and a canvas draws it. A bitmap lives exactly while something on
// screen shows it and is closed when the last user lets go: the board runs for months.
import { batch, type Signal, signal } from '@preact/signals';
import type { Id, Photo } from '../domain/types';
import type { PhotoReader } from './reader';

/** null while it loads; 'none' when there is no such photo (or it cannot be decoded). */
export type Thumb = ImageBitmap | 'none' | null;

export type Decode = (blob: Blob) => Promise<ImageBitmap>;

interface Entry {
  thumb: Signal<Thumb>;
  refs: number;
  /** Replaced or deleted while on screen: a decode still on its way is never shown. */
  gone: boolean;
}

const close = (thumb: Thumb) => {
  if (thumb && thumb !== 'none') thumb.close();
};

export function createThumbs(reader: PhotoReader, decode: Decode) {
  const entries = new Map<Id, Entry>();
  /** Decoded bitmaps waiting to be shown together: one render for a board's worth, not forty. */
  let arrived: [Entry, Thumb][] = [];
  let loading = 0;
  const wanted = (entry: Entry) => entry.refs > 0 && !entry.gone;

  async function load(id: Id, entry: Entry) {
    loading++;
    let thumb: Thumb = 'none';
    try {
      const photo: Photo | undefined = await reader.read(id);
      // A view that left before the photo was read never gets a bitmap made for it.
      if (photo && wanted(entry)) thumb = await decode(photo.thumb);
    } catch {
      // An unreadable or undecodable thumbnail shows the pictogram, like a missing one.
    }
    arrived.push([entry, thumb]);
    if (--loading > 0) return;
    const ready = arrived;
    arrived = [];
    batch(() => {
      for (const [e, t] of ready) {
        if (wanted(e) && e.thumb.value === null) e.thumb.value = t;
        else close(t);
      }
    });
  }

  return {
    acquire(id: Id): Signal<Thumb> {
      const existing = entries.get(id);
      if (existing) {
        existing.refs++;
        return existing.thumb;
      }
      const entry: Entry = { thumb: signal(null), refs: 1, gone: false };
      entries.set(id, entry);
      void load(id, entry);
      return entry.thumb;
    },
    release(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.refs--;
      if (entry.refs > 0) return;
      entries.delete(id);
      close(entry.thumb.value);
    },
    /** Forget a photo that was replaced or deleted: its bitmap goes at once. */
    forget(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.gone = true;
      close(entry.thumb.value);
      entry.thumb.value = null;
    },
    /** Bitmaps made and not yet closed. */
    live(): number {
      let n = 0;
      for (const e of entries.values()) if (e.thumb.value && e.thumb.value !== 'none') n++;
      return n;
    },
  };
}
export type Thumbs = ReturnType<typeof createThumbs>;
