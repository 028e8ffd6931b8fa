// Older versions stored the demo café's drawings as SVG photos. An SVG can carry a script, so a
// photo is JPEG, PNG or WebP now (db/door.ts), and none of this screen's may go anywhere as SVG.
// Once, after the first paint: each SVG photo becomes its drawing's WebP under the same id, all in
// one transaction. An SVG that is none of our drawings (only a crafted file could have brought
// one) is deleted; the start-up check then unlinks it, and its task shows its pictogram.
import type { IDBPDatabase } from 'idb';
import type { Photo } from '../domain/types';
import type { DrawingLookup } from './backup';
import { checkPhotoBytes } from './photoCheck';
import type { BoardDB } from './schema';
import { sha256 } from './sha256';

const SVG = 'image/svg+xml';
/** Set in the same transaction, so this screen never reads all its photos for it again. */
const DONE = 'photosRaster';
const isSvg = (p: Photo) => p.blob.type === SVG || p.thumb.type === SVG;

export interface Replaced {
  replaced: number;
  deleted: number;
}

/**
 * Null when it was done before. Throws (and changes nothing) when a drawing cannot be had, e.g.
 * offline: the next start tries again, and the SVG still shows meanwhile.
 */
export async function replaceSvgPhotos(
  db: IDBPDatabase<BoardDB>,
  drawing: DrawingLookup,
): Promise<Replaced | null> {
  if (await db.get('meta', DONE)) return null;
  const found = (await db.getAll('photos')).filter(isSvg);
  const next = new Map<string, Photo | null>();
  for (const photo of found) {
    const bytes = new Uint8Array(await photo.blob.arrayBuffer());
    const own = await drawing(await sha256(bytes));
    const checked = own && checkPhotoBytes(own.full, own.thumb);
    if (!own || !checked?.ok) {
      next.set(photo.id, null);
      continue;
    }
    next.set(photo.id, {
      ...photo,
      blob: new Blob([own.full as Uint8Array<ArrayBuffer>], { type: checked.full.type }),
      thumb: new Blob([own.thumb as Uint8Array<ArrayBuffer>], { type: checked.thumb.type }),
      width: checked.full.width,
      height: checked.full.height,
    });
  }
  const tx = db.transaction(['photos', 'meta'], 'readwrite', { durability: 'strict' });
  const photos = tx.objectStore('photos');
  let replaced = 0;
  let deleted = 0;
  for (const [id, photo] of next) {
    // Only what is still the same SVG: an edit since the read wins.
    const now = await photos.get(id);
    if (!now || !isSvg(now)) continue;
    if (photo) {
      await photos.put(photo);
      replaced++;
    } else {
      await photos.delete(id);
      deleted++;
    }
  }
  await tx.objectStore('meta').put({ key: DONE, value: { at: Date.now(), replaced, deleted } });
  await tx.done;
  return { replaced, deleted };
}
