// @vitest-environment node
// The board shows pictograms as PNGs drawn from their SVG sources (npm run pictograms). A PNG that
// is missing, or left behind when its SVG changed, would show an old or empty picture on the wall.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTOGRAMS } from '../../../src/domain/fields';

const DIR = resolve('public/pictograms');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.slice(0, -4));

/** The chunks of a PNG file: type and data. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += length + 12;
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

describe('pictogram files', () => {
  it('every SVG source has its 192 px PNG, drawn from the SVG as it is now', () => {
    expect(sources.length).toBeGreaterThan(30);
    for (const name of sources) {
      const png = readFileSync(join(DIR, `${name}.png`));
      const parts = chunks(png);
      const head = parts[0]!;
      expect(head.type).toBe('IHDR');
      expect([head.data.readUInt32BE(0), head.data.readUInt32BE(4)], name).toEqual([192, 192]);
      const svg = readFileSync(join(DIR, `${name}.svg`));
      const hash = createHash('sha256').update(svg).digest('hex');
      const text = parts.find((c) => c.type === 'tEXt')?.data.toString('latin1');
      expect(text, `${name}.png is older than ${name}.svg: run npm run pictograms`).toBe(
        `Source\0sha256:${hash}`,
      );
    }
  });

  it('every pictogram a record may hold and every name the screens write out has a source', () => {
    const listed: readonly string[] = PICTOGRAMS;
    const written = sourceFiles(resolve('src')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/<Pictogram name="([\w-]+)"/g)].map((m) => m[1]!),
    );
    expect(written.length).toBeGreaterThan(5);
    const levels = [1, 2, 3, 4, 5].map((l) => `energy-${l}`);
    for (const name of new Set([...listed, ...written, ...levels])) expect(sources, name).toContain(name);
  });
});
