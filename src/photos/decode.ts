// A stored thumbnail decoded to a bitmap, off the main thread where the browser can.
import type { Decode } from './bitmaps';

/** Longest edge of a drawn (SVG) picture's bitmap: the same as a photo's stored thumbnail. */
const DRAWN_EDGE = 320;

export const decodeThumb: Decode = async (blob) => {
  if (blob.type !== 'image/svg+xml') return createImageBitmap(blob);
  // createImageBitmap takes no SVG Blob (and from an SVG image it gives a blank bitmap in Chromium
  // 156): the demo café's drawn pictures are drawn once through an image, whose URL lives only
  // until the bitmap is made.
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const w = img.naturalWidth || 4;
    const h = img.naturalHeight || 3;
    const scale = DRAWN_EDGE / Math.max(w, h);
    const canvas = new OffscreenCanvas(Math.round(w * scale), Math.round(h * scale));
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.transferToImageBitmap();
  } finally {
    URL.revokeObjectURL(url);
  }
};
