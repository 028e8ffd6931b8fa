// A photo's bytes held to what the photo intake makes (part of the one door, db/door.ts). Apart from
// the record rules so that upkeep's photo work does not load the schemas. Pure.
import { PHOTO_EDGE, THUMB_EDGE } from '../domain/fields';
import { imageShape, sniffImage } from '../domain/imagebytes';

/** The picture types a photo may be: what the photo intake takes (and makes). */
export const PHOTO_TYPES = ['image/webp', 'image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Far above what the intake makes (400 KB), room for older pictures; a bound, not a budget. */
export const PHOTO_MAX_BYTES = 4 * 1024 * 1024;

export interface PhotoPart {
  /** What the bytes are, whatever the sender said. */
  type: PhotoType;
  width: number;
  height: number;
}
export type PhotoCheck = { ok: true; full: PhotoPart; thumb: PhotoPart } | { ok: false; reason: string };

/**
 * A photo's two renditions as the photo intake makes them: JPEG, PNG or WebP by their bytes (never
 * SVG, GIF or HEIC), whole, and no larger than 1600 px (full) and 320 px (thumbnail). Store the
 * Blobs with the types returned here, and the full rendition's width and height.
 */
export function checkPhotoBytes(full: Uint8Array, thumb: Uint8Array): PhotoCheck {
  const f = part(full, PHOTO_EDGE);
  if (typeof f === 'string') return { ok: false, reason: `full: ${f}` };
  const t = part(thumb, THUMB_EDGE);
  if (typeof t === 'string') return { ok: false, reason: `thumb: ${t}` };
  return { ok: true, full: f, thumb: t };
}

function part(bytes: Uint8Array, edge: number): PhotoPart | string {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > PHOTO_MAX_BYTES) return `${bytes.length} bytes`;
  const kind = sniffImage(bytes);
  if (!kind || !(PHOTO_TYPES as readonly string[]).includes(kind)) return `is ${kind ?? 'not a picture'}`;
  const type = kind as PhotoType;
  const shape = imageShape(bytes, type);
  if (!shape) return 'unreadable header';
  if (!shape.complete) return 'cut off';
  const { width, height } = shape;
  if (width < 1 || height < 1 || Math.max(width, height) > edge) return `${width}×${height} px`;
  return { type, width, height };
}
