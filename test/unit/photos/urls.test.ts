// @vitest-environment node
// Stored photos for the screen are counted by use: one object URL per full photo and one bitmap
// per thumbnail however many show it, let go by the last user, and never made for a view that
// already left.
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

/** Fake bitmaps that know whether they are open, and complain when closed twice. */
function bitmaps() {
  const open = new Set<ImageBitmap>();
  const decode = vi.fn(async (blob: Blob) => {
    const bitmap = {
      width: 320,
      height: 240,
      source: await blob.text(),
      close() {
        if (!open.delete(bitmap)) throw new Error('closed twice');
        (bitmap as { width: number }).width = 0;
      },
    } as unknown as ImageBitmap & { source: string };
    open.add(bitmap);
    return bitmap;
  });
  return { open, decode };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('full photos as object URLs', () => {
  it('two users of one photo share one URL, revoked when the last lets go', async () => {
    const { live, create } = counted();
    const read = vi.fn(stored);
    const urls = createPhotoUrls(read);
    const a = urls.acquire('p');
    const b = urls.acquire('p');
    await settle();
    expect(a).toBe(b);
    expect(a.value).toMatch(/^blob:/);
    expect(read).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
    urls.release('p');
    expect(live.size).toBe(1);
    urls.release('p');
    expect(live.size).toBe(0);
    expect(urls.live()).toBe(0);
  });

  it('a view that leaves before the photo is read never gets a URL made for it', async () => {
    const { live, create } = counted();
    let answer: (p: Photo[]) => void = () => undefined;
    const urls = createPhotoUrls(() => new Promise<Photo[]>((r) => (answer = r)));
    urls.acquire('p');
    await Promise.resolve();
    urls.release('p');
    answer([photo('p')]);
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('a deleted photo is forgotten at once, and a later release does not revoke it twice', async () => {
    const { live } = counted();
    const { open, decode } = bitmaps();
    const urls = createPhotoUrls(stored, decode);
    const full = urls.acquire('p');
    const thumb = urls.thumbs.acquire('p');
    await settle();
    expect(live.size).toBe(1);
    expect(open.size).toBe(1);
    urls.forget('p');
    expect(live.size).toBe(0);
    expect(open.size).toBe(0);
    expect(full.value).toBeNull();
    expect(thumb.value).toBeNull();
    urls.release('p');
    urls.thumbs.release('p');
    expect(live.size).toBe(0);
  });

  it('a photo that is not stored gives an empty URL (the pictogram shows) and makes none', async () => {
    const { create } = counted();
    const urls = createPhotoUrls(stored);
    const u = urls.acquire('gone');
    await settle();
    expect(u.value).toBe('');
    expect(create).not.toHaveBeenCalled();
  });
});

describe('thumbnails as bitmaps', () => {
  it('two users of one thumbnail share one bitmap, decoded once from the thumb and closed by the last user', async () => {
    const { live, create } = counted();
    const { open, decode } = bitmaps();
    const urls = createPhotoUrls(stored, decode);
    const a = urls.thumbs.acquire('p');
    const b = urls.thumbs.acquire('p');
    expect(a.value).toBeNull();
    await settle();
    expect(a).toBe(b);
    expect((a.value as unknown as { source: string }).source).toBe('thumb p');
    expect(decode).toHaveBeenCalledTimes(1);
    expect(urls.thumbs.live()).toBe(1);
    urls.thumbs.release('p');
    expect(open.size).toBe(1);
    urls.thumbs.release('p');
    expect(open.size).toBe(0);
    expect(urls.thumbs.live()).toBe(0);
    // No object URL at all for a thumbnail.
    expect(create).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('a view that leaves before the photo is read never gets a bitmap decoded for it', async () => {
    const { open, decode } = bitmaps();
    const urls = createPhotoUrls(stored, decode);
    urls.thumbs.acquire('p');
    urls.thumbs.release('p');
    await settle();
    expect(decode).not.toHaveBeenCalled();
    expect(open.size).toBe(0);
  });

  it('a view that leaves while its bitmap decodes has it closed as soon as it arrives', async () => {
    const { open, decode } = bitmaps();
    let decoded: () => void = () => undefined;
    const slow = vi.fn(async (blob: Blob) => {
      await new Promise<void>((r) => (decoded = r));
      return decode(blob);
    });
    const urls = createPhotoUrls(stored, slow);
    const t = urls.thumbs.acquire('p');
    await settle();
    expect(slow).toHaveBeenCalledTimes(1);
    urls.thumbs.release('p');
    decoded();
    await settle();
    expect(decode).toHaveBeenCalledTimes(1);
    expect(open.size).toBe(0);
    expect(t.value).toBeNull();
  });

  it('a photo deleted while its bitmap decodes is never shown', async () => {
    const { open, decode } = bitmaps();
    let decoded: () => void = () => undefined;
    const slow = async (blob: Blob) => {
      await new Promise<void>((r) => (decoded = r));
      return decode(blob);
    };
    const urls = createPhotoUrls(stored, slow);
    const t = urls.thumbs.acquire('p');
    await settle();
    urls.forget('p');
    decoded();
    await settle();
    expect(t.value).toBeNull();
    expect(open.size).toBe(0);
    urls.thumbs.release('p');
  });

  it('a missing or undecodable thumbnail shows the pictogram and keeps no bitmap', async () => {
    const urls = createPhotoUrls(stored, async (blob) => {
      if ((await blob.text()).includes('broken')) throw new Error('not a picture');
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
    const { decode } = bitmaps();
    const read = vi.fn(stored);
    const urls = createPhotoUrls(read, decode);
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
    expect(thumbs.map((t) => (t.value === 'none' ? 'none' : t.value ? 'bitmap' : null))).toEqual([
      'bitmap',
      'bitmap',
      'bitmap',
      'none',
      'bitmap',
    ]);
    // The first run, then one for everything that arrived.
    expect(updates).toBe(2);
  });
});
