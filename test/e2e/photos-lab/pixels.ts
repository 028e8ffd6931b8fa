// Looking at a stored picture: decode it as the board would and read the colour in each corner.
export type Corner = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';

export interface PixelReport {
  width: number;
  height: number;
  /** The colour at the middle of each corner's marker square (a quarter of the short edge in). */
  corners: Record<Corner, [number, number, number]>;
}

export async function pixelReport(blob: Blob, markerFraction: number): Promise<PixelReport> {
  // Stored bytes carry no orientation tag (checked separately), so this decodes them as they are.
  const bitmap = await createImageBitmap(blob);
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.drawImage(bitmap, 0, 0);
  bitmap.close();
  const inset = Math.max(1, Math.round((Math.min(width, height) * markerFraction) / 2));
  const at = (x: number, y: number) => {
    const d = g.getImageData(x, y, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  };
  return {
    width,
    height,
    corners: {
      topLeft: at(inset, inset),
      topRight: at(width - 1 - inset, inset),
      bottomLeft: at(inset, height - 1 - inset),
      bottomRight: at(width - 1 - inset, height - 1 - inset),
    },
  };
}
