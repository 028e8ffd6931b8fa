// A stored thumbnail as a data URL for <img>. Read in a worker (dataUrl.worker.ts): every
// thumbnail asked for in one moment goes in one message, and the URLs come back in one.
import type { ToDataUrl } from './thumbs';

/** Longest edge of a drawn (SVG) picture's thumbnail: the same as a photo's stored thumbnail. */
const DRAWN_EDGE = 320;

interface Waiting {
  resolve: (url: string) => void;
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

/** Where no worker can read: here, one FileReader each. */
function readHere({ blobs, waiting }: Batch) {
  blobs.forEach((b, i) => {
    const reader = new FileReader();
    reader.onload = () => waiting[i]?.resolve(reader.result as string);
    reader.onerror = () => waiting[i]?.reject(reader.error);
    reader.readAsDataURL(b);
  });
}

/** The reading worker, started at the first thumbnail; null where workers fail (read here). */
function readerWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./dataUrl.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return null;
  }
  worker.addEventListener('message', (e: MessageEvent<{ n: number; urls: (string | null)[] }>) => {
    const waiting = answers.get(e.data.n)?.waiting;
    answers.delete(e.data.n);
    // An answer after the worker was given up: its batch was read here already.
    if (!waiting) return;
    e.data.urls.forEach((url, i) => {
      if (url) waiting[i]?.resolve(url);
      else waiting[i]?.reject(new Error('not readable'));
    });
  });
  // A worker that cannot start, or an answer that cannot arrive: everything asked of it, and from
  // now on, is read here (a thumbnail must never wait for ever).
  const giveUp = () => {
    worker = null;
    for (const batch of answers.values()) readHere(batch);
    answers.clear();
  };
  worker.addEventListener('error', giveUp);
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

function flush() {
  const asked = queue;
  queue = null;
  const w = readerWorker();
  if (!asked) return;
  if (!w) return readHere(asked);
  const n = ++asks;
  answers.set(n, asked);
  try {
    w.postMessage({ n, blobs: asked.blobs });
  } catch {
    answers.delete(n);
    readHere(asked);
  }
}

function inWorker(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!queue) {
      queue = { blobs: [], waiting: [] };
      queueMicrotask(flush);
    }
    queue.blobs.push(blob);
    queue.waiting.push({ resolve, reject });
  });
}

/** A drawn picture is drawn once into a WebP through an image, whose URL lives only until then: an
 * SVG shown as an image would build a whole SVG document on the main thread every time. (WebP, not
 * PNG: Chromium encodes a PNG in the page's idle time, a WebP on another thread.) */
async function drawn(blob: Blob): Promise<string> {
  const url = URL.createObjectURL(blob);
  let picture: Blob;
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const w = img.naturalWidth || 4;
    const h = img.naturalHeight || 3;
    const scale = DRAWN_EDGE / Math.max(w, h);
    const canvas = new OffscreenCanvas(Math.round(w * scale), Math.round(h * scale));
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    picture = await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 });
  } finally {
    URL.revokeObjectURL(url);
  }
  return inWorker(picture);
}

export const thumbDataUrl: ToDataUrl = (blob) =>
  blob.type === 'image/svg+xml' ? drawn(blob) : inWorker(blob);

/** A full photo as a data URL, read in the same worker: the page makes no object URL for it. */
export const photoDataUrl: ToDataUrl = (blob) => inWorker(blob);
