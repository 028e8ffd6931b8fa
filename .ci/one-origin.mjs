// The built app and the house server's database on one origin: `dist/` as files (index.html for
// any other page address) and `/db/…` passed through to CouchDB with `/db` taken off. One origin
// means no CORS and one certificate; the screens' PouchDB talks to `<origin>/db/cafe-<slug>`.
// Bodies stream both ways (photos, the live changes feed), for any method and any header.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp, Agent as HttpAgent, request as httpRequest } from 'node:http';
import { createServer as createHttps, Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Hop-by-hop headers belong to one connection, never forwarded (RFC 9110 §7.6.1).
const HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
]);

function withoutHop(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers))
    if (!HOP.has(name) && value !== undefined) out[name] = value;
  return out;
}

function serveFile(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  let stat = statOf(file);
  if (stat?.isDirectory()) {
    file = join(file, 'index.html');
    stat = statOf(file);
  }
  if (!stat?.isFile()) {
    // A page address (no file extension) is the app's own navigation: index.html. A missing
    // script or picture stays a 404, so a broken build never loads as a page.
    if (extname(path) !== '' && extname(path) !== '.html') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    file = join(root, 'index.html');
    stat = statOf(file);
    if (!stat) {
      res.writeHead(404).end('dist/index.html is missing: run "npm run build".');
      return;
    }
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': stat.size,
    // Hashed file names never change; everything else is checked each time (the service worker
    // decides what is cached offline).
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function statOf(file) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function proxy(target, prefix, agent, req, res) {
  // The raw request URL, so encoded characters (a doc id with %2F) reach CouchDB untouched.
  const rest = (req.url ?? '').slice(prefix.length);
  const path = target.pathname.replace(/\/$/, '') + (rest.startsWith('/') ? rest : `/${rest}`);
  const headers = withoutHop(req.headers);
  headers.host = target.host;
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = req.socket.encrypted ? 'https' : 'http';
  headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
    .filter(Boolean)
    .join(', ');
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path,
      method: req.method,
      headers,
      agent,
    },
    (answer) => {
      const back = withoutHop(answer.headers);
      // CouchDB names its own address in Location (a 201); the browser must see ours.
      if (typeof back.location === 'string' && back.location.startsWith(target.origin)) {
        back.location = prefix + back.location.slice(target.origin.length + target.pathname.length - 1);
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, back);
      res.flushHeaders();
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) {
      res
        .writeHead(502, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'bad_gateway', reason: 'The house server does not answer.' }));
    } else {
      res.destroy();
    }
  });
  // A screen that goes away (a closed tab, a lost network) ends its request to CouchDB too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/**
 * Serves `distDir` and proxies `prefix` (default `/db`) to `dbTarget` on one origin. `tls` ({ cert,
 * key } as PEM file paths) makes it HTTPS. Resolves once listening.
 */
export async function serveOneOrigin({
  distDir,
  dbTarget,
  port = 0,
  host = '127.0.0.1',
  prefix = '/db',
  tls,
}) {
  const root = resolve(distDir);
  const target = new URL(dbTarget);
  const agent =
    target.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const handle = (req, res) => {
    const url = req.url ?? '/';
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) {
      proxy(target, prefix, agent, req, res);
    } else {
      serveFile(root, req, res);
    }
  };
  const server = tls
    ? createHttps({ cert: readFileSync(tls.cert), key: readFileSync(tls.key) }, handle)
    : createHttp(handle);
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shown}:${actual}/`,
    port: actual,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => ok());
      }),
  };
}
