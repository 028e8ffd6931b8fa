// @vitest-environment node
// Photos asked for in the same moment (a board mounting its cards) are read in one readonly
// transaction, each answer going to whoever asked for it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import type { Photo } from '../../../src/domain/types';
import { createPhotoReader } from '../../../src/photos/reader';

const photo = (id: string): Photo => ({
  id,
  blob: new Blob([`full ${id}`], { type: 'image/webp' }),
  thumb: new Blob([`thumb ${id}`], { type: 'image/webp' }),
  width: 4,
  height: 3,
  createdAt: 0,
});

afterEach(() => vi.restoreAllMocks());

async function repoWith(ids: string[]) {
  const repo = createRepo(await openDatabase(`reader-${Math.random()}`));
  await repo.commit({ photos: { put: ids.map(photo) } });
  // Counted from here: every transaction the page would open.
  const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
  return { repo, transactions };
}

describe('reading photos in batches', () => {
  it('photos asked for in the same moment come from one readonly transaction, each to its asker', async () => {
    const { repo, transactions } = await repoWith(['a', 'b', 'c']);
    const reader = createPhotoReader((ids) => repo.getPhotos(ids));
    const asked = ['a', 'b', 'missing', 'c', 'a'].map((id) => reader.read(id));
    const got = await Promise.all(asked);
    expect(await Promise.all(got.map((p) => p?.thumb.text()))).toEqual([
      'thumb a',
      'thumb b',
      undefined,
      'thumb c',
      'thumb a',
    ]);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(transactions.mock.calls[0]?.[1]).toBe('readonly');
  });

  it('photos asked for at different moments are read separately', async () => {
    const { repo, transactions } = await repoWith(['a', 'b']);
    const reader = createPhotoReader((ids) => repo.getPhotos(ids));
    expect((await reader.read('a'))?.id).toBe('a');
    expect((await reader.read('b'))?.id).toBe('b');
    expect(transactions).toHaveBeenCalledTimes(2);
  });

  it('a failed read answers everyone who asked with the error', async () => {
    const reader = createPhotoReader(async () => {
      throw new Error('unreadable');
    });
    const results = await Promise.allSettled([reader.read('a'), reader.read('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
