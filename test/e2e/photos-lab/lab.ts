// A page that runs the app's own photo intake and photo storage in Chromium, for
// test/e2e/photos-intake.test.ts. Built by that test with Vite; never part of the app's build.

import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { type Encoder, intakePhoto, PhotoError } from '../../../src/photos/intake';
import { exifSegment, largeFlatJpeg } from '../../fixtures/photos/jpeg';
import { byteReport, sha256 } from './bytes';
import { pixelReport } from './pixels';

/** Browsers that cannot encode WebP: one hands back honest PNG, one PNG that claims to be WebP. */
const ENCODERS: Record<string, Encoder> = {
  'png-for-webp': (canvas, type, quality) =>
    canvas.convertToBlob(type === 'image/webp' ? { type: 'image/png' } : { type, quality }),
  'png-labelled-webp': async (canvas, type, quality) => {
    if (type !== 'image/webp') return canvas.convertToBlob({ type, quality });
    return new Blob([await canvas.convertToBlob({ type: 'image/png' })], { type: 'image/webp' });
  },
};

async function fixture(name: string): Promise<Blob> {
  const res = await fetch(`/fixtures/${name}`);
  if (!res.ok) throw new Error(`no fixture ${name}`);
  return res.blob();
}

/**
 * A 12-megapixel "camera" JPEG with Exif (orientation 1, GPS, a description) spliced in: soft
 * gradients with sensor-like noise under coloured shapes, so it weighs what a phone photo weighs.
 */
async function twelveMegapixels(): Promise<Blob> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const g = canvas.getContext('2d')!;
  const image = g.createImageData(4000, 3000);
  let seed = 12345;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 24) / 6 - 21;
  };
  for (let y = 0, i = 0; y < 3000; y++)
    for (let x = 0; x < 4000; x++, i += 4) {
      image.data[i] = 120 + (x >> 5) / 2 + noise();
      image.data[i + 1] = 90 + (y >> 5) + noise();
      image.data[i + 2] = 140 - (x >> 5) / 3 + noise();
      image.data[i + 3] = 255;
    }
  g.putImageData(image, 0, 0);
  g.globalAlpha = 0.85;
  for (let i = 0; i < 600; i++) {
    g.fillStyle = `hsl(${(i * 37) % 360} 60% ${30 + (i % 40)}%)`;
    g.fillRect((i * 97) % 4000, (i * 61) % 3000, 300, 200);
  }
  const jpeg = new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 })).arrayBuffer(),
  );
  const exif = new Uint8Array(exifSegment({ orientation: 1, gps: true }));
  return new Blob([jpeg.subarray(0, 2), exif, jpeg.subarray(2)], { type: 'image/jpeg' });
}

async function source(name: string): Promise<Blob> {
  if (name === '12mp') return twelveMegapixels();
  // A real, whole 50-megapixel JPEG (8192×6144): it would need 200 MB of pixels to decode.
  if (name === '50mp') return new Blob([largeFlatJpeg(8192, 6144)], { type: 'image/jpeg' });
  return fixture(name);
}

async function intake(name: string, encoder?: string) {
  const file = await source(name);
  try {
    const r = await intakePhoto(file, encoder ? ENCODERS[encoder] : undefined);
    return {
      ok: true as const,
      inputBytes: file.size,
      input: await byteReport(file),
      width: r.width,
      height: r.height,
      full: { bytes: await byteReport(r.blob), pixels: await pixelReport(r.blob, 1 / 3) },
      thumb: { bytes: await byteReport(r.thumb), pixels: await pixelReport(r.thumb, 1 / 3) },
    };
  } catch (err) {
    return { ok: false as const, kind: err instanceof PhotoError ? err.kind : `crash: ${String(err)}` };
  }
}

const LAB_DB = 'photos-lab';

/** Intake a fixture and store it through the app's own repo; the hashes of what was handed to IndexedDB. */
async function store(name: string) {
  const r = await intakePhoto(await source(name));
  const db = await openDatabase(LAB_DB);
  const id = crypto.randomUUID();
  await createRepo(db).commit({ photos: { put: [{ id, ...r, createdAt: Date.now() }] } });
  db.close();
  return { id, blob: await sha256(r.blob), thumb: await sha256(r.thumb), type: r.blob.type };
}

/** Read a stored photo back (after a reload or a restart) and hash it; null if it is not there. */
async function readBack(id: string) {
  const db = await openDatabase(LAB_DB);
  const photo = await createRepo(db).getPhoto(id);
  db.close();
  if (!photo) return null;
  const bitmap = await createImageBitmap(photo.blob);
  const decoded = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return { blob: await sha256(photo.blob), thumb: await sha256(photo.thumb), type: photo.blob.type, decoded };
}

Object.assign(globalThis, { lab: { intake, store, readBack } });
document.body.dataset.ready = 'yes';
