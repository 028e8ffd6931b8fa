// How a thumbnail fills its frame, as CSS object-fit: cover would: centred, cropped, never
// stretched. Pure, so the arithmetic is tested without a browser.

export interface Cover {
  /** The part of the source image that shows. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** The canvas's own pixels. */
  width: number;
  height: number;
}

/**
 * A source of `w`×`h` pixels in a frame of `frameW`×`frameH` CSS pixels: the canvas gets twice the
 * frame's pixels (sharp on a tablet's 2x screen, and an exact halving on the kiosk's 1x), but never
 * more than the cropped source holds (enlarging twice only blurs and costs memory).
 */
export function cover(w: number, h: number, frameW: number, frameH: number): Cover {
  const scale = Math.max(frameW / w, frameH / h);
  const sw = Math.min(w, frameW / scale);
  const sh = Math.min(h, frameH / scale);
  // Canvas pixels per CSS pixel: 2, or fewer when the crop holds fewer source pixels than that.
  const density = Math.min(2, 1 / scale);
  return {
    sx: (w - sw) / 2,
    sy: (h - sh) / 2,
    sw,
    sh,
    width: Math.max(1, Math.round(frameW * density)),
    height: Math.max(1, Math.round(frameH * density)),
  };
}
