// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { checkPhotoBytes } from '../../../src/db/door';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { listSnapshots } from '../../../src/db/snapshots';
import { replaceSvgPhotos } from '../../../src/db/svgPhotos';
import { DEMO } from '../../../src/demo/cafe';

const TASKS = DEMO.tasks;

import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import type { Task } from '../../../src/domain/types';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { demoPictures, readPicture } from '../../fixtures/drawings';

const MONDAY_10 = instantAt('2026-11-23', 600);

describe('upkeep after the first paint', () => {
  it('unlinks a missing photo on screen too, takes one snapshot a day, and logs what it repaired', async () => {
    const repo = createRepo(await openDatabase(`store-upkeep-${Math.random()}`));
    await repo.commit(demoCafe(MONDAY_10));
    const [task] = await repo.all('tasks');
    await repo.commit({
      records: [{ store: 'tasks', id: task!.id, before: task!, after: { ...task!, photoId: 'gone' } }],
    });
    const store = await createStore({ repo, clock: createClock(() => MONDAY_10) });
    const shown = () => store.records.lists.tasks.value.find((t) => t.id === task!.id)!.photoId;
    // The board starts with what is stored; nothing heavy runs before it paints.
    expect(shown()).toBe('gone');
    expect(await listSnapshots(repo.db)).toEqual([]);

    await store.upkeep();
    expect(shown()).toBeNull();
    expect((await repo.all('tasks')).find((t) => t.id === task!.id)!.photoId).toBeNull();
    expect((await listSnapshots(repo.db)).map((s) => s.day)).toEqual(['2026-11-23']);
    expect((await repo.readLog()).map((e) => e.message)).toContain('start: 1 missing photo(s) unlinked');
  });
});

describe("an older version's SVG photos", () => {
  /** The demo café as versions before raster-only photos stored it, plus an SVG none of ours. */
  async function olderInstall() {
    const repo = createRepo(await openDatabase(`store-svg-${Math.random()}`));
    const pictures = await demoPictures();
    const seeded = demoCafe(MONDAY_10, pictures);
    const tasks = (seeded.records ?? []).flatMap((r) =>
      r.store === 'tasks' && r.after ? [r.after as Task] : [],
    );
    const unknown = tasks.find((t) => t.title === TASKS[1]!.title)!;
    const svg = (bytes: Uint8Array) =>
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/svg+xml' });
    const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
    const photos = await Promise.all(
      (seeded.photos?.put ?? []).map(async (p) => {
        const full = new Uint8Array(await p.blob.arrayBuffer());
        const name = [...pictures].find(([, d]) => same(d.full, full))![0];
        const bytes =
          p.id === unknown.photoId
            ? strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
            : readFileSync(resolve(`src/demo/pictures/${name}.svg`));
        return { ...p, blob: svg(bytes), thumb: svg(bytes), width: 800, height: 600 };
      }),
    );
    await repo.commit({ ...seeded, photos: { put: photos } });
    return { repo, photos, unknown };
  }

  it('become their drawings’ WebP once after the first paint, same ids, in one transaction; an SVG none of ours is deleted and unlinked', async () => {
    // The app fetches the drawings; here they are read from disk.
    vi.stubGlobal(
      'fetch',
      async (url: string) => new Response((await readPicture(url)) as Uint8Array<ArrayBuffer>),
    );
    try {
      const { repo, photos, unknown } = await olderInstall();
      const store = await createStore({ repo, clock: createClock(() => MONDAY_10) });
      const writes = vi.spyOn(IDBDatabase.prototype, 'transaction');
      await store.upkeep();
      const photoWrites = writes.mock.calls.filter(
        ([names, mode]) => mode === 'readwrite' && [names].flat().includes('photos'),
      );
      // The replacement, then the reference check and the sweep as at every start.
      expect(photoWrites.map(([names]) => [names].flat().sort())).toEqual([
        ['meta', 'photos'],
        ['people', 'photos', 'tasks'],
        ['people', 'photos', 'tasks'],
      ]);
      writes.mockRestore();

      const stored = await repo.getPhotos(photos.map((p) => p.id));
      const unknownId = unknown.photoId!;
      expect(
        stored
          .filter((p) => p)
          .map((p) => p!.id)
          .sort(),
      ).toEqual(
        photos
          .map((p) => p.id)
          .filter((id) => id !== unknownId)
          .sort(),
      );
      for (const p of stored.filter((x) => x !== undefined)) {
        expect(p!.blob.type).toBe('image/webp');
        expect(p!.thumb.type).toBe('image/webp');
        expect([p!.width, p!.height]).toEqual([1600, 1200]);
        const checked = checkPhotoBytes(
          new Uint8Array(await p!.blob.arrayBuffer()),
          new Uint8Array(await p!.thumb.arrayBuffer()),
        );
        expect(checked.ok).toBe(true);
      }
      const latte = (await repo.all('tasks')).find((t) => t.title === TASKS[0]!.title)!;
      const full = (await repo.getPhotos([latte.photoId!]))[0]!.blob;
      expect(new Uint8Array(await full.arrayBuffer())).toEqual(
        new Uint8Array(readFileSync(resolve('src/demo/pictures/latte.full.webp'))),
      );
      expect((await repo.all('tasks')).find((t) => t.id === unknown.id)!.photoId).toBeNull();
      expect(store.records.view.tasks.value.get(unknown.id)!.photoId).toBeNull();
      expect((await repo.readLog()).map((e) => e.message)).toContain(
        `start: ${photos.length - 1} SVG photo(s) replaced by WebP, 1 unknown SVG photo(s) deleted`,
      );

      // Once: the next start does not read the photos for it again.
      const reads = vi.spyOn(IDBDatabase.prototype, 'transaction');
      expect(await replaceSvgPhotos(repo.db, () => Promise.reject(new Error('not asked')))).toBeNull();
      expect(reads.mock.calls.every(([names]) => ![names].flat().includes('photos'))).toBe(true);
      reads.mockRestore();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stay as they are, to be tried again at the next start, when the drawings cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    try {
      const { repo, photos } = await olderInstall();
      const store = await createStore({ repo, clock: createClock(() => MONDAY_10) });
      await store.upkeep();
      const stored = await repo.getPhotos(photos.map((p) => p.id));
      expect(stored.every((p) => p?.blob.type === 'image/svg+xml')).toBe(true);
      expect(
        (await repo.readLog()).some((e) => e.level === 'warn' && e.message.startsWith('SVG photos:')),
      ).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
