// Draws the demo café's pictures as WebP from their SVG sources, with the same Chromium the tests use:
//   npm run demo-pictures
// Why: a photo may only be JPEG, PNG or WebP (an SVG can carry a script, so none enters the board
// from a file or another screen), and the demo café's pictures are stored as photos. Each drawing
// becomes what the photo intake makes of a picture: a full rendition of at most 1600 px and 400 KB
// and a thumbnail of at most 320 px and 50 KB, both drawn from the SVG at their own size. The SVGs
// stay as the source of truth; the WebP files and pictures.json are committed, so `npm start` and
// the build need no browser. pictures.json names each source's SHA-256: a unit test sees a WebP
// left behind by a changed SVG, and an older version's stored SVG is known by it (src/demo/pictures.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const DIR = 'src/demo/pictures';
const RENDITIONS = [
  { name: 'full', edge: 1600, maxBytes: 400 * 1024 },
  { name: 'thumb', edge: 320, maxBytes: 50 * 1024 },
];

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.slice(0, -4))
  .sort();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const sources = {};
let total = 0;
for (const name of names) {
  const svg = readFileSync(join(DIR, `${name}.svg`));
  sources[name] = createHash('sha256').update(svg).digest('hex');
  for (const r of RENDITIONS) {
    const base64 = await page.evaluate(
      async ({ svg, edge, maxBytes }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await img.decode();
        // The drawing's own proportions, its longer side at the edge.
        const scale = edge / Math.max(img.naturalWidth, img.naturalHeight);
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(img.naturalWidth * scale);
        canvas.height = Math.round(img.naturalHeight * scale);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        // The intake's qualities, best first, until it fits.
        for (const quality of [0.82, 0.7, 0.55, 0.4]) {
          const blob = await new Promise((done) => canvas.toBlob(done, 'image/webp', quality));
          if (blob.type !== 'image/webp') throw new Error('this Chromium makes no WebP');
          if (blob.size > maxBytes) continue;
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          return btoa(text);
        }
        throw new Error('does not fit its size budget');
      },
      { svg: svg.toString('utf8'), edge: r.edge, maxBytes: r.maxBytes },
    );
    const webp = Buffer.from(base64, 'base64');
    writeFileSync(join(DIR, `${name}.${r.name}.webp`), webp);
    total += webp.length;
    console.log(`${name}.${r.name}.webp ${(webp.length / 1024).toFixed(1)} kB`);
  }
}
await browser.close();
writeFileSync(join(DIR, 'pictures.json'), `${JSON.stringify(sources, null, 2)}\n`);
console.log(`${names.length} pictures, ${(total / 1024).toFixed(1)} kB in all`);
