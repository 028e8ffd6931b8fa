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
 * A source of `w`×`h` pixels in a frame of `frameW`×`frameH` CSS pixels on a screen of `screen`
 * device pixels per CSS pixel: the canvas gets the screen's pixels (up to 2, a tablet's), but never
 * more than the cropped source holds (enlarging only blurs and costs memory). On the kiosk's 1x
 * screen a 2x canvas cost four times the pixels to draw and hand to the compositor, for a picture
 * the screen then halved again.
 */
export function cover(w: number, h: number, frameW: number, frameH: number, screen: number): Cover {
  const scale = Math.max(frameW / w, frameH / h);
  const sw = Math.min(w, frameW / scale);
  const sh = Math.min(h, frameH / scale);
  // Canvas pixels per CSS pixel: the screen's (1 to 2), or fewer when the crop holds fewer.
  const density = Math.min(Math.max(1, Math.min(2, screen)), 1 / scale);
  return {
    sx: (w - sw) / 2,
    sy: (h - sh) / 2,
    sw,
    sh,
    width: Math.max(1, Math.round(frameW * density)),
    height: Math.max(1, Math.round(frameH * density)),
  };
}
