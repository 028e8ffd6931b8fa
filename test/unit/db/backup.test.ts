// @vitest-environment node
import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, readBackup, restoreBackup, summarize } from '../../../src/db/backup';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { type BoardDB, DB_VERSION, RECORD_STORES } from '../../../src/db/schema';
import { restoreSnapshot } from '../../../src/db/snapshot-restore';
import { listSnapshots, takeDailySnapshot } from '../../../src/db/snapshots';
import { drawingOfSvg, loadDrawing } from '../../../src/demo/pictures';
import { demoCafe } from '../../../src/demo/seed';
import type { Photo } from '../../../src/domain/types';
import { badBackups } from '../../fixtures/backup-corpus';
import { demoPictures, readPicture } from '../../fixtures/drawings';
import { V1_RECORD_STORES, v1History, v1Meta, v1Photos, v1Records } from '../../fixtures/v1-cafe';

const fresh = () => openDatabase(`backup-${Math.random()}`);
/** The app's own lookup of the demo drawings, reading the files from disk. */
const drawing = (hash: string) => drawingOfSvg(hash, readPicture);

/** The latte as a photo of this version stores it: WebP, as the intake makes it. */
async function lattePhoto(): Promise<Photo> {
  const { full, thumb } = await loadDrawing('latte', readPicture);
  const webp = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>], { type: 'image/webp' });
  return { ...v1Photos()[0]!, blob: webp(full), thumb: webp(thumb), width: 1600, height: 1200 };
}

async function withCafe(db: IDBPDatabase<BoardDB>, photos?: Photo[]) {
  const sets = v1Records();
  await createRepo(db).commit({
    records: V1_RECORD_STORES.flatMap((s) =>
      sets[s].map((after) => ({ store: s, id: after.id, after, before: null }) as never),
    ),
    photos: { put: photos ?? [await lattePhoto()] },
    meta: v1Meta(),
    history: { put: v1History() },
  });
  return db;
}

/** Every store, photos as text, in one comparable value. */
async function dump(db: IDBPDatabase<BoardDB>) {
  const out: Record<string, unknown> = {};
  for (const name of db.objectStoreNames) {
    const rows = await db.getAll(name);
    out[name] = await Promise.all(
      rows.map(async (r) =>
        name === 'photos'
          ? {
              ...r,
              blob: await (r as { blob: Blob }).blob.text(),
              thumb: await (r as { thumb: Blob }).thumb.text(),
            }
          : r,
      ),
    );
  }
  return JSON.stringify(out);
}

const asBlob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

describe('backup export and import', () => {
  it('export → wipe → import gives the same records, photos and settings; undo steps do not carry over', async () => {
    const source = await withCafe(await fresh());
    const file = await exportBackup(source, 1_800_000_000_000);
    const target = await fresh();
    const content = await readBackup(file);
    expect(summarize(content)).toEqual({ exportedAt: 1_800_000_000_000, people: 2, tasks: 1, photos: 1 });
    await restoreBackup(target, content);
    const a = createRepo(source);
    const b = createRepo(target);
    for (const s of RECORD_STORES) expect(await b.all(s), s).toEqual(await a.all(s));
    const photo = await b.getPhoto('ph-latte');
    expect(await photo!.blob.text()).toBe(await (await lattePhoto()).blob.text());
    expect(photo!.blob.type).toBe('image/webp');
    expect([photo!.width, photo!.height]).toEqual([1600, 1200]);
    expect((await b.allMeta()).get('settings')).toEqual({ lang: 'da' });
    expect((await b.startup('2026-11-23', '2026-11-23')).history).toEqual([]);
  });

  it('round-trips the whole demo café', async () => {
    const db = await fresh();
    await createRepo(db).commit(demoCafe(1_795_000_000_000, await demoPictures()));
    const before = await dump(db);
    const content = await readBackup(await exportBackup(db, 1));
    expect(content.photos.length).toBeGreaterThan(10);
    const target = await fresh();
    await restoreBackup(target, content);
    const after = JSON.parse(await dump(target));
    const expected = JSON.parse(before);
    for (const s of [...RECORD_STORES, 'photos']) expect(after[s], s).toEqual(expected[s]);
  });

  it("keeps a person's kept punches through a round-trip; a file without them still imports", async () => {
    const source = await withCafe(await fresh());
    const repo = createRepo(source);
    const [first, second] = await repo.all('people');
    const kept = { ...first!, punchesBefore: { tasks: 4, days: 9 } };
    await repo.commit({ records: [{ store: 'people', id: kept.id, before: first!, after: kept }] });
    const target = await fresh();
    await restoreBackup(target, await readBackup(await exportBackup(source, 9)));
    const people = await createRepo(target).all('people');
    expect(people.find((p) => p.id === kept.id)?.punchesBefore).toEqual({ tasks: 4, days: 9 });
    expect(people.find((p) => p.id === second!.id)).not.toHaveProperty('punchesBefore');
  });

  it("keeps a person's times away through a round-trip; a file without them still imports", async () => {
    const source = await withCafe(await fresh());
    const repo = createRepo(source);
    const [first, second] = await repo.all('people');
    const away = [
      { id: 'a-1', from: '2026-12-01', to: '2026-12-03', reason: 'ill' as const },
      { id: 'a-2', from: '2026-12-24', to: '2026-12-31', reason: 'holiday' as const },
    ];
    await repo.commit({
      records: [{ store: 'people', id: first!.id, before: first!, after: { ...first!, away } }],
    });
    const target = await fresh();
    await restoreBackup(target, await readBackup(await exportBackup(source, 9)));
    const people = await createRepo(target).all('people');
    expect(people.find((p) => p.id === first!.id)?.away).toEqual(away);
    expect(people.find((p) => p.id === second!.id)).not.toHaveProperty('away');
  });

  it('a version-1 file is migrated through the start-up path and imports', async () => {
    const source = await withCafe(await fresh());
    const current = unzipSync(new Uint8Array(await (await exportBackup(source, 5)).arrayBuffer()));
    const manifest = JSON.parse(new TextDecoder().decode(current['manifest.json']));
    const body = JSON.parse(new TextDecoder().decode(current['records.json']));
    // A version-1 file knows only the stores version 1 had.
    const records = Object.fromEntries(V1_RECORD_STORES.map((s) => [s, body.records[s]]));
    const old = zipSync({
      ...current,
      'manifest.json': strToU8(JSON.stringify({ ...manifest, schemaVersion: 1 })),
      'records.json': strToU8(JSON.stringify({ ...body, records })),
    });
    const content = await readBackup(asBlob(old));
    expect(content.schemaVersion).toBe(DB_VERSION);
    expect(content.records).toEqual({ ...v1Records(), helpRequests: [] });
  });

  it('takes a file an older version made with the demo drawings as SVG photos: each becomes its WebP, same id', async () => {
    const source = await withCafe(await fresh(), v1Photos());
    const file = await exportBackup(source, 5);
    // Without the drawings to compare with, an SVG is refused like any other.
    expect(await readBackup(file).catch((e: BackupError) => e.problem)).toBe('photo-invalid');
    const content = await readBackup(file, { drawing });
    const { full, thumb } = await loadDrawing('latte', readPicture);
    const [photo] = content.photos;
    expect(photo).toMatchObject({ id: 'ph-latte', width: 1600, height: 1200 });
    expect(photo!.blob.type).toBe('image/webp');
    expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(full);
    expect(new Uint8Array(await photo!.thumb.arrayBuffer())).toEqual(thumb);
    expect(content.records.tasks[0]!.photoId).toBe('ph-latte');
  });

  it('refuses every file of the bad corpus with its own problem and changes nothing', async () => {
    const db = await withCafe(await fresh());
    const good = new Uint8Array(await (await exportBackup(db, 7)).arrayBuffer());
    const before = await dump(db);
    const corpus = await badBackups(good);
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    for (const bad of corpus) {
      const err = await readBackup(asBlob(bad.bytes), { drawing }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, bad.name).toBeInstanceOf(BackupError);
      expect((err as BackupError).problem, `${bad.name}: ${(err as Error).message}`).toBe(bad.problem);
    }
    expect(await dump(db)).toBe(before);
    // The good file still reads after all that.
    expect(summarize(await readBackup(asBlob(good))).people).toBe(2);
  }, 30_000);
});

describe('daily snapshots', () => {
  it('takes one a day, keeps the last seven, and restores one with the same checks', async () => {
    const db = await withCafe(await fresh());
    for (let d = 1; d <= 9; d++) {
      expect(await takeDailySnapshot(db, `2026-11-${String(d).padStart(2, '0')}`, d)).toBe(true);
    }
    expect(await takeDailySnapshot(db, '2026-11-09', 10)).toBe(false);
    const list = await listSnapshots(db);
    expect(list.map((s) => s.day)).toEqual([
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
    ]);
    expect(list[0]).toMatchObject({ people: 2, tasks: 1 });

    // Later that day someone deletes Sara and the photo; restoring brings Sara back and clears
    // the reference to the photo that is gone rather than leave it dangling.
    const repo = createRepo(db);
    const sara = (await repo.all('people')).find((p) => p.id === 'p-sara')!;
    await repo.commit({
      records: [{ store: 'people', id: sara.id, after: null, before: sara }],
      photos: { delete: ['ph-latte'] },
    });
    await restoreSnapshot(db, '2026-11-09', 11);
    expect((await repo.all('people')).map((p) => p.name).sort()).toEqual(['Ali', 'Sara']);
    expect((await repo.all('tasks'))[0]!.photoId).toBeNull();
    expect(await listSnapshots(db)).toHaveLength(7);
  });

  it('does not spend a slot on an empty café', async () => {
    const db = await fresh();
    expect(await takeDailySnapshot(db, '2026-11-23', 1)).toBe(false);
    expect(await listSnapshots(db)).toEqual([]);
  });
});
