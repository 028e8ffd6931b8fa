// The house server's own tools against a real stand-in process: the setup command (npm run
// house:setup), the test helper startHouse, the one-origin server and npm run house. Node only.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cafeSecurity, SetupError, setupCafe } from '../../.ci/house-cafe.mjs';
import { serveOneOrigin as serveWithOptions } from '../../.ci/one-origin.mjs';
import { freePort } from '../../.ci/stand-in.mjs';
import { type House, serveOneOrigin, startHouse } from './support/house';

const PASSWORD = /^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){4}$/;

const basic = (name: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
});

async function json(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.json() };
}

const put = (url: string, headers: Record<string, string>, body: unknown) =>
  json(url, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const scratches: string[] = [];
/** A new temporary folder, removed after the last test of this file. */
function scratch(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  scratches.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

/** The processes whose command line holds `text` (pgrep -f), as pgrep prints them. */
function processesWith(text: string) {
  try {
    return execFileSync('pgrep', ['-f', '--', text], { encoding: 'utf8' });
  } catch {
    return ''; // none
  }
}

/** Runs a script with node; resolves with its exit code and output (stdin is not a terminal). */
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run house:setup on the stand-in', () => {
  let house: House;
  const cafe = 'aarhus-bylivshus';
  const logins: Record<string, string> = {};
  const options = () => ({
    server: house.url,
    admin: house.admin,
    cafe,
    screens: ['vaeg', 'koekken', 'tablet'],
  });
  const user = (name: string) =>
    json(`${house.url}_users/org.couchdb.user:${name}`, {
      headers: basic(house.admin.name, house.admin.password),
    });

  beforeAll(async () => {
    house = await startHouse();
  });
  afterAll(async () => {
    await house?.stop();
  });

  it("creates the café's database, its access rule and one login per screen, each with a strong password", async () => {
    const report = await setupCafe(options());
    expect(report).toMatchObject({
      kind: 'pouchdb-server',
      database: 'cafe-aarhus-bylivshus',
      created: 'created',
      security: 'set',
    });
    for (const name of ['vaeg', 'koekken', 'tablet']) {
      expect(report.logins[name]?.status).toBe('created');
      expect(report.logins[name]?.password).toMatch(PASSWORD);
      logins[name] = report.logins[name]!.password!;
      const doc = await user(name);
      expect(doc.status).toBe(200);
      expect(doc.body).toMatchObject({ name, type: 'user', roles: ['cafe-aarhus-bylivshus'] });
      expect(JSON.stringify(doc.body)).not.toContain(logins[name]);
    }
    expect(new Set(Object.values(logins)).size).toBe(3);
    const security = await json(`${house.dbUrl(cafe)}/_security`, {
      headers: basic(house.admin.name, house.admin.password),
    });
    expect(security.body).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['cafe-aarhus-bylivshus'] },
    });
    expect(security.body).toEqual(cafeSecurity(cafe));
  });

  it("lets a screen's login read and write its café", async () => {
    const wrote = await put(`${house.dbUrl(cafe)}/people:ali`, basic('vaeg', logins.vaeg!), { name: 'Ali' });
    expect(wrote.status).toBe(201);
    const read = await json(`${house.dbUrl(cafe)}/people:ali`, {
      headers: basic('koekken', logins.koekken!),
    });
    expect(read).toMatchObject({ status: 200, body: { name: 'Ali' } });
  });

  it("refuses anyone without a login, and another café's login, to read or write", async () => {
    const other = await setupCafe({
      server: house.url,
      admin: house.admin,
      cafe: 'vejlby',
      screens: ['vejlby-vaeg'],
    });
    const stranger = basic('vejlby-vaeg', other.logins['vejlby-vaeg']!.password!);
    expect((await json(`${house.dbUrl(cafe)}/people:ali`)).status).toBe(401);
    expect((await put(`${house.dbUrl(cafe)}/people:eve`, {}, { name: 'Eve' })).status).toBe(401);
    // pouchdb-server answers 401, CouchDB 3 answers 403: either way, refused.
    expect([401, 403]).toContain(
      (await json(`${house.dbUrl(cafe)}/people:ali`, { headers: stranger })).status,
    );
    expect([401, 403]).toContain(
      (await put(`${house.dbUrl(cafe)}/people:eve`, stranger, { name: 'Eve' })).status,
    );
    const eve = await json(`${house.dbUrl(cafe)}/people:eve`, { headers: basic('vaeg', logins.vaeg!) });
    expect(eve.status).toBe(404);
  });

  it('changes nothing when run again', async () => {
    const before = await Promise.all(['vaeg', 'koekken', 'tablet'].map(user));
    const report = await setupCafe(options());
    expect(report).toMatchObject({ created: 'existed', security: 'kept' });
    expect(report.logins).toEqual({
      vaeg: { status: 'existed' },
      koekken: { status: 'existed' },
      tablet: { status: 'existed' },
    });
    const after = await Promise.all(['vaeg', 'koekken', 'tablet'].map(user));
    expect(after.map((u) => u.body._rev)).toEqual(before.map((u) => u.body._rev));
    expect(
      (await json(`${house.dbUrl(cafe)}/people:ali`, { headers: basic('tablet', logins.tablet!) })).status,
    ).toBe(200);
  });

  it('gives one screen a new password: the old one is refused, the new one works, the others keep theirs', async () => {
    const report = await setupCafe({ ...options(), screens: [], resetPassword: ['koekken'] });
    expect(report.logins).toEqual({
      koekken: { status: 'reset', password: expect.stringMatching(PASSWORD) },
    });
    const fresh = report.logins.koekken!.password!;
    expect(fresh).not.toBe(logins.koekken);
    expect((await json(house.dbUrl(cafe), { headers: basic('koekken', logins.koekken!) })).status).toBe(401);
    expect((await json(house.dbUrl(cafe), { headers: basic('koekken', fresh) })).status).toBe(200);
    expect((await json(house.dbUrl(cafe), { headers: basic('vaeg', logins.vaeg!) })).status).toBe(200);
    logins.koekken = fresh;
  });

  it('shuts out a lost tablet: its login is refused afterwards, the other screens go on', async () => {
    const report = await setupCafe({ ...options(), screens: [], remove: ['tablet'] });
    expect(report.logins).toEqual({ tablet: { status: 'removed' } });
    expect((await json(house.dbUrl(cafe), { headers: basic('tablet', logins.tablet!) })).status).toBe(401);
    expect(
      (await put(`${house.dbUrl(cafe)}/people:mo`, basic('tablet', logins.tablet!), { name: 'Mo' })).status,
    ).toBe(401);
    expect((await user('tablet')).status).toBe(404);
    expect((await json(house.dbUrl(cafe), { headers: basic('vaeg', logins.vaeg!) })).status).toBe(200);
    const again = await setupCafe({ ...options(), screens: [], remove: ['tablet'] });
    expect(again.logins).toEqual({ tablet: { status: 'absent' } });
  });

  it("refuses a screen name that is another café's login, and leaves that login alone", async () => {
    const before = await user('vejlby-vaeg');
    await expect(setupCafe({ ...options(), screens: ['vejlby-vaeg'] })).rejects.toThrow(
      'The login "vejlby-vaeg" already exists on this server and belongs to café vejlby. Choose another name, for example "aarhus-bylivshus-vejlby-vaeg".',
    );
    await expect(setupCafe({ ...options(), screens: [], remove: ['vejlby-vaeg'] })).rejects.toMatchObject({
      code: 'taken',
    });
    expect((await user('vejlby-vaeg')).body).toEqual(before.body);
  });

  it('refuses a café name that is not a–z, 0–9 and hyphens, before asking the server anything', async () => {
    await expect(setupCafe({ ...options(), cafe: 'Århus' })).rejects.toThrow(
      '"Århus" cannot be a café name: use a–z, 0–9 and single hyphens, at most 60 characters (æ → ae, ø → oe, å → aa).',
    );
  });

  it('says plainly that the admin password is wrong, and changes nothing', async () => {
    const attempt = setupCafe({
      ...options(),
      cafe: 'wrong',
      admin: { name: house.admin.name, password: 'not-it' },
    });
    await expect(attempt).rejects.toBeInstanceOf(SetupError);
    await expect(attempt).rejects.toMatchObject({
      code: 'wrong-admin',
      message: `The admin name or password is wrong for ${house.url}.`,
    });
    const dbs = await json(`${house.url}_all_dbs`, {
      headers: basic(house.admin.name, house.admin.password),
    });
    expect(dbs.body).not.toContain('cafe-wrong');
  });

  it('says plainly when nothing answers, and when what answers is not a CouchDB', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    await expect(setupCafe({ ...options(), server: closed })).rejects.toMatchObject({
      code: 'unreachable',
      message: expect.stringMatching(
        /^Nothing answers at http:\/\/127\.0\.0\.1:\d+\/ \(ECONNREFUSED\)\. Is CouchDB running/,
      ),
    });
    const web = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Router</h1>'),
    );
    await new Promise<void>((ok) => web.listen(0, '127.0.0.1', ok));
    const other = `http://127.0.0.1:${(web.address() as AddressInfo).port}/`;
    await expect(setupCafe({ ...options(), server: other })).rejects.toMatchObject({
      code: 'not-couchdb',
      message: expect.stringContaining(`${other} answers, but it is not a CouchDB`),
    });
    web.close();
  });

  it('as a command: prints each new password once, never the admin password, and a plain message on a wrong one', async () => {
    const script = '.ci/house-setup.mjs';
    const first = await run([script, house.url, '--cafe', 'tilst', 'vaeg-tilst'], {
      COUCHDB_PASSWORD: house.admin.password,
      COUCHDB_USER: house.admin.name,
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ {2}vaeg-tilst {2}[a-z2-9-]{24} {2}\(new\)$/m);
    expect(first.stdout).toContain('Write each new password down now: it is shown only this once');
    const again = await run([script, house.url, '--cafe', 'tilst', 'vaeg-tilst'], {
      COUCHDB_PASSWORD: house.admin.password,
      COUCHDB_USER: house.admin.name,
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('vaeg-tilst  exists, password unchanged');
    expect(again.stdout).not.toMatch(new RegExp(PASSWORD.source.slice(1, -1)));
    const wrong = await run([script, house.url, '--cafe', 'tilst', '--admin', house.admin.name], {
      COUCHDB_PASSWORD: 'secret-typo',
    });
    expect(wrong).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `The admin name or password is wrong for ${house.url}.\n`,
    });
    for (const out of [first, again, wrong]) {
      expect(out.stdout + out.stderr).not.toContain(house.admin.password);
      expect(out.stdout + out.stderr).not.toContain('secret-typo');
    }
    const missing = await run([script, house.url, '--cafe', 'tilst'], { COUCHDB_PASSWORD: '' });
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'Set COUCHDB_PASSWORD to the admin password, or run this in a terminal.\n',
    });
  });
});

describe('startHouse', () => {
  it('keeps the data through a kill and a restart, on the same port, with a new process', async () => {
    const house = await startHouse();
    try {
      const { vaeg } = await house.setupCafe('keep', ['vaeg']);
      expect(
        (await put(`${house.dbUrl('keep')}/tasks:kaffe`, basic('vaeg', vaeg!), { title: 'Kaffe' })).status,
      ).toBe(201);
      const first = house.pid;
      await house.kill();
      expect(() => process.kill(first, 0)).toThrow();
      await expect(fetch(house.url)).rejects.toThrow();
      await house.restart();
      expect(house.pid).not.toBe(first);
      const read = await json(`${house.dbUrl('keep')}/tasks:kaffe`, { headers: basic('vaeg', vaeg!) });
      expect(read).toMatchObject({ status: 200, body: { title: 'Kaffe' } });
      expect(await house.setupCafe('keep', ['vaeg'])).toEqual({ vaeg });
    } finally {
      await house.stop();
    }
  });

  it('ends the stand-in when the process that started it dies, even by SIGKILL', async () => {
    const dir = scratch('dagstavlen-house-orphan');
    const parent = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startStandIn } = await import(${JSON.stringify(new URL('../../.ci/stand-in.mjs', import.meta.url).href)});
         const s = await startStandIn({ dir: ${JSON.stringify(dir)}, admin: { name: 'admin', password: 'pw' } });
         console.log(s.pid);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const pid = Number(
      await new Promise<string>((resolve) => parent.stdout.once('data', (d) => resolve(String(d)))),
    );
    expect(() => process.kill(pid, 0)).not.toThrow();
    parent.kill('SIGKILL');
    await expect.poll(() => processesWith(`--dir ${dir}`)).toBe('');
  });

  it("fails with the stand-in's own words when it cannot start, and leaves no process behind", async () => {
    const dir = scratch('dagstavlen-house-broken');
    writeFileSync(join(dir, 'config.json'), '{not json');
    const attempt = startHouse({ dir });
    await expect(attempt).rejects.toThrow(
      /^The CouchDB stand-in \(pouchdb-server\) exited before it answered/,
    );
    await expect(attempt).rejects.toThrow(/SyntaxError.*JSON/);
    expect(processesWith(`--dir ${dir}`)).toBe('');
  });
});

describe('the app and the house server on one origin', () => {
  let house: House;
  let site: { url: string; close(): Promise<void> };
  let vaeg: string;
  const auth = () => basic('vaeg', vaeg);

  beforeAll(async () => {
    house = await startHouse();
    ({ vaeg } = (await house.setupCafe('demo', ['vaeg'])) as { vaeg: string });
    site = await serveOneOrigin({ dbTarget: house.url });
  });
  afterAll(async () => {
    await site?.close();
    await house?.stop();
  });

  it('serves the built app, and index.html for any page address, but a 404 for a missing file', async () => {
    for (const path of ['', 'personale/skaerme']) {
      const res = await fetch(site.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<div id="app"');
    }
    expect((await fetch(`${site.url}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${site.url}../../etc/passwd`)).status).not.toBe(500);
  });

  it('passes /db/ to the house server with the prefix taken off, any method, the login header and the body', async () => {
    expect((await json(`${site.url}db/`)).body).toHaveProperty('express-pouchdb');
    expect((await json(`${site.url}db/cafe-demo`)).status).toBe(401);
    const id = encodeURIComponent('taskDays:2026-12-07/kaffe');
    const wrote = await put(`${site.url}db/cafe-demo/${id}`, auth(), { done: true });
    expect(wrote.status).toBe(201);
    const all = await json(`${site.url}db/cafe-demo/_all_docs`, { headers: auth() });
    expect(all.body.rows.map((r: { id: string }) => r.id)).toContain('taskDays:2026-12-07/kaffe');
    const gone = await json(`${site.url}db/cafe-demo/${id}?rev=${wrote.body.rev}`, {
      method: 'DELETE',
      headers: auth(),
    });
    expect(gone).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('streams a photo up and down unchanged', async () => {
    const bytes = randomBytes(400_000);
    const chunks = [bytes.subarray(0, 150_000), bytes.subarray(150_000)];
    const upload = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const res = await fetch(`${site.url}db/cafe-demo/photos:p1/full.webp`, {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'image/webp' },
      body: upload,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(201);
    const back = await fetch(`${site.url}db/cafe-demo/photos:p1/full.webp`, { headers: auth() });
    expect(back.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('streams the live feed: a change written after the feed opened arrives while it stays open', async () => {
    const info = await json(`${site.url}db/cafe-demo`, { headers: auth() });
    const stop = new AbortController();
    const feed = await fetch(
      `${site.url}db/cafe-demo/_changes?feed=continuous&heartbeat=1000&since=${info.body.update_seq}`,
      // pouchdb-server gzips, and then holds back, a continuous feed for a client that accepts gzip
      // (the app's PouchDB long-polls instead): this test is about our proxy passing chunks on.
      {
        headers: { ...auth(), 'accept-encoding': 'identity' },
        signal: AbortSignal.any([stop.signal, AbortSignal.timeout(30_000)]),
      },
    );
    expect(feed.status).toBe(200);
    const reader = feed.body!.getReader();
    let seen = new TextDecoder().decode((await reader.read()).value); // the first heartbeat: the feed is open
    await put(`${site.url}db/cafe-demo/checkIns:live`, auth(), { at: 1 });
    while (!seen.includes('"checkIns:live"')) {
      const { value, done } = await reader.read();
      expect(done).toBe(false);
      seen += new TextDecoder().decode(value);
    }
    stop.abort();
  });

  it('lets the setup command reach the house server through /db/', async () => {
    const report = await setupCafe({
      server: `${site.url}db`,
      admin: house.admin,
      cafe: 'demo',
      screens: ['vaeg', 'kasse'],
    });
    expect(report).toMatchObject({ server: `${site.url}db/`, created: 'existed', security: 'kept' });
    expect(report.logins).toEqual({
      vaeg: { status: 'existed' },
      kasse: { status: 'created', password: expect.stringMatching(PASSWORD) },
    });
  });

  it('serves HTTPS with a given certificate, and the setup says plainly when this computer does not trust it', async () => {
    const dir = scratch('dagstavlen-house-tls');
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const secure = await serveWithOptions({ distDir: 'dist', dbTarget: house.url, tls: { cert, key } });
    try {
      expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const trusted = (path: string) =>
        new Promise<{ status?: number; body: string }>((resolve, reject) => {
          httpsGet(secure.url + path, { ca: readFileSync(cert), headers: auth() }, (res) => {
            let body = '';
            res.on('data', (d) => {
              body += d;
            });
            res.on('end', () => resolve({ status: res.statusCode, body }));
          }).on('error', reject);
        });
      expect((await trusted('')).body).toContain('<div id="app"');
      expect(await trusted('db/cafe-demo')).toMatchObject({
        status: 200,
        body: expect.stringContaining('"db_name":"cafe-demo"'),
      });
      await expect(
        setupCafe({ server: `${secure.url}db`, admin: house.admin, cafe: 'demo' }),
      ).rejects.toMatchObject({
        code: 'tls',
        message: expect.stringContaining(
          `The certificate of ${secure.url}db/ is not trusted by this computer`,
        ),
      });
    } finally {
      await secure.close();
    }
  });

  it('answers 502 in plain words while the house server is down, and carries on when it is back', async () => {
    await house.stop();
    expect(await json(`${site.url}db/cafe-demo`, { headers: auth() })).toEqual({
      status: 502,
      body: { error: 'bad_gateway', reason: 'The house server does not answer.' },
    });
    await house.restart();
    expect((await json(`${site.url}db/cafe-demo`, { headers: auth() })).status).toBe(200);
  });

  it('npm run house serves the app and the café "demo" on one port, keeps its data and stops its stand-in on Ctrl-C', async () => {
    const dir = scratch('dagstavlen-npm-house');
    const start = async () => {
      const child = spawn(process.execPath, ['.ci/house.mjs', '--port', '0', '--dir', dir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        out += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await expect.poll(() => out, { timeout: 60_000 }).toContain('Ctrl-C stops.');
      const url = /On this computer: +(http:\/\/localhost:\d+\/)/.exec(out)?.[1];
      const logins = Object.fromEntries(
        ['vaeg', 'koekken', 'tablet'].map((n) => [n, new RegExp(`^ {4}${n} +(\\S+)$`, 'm').exec(out)?.[1]]),
      );
      return { child, out: () => out, exited, url: url!, logins };
    };
    const standIns = () => processesWith(`--host 127.0.0.1 --dir ${dir}`); // the stand-in's own arguments

    const first = await start();
    expect(first.out()).toContain(`Data folder: ${dir}`);
    expect(first.out()).toContain('  Café                  demo');
    expect((await fetch(first.url)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, password] of Object.entries(first.logins)) {
      expect(password).toMatch(PASSWORD);
      expect((await json(`${first.url}db/cafe-demo`, { headers: basic(name, password!) })).status).toBe(200);
    }
    expect(
      (await put(`${first.url}db/cafe-demo/people:sam`, basic('vaeg', first.logins.vaeg!), { name: 'Sam' }))
        .status,
    ).toBe(201);
    expect(standIns()).not.toBe('');
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(standIns()).toBe('');

    const second = await start();
    expect(second.logins).toEqual(first.logins);
    const sam = await json(`${second.url}db/cafe-demo/people:sam`, {
      headers: basic('tablet', second.logins.tablet!),
    });
    expect(sam).toMatchObject({ status: 200, body: { name: 'Sam' } });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(standIns()).toBe('');
  });
});
