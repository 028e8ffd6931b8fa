// npm run kiosk: the wall screen. Serves the built board (dist/) on this machine only and opens
// it in Chromium in kiosk mode on a PERSISTENT profile: the profile is the café's database, so
// never --incognito and never a profile under /tmp. A crashed tab is reopened by the watchdog;
// if Chromium itself dies, this process exits and systemd starts it again.
//
//   DAGSTAVLEN_PROFILE   profile folder (default ~/.local/share/dagstavlen/profile)
//   DAGSTAVLEN_PORT      local port (default 4173; keep it fixed: the port is part of the origin,
//                        and a new origin means a new, empty database)
//   CHROMIUM             browser (default /usr/bin/chromium)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { watchForCrashes } from './watchdog.mjs';

const root = resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env.DAGSTAVLEN_PORT ?? 4173);
const profile = process.env.DAGSTAVLEN_PROFILE ?? join(homedir(), '.local/share/dagstavlen/profile');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(1);
}
if (resolve(profile).startsWith('/tmp') || resolve(profile).startsWith('/dev/shm')) {
  console.error(`Refusing a profile under a temporary folder (${profile}): the data would be lost.`);
  process.exit(1);
}
mkdirSync(profile, { recursive: true });

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || path === '/') file = join(root, 'index.html');
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // The service worker decides what is cached; the server always offers the newest build.
    'cache-control': 'no-cache',
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
const url = `http://127.0.0.1:${port}/`;
console.log(`Dagstavlen: ${url} · profile ${profile}`);

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  locale: 'da-DK',
  timezoneId: 'Europe/Copenhagen',
  ignoreDefaultArgs: ['--enable-automation'],
  args: [
    '--kiosk',
    // "Udskriv" goes straight to the system's default printer: no print dialog over the board,
    // and no "Gem som PDF" file picker for someone at the wall to land in.
    '--kiosk-printing',
    // The wall PC's OS locale is often C/en-US: without this, time fields show 12-hour AM/PM.
    '--lang=da-DK',
    '--start-fullscreen',
    '--noerrdialogs',
    '--disable-infobars',
    '--no-first-run',
    '--disable-session-crashed-bubble',
    '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
    '--autoplay-policy=no-user-gesture-required',
    '--check-for-update-interval=31536000',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
watchForCrashes(page, { url });
await page.goto(url);

// Chromium gone (closed, killed, out of memory): exit non-zero so systemd restarts everything.
context.on('close', () => {
  console.error('Chromium closed; exiting so the service restarts it.');
  server.close();
  process.exit(1);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    await context.close().catch(() => undefined);
    process.exit(0);
  });
}
