// "Test forbindelsen": asks the house server, step by step, what staff need to know in plain words:
// is it there, is it a CouchDB, is the login right, does the café exist, and does it hold a café.
import { CAFE_NAME, remoteDbUrl, type SyncLink, serverBase } from './protocol';

export type ProbeProblem =
  | 'address'
  | 'cafe-name'
  | 'login-missing'
  | 'unreachable'
  | 'certificate'
  | 'not-couchdb'
  | 'login'
  | 'no-access'
  | 'no-cafe';

export type ProbeResult = { ok: true; docs: number } | { ok: false; problem: ProbeProblem };

type Asked = Pick<SyncLink, 'url' | 'cafe' | 'user' | 'password'>;

const TIMEOUT = 8000;

export async function probe(asked: Asked, fetcher: typeof fetch = fetch): Promise<ProbeResult> {
  const base = serverBase(asked.url);
  if (!asked.url.trim() || !isAddress(base)) return { ok: false, problem: 'address' };
  if (!CAFE_NAME.test(asked.cafe)) return { ok: false, problem: 'cafe-name' };
  if (!asked.user.trim() || !asked.password) return { ok: false, problem: 'login-missing' };
  const root = base.startsWith('/') ? new URL(`${base}/`, location.href).href : `${base}/`;
  // The browser does not say why a request failed: on https it may be a certificate this screen
  // does not trust, which staff can act on.
  const unreachable: ProbeResult = {
    ok: false,
    problem: root.startsWith('https:') ? 'certificate' : 'unreachable',
  };
  let welcome: Response;
  try {
    welcome = await fetcher(root, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT),
    });
  } catch {
    return unreachable;
  }
  const body = (await welcome.json().catch(() => null)) as Record<string, unknown> | null;
  // CouchDB says {"couchdb":"Welcome"}; its stand-in pouchdb-server {"express-pouchdb":"Welcome!"}.
  if (!body || !(body.couchdb === 'Welcome' || typeof body['express-pouchdb'] === 'string'))
    return { ok: false, problem: 'not-couchdb' };
  const auth = `Basic ${btoa(unescape(encodeURIComponent(`${asked.user}:${asked.password}`)))}`;
  let db: Response;
  try {
    db = await fetcher(remoteDbUrl(asked), {
      headers: { Accept: 'application/json', Authorization: auth },
      signal: AbortSignal.timeout(TIMEOUT),
    });
  } catch {
    return unreachable;
  }
  const info = (await db.json().catch(() => null)) as Record<string, unknown> | null;
  if (db.status === 401 && /name or password/i.test(String(info?.reason ?? '')))
    return { ok: false, problem: 'login' };
  if (db.status === 401 || db.status === 403) return { ok: false, problem: 'no-access' };
  if (db.status === 404) return { ok: false, problem: 'no-cafe' };
  if (!db.ok || !info) return { ok: false, problem: 'not-couchdb' };
  return { ok: true, docs: Number(info.doc_count) || 0 };
}

function isAddress(base: string): boolean {
  if (base.startsWith('/')) return true;
  try {
    const u = new URL(base);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}
