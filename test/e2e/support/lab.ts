// The photo lab page (test/e2e/photos-lab): built with Vite into a scratch folder and served with
// the photo fixtures under /fixtures/, on its own origin, so it never touches the app's database.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.jpg': 'image/jpeg',
  '.heic': 'image/heic',
};

export interface Lab {
  url: string;
  dispose(): Promise<void>;
}

export async function serveLab(): Promise<Lab> {
  const out = mkdtempSync(join(tmpdir(), 'dagstavlen-lab-'));
  await build({
    root: 'test/e2e/photos-lab',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  const fixtures = join(process.cwd(), 'test/fixtures/photos');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [dir, rest] = path.startsWith('/fixtures/') ? [fixtures, path.slice(10)] : [out, path.slice(1)];
    const file = normalize(join(dir, rest || 'index.html'));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async dispose() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}
