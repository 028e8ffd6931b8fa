// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../../src/db/errors';
import { clearDanglingPhotos, deleteUnreferencedPhotos } from '../../../src/db/integrity';
import { openDatabase, openWithWatchdog } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { demoPictures } from '../../fixtures/drawings';

describe('the start-up check of photo references', () => {
  it('unlinks photos that are not stored, and keeps those that are', async () => {
    const db = await openDatabase(`integrity-${Math.random()}`);
    const repo = createRepo(db);
    await repo.commit(demoCafe(Date.now(), await demoPictures()));
    const tasks = await repo.all('tasks');
    const [a, b] = tasks;
    const stored = (await repo.photoIds())[0]!;
    await repo.commit({
      records: [
        { store: 'tasks', id: a!.id, before: a!, after: { ...a!, photoId: 'gone' } },
        {
          store: 'tasks',
          id: b!.id,
          before: b!,
          after: { ...b!, photoId: stored, steps: [{ id: 's1', text: 'x', photoId: 'gone-too' }] },
        },
      ],
    });
    expect(await clearDanglingPhotos(db)).toBe(2);
    const after = new Map((await repo.all('tasks')).map((t) => [t.id, t]));
    expect(after.get(a!.id)!.photoId).toBeNull();
    expect(after.get(b!.id)!.photoId).toBe(stored);
    expect(after.get(b!.id)!.steps[0]!.photoId).toBeNull();
    // Nothing else changed, and a second run finds nothing.
    expect(await clearDanglingPhotos(db)).toBe(0);
    expect((await repo.all('tasks')).length).toBe(tasks.length);
  });
});

describe('the start-up sweep of unused photos', () => {
  it('deletes photos nothing points to and keeps every photo a task step or portrait uses', async () => {
    const db = await openDatabase(`sweep-${Math.random()}`);
    const repo = createRepo(db);
    await repo.commit(demoCafe(Date.now(), await demoPictures()));
    const blob = new Blob(['x'], { type: 'image/webp' });
    const photo = (id: string) => ({ id, blob, thumb: blob, width: 1, height: 1, createdAt: 0 });
    const [person] = await repo.all('people');
    await repo.commit({
      photos: { put: [photo('old-1'), photo('old-2'), photo('portrait')] },
      records: [
        { store: 'people', id: person!.id, before: person!, after: { ...person!, portraitId: 'portrait' } },
      ],
    });
    const used = new Set<string>(['portrait']);
    for (const t of await repo.all('tasks')) {
      if (t.photoId) used.add(t.photoId);
      for (const s of t.steps) if (s.photoId) used.add(s.photoId);
    }
    expect(await deleteUnreferencedPhotos(db)).toBe(2);
    expect(new Set(await repo.photoIds())).toEqual(used);
    expect(await deleteUnreferencedPhotos(db)).toBe(0);
  });
});

describe('opening the database with a watchdog', () => {
  const noWait = async () => {};

  it('retries an open that hangs, and succeeds on the second attempt', async () => {
    let attempts = 0;
    const db = await openWithWatchdog(
      `watchdog-${Math.random()}`,
      {},
      {
        // Long enough for the real second open on a busy machine; the first attempt hangs forever.
        timeoutMs: 1000,
        wait: noWait,
        open: (name, hooks) => (++attempts === 1 ? new Promise(() => {}) : openDatabase(name, hooks)),
      },
    );
    expect(attempts).toBe(2);
    db.close();
  });

  it('gives up with a typed error when every attempt hangs or fails', async () => {
    let attempts = 0;
    const err = await openWithWatchdog(
      'never',
      {},
      {
        timeoutMs: 10,
        wait: noWait,
        attempts: 3,
        open: () => {
          attempts++;
          return attempts === 2
            ? Promise.reject(new Error('Internal error opening backing store'))
            : new Promise(() => {});
        },
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect(attempts).toBe(3);
  });

  it('does not retry when the data belongs to a newer version', async () => {
    let attempts = 0;
    const err = await openWithWatchdog(
      'newer',
      {},
      {
        wait: noWait,
        open: () => {
          attempts++;
          return Promise.reject(Object.assign(new Error('newer'), { name: 'VersionError' }));
        },
      },
    ).catch((e: unknown) => e);
    expect((err as DbError).kind).toBe('version');
    expect(attempts).toBe(1);
  });
});
