// What the page and the sync worker say to each other, and this screen's link to the house server.

/** This screen's link to the house server, stored in meta 'sync' (this screen only, never exported). */
export interface SyncLink {
  /** The server's address, e.g. https://cafe-server.local:6984 or /db on the same origin. */
  url: string;
  /** The café's name on the server: its database is `cafe-<cafe>`. */
  cafe: string;
  user: string;
  password: string;
  joinedAt: number;
  /** 'push': send this café up first; 'pull': take the server's café first; then 'live'. */
  mode: 'push' | 'pull' | 'live';
}

export interface SyncStatus {
  state: 'starting' | 'joining' | 'catching-up' | 'in-step' | 'offline' | 'login' | 'no-cafe' | 'failed';
  /** The last moment this screen was known to be in step with the server. */
  lastInStep: number | null;
  /** This screen's changes not yet in its replica. */
  pending: number;
  /** Records or photos from other screens that the checks refused. */
  refused: number;
  detail?: string | undefined;
}

export type ToWorker =
  | { kind: 'start'; dbName: string; link: SyncLink }
  | { kind: 'nudge' }
  | { kind: 'leave' };

export type ToPage =
  | { kind: 'status'; status: SyncStatus }
  | { kind: 'merged'; keys: string[] }
  | { kind: 'left' };

/** The replica's PouchDB name (its IndexedDB database is PouchDB's own). */
export const REPLICA_NAME = 'dagstavlen-replica';

/** A café's name on the server: small letters, digits and single hyphens (as npm run house:setup makes it). */
export const CAFE_NAME = /^(?=.{1,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function serverBase(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  // An address on this same origin ("/db") is taken as it is.
  return /^https?:\/\//i.test(trimmed) || trimmed.startsWith('/') ? trimmed : `http://${trimmed}`;
}

export function remoteDbUrl(link: Pick<SyncLink, 'url' | 'cafe'>): string {
  const base = serverBase(link.url);
  const absolute = base.startsWith('/') ? new URL(base, self.location.href).href.replace(/\/+$/, '') : base;
  return `${absolute}/cafe-${link.cafe}`;
}
