// The house server in end-to-end tests: the CouchDB stand-in (pouchdb-server) as a real process on
// a free loopback port with its data in a temporary folder, with an admin, stopped by its PID. Every
// stand-in this process starts is killed when the process exits, whatever happened to the test, and
// each also ends itself when its parent is gone (see .ci/stand-in.mjs). Temporary folders go too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupCafe as setup } from '../../../.ci/house-cafe.mjs';
import { serveOneOrigin as serve } from '../../../.ci/one-origin.mjs';
import { type StandIn, startStandIn } from '../../../.ci/stand-in.mjs';

export interface HouseOptions {
  /** The data folder; a new temporary one (removed at exit) when not given. */
  dir?: string;
  /** Loopback port; a free one when not given. */
  port?: number;
  admin?: { name: string; password: string };
  /** How long to wait for the stand-in to answer (default 30 s). */
  timeoutMs?: number;
}

export interface House {
  /** `http://127.0.0.1:<port>/`, with a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** The running stand-in's process id (a new one after restart). */
  readonly pid: number;
  readonly admin: { name: string; password: string };
  /** The café's database: `http://127.0.0.1:<port>/cafe-<slug>`. */
  dbUrl(slug: string): string;
  /**
   * Prepares café `slug` with one login per screen (through the setup command's own code) and
   * returns each screen's password. A screen whose password this house does not know gets a new one.
   */
  setupCafe(slug: string, screens: readonly string[]): Promise<Record<string, string>>;
  /** What the stand-in printed, and the end of its log.txt. */
  log(): string;
  /** SIGTERM, and wait until it is gone. The folder stays, for restart(). */
  stop(): Promise<void>;
  /** SIGKILL (a power cut), and wait until it is gone. */
  kill(): Promise<void>;
  /** Start it again on the same port and folder (stopping it first if it runs). */
  restart(): Promise<void>;
}

const live = new Set<number>();
const temporary = new Set<string>();
let hooked = false;

/** Kills every stand-in still running and removes the temporary folders, once, however the process ends. */
function cleanUpAtExit() {
  if (hooked) return;
  hooked = true;
  const cleanUp = () => {
    for (const pid of live) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    live.clear();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    temporary.clear();
  };
  process.once('exit', cleanUp);
  // Vitest ends its workers with SIGTERM, which skips 'exit': clean up, then let the signal do
  // what it would have done without us.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUp();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export async function startHouse(opts: HouseOptions = {}): Promise<House> {
  cleanUpAtExit();
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'dagstavlen-house-'));
  if (!opts.dir) temporary.add(dir);
  const admin = opts.admin ?? { name: 'admin', password: `admin-${Math.random().toString(36).slice(2)}` };
  const passwords = new Map<string, string>();
  let running: StandIn | undefined;
  let port = opts.port ?? 0;

  const start = async () => {
    running = await startStandIn({ dir, admin, port, timeoutMs: opts.timeoutMs });
    port = running.port;
    const { pid } = running;
    live.add(pid);
    running.exited.then(() => live.delete(pid));
  };
  const end = async (how: 'stop' | 'kill') => {
    const current = running;
    running = undefined;
    await current?.[how]();
  };
  await start();
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    port,
    dir,
    admin,
    get pid() {
      if (!running) throw new Error('The house server is not running.');
      return running.pid;
    },
    dbUrl: (slug) => `${url}cafe-${slug}`,
    async setupCafe(slug, screens) {
      const report = await setup({
        server: url,
        admin,
        cafe: slug,
        screens,
        resetPassword: screens.filter((name) => !passwords.has(name)),
      });
      for (const [name, { password }] of Object.entries(report.logins))
        if (password) passwords.set(name, password);
      return Object.fromEntries(screens.map((name) => [name, passwords.get(name)!]));
    },
    log: () => running?.log() ?? '(not running)',
    stop: () => end('stop'),
    kill: () => end('kill'),
    async restart() {
      await end('stop');
      await start();
    },
  };
}

export interface OneOrigin {
  /** `http://127.0.0.1:<port>/`: the app at `/`, the house server at `/db/`. */
  url: string;
  close(): Promise<void>;
}

/** The app (`distDir`, default `dist`) and `dbTarget` (e.g. a house's url) on one origin, as `npm run house` serves them. */
export async function serveOneOrigin(opts: { distDir?: string; dbTarget: string }): Promise<OneOrigin> {
  const site = await serve({ distDir: opts.distDir ?? 'dist', dbTarget: opts.dbTarget });
  return { url: site.url, close: site.close };
}
