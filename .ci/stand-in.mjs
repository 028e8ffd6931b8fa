// pouchdb-server as a stand-in for CouchDB, in a child process of its own (npm run house and the
// end-to-end tests). It runs with its working directory in its data folder, because it writes
// config.json (which holds the admin) and log.txt there. Its stdin is a pipe from us: when this
// process dies, however it dies, the pipe closes and the stand-in ends itself (stand-in-child.cjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./stand-in-child.cjs', import.meta.url));
const KEEP = 64 * 1024;

/** A port that was free a moment ago on `host` (`port` itself if given, or a new one). */
export function freePort(host = '127.0.0.1', port = 0) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use.`) : error),
    );
    probe.listen(port, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const basic = ({ name, password }) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/**
 * Makes `admin` the stand-in's admin. A fresh stand-in is an "admin party" (everyone is admin):
 * then the admin is created. Otherwise the login must already work.
 */
async function ensureAdmin(url, admin) {
  const session = await (await fetch(new URL('_session', url))).json();
  if (session.userCtx?.roles?.includes('_admin')) {
    const res = await fetch(new URL(`_config/admins/${encodeURIComponent(admin.name)}`, url), {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
    if (!res.ok)
      throw new Error(`The stand-in refused to create its admin: ${res.status} ${await res.text()}`);
    return;
  }
  const mine = await fetch(new URL('_session', url), { headers: { authorization: basic(admin) } });
  const ctx = mine.ok ? (await mine.json()).userCtx : undefined;
  if (!ctx?.roles?.includes('_admin')) {
    throw new Error(
      `The stand-in's data folder already has an admin, and "${admin.name}" with the given password is not it. ` +
        'Use the password it was made with, or another folder.',
    );
  }
}

/**
 * Starts pouchdb-server on `host:port` with its data in `dir`, waits until `/` answers, and makes
 * sure `admin` is its admin. Rejects with the stand-in's own output if it exits or does not answer
 * within `timeoutMs`.
 */
export async function startStandIn({ dir, admin, port = 0, host = '127.0.0.1', timeoutMs = 30_000, onExit }) {
  mkdirSync(dir, { recursive: true });
  // Checked first: otherwise another server on that port could answer in the stand-in's place.
  const chosen = await freePort(host, port);
  const url = `http://${host}:${chosen}/`;
  let output = '';
  const child = spawn(
    process.execPath,
    [CHILD, '--port', String(chosen), '--host', host, '--dir', dir, '--no-stdout-logs', '--no-color'],
    // Its own process group: Ctrl-C in a terminal reaches only us, and we stop it in order.
    { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const keep = (chunk) => {
    output = (output + chunk).slice(-KEEP);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exit;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const log = () => {
    const file = join(dir, 'log.txt');
    const tail = existsSync(file) ? readFileSync(file, 'utf8').slice(-KEEP) : '';
    return [output.trim(), tail.trim()].filter(Boolean).join('\n--- log.txt ---\n');
  };
  const fail = async (why) => {
    child.kill('SIGKILL');
    await exited;
    return new Error(`The CouchDB stand-in (pouchdb-server) ${why}.\nIts output:\n${log() || '(none)'}`);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw await fail(`exited before it answered (code ${exit.code}, signal ${exit.signal})`);
    if (Date.now() > deadline) throw await fail(`did not answer at ${url} within ${timeoutMs / 1000} s`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok && 'express-pouchdb' in (await res.json())) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    await ensureAdmin(url, admin);
  } catch (error) {
    throw await fail(`started, but its admin is not usable: ${error.message}`);
  }
  exited.then((how) => onExit?.(how));

  const end = async (signal) => {
    if (!exit) child.kill(signal);
    await exited;
  };
  return {
    url,
    port: chosen,
    host,
    dir,
    pid: child.pid,
    log,
    exited,
    /** Ends it with SIGTERM and waits until it is gone. */
    stop: () => end('SIGTERM'),
    /** Ends it with SIGKILL (a power cut) and waits until it is gone. */
    kill: () => end('SIGKILL'),
  };
}
