// A stored thumbnail decoded to a bitmap. Photos are decoded in a worker (decode.worker.ts): every
// thumbnail asked for in one moment goes in one message, and the bitmaps come back transferred.
import type { Decode } from './bitmaps';

/** Longest edge of a drawn (SVG) picture's bitmap: the same as a photo's stored thumbnail. */
const DRAWN_EDGE = 320;

interface Waiting {
  resolve: (bitmap: ImageBitmap) => void;
  reject: (err: unknown) => void;
}

interface Batch {
  blobs: Blob[];
  waiting: Waiting[];
}

let worker: Worker | null | undefined;
let asks = 0;
const answers = new Map<number, Batch>();
let queue: Batch | null = null;

/** Where no worker can decode: here, one createImageBitmap each. */
function decodeHere({ blobs, waiting }: Batch) {
  blobs.forEach((b, i) => {
    // A browser without createImageBitmap rejects here rather than throwing out of a microtask.
    new Promise<ImageBitmap>((ok) => ok(createImageBitmap(b))).then(waiting[i]?.resolve, waiting[i]?.reject);
  });
}

/** The decoding worker, started at the first thumbnail; null where workers fail (decode here). */
function decoder(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return null;
  }
  worker.addEventListener('message', (e: MessageEvent<{ n: number; bitmaps: (ImageBitmap | null)[] }>) => {
    const waiting = answers.get(e.data.n)?.waiting;
    answers.delete(e.data.n);
    e.data.bitmaps.forEach((b, i) => {
      // An answer after the worker was given up: its batch was decoded here already.
      if (!waiting) b?.close();
      else if (b) waiting[i]?.resolve(b);
      else waiting[i]?.reject(new Error('not a picture'));
    });
  });
  // A worker that cannot start, or an answer that cannot arrive: everything asked of it, and from
  // now on, is decoded here (a thumbnail must never wait for ever).
  const giveUp = () => {
    worker = null;
    for (const batch of answers.values()) decodeHere(batch);
    answers.clear();
  };
  worker.addEventListener('error', giveUp);
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

function flush() {
  const asked = queue;
  queue = null;
  const w = decoder();
  if (!asked) return;
  if (!w) return decodeHere(asked);
  const n = ++asks;
  answers.set(n, asked);
  try {
    w.postMessage({ n, blobs: asked.blobs });
  } catch {
    answers.delete(n);
    decodeHere(asked);
  }
}

function inWorker(blob: Blob): Promise<ImageBitmap> {
  return new Promise((resolve, reject) => {
    if (!queue) {
      queue = { blobs: [], waiting: [] };
      queueMicrotask(flush);
    }
    queue.blobs.push(blob);
    queue.waiting.push({ resolve, reject });
  });
}

/** A drawn picture: createImageBitmap takes no SVG Blob (and gives a blank bitmap from an SVG
 * image in Chromium 156), so the demo café's pictures are drawn once through an image, whose URL
 * lives only until the bitmap is made. */
async function drawn(blob: Blob): Promise<ImageBitmap> {
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
}

export const decodeThumb: Decode = (blob) => (blob.type === 'image/svg+xml' ? drawn(blob) : inWorker(blob));
