import type { Server } from 'node:http';

export function serveOneOrigin(options: {
  distDir: string;
  /** The house server's address, e.g. http://127.0.0.1:5984/ */
  dbTarget: string;
  port?: number;
  host?: string;
  /** Default `/db`. */
  prefix?: string;
  /** PEM file paths: serve HTTPS. */
  tls?: { cert: string; key: string };
}): Promise<{ url: string; port: number; server: Server; close(): Promise<void> }>;
