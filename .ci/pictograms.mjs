// Draws every pictogram as a PNG from its SVG source, with the same Chromium the tests use:
//   npm run pictograms
// Why: Chromium builds a whole SVG document for each distinct <img src=*.svg> on the main thread
// (~15 ms each at 4x CPU, plus its paint), which held up the board's first paint. A PNG is decoded
// off the main thread. The SVGs stay as the source of truth (and for the licences); the PNGs are
// committed, so `npm start` and the build need no browser.
//
// Size: pictograms are shown at 28–96 px. 192 px is sharp at device pixel ratio 2 for all of them.
// A task without a photo shows its pictogram filling the photo frame (up to ~1000 px): there the
// SVG itself is shown (src/ui/Pictogram.tsx), as no sensible PNG is sharp at that size.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const DIR = 'public/pictograms';
const SIZE = 192;

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.slice(0, -4))
  .sort();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
let total = 0;
for (const name of names) {
  const svg = readFileSync(join(DIR, `${name}.svg`), 'utf8');
  // Drawn into a canvas of exactly SIZE × SIZE: the SVG is rasterised at that size (not scaled
  // from a smaller bitmap), on a transparent background.
  const base64 = await page.evaluate(
    async ({ svg, size }) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      canvas.getContext('2d').drawImage(img, 0, 0, size, size);
      const blob = await new Promise((done) => canvas.toBlob(done, 'image/png'));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    { svg, size: SIZE },
  );
  const png = recompress(Buffer.from(base64, 'base64'), svg);
  writeFileSync(join(DIR, `${name}.png`), png);
  total += png.length;
  console.log(`${name}.png ${(png.length / 1024).toFixed(1)} kB`);
}
await browser.close();
console.log(`${names.length} pictograms, ${(total / 1024).toFixed(1)} kB in all, ${SIZE} × ${SIZE} px`);

/**
 * The same PNG with its pixel data deflated at zlib's highest level: Chromium's encoder favours
 * speed, and this makes the files about a quarter smaller with the very same pixels. It also
 * names its source's hash (a tEXt chunk), so a unit test sees a PNG left behind by a changed SVG.
 */
function recompress(png, svg) {
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += length + 12;
  }
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const out = [png.subarray(0, 8)];
  let wroteData = false;
  for (const c of chunks) {
    if (c.type === 'IDAT') {
      if (!wroteData) {
        out.push(chunk('tEXt', Buffer.from(`Source\0sha256:${sourceHash(svg)}`, 'latin1')));
        out.push(chunk('IDAT', deflateSync(pixels, { level: 9, memLevel: 9 })));
      }
      wroteData = true;
    } else out.push(chunk(c.type, c.data));
  }
  return Buffer.concat(out);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function sourceHash(svg) {
  return createHash('sha256').update(svg).digest('hex');
}
