// Screenshots of a screen at the three wall sizes, for looking at what we build:
//   npm run screenshots -- [ISO time, default Monday 2026-11-23 10:00 Copenhagen] [path, default /] [name] [tap…]
// Each further argument is a visible text to tap, in order, before the picture is taken.
// Writes test-results/screens/<name>-<size>.png from the production build (npm run build first).
// CAFE=large loads the large example café first, through the staff area (PIN 2468).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const [time = '2026-11-23T10:00:00+01:00', path = '/', name = 'board', ...taps] = process.argv.slice(2);
const sizes = { landscape: [1920, 1080], portrait: [1080, 1920], tablet: [1280, 800] };
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = `http://127.0.0.1:${server.httpServer.address().port}`;
mkdirSync('test-results/screens', { recursive: true });
for (const [size, [width, height]] of Object.entries(sizes)) {
  const profile = mkdtempSync(join(tmpdir(), 'dagstavlen-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: flags,
    viewport: { width, height },
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  await context.clock.install({ time: new Date(time) });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (process.env.CAFE === 'large') await loadLarge(page);
  if (path !== '/') {
    await page.goto(base + path);
    await page.waitForTimeout(300);
  }
  for (const text of taps) {
    await page.getByText(text, { exact: true }).first().tap({ force: true });
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(300);
  const file = `test-results/screens/${name}-${size}.png`;
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
await server.close();

async function loadLarge(page) {
  const tap = (name) => page.getByRole('button', { name, exact: true }).first().tap();
  const pin = async () => {
    for (const d of '2468') await tap(d);
    await tap('OK');
  };
  await tap('Personale');
  await pin();
  await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
  await pin();
  await tap('Jeg har gemt nødkoden');
  // Back on the board in edit mode: its "Personale" opens the sections.
  await page.getByRole('button', { name: 'Lås', exact: true }).waitFor();
  await tap('Personale');
  await page
    .getByRole('navigation', { name: 'Afsnit' })
    .getByRole('button', { name: 'Sikkerhedskopi' })
    .tap();
  await tap('Hent den store eksempelcafé');
  await tap('Ja, hent eksempelcaféen');
  await page.getByText('Den store eksempelcafé er hentet.').waitFor();
  await tap('Lås');
  await page.locator('[data-board]:not([hidden]) [data-task]').nth(25).waitFor();
}
