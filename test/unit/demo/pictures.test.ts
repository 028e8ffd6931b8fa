// @vitest-environment node
// The demo café's pictures are WebP drawn from our SVG drawings (npm run demo-pictures), because a
// photo may only be JPEG, PNG or WebP. A WebP that is missing, or left behind when its SVG changed,
// would show an old picture or none; an older version's stored SVG is recognised by its hash.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPhotoBytes } from '../../../src/db/door';
import { DEMO } from '../../../src/demo/cafe';

const TASKS = DEMO.tasks;

import { drawingOfSvg } from '../../../src/demo/pictures';
import { readPicture } from '../../fixtures/drawings';

const DIR = resolve('src/demo/pictures');
const svgs = readdirSync(DIR)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.slice(0, -4))
  .sort();
const made = JSON.parse(readFileSync(join(DIR, 'pictures.json'), 'utf8')) as Record<string, string>;
const hashOf = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(DIR, `${name}.svg`)))
    .digest('hex');

describe('demo pictures', () => {
  it('every SVG drawing has its WebP renditions, drawn from the SVG as it is now', () => {
    expect(svgs.length).toBeGreaterThan(20);
    expect(Object.keys(made).sort()).toEqual(svgs);
    for (const name of svgs) {
      for (const r of ['full', 'thumb'])
        expect(
          existsSync(join(DIR, `${name}.${r}.webp`)),
          `${name}.${r}.webp is missing: run npm run demo-pictures`,
        ).toBe(true);
      expect(made[name], `${name}.webp is older than ${name}.svg: run npm run demo-pictures`).toBe(
        hashOf(name),
      );
    }
  });

  it('each is what the photo intake makes: WebP, whole, 1600 px and 320 px in the drawing’s proportions, within budget', () => {
    for (const name of svgs) {
      const full = readFileSync(join(DIR, `${name}.full.webp`));
      const thumb = readFileSync(join(DIR, `${name}.thumb.webp`));
      const checked = checkPhotoBytes(full, thumb);
      expect(checked, name).toEqual({
        ok: true,
        full: { type: 'image/webp', width: 1600, height: 1200 },
        thumb: { type: 'image/webp', width: 320, height: 240 },
      });
      expect(full.length, name).toBeLessThanOrEqual(400 * 1024);
      expect(thumb.length, name).toBeLessThanOrEqual(50 * 1024);
    }
  });

  it("every picture the demo café's tasks and steps ask for is drawn", () => {
    const asked = TASKS.flatMap((t) => [
      t.picture,
      ...t.steps.flatMap((s) => (typeof s === 'string' ? [] : [s[1]])),
    ]);
    expect(asked.length).toBeGreaterThan(20);
    for (const name of asked) expect(svgs, name).toContain(name);
  });

  it("finds a drawing by its SVG's hash, as an older version stored it, and nothing else", async () => {
    const latte = await drawingOfSvg(hashOf('latte'), readPicture);
    expect(latte?.full).toEqual(new Uint8Array(readFileSync(join(DIR, 'latte.full.webp'))));
    expect(latte?.thumb).toEqual(new Uint8Array(readFileSync(join(DIR, 'latte.thumb.webp'))));
    expect(await drawingOfSvg('0'.repeat(64), readPicture)).toBeNull();
  });
});
