// What the production build ships: every JS and CSS file, raw and gzip (zlib's default level,
// as a plain static server compresses).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
  firstPaint: boolean;
}

export function chunks(dist: string, firstPaintUrls: readonly string[]): Chunk[] {
  const names = new Set(firstPaintUrls.map((u) => new URL(u).pathname.replace(/^\//, '')));
  const out: Chunk[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, file);
      else if (/\.(js|css)$/.test(entry.name)) {
        const body = readFileSync(path);
        out.push({
          file,
          kind: entry.name.endsWith('.css') ? 'css' : 'js',
          bytes: body.length,
          gzip: gzipSync(body).length,
          firstPaint: names.has(file),
        });
      }
    }
  };
  walk(dist, '');
  return out.sort((a, b) => Number(b.firstPaint) - Number(a.firstPaint) || b.gzip - a.gzip);
}
