// Thumbnails as data URLs for <img>, counted by use. A canvas per thumbnail (drawn from a bitmap)
// was a composited layer of its own: a board of a hundred cards committed two hundred layers in
// every frame, half of each frame of a drag at 4x CPU. An image paints into the board's layer. An
// object URL costs a synchronous round trip to the browser (about 2.5 ms of main thread each at 4x
// CPU); a data URL is made in a worker and costs the page only its string, which goes with its
// last user: nothing to revoke or close, and the board runs for months.
import { batch, type Signal, signal } from '@preact/signals';
import type { Id, Photo } from '../domain/types';
import type { PhotoReader } from './reader';

/** A data URL; null while it loads; 'none' when there is no such photo (or it cannot be read). */
export type Thumb = string | null;

export type ToDataUrl = (blob: Blob) => Promise<string>;

interface Entry {
  thumb: Signal<Thumb>;
  refs: number;
  /** Replaced or deleted while on screen: a picture still on its way is never shown. */
  gone: boolean;
  /** Stored after it was asked for (from another screen), not part of a screen's first render. */
  late: boolean;
}

/**
 * Pictures that came from another screen are shown a few per task: a wall catching up with a day
 * of photos set twenty data URLs in one task, and the browser parses each image's URL as its src
 * is set (about 125 ms of one 200 ms task at 4x CPU, while someone may be tapping).
 */
const LATE_PER_TASK = 3;

export function createThumbs(reader: PhotoReader, toDataUrl: ToDataUrl) {
  const entries = new Map<Id, Entry>();
  /** Pictures waiting to be shown together: one render for a board's worth, not forty. */
  let arrived: [Entry, Thumb][] = [];
  let loading = 0;
  const wanted = (entry: Entry) => entry.refs > 0 && !entry.gone;

  async function load(entry: Entry, id: Id) {
    loading++;
    let thumb: Thumb = 'none';
    try {
      const photo: Photo | undefined = await reader.read(id);
      // A view that left before the photo was read never gets its picture made.
      if (photo && wanted(entry)) thumb = await toDataUrl(photo.thumb);
    } catch {
      // An unreadable thumbnail shows the pictogram, like a missing one.
    }
    arrived.push([entry, thumb]);
    if (--loading > 0) return;
    const ready = arrived;
    arrived = [];
    show(ready.filter(([e]) => !e.late));
    const late = ready.filter(([e]) => e.late);
    for (let i = 0; i < late.length; i += LATE_PER_TASK) {
      const slice = late.slice(i, i + LATE_PER_TASK);
      if (i === 0) show(slice);
      else setTimeout(() => show(slice));
    }
  }

  function show(ready: [Entry, Thumb][]) {
    batch(() => {
      for (const [e, t] of ready) {
        e.late = false;
        if (wanted(e) && e.thumb.value === null) e.thumb.value = t;
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
      const entry: Entry = { thumb: signal(null), refs: 1, gone: false, late: false };
      entries.set(id, entry);
      void load(entry, id);
      return entry.thumb;
    },
    release(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.refs--;
      if (entry.refs > 0) return;
      entries.delete(id);
    },
    /** Forget a photo that was replaced or deleted: its picture goes at once. */
    forget(id: Id): void {
      const entry = entries.get(id);
      if (!entry) return;
      entry.gone = true;
      entry.thumb.value = null;
    },
    /** A photo stored since it was asked for (it came from another screen after its record). */
    arrived(id: Id): void {
      const entry = entries.get(id);
      if (!entry || entry.gone || entry.thumb.value !== 'none') return;
      entry.thumb.value = null;
      entry.late = true;
      void load(entry, id);
    },
    /** Thumbnails held for something on screen, with their picture. */
    live(): number {
      let n = 0;
      for (const e of entries.values()) if (e.thumb.value && e.thumb.value !== 'none') n++;
      return n;
    },
  };
}
export type Thumbs = ReturnType<typeof createThumbs>;
