export interface AdminLogin {
  name: string;
  password: string;
}

export type SetupErrorCode =
  | 'bad-name'
  | 'bad-url'
  | 'no-admin'
  | 'unreachable'
  | 'tls'
  | 'not-couchdb'
  | 'admin-party'
  | 'wrong-admin'
  | 'not-admin'
  | 'taken'
  | 'no-login'
  | 'server'
  | 'cancelled';

export class SetupError extends Error {
  constructor(code: SetupErrorCode, message: string);
  readonly code: SetupErrorCode;
}

export interface SetupOptions {
  /** CouchDB's address as this computer reaches it; may carry a path (behind a proxy) or `admin:pw@`. */
  server: string;
  admin?: AdminLogin;
  /** The café's slug: a–z, 0–9, single hyphens. */
  cafe: string;
  /** Logins to make sure exist (existing ones are left as they are). */
  screens?: readonly string[];
  /** Logins that get a new password (they must exist and belong to this café). */
  resetPassword?: readonly string[];
  /** Logins to delete (a lost tablet). */
  remove?: readonly string[];
}

export type LoginStatus = 'created' | 'existed' | 'reset' | 'removed' | 'absent';

export interface SetupReport {
  /** The base address used, with a trailing slash. */
  server: string;
  kind: 'Apache CouchDB' | 'pouchdb-server';
  version: string;
  cafe: string;
  database: string;
  created: 'created' | 'existed';
  security: 'set' | 'kept';
  system: Record<'_users' | '_replicator', 'created' | 'existed'>;
  /** `password` only for logins made or reset in this run. */
  logins: Record<string, { status: LoginStatus; password?: string }>;
}

export function setupCafe(options: SetupOptions): Promise<SetupReport>;
export function checkServer(
  base: string,
  admin: AdminLogin,
): Promise<{ kind: SetupReport['kind']; version: string }>;
export function checkName(value: string, what: string): string;
export function parseServer(address: string): { base: string; admin?: AdminLogin };
export function newPassword(): string;
export function cafeDatabase(slug: string): string;
export function cafeRole(slug: string): string;
export function cafeSecurity(slug: string): {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
};
