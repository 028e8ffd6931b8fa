// A café on the house server (Apache CouchDB 3, or pouchdb-server as the stand-in), through
// CouchDB's HTTP API only, so it runs anywhere Node runs with nothing installed. One database per
// café (`cafe-<slug>`), readable and writable only by the role `cafe-<slug>`; one login per screen
// holding that role. Used by npm run house:setup, npm run house and the end-to-end tests.
import { randomInt } from 'node:crypto';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_MAX = 60;
const TIMEOUT_MS = 15_000;

export const cafeDatabase = (slug) => `cafe-${slug}`;
export const cafeRole = (slug) => `cafe-${slug}`;
export const cafeSecurity = (slug) => ({
  admins: { names: [], roles: [] },
  members: { names: [], roles: [cafeRole(slug)] },
});

/** A plain-language failure; `code` says which, for callers that answer differently. */
export class SetupError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'SetupError';
    this.code = code;
  }
}

/** Throws a SetupError unless `value` is a usable café slug or screen login name. */
export function checkName(value, what) {
  if (typeof value === 'string' && value.length <= NAME_MAX && NAME.test(value)) return value;
  throw new SetupError(
    'bad-name',
    `"${value}" cannot be a ${what}: use a–z, 0–9 and single hyphens, at most ${NAME_MAX} characters ` +
      '(æ → ae, ø → oe, å → aa).',
  );
}

// No 0/o, 1/l/i: the password is typed by hand on each screen. 20 of 31 signs ≈ 99 bits.
const SIGNS = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newPassword() {
  const signs = Array.from({ length: 20 }, () => SIGNS[randomInt(SIGNS.length)]);
  return [0, 4, 8, 12, 16].map((i) => signs.slice(i, i + 4).join('')).join('-');
}

/** The server's base URL (with a trailing slash) and any admin login written into it. */
export function parseServer(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new SetupError('bad-url', `"${address}" is not an address. Example: http://127.0.0.1:5984`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SetupError('bad-url', `"${address}" must start with http:// or https://.`);
  }
  const admin = url.username
    ? { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
    : undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { base: url.href, admin };
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** One HTTP request to the server; network trouble becomes a SetupError in plain words. */
async function request(base, path, { method = 'GET', body, auth } = {}) {
  const headers = { accept: 'application/json' };
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res;
  try {
    res = await fetch(new URL(path, base), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw networkError(base, error);
  }
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

function networkError(base, error) {
  const code = error?.cause?.code ?? error?.code;
  if (TLS_CODES.has(code)) {
    return new SetupError(
      'tls',
      `The certificate of ${base} is not trusted by this computer (${code}). Use a trusted certificate, ` +
        'or run the setup on the house server itself against http://127.0.0.1:5984.',
    );
  }
  if (error?.name === 'TimeoutError') {
    return new SetupError('unreachable', `${base} did not answer within ${TIMEOUT_MS / 1000} s.`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new SetupError('unreachable', `The name in ${base} is not found. Check the address.`);
  }
  if (code?.startsWith?.('HPE_') || code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') {
    return new SetupError('not-couchdb', `${base} does not answer like a web server. Is the port right?`);
  }
  return new SetupError(
    'unreachable',
    `Nothing answers at ${base} (${code ?? error?.cause?.message ?? error?.message}). ` +
      'Is CouchDB running, and are the address and port right?',
  );
}

function unexpected(what, { status, json }) {
  const reason = json?.reason ?? json?.error ?? 'no reason given';
  return new SetupError('server', `The server refused to ${what}: ${status} ${reason}.`);
}

/** Checks that `base` is a CouchDB and that `admin` is one of its server admins. */
export async function checkServer(base, admin) {
  const welcome = await request(base, '');
  const anonymous = await request(base, '_session');
  const isCouch = (json) =>
    typeof json === 'object' && json !== null && (json.couchdb === 'Welcome' || 'express-pouchdb' in json);
  // A CouchDB with require_valid_user answers 401 to anyone without a login: judged after the login.
  if (!isCouch(welcome.json) && !(welcome.status === 401 && welcome.json?.error === 'unauthorized')) {
    throw new SetupError(
      'not-couchdb',
      `${base} answers, but it is not a CouchDB (no "Welcome" at the address). Check the address and port; ` +
        'behind a proxy, give the path to CouchDB (for example https://house.example/db/).',
    );
  }
  if (anonymous.json?.userCtx?.roles?.includes('_admin')) {
    throw new SetupError(
      'admin-party',
      `${base} has no admin yet, so anyone on the network may change anything. Create an admin first.`,
    );
  }
  const session = await request(base, '_session', { auth: admin });
  if (session.status === 401) {
    throw new SetupError('wrong-admin', `The admin name or password is wrong for ${base}.`);
  }
  if (session.status !== 200 || !session.json?.userCtx) throw unexpected('check the admin login', session);
  if (!session.json.userCtx.roles?.includes('_admin')) {
    throw new SetupError('not-admin', `"${admin.name}" can log in to ${base} but is not a server admin.`);
  }
  const server = isCouch(welcome.json) ? welcome : await request(base, '', { auth: admin });
  if (!isCouch(server.json)) throw new SetupError('not-couchdb', `${base} is not a CouchDB.`);
  const kind = server.json.couchdb === 'Welcome' ? 'Apache CouchDB' : 'pouchdb-server';
  return { kind, version: String(server.json.version ?? '') };
}

/** Creates a database unless it exists. */
async function ensureDatabase(base, admin, name) {
  const put = await request(base, encodeURIComponent(name), { method: 'PUT', auth: admin });
  if (put.status === 201 || put.status === 202) return 'created';
  if (put.status === 412) return 'existed';
  throw unexpected(`create the database ${name}`, put);
}

const userPath = (name) => `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

async function getUser(base, admin, name) {
  const got = await request(base, userPath(name), { auth: admin });
  if (got.status === 404) return undefined;
  if (got.status !== 200) throw unexpected(`read the login ${name}`, got);
  return got.json;
}

async function putUser(base, admin, name, slug, password, rev) {
  const doc = { name, type: 'user', roles: [cafeRole(slug)], password, ...(rev ? { _rev: rev } : {}) };
  const put = await request(base, userPath(name), { method: 'PUT', body: doc, auth: admin });
  if (put.status !== 201 && put.status !== 202 && put.status !== 200)
    throw unexpected(`save the login ${name}`, put);
}

function belongsTo(user, slug, name) {
  if (user.roles?.includes(cafeRole(slug))) return;
  const cafes = (user.roles ?? []).filter((r) => r.startsWith('cafe-')).map((r) => r.slice(5));
  throw new SetupError(
    'taken',
    `The login "${name}" already exists on this server` +
      (cafes.length ? ` and belongs to café ${cafes.join(', ')}` : '') +
      `. Choose another name, for example "${slug}-${name}".`,
  );
}

/**
 * Prepares café `cafe` on the server and returns what it found and did. Passwords appear only for
 * logins made or reset in this run. Order: check server and admin, system databases, the café's
 * database and `_security`, removals, new logins, password resets.
 */
export async function setupCafe({ server, admin, cafe, screens = [], resetPassword = [], remove = [] }) {
  const slug = checkName(cafe, 'café name');
  for (const name of [...screens, ...resetPassword, ...remove]) checkName(name, 'screen login');
  const { base, admin: inUrl } = parseServer(server);
  const login = admin ?? inUrl;
  if (!login?.name || !login.password)
    throw new SetupError('no-admin', 'An admin name and password are needed.');
  const found = await checkServer(base, login);

  // A CouchDB 3 started without the setup wizard (the container image) has no system databases yet.
  const system = {};
  for (const name of ['_users', '_replicator']) {
    const got = await request(base, name, { auth: login });
    system[name] = got.status === 404 ? await ensureDatabase(base, login, name) : 'existed';
  }

  const database = await ensureDatabase(base, login, cafeDatabase(slug));
  const securityPath = `${cafeDatabase(slug)}/_security`;
  const current = await request(base, securityPath, { auth: login });
  if (current.status !== 200) throw unexpected(`read ${securityPath}`, current);
  let security = 'kept';
  if (!current.json?.members?.roles?.includes(cafeRole(slug))) {
    const put = await request(base, securityPath, { method: 'PUT', body: cafeSecurity(slug), auth: login });
    if (put.status !== 200 && put.status !== 201) throw unexpected(`set ${securityPath}`, put);
    security = 'set';
  }

  const logins = {};
  for (const name of remove) {
    const user = await getUser(base, login, name);
    if (!user) {
      logins[name] = { status: 'absent' };
      continue;
    }
    belongsTo(user, slug, name);
    const del = await request(base, `${userPath(name)}?rev=${encodeURIComponent(user._rev)}`, {
      method: 'DELETE',
      auth: login,
    });
    if (del.status !== 200 && del.status !== 202) throw unexpected(`delete the login ${name}`, del);
    logins[name] = { status: 'removed' };
  }
  for (const name of screens) {
    if (remove.includes(name)) continue;
    const user = await getUser(base, login, name);
    if (user) {
      belongsTo(user, slug, name);
      logins[name] = { status: 'existed' };
      continue;
    }
    const password = newPassword();
    await putUser(base, login, name, slug, password);
    logins[name] = { status: 'created', password };
  }
  for (const name of resetPassword) {
    if (remove.includes(name)) continue;
    if (logins[name]?.status === 'created') continue;
    const user = await getUser(base, login, name);
    if (!user) {
      throw new SetupError(
        'no-login',
        `There is no login "${name}" to reset. To add it, name it as a screen: … --cafe ${slug} ${name}`,
      );
    }
    belongsTo(user, slug, name);
    const password = newPassword();
    await putUser(base, login, name, slug, password, user._rev);
    logins[name] = { status: 'reset', password };
  }
  return {
    server: base,
    ...found,
    cafe: slug,
    database: cafeDatabase(slug),
    created: database,
    security,
    system,
    logins,
  };
}
