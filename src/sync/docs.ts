// How the café's records, photos and shared settings look as documents in the house server's
// database: `<store>:<id>` for a record (its fields, keys sorted, so that two screens writing the
// same merge write the same revision), `photos:<id>` with two attachments, `meta:<key>`.

import { RECORD_STORES, type RecordStore } from '../db/schema';
import { canonical } from '../domain/merge';
import type { Id, Photo } from '../domain/types';

export interface Doc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _attachments?: Record<string, { content_type: string; data: Blob } | { stub: true; content_type: string }>;
  [field: string]: unknown;
}

export type DocKind =
  | { kind: 'record'; store: RecordStore; id: Id }
  | { kind: 'photo'; id: Id }
  | { kind: 'meta'; key: string };

export function kindOf(docId: string): DocKind | null {
  const at = docId.indexOf(':');
  if (at <= 0) return null;
  const prefix = docId.slice(0, at);
  const rest = docId.slice(at + 1);
  if (prefix === 'photos') return { kind: 'photo', id: rest };
  if (prefix === 'meta') return { kind: 'meta', key: rest };
  if ((RECORD_STORES as readonly string[]).includes(prefix))
    return { kind: 'record', store: prefix as RecordStore, id: rest };
  return null;
}

/** A record as a document's body, keys in one order everywhere (revisions are hashes of it). */
export function recordDoc(store: RecordStore, record: object, rev?: string): Doc {
  const body = JSON.parse(canonical(record)) as Record<string, unknown>;
  return { _id: `${store}:${(record as { id: Id }).id}`, ...(rev ? { _rev: rev } : {}), ...body };
}

/** A document's body as the record it holds (what the checks then judge). */
export function docRecord(doc: Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && k !== 'resolved') out[k] = v;
  return out;
}

export function photoDoc(photo: Photo, rev?: string): Doc {
  return {
    _id: `photos:${photo.id}`,
    ...(rev ? { _rev: rev } : {}),
    createdAt: photo.createdAt,
    height: photo.height,
    width: photo.width,
    _attachments: {
      full: { content_type: photo.blob.type || 'application/octet-stream', data: photo.blob },
      thumb: { content_type: photo.thumb.type || 'application/octet-stream', data: photo.thumb },
    },
  };
}

export function metaDoc(key: string, value: unknown, rev?: string): Doc {
  return { _id: `meta:${key}`, ...(rev ? { _rev: rev } : {}), value: JSON.parse(canonical(value ?? null)) };
}

/** A tombstone written by a merge (never counted as someone's deletion). */
export const resolvedTombstone = (id: string, rev: string): Doc => ({
  _id: id,
  _rev: rev,
  _deleted: true,
  resolved: true,
});
