// The demo café's pictures: our own drawings (the SVGs beside this file), drawn once as WebP the way
// the photo intake makes a photo (npm run demo-pictures). Only their addresses are in the code; the
// files are fetched when needed: seeding a first start, and replacing the SVG photos an older
// version stored (at start, store/upkeep.ts, and in an older backup file, db/backup.ts).
import sources from './pictures/pictures.json';

const urls = import.meta.glob<string>('./pictures/*.webp', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export interface DrawingBytes {
  full: Uint8Array;
  thumb: Uint8Array;
}

/** How a picture file's bytes are read: fetched in the browser, read from disk in tests. */
export type ReadFile = (url: string) => Promise<Uint8Array>;

const fetchBytes: ReadFile = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

const NAMES = Object.keys(sources) as (keyof typeof sources)[];

export async function loadDrawing(name: string, read: ReadFile = fetchBytes): Promise<DrawingBytes> {
  const url = (rendition: string) => {
    const found = urls[`./pictures/${name}.${rendition}.webp`];
    if (!found) throw new Error(`no picture ${name}.${rendition}`);
    return found;
  };
  const [full, thumb] = await Promise.all([read(url('full')), read(url('thumb'))]);
  return { full, thumb };
}

/** Every drawing, by name (what the demo café's tasks ask for). */
export async function loadDrawings(read: ReadFile = fetchBytes): Promise<Map<string, DrawingBytes>> {
  const loaded = await Promise.all(NAMES.map(async (n) => [n, await loadDrawing(n, read)] as const));
  return new Map(loaded);
}

/**
 * The WebP renditions of the drawing whose SVG source has this SHA-256, as an older version stored
 * it byte for byte; null when it is none of ours.
 */
export function drawingOfSvg(svgSha256: string, read: ReadFile = fetchBytes): Promise<DrawingBytes | null> {
  const name = NAMES.find((n) => sources[n] === svgSha256);
  return name ? loadDrawing(name, read) : Promise.resolve(null);
}
