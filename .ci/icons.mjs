// Draws the app icons (PNG) from the SVGs in public/ with the same Chromium the tests use:
//   node .ci/icons.mjs            (all of them)
//   node .ci/icons.mjs favicon    (only those whose file name has that word)
// The PNGs are committed (a few KB each) so a build needs no browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const jobs = [
  { svg: 'public/favicon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', out: 'public/icons/icon-maskable-512.png', size: 512 },
  { svg: 'public/favicon.svg', out: 'public/icons/apple-touch-icon.png', size: 180 },
  // The page's own icon: an SVG icon is a whole SVG document built on the page's main thread when
  // the browser fetches it (45 to 85 ms at 4x CPU, during the cold start); a small PNG is not.
  { svg: 'public/favicon.svg', out: 'public/icons/favicon-32.png', size: 32 },
];
const only = process.argv[2];

const profile = mkdtempSync(join(tmpdir(), 'dagstavlen-icons-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = context.pages()[0] ?? (await context.newPage());
for (const { svg, out, size } of jobs.filter((j) => !only || j.out.includes(only))) {
  await page.setViewportSize({ width: size, height: size });
  const data = readFileSync(svg, 'utf8');
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;utf8,${encodeURIComponent(data)}">` +
      `</body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(out, await page.screenshot({ omitBackground: true }));
  console.log(out);
}
await context.close();
rmSync(profile, { recursive: true, force: true });
