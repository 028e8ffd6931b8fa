// @vitest-environment node
// Object URLs for stored photos are counted by use: one URL per photo and size however many show
// it, revoked when the last one lets go, and never made for a view that already left.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Photo } from '../../../src/domain/types';
import { createPhotoUrls } from '../../../src/photos/urls';

const photo = (id: string): Photo => ({
  id,
  blob: new Blob([`full ${id}`], { type: 'image/webp' }),
  thumb: new Blob([`thumb ${id}`], { type: 'image/webp' }),
  width: 1,
  height: 1,
  createdAt: 0,
});

afterEach(() => vi.restoreAllMocks());

function counted() {
  const live = new Set<string>();
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    const url = `blob:test/${live.size}-${Math.random()}`;
    live.add(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    if (!live.delete(url)) throw new Error(`revoked twice or never made: ${url}`);
  });
  return { live, create };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('photo object URLs', () => {
  it('two users of one photo share one URL, revoked when the last lets go', async () => {
    const { live, create } = counted();
    const load = vi.fn(async (id: string) => photo(id));
    const urls = createPhotoUrls(load);
    const a = urls.acquire('p', 'thumb');
    const b = urls.acquire('p', 'thumb');
    await settle();
    expect(a).toBe(b);
    expect(a.value).toMatch(/^blob:/);
    expect(load).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
    urls.release('p', 'thumb');
    expect(live.size).toBe(1);
    urls.release('p', 'thumb');
    expect(live.size).toBe(0);
    expect(urls.live()).toBe(0);
  });

  it('a view that leaves before the photo is read never gets a URL made for it', async () => {
    const { live, create } = counted();
    let answer: (p: Photo) => void = () => undefined;
    const urls = createPhotoUrls(() => new Promise<Photo>((r) => (answer = r)));
    urls.acquire('p', 'full');
    urls.release('p', 'full');
    answer(photo('p'));
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('a deleted photo is forgotten at once, and a later release does not revoke it twice', async () => {
    const { live } = counted();
    const urls = createPhotoUrls(async (id) => photo(id));
    const full = urls.acquire('p', 'full');
    urls.acquire('p', 'thumb');
    await settle();
    expect(live.size).toBe(2);
    urls.forget('p');
    expect(live.size).toBe(0);
    expect(full.value).toBeNull();
    urls.release('p', 'full');
    urls.release('p', 'thumb');
    expect(live.size).toBe(0);
  });

  it('a photo that is not stored gives an empty URL (the pictogram shows) and makes none', async () => {
    const { create } = counted();
    const urls = createPhotoUrls(async () => undefined);
    const u = urls.acquire('gone', 'thumb');
    await settle();
    expect(u.value).toBe('');
    expect(create).not.toHaveBeenCalled();
  });
});
