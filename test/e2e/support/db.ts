// Reading the database straight from IndexedDB (as a witness beside the app), and shrinking the
// storage quota through the DevTools protocol.
import type { BrowserContext, Page } from 'playwright-core';

/** The days of the daily snapshots stored (a worker takes today's after the first paint). */
export function snapshotDays(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const days = await new Promise<string[]>((ok, no) => {
      const r = db.transaction('snapshots').objectStore('snapshots').getAllKeys();
      r.onsuccess = () => ok(r.result as string[]);
      r.onerror = () => no(r.error);
    });
    db.close();
    return days;
  });
}

/**
 * Every store but the log (or only `stores`), photos as SHA-256 of their bytes, hashed to one
 * value. Byte-identical data gives the same hash; so does the same data with keys in another order.
 */
export async function dumpHash(page: Page, stores?: readonly string[]): Promise<string> {
  return page.evaluate(async (only) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const hex = async (b: Blob | ArrayBuffer | Uint8Array) =>
      [
        ...new Uint8Array(
          await crypto.subtle.digest(
            'SHA-256',
            b instanceof Blob ? await b.arrayBuffer() : (b as ArrayBuffer | Uint8Array<ArrayBuffer>),
          ),
        ),
      ]
        .map((x) => x.toString(16).padStart(2, '0'))
        .join('');
    const out: Record<string, unknown> = {};
    const names = [...db.objectStoreNames].filter((n) => n !== 'log' && (!only || only.includes(n))).sort();
    for (const name of names) {
      const rows = await new Promise<unknown[]>((ok) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
      });
      out[name] = await Promise.all(
        rows.map(async (row) =>
          name === 'photos'
            ? {
                ...(row as object),
                blob: await hex((row as { blob: Blob }).blob),
                thumb: await hex((row as { thumb: Blob }).thumb),
              }
            : row,
        ),
      );
    }
    db.close();
    // Key order is not data: a record checked on import comes back with its keys in schema order.
    const canonical = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(canonical)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.keys(x)
                .sort()
                .map((k) => [k, canonical((x as Record<string, unknown>)[k])]),
            )
          : x;
    return hex(new TextEncoder().encode(JSON.stringify(canonical(out))));
  }, stores ?? null);
}

/** The stores a backup carries: what import replaces. */
export const CAFE_STORES = [
  'people',
  'stations',
  'shiftTemplates',
  'blocks',
  'overrides',
  'tasks',
  'taskDays',
  'checkIns',
  'helpRequests',
  'photos',
] as const;

/** What the origin uses now, as Chromium's quota manager counts it (the page must be open). */
export async function usageOf(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await cdp.detach();
  return usage;
}

/**
 * Set the origin's quota. Call it on a freshly launched browser before the page opens the
 * database: Chromium's IndexedDB caches the space it was told it has for up to 30 s
 * (BucketContext::kBucketSpaceCacheTimeLimit), so an override made while the board runs only
 * bites half a minute later. The override takes on a page-level session (a browser-level one
 * answers "Internal error"); `navigator.storage.estimate()` keeps reporting the old quota, and
 * before the page has opened its storage the usage it reports is incomplete: measure with
 * `usageOf` on a running page first.
 */
export async function setQuota(context: BrowserContext, page: Page, origin: string, quotaSize: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.ceil(quotaSize) });
}
