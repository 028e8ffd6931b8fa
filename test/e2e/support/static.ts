// A tiny static server over a copy of dist/, owned by one test: it can be switched off (the
// network is gone) or its files changed (a new version is deployed) without touching the shared
// preview server. Its own port is its own origin, so its service worker is its own too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  url: string;
  dir: string;
  /** Stop answering: like pulling the network cable. */
  stop(): Promise<void>;
  /** Start answering again on the same port. */
  start(): Promise<void>;
  edit(file: string, change: (text: string) => string): void;
  dispose(): Promise<void>;
}

export async function serveCopyOfDist(): Promise<StaticSite> {
  const dir = mkdtempSync(join(tmpdir(), 'dagstavlen-site-'));
  cpSync('dist', dir, { recursive: true });
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
        const file = join(dir, path === '/' ? 'index.html' : path);
        try {
          const body = readFileSync(file.startsWith(dir) ? file : join(dir, 'index.html'));
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
      server = undefined;
    });
  await listen();
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    stop: close,
    start: listen,
    edit(file, change) {
      const p = join(dir, file);
      writeFileSync(p, change(readFileSync(p, 'utf8')));
    },
    async dispose() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
