// Photo intake: decode once with the browser's EXIF orientation, downscale, re-encode (which
// drops EXIF and GPS), and make a thumbnail. Browser APIs only, no UI.

export type PhotoErrorKind = 'unsupported' | 'empty' | 'corrupt' | 'too-large';

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
  displayEdge: 1600,
  thumbEdge: 320,
  maxBytes: 400 * 1024,
  /** Larger inputs are refused before decoding (a 50 MP photo decodes to 200 MB). */
  maxInputBytes: 40 * 1024 * 1024,
};

export async function intakePhoto(file: Blob): Promise<Rendition> {
  if (file.size === 0) throw new PhotoError('empty', 'empty file');
  if (file.size > LIMITS.maxInputBytes) throw new PhotoError('too-large', 'file too large');
  if (/hei[cf]/i.test(file.type)) throw new PhotoError('unsupported', file.type);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('corrupt', 'cannot decode');
  }
  try {
    const full = await encode(bitmap, LIMITS.displayEdge, LIMITS.maxBytes);
    const thumb = await encode(bitmap, LIMITS.thumbEdge, LIMITS.maxBytes / 8);
    return { blob: full.blob, thumb: thumb.blob, width: full.width, height: full.height };
  } finally {
    bitmap.close();
  }
}

async function encode(bitmap: ImageBitmap, edge: number, maxBytes: number) {
  const scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('corrupt', 'no 2d context');
  ctx.drawImage(bitmap, 0, 0, width, height);
  for (const quality of [0.82, 0.7, 0.55, 0.4]) {
    let blob = await canvas.convertToBlob({ type: 'image/webp', quality });
    // Some browsers silently return PNG for an unsupported type: fall back to JPEG.
    if (blob.type !== 'image/webp') blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (blob.size <= maxBytes) return { blob, width, height };
  }
  throw new PhotoError('too-large', 'cannot reach size budget');
}
