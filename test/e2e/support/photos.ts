// Looking into the app's photo store from a test: every photo with the SHA-256 of its bytes, a hash
// of the whole database, and the JavaScript heap after a forced garbage collection.
import type { Page } from 'playwright-core';

export interface StoredPhoto {
  id: string;
  blob: string;
  thumb: string;
  type: string;
  size: number;
  width: number;
  height: number;
  /** Whether the stored bytes decode as a picture. */
  decodes: boolean;
}

/** Every row of every store except the diagnostic log, photos as hashes; keyed by store name. */
export function readDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const hex = async (b: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))]
        .map((x) => x.toString(16).padStart(2, '0'))
        .join('');
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].filter((n) => n !== 'log').sort()) {
      const rows = await new Promise<unknown[]>((ok, no) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      out[name] = await Promise.all(
        rows.map(async (row) => {
          if (name !== 'photos') return row;
          const p = row as { id: string; blob: Blob; thumb: Blob; width: number; height: number };
          let decodes = true;
          try {
            (await createImageBitmap(p.blob)).close();
          } catch {
            decodes = false;
          }
          return {
            id: p.id,
            blob: await hex(p.blob),
            thumb: await hex(p.thumb),
            type: p.blob.type,
            size: p.blob.size,
            width: p.width,
            height: p.height,
            decodes,
          };
        }),
      );
    }
    db.close();
    return out;
  });
}

export async function storedPhotos(page: Page): Promise<StoredPhoto[]> {
  return (await readDatabase(page)).photos as StoredPhoto[];
}

interface PhotoRefs {
  id: string;
  photoId?: string | null;
  portraitId?: string | null;
  steps?: { photoId: string | null }[];
}

/** Every photo id a task or person points to (finished result, step pictures, portraits). */
export function photoRefs(db: Record<string, unknown[]>): string[] {
  const out: string[] = [];
  for (const r of [...(db.tasks ?? []), ...(db.people ?? [])] as PhotoRefs[]) {
    if (r.photoId) out.push(r.photoId);
    if (r.portraitId) out.push(r.portraitId);
    for (const s of r.steps ?? []) if (s.photoId) out.push(s.photoId);
  }
  return out;
}

export interface Heap {
  /** Performance.getMetrics JSHeapUsedSize: JavaScript objects. */
  js: number;
  /** Plus ArrayBuffer backing stores (file bytes live there, outside JSHeapUsedSize). */
  withBuffers: number;
}

/** The heap after forced garbage collection: the least of a few readings, to be steady. */
export async function heapAfterGc(page: Page): Promise<Heap> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const least = { js: Number.POSITIVE_INFINITY, withBuffers: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    least.js = Math.min(least.js, metrics.find((m) => m.name === 'JSHeapUsedSize')!.value);
    least.withBuffers = Math.min(least.withBuffers, usage.usedSize + (usage.backingStorageSize ?? 0));
  }
  await cdp.detach();
  return least;
}
