// One origin for the app's production build (/) and the bench's own pages (/__bench/), so the
// loader writes the very IndexedDB the app reads. Plain static files, like the kiosk's server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** `port` 0: any free port. A kept year (BENCH_YEAR_CACHE) needs the same origin, so the same port. */
export async function serve(appDir: string, benchDir: string, port = 0): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__bench/blank') {
      // A page on the app's origin to set throttling on before the app itself loads.
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end('<!doctype html><title>-</title>');
      return;
    }
    const [dir, rest] = path.startsWith('/__bench/') ? [benchDir, path.slice(9)] : [appDir, path.slice(1)];
    let file = normalize(join(dir, rest || 'index.html'));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // The app routes by hash; anything else unknown gets the app's page (as vite preview does).
      if (extname(file)) {
        res.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: on } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${on}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
