// The demo café's drawings as WebP, looked up by the SHA-256 of the SVG an older version stored
// for them (a file to import, or this screen's own photos). Their code loads when one is met.
import type { DrawingLookup } from '../db/backup';

export const demoDrawing: DrawingLookup = async (svgSha256) =>
  (await import('../demo/pictures')).drawingOfSvg(svgSha256);
