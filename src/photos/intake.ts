// Photo intake: look at the bytes first (what the file really is, how big it says it is, whether
// it is whole), then decode once with the browser's EXIF orientation, downscale, and re-encode
// (which drops EXIF and GPS), plus a thumbnail. Browser APIs only, no UI.
import { PHOTO_EDGE, THUMB_EDGE } from '../domain/fields';
import { imageShape, sniffImage } from '../domain/imagebytes';

export type PhotoErrorKind = 'empty' | 'not-image' | 'unsupported' | 'corrupt' | 'too-large';

export class PhotoError extends Error {
  constructor(
    readonly kind: PhotoErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoError';
  }
}

export interface Rendition {
  blob: Blob;
  thumb: Blob;
  width: number;
  height: number;
}

export const LIMITS = {
  displayEdge: PHOTO_EDGE,
  thumbEdge: THUMB_EDGE,
  maxBytes: 400 * 1024,
  thumbMaxBytes: 50 * 1024,
  /** Larger inputs are refused before decoding. */
  maxInputBytes: 40 * 1024 * 1024,
  /** A 50 MP photo decodes to 200 MB of pixels: refused from its header, before decoding. */
  maxPixels: 40_000_000,
};

/** Formats the board decodes itself; GIF is left out on purpose (a finished result is a photo). */
const DECODABLE = ['image/jpeg', 'image/png', 'image/webp'];

/** How a canvas becomes file bytes; the browser's own unless a test hands in a different one. */
export type Encoder = (canvas: OffscreenCanvas, type: string, quality: number) => Promise<Blob>;

const browserEncoder: Encoder = (canvas, type, quality) => canvas.convertToBlob({ type, quality });

export async function intakePhoto(file: Blob, encoder: Encoder = browserEncoder): Promise<Rendition> {
  if (file.size === 0) throw new PhotoError('empty', 'empty file');
  if (file.size > LIMITS.maxInputBytes) throw new PhotoError('too-large', `${file.size} bytes`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffImage(bytes);
  if (kind === 'heic' || /hei[cf]/i.test(file.type)) throw new PhotoError('unsupported', 'HEIC/HEIF');
  if (!kind) throw new PhotoError('not-image', `not a picture (${file.type || 'no type'})`);
  if (!DECODABLE.includes(kind)) throw new PhotoError('unsupported', kind);
  const shape = imageShape(bytes, kind);
  if (!shape) throw new PhotoError('corrupt', 'unreadable header');
  if (shape.width * shape.height > LIMITS.maxPixels) {
    throw new PhotoError('too-large', `${shape.width}×${shape.height}`);
  }
  // A cut-off file would otherwise decode with a grey lower half.
  if (!shape.complete) throw new PhotoError('corrupt', 'truncated');

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: kind }), { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('corrupt', 'cannot decode');
  }
  try {
    if (bitmap.width * bitmap.height > LIMITS.maxPixels) throw new PhotoError('too-large', 'decoded size');
    const full = await encode(bitmap, LIMITS.displayEdge, LIMITS.maxBytes, encoder);
    const thumb = await encode(bitmap, LIMITS.thumbEdge, LIMITS.thumbMaxBytes, encoder);
    return { blob: full.blob, thumb: thumb.blob, width: full.width, height: full.height };
  } finally {
    bitmap.close();
  }
}

/**
 * WebP if the browser really makes WebP (checked from the bytes, not blob.type: a browser without
 * a WebP encoder silently hands back PNG), else JPEG. The stored type is always the bytes' type.
 */
async function toBlob(canvas: OffscreenCanvas, quality: number, encoder: Encoder): Promise<Blob> {
  const webp = await encoder(canvas, 'image/webp', quality);
  if (
    webp.type === 'image/webp' &&
    sniffImage(new Uint8Array(await webp.slice(0, 16).arrayBuffer())) === 'image/webp'
  ) {
    return webp;
  }
  const jpeg = await encoder(canvas, 'image/jpeg', quality);
  const head = new Uint8Array(await jpeg.slice(0, 4).arrayBuffer());
  if (sniffImage(head) !== 'image/jpeg')
    throw new PhotoError('unsupported', 'this browser cannot encode photos');
  return jpeg.type === 'image/jpeg' ? jpeg : new Blob([jpeg], { type: 'image/jpeg' });
}

async function encode(bitmap: ImageBitmap, edge: number, maxBytes: number, encoder: Encoder) {
  // Lower the quality first; if a very detailed picture still does not fit, make it smaller.
  for (let shrink = 1; shrink >= 0.5; shrink -= 0.125) {
    const scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height)) * shrink;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PhotoError('corrupt', 'no 2d context');
    ctx.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.82, 0.7, 0.55, 0.4]) {
      const blob = await toBlob(canvas, quality, encoder);
      if (blob.size <= maxBytes) return { blob, width, height };
    }
  }
  throw new PhotoError('too-large', 'cannot reach size budget');
}
