// @vitest-environment node
// Stored photos for the screen are counted by use: one data URL per full photo and one per
// thumbnail however many show it (no object URL at all), let go by the last user, and never made
// for a view that already left.
import { effect } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Photo } from '../../../src/domain/types';
import { createPhotoUrls } from '../../../src/photos/urls';

const photo = (id: string): Photo => ({
  id,
  blob: new Blob([`full ${id}`], { type: 'image/webp' }),
  thumb: new Blob([`thumb ${id}`], { type: 'image/webp' }),
  width: 4,
  height: 3,
  createdAt: 0,
});
/** A store that holds every photo asked for, except those named 'gone…'. */
const stored = async (ids: readonly string[]) =>
  ids.map((id) => (id.startsWith('gone') ? undefined : photo(id)));

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

/** A fake reader of thumbnails as data URLs, counting what it was asked to read. */
function dataUrls() {
  const toDataUrl = vi.fn(async (blob: Blob) => `data:image/webp;fake,${await blob.text()}`);
  return { toDataUrl };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('full photos as data URLs made off the page', () => {
  it('two users of one photo share one data URL, read once and let go by the last user, and no object URL is made', async () => {
    const { live, create } = counted();
    const read = vi.fn(stored);
    const { toDataUrl: full } = dataUrls();
    const urls = createPhotoUrls(read, dataUrls().toDataUrl, full);
    const a = urls.acquire('p');
    const b = urls.acquire('p');
    await settle();
    expect(a).toBe(b);
    expect(a.value).toBe('data:image/webp;fake,full p');
    expect(read).toHaveBeenCalledTimes(1);
    expect(full).toHaveBeenCalledTimes(1);
    urls.release('p');
    expect(urls.live()).toBe(1);
    urls.release('p');
    expect(urls.live()).toBe(0);
    expect(create).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('a view that leaves before the photo is read never gets a URL made for it', async () => {
    let answer: (p: Photo[]) => void = () => undefined;
    const { toDataUrl: full } = dataUrls();
    const urls = createPhotoUrls(() => new Promise<Photo[]>((r) => (answer = r)), dataUrls().toDataUrl, full);
    const u = urls.acquire('p');
    await Promise.resolve();
    urls.release('p');
    answer([photo('p')]);
    await settle();
    expect(full).not.toHaveBeenCalled();
    expect(u.value).toBeNull();
  });

  it('a deleted photo is forgotten at once, and a later release lets go of nothing twice', async () => {
    const { toDataUrl } = dataUrls();
    const urls = createPhotoUrls(stored, toDataUrl, dataUrls().toDataUrl);
    const full = urls.acquire('p');
    const thumb = urls.thumbs.acquire('p');
    await settle();
    expect(full.value).toMatch(/^data:/);
    expect(urls.thumbs.live()).toBe(1);
    urls.forget('p');
    expect(urls.thumbs.live()).toBe(0);
    expect(full.value).toBeNull();
    expect(thumb.value).toBeNull();
    urls.release('p');
    urls.thumbs.release('p');
    expect(urls.live()).toBe(0);
  });

  it('a photo that is not stored gives an empty URL (the pictogram shows) and makes none', async () => {
    const { toDataUrl: full } = dataUrls();
    const urls = createPhotoUrls(stored, dataUrls().toDataUrl, full);
    const u = urls.acquire('gone');
    await settle();
    expect(u.value).toBe('');
    expect(full).not.toHaveBeenCalled();
  });
});

describe('thumbnails as data URLs', () => {
  it('two users of one thumbnail share one data URL, read once from the thumb and let go by the last user', async () => {
    const { live, create } = counted();
    const { toDataUrl } = dataUrls();
    const urls = createPhotoUrls(stored, toDataUrl);
    const a = urls.thumbs.acquire('p');
    const b = urls.thumbs.acquire('p');
    expect(a.value).toBeNull();
    await settle();
    expect(a).toBe(b);
    expect(a.value).toBe('data:image/webp;fake,thumb p');
    expect(toDataUrl).toHaveBeenCalledTimes(1);
    expect(urls.thumbs.live()).toBe(1);
    urls.thumbs.release('p');
    expect(urls.thumbs.live()).toBe(1);
    urls.thumbs.release('p');
    expect(urls.thumbs.live()).toBe(0);
    // Held again later: read again (nothing is kept for a thumbnail no one shows).
    urls.thumbs.acquire('p');
    await settle();
    expect(toDataUrl).toHaveBeenCalledTimes(2);
    // No object URL at all for a thumbnail.
    expect(create).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('a view that leaves before the photo is read never gets its thumbnail read', async () => {
    const { toDataUrl } = dataUrls();
    const urls = createPhotoUrls(stored, toDataUrl);
    const t = urls.thumbs.acquire('p');
    urls.thumbs.release('p');
    await settle();
    expect(toDataUrl).not.toHaveBeenCalled();
    expect(t.value).toBeNull();
    expect(urls.thumbs.live()).toBe(0);
  });

  it('a view that leaves while its thumbnail is read never has it shown', async () => {
    const { toDataUrl } = dataUrls();
    let read: () => void = () => undefined;
    const slow = vi.fn(async (blob: Blob) => {
      await new Promise<void>((r) => (read = r));
      return toDataUrl(blob);
    });
    const urls = createPhotoUrls(stored, slow);
    const t = urls.thumbs.acquire('p');
    await settle();
    expect(slow).toHaveBeenCalledTimes(1);
    urls.thumbs.release('p');
    read();
    await settle();
    expect(t.value).toBeNull();
    expect(urls.thumbs.live()).toBe(0);
  });

  it('a photo deleted while its thumbnail is read is never shown', async () => {
    const { toDataUrl } = dataUrls();
    let read: () => void = () => undefined;
    const slow = async (blob: Blob) => {
      await new Promise<void>((r) => (read = r));
      return toDataUrl(blob);
    };
    const urls = createPhotoUrls(stored, slow);
    const t = urls.thumbs.acquire('p');
    await settle();
    urls.forget('p');
    read();
    await settle();
    expect(t.value).toBeNull();
    expect(urls.thumbs.live()).toBe(0);
    urls.thumbs.release('p');
  });

  it('a missing or unreadable thumbnail shows the pictogram', async () => {
    const urls = createPhotoUrls(stored, async (blob) => {
      if ((await blob.text()).includes('broken')) throw new Error('not readable');
      throw new Error('unexpected');
    });
    const missing = urls.thumbs.acquire('gone');
    const broken = urls.thumbs.acquire('broken');
    await settle();
    expect(missing.value).toBe('none');
    expect(broken.value).toBe('none');
    expect(urls.thumbs.live()).toBe(0);
  });

  it('thumbnails asked for together are read together and shown in one update', async () => {
    const { toDataUrl } = dataUrls();
    const read = vi.fn(stored);
    const urls = createPhotoUrls(read, toDataUrl);
    const ids = ['a', 'b', 'c', 'gone-d', 'a'];
    const thumbs = ids.map((id) => urls.thumbs.acquire(id));
    let updates = 0;
    const stop = effect(() => {
      for (const t of thumbs) void t.value;
      updates++;
    });
    await settle();
    stop();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(['a', 'b', 'c', 'gone-d']);
    expect(thumbs.map((t) => t.value)).toEqual([
      'data:image/webp;fake,thumb a',
      'data:image/webp;fake,thumb b',
      'data:image/webp;fake,thumb c',
      'none',
      'data:image/webp;fake,thumb a',
    ]);
    // The first run, then one for everything that arrived.
    expect(updates).toBe(2);
  });

  it('pictures that come from another screen later are shown a few per task, not all in one', async () => {
    const { toDataUrl } = dataUrls();
    const here = new Set<string>();
    const urls = createPhotoUrls(
      async (ids) => ids.map((id) => (here.has(id) ? photo(id) : undefined)),
      toDataUrl,
    );
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const thumbs = ids.map((id) => urls.thumbs.acquire(id));
    await settle();
    expect(thumbs.every((t) => t.value === 'none')).toBe(true);
    const seen: number[] = [];
    const stop = effect(() => {
      const shown = thumbs.filter((t) => t.value?.startsWith('data:')).length;
      if (seen.at(-1) !== shown) seen.push(shown);
    });
    // A day of photos arrives from the house server at once.
    for (const id of ids) here.add(id);
    for (const id of ids) urls.arrived(id);
    for (let i = 0; i < 5; i++) await settle();
    stop();
    expect(seen).toEqual([0, 3, 6, 7]);
  });
});
