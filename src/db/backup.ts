// Backup files: the one door in. Export writes everything (records, photos, settings) into one
// zip; import reads a file, checks ALL of it (limits, names, manifest, version, every record,
// every photo's type, size and SHA-256) and migrates older versions through the same openDatabase
// path start-up uses, before anything is written; only then one strict transaction replaces
// everything. A file that fails any check changes nothing.
import { deleteDB, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { imageShape, sniffImage } from '../domain/imagebytes';
import type { Id, Instant, Photo } from '../domain/types';
import {
  APP,
  type Manifest,
  manifestHead,
  manifest as manifestSchema,
  type PhotoEntry,
  RECORD_SCHEMAS,
  settingsSchema,
} from './backup-schema';
import { toDbError } from './errors';
import { openDatabase } from './open';
import { markWholeCafe } from './outbox';
import { createRepo, type RecordSets } from './repo';
import { type BoardDB, DB_VERSION, RECORD_STORES, type RecordStore } from './schema';
import { joinSettings, settingsEntries } from './settings';
import { extract, readCentralDirectory, writeZip, ZipError } from './zip';

export type BackupProblem =
  | 'damaged'
  | 'foreign'
  | 'newer'
  | 'too-large'
  | 'too-many'
  | 'unsafe-name'
  | 'invalid-record'
  | 'photo-missing'
  | 'photo-mismatch'
  | 'photo-invalid';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export const BACKUP_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  maxPhotos: 3000,
  /** Photo intake keeps pictures under 400 KB; older or demo pictures get some room. */
  maxPhotoBytes: 4 * 1024 * 1024,
  maxJsonBytes: 64 * 1024 * 1024,
  maxTotalBytes: 768 * 1024 * 1024,
  maxRecordsPerStore: 250_000,
};

/** Everything a backup holds, checked and in the current schema. */
export interface BackupContent {
  schemaVersion: number;
  exportedAt: Instant;
  records: RecordSets;
  photos: Photo[];
  settings: unknown;
}

export interface BackupSummary {
  exportedAt: Instant;
  people: number;
  tasks: number;
  photos: number;
}

export const summarize = (c: BackupContent): BackupSummary => ({
  exportedAt: c.exportedAt,
  people: c.records.people.length,
  tasks: c.records.tasks.length,
  photos: c.photos.length,
});

const MANIFEST = 'manifest.json';
const RECORDS = 'records.json';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** One read-only transaction, so the copy is of one moment. Blobs are read after it ends. */
async function readEverything(db: IDBPDatabase<BoardDB>) {
  const tx = db.transaction([...RECORD_STORES, 'photos', 'meta'] as const, 'readonly');
  const [sets, photos, settings, cafe] = await Promise.all([
    Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).getAll())),
    tx.objectStore('photos').getAll(),
    tx.objectStore('meta').get('settings'),
    tx.objectStore('meta').get('cafeSettings'),
  ]);
  await tx.done;
  const records = Object.fromEntries(RECORD_STORES.map((s, i) => [s, sets[i]])) as RecordSets;
  return { records, photos, settings: joinSettings(settings?.value, cafe?.value) };
}

export async function exportBackup(db: IDBPDatabase<BoardDB>, now: Instant): Promise<Blob> {
  const { records, photos, settings } = await readEverything(db).catch((err) => {
    throw toDbError(err);
  });
  const files: Record<string, Uint8Array> = {};
  const entries: PhotoEntry[] = [];
  for (const p of photos) {
    const part = async (blob: Blob, variant: 'full' | 'thumb') => {
      const bytes = await bytesOf(blob);
      const file = `photos/${p.id}.${variant}`;
      files[file] = bytes;
      const type = (sniffImage(bytes) ?? blob.type) as PhotoEntry['full']['type'];
      return { file, type, size: bytes.length, sha256: await sha256(bytes) };
    };
    entries.push({
      id: p.id,
      width: p.width,
      height: p.height,
      createdAt: p.createdAt,
      full: await part(p.blob, 'full'),
      thumb: await part(p.thumb, 'thumb'),
    });
  }
  const counts: Record<string, number> = { photos: photos.length };
  for (const s of RECORD_STORES) counts[s] = records[s].length;
  const head: Manifest = {
    app: APP,
    format: 1,
    schemaVersion: DB_VERSION,
    exportedAt: now,
    counts,
    photos: entries,
  };
  const encode = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
  files[MANIFEST] = encode(head);
  files[RECORDS] = encode({ records, settings });
  return new Blob([writeZip(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

/** Read and check a backup file completely; throws BackupError and writes nothing. */
export async function readBackup(file: Blob, limits = BACKUP_LIMITS): Promise<BackupContent> {
  if (file.size === 0) throw new BackupError('damaged', 'empty file');
  if (file.size > limits.maxFileBytes) throw new BackupError('too-large', `${file.size} bytes`);
  const data = await bytesOf(file);
  try {
    const entries = readCentralDirectory(data, {
      maxEntries: 2 + 2 * limits.maxPhotos,
      maxEntryBytes: (name) => (name.endsWith('.json') ? limits.maxJsonBytes : limits.maxPhotoBytes),
      maxTotalBytes: limits.maxTotalBytes,
    });
    const byName = new Map(entries.map((e) => [e.name, e]));
    const json = (name: string): unknown => {
      const entry = byName.get(name);
      if (!entry) throw new BackupError('foreign', `no ${name}`);
      try {
        return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(extract(data, entry)));
      } catch (err) {
        if (err instanceof ZipError) throw err;
        throw new BackupError('damaged', `${name} is not JSON`);
      }
    };
    const rawManifest = json(MANIFEST);
    const head = v.safeParse(manifestHead, rawManifest);
    if (!head.success || head.output.app !== APP) throw new BackupError('foreign', 'not a Dagstavlen backup');
    if (head.output.schemaVersion > DB_VERSION) {
      throw new BackupError('newer', `schema ${head.output.schemaVersion} > ${DB_VERSION}`);
    }
    const parsed = v.safeParse(manifestSchema, rawManifest);
    if (!parsed.success) throw new BackupError('damaged', `manifest: ${v.summarize(parsed.issues)}`);
    const man = parsed.output;
    const expected = new Set([MANIFEST, RECORDS, ...man.photos.flatMap((p) => [p.full.file, p.thumb.file])]);
    for (const e of entries)
      if (!expected.has(e.name)) throw new BackupError('foreign', `unexpected ${e.name}`);

    const body = json(RECORDS) as { records?: unknown; settings?: unknown } | null;
    if (!body || typeof body !== 'object') throw new BackupError('damaged', 'records.json has no records');
    const settings = v.safeParse(settingsSchema, body.settings ?? null);
    if (!settings.success) throw new BackupError('invalid-record', 'settings');

    const photos: Photo[] = [];
    for (const p of man.photos) {
      const part = async (meta: PhotoEntry['full']) => {
        const entry = byName.get(meta.file);
        if (!entry) throw new BackupError('photo-missing', meta.file);
        const bytes = extract(data, entry);
        if (bytes.length !== meta.size) throw new BackupError('photo-mismatch', `${meta.file} size`);
        if ((await sha256(bytes)) !== meta.sha256)
          throw new BackupError('photo-mismatch', `${meta.file} hash`);
        checkPicture(bytes, meta.type, meta.file);
        return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type });
      };
      photos.push({
        id: p.id,
        blob: await part(p.full),
        thumb: await part(p.thumb),
        width: p.width,
        height: p.height,
        createdAt: p.createdAt,
      });
    }
    const raw = await migrateRecords(body.records, man.schemaVersion, limits.maxRecordsPerStore);
    const records = checkRecords(raw, new Set(photos.map((p) => p.id)));
    return {
      schemaVersion: DB_VERSION,
      exportedAt: man.exportedAt,
      records,
      photos,
      settings: settings.output,
    };
  } catch (err) {
    if (err instanceof ZipError) throw new BackupError(err.problem, err.message);
    throw err;
  }
}

/** The declared type must be what the bytes are, and a raster picture must be whole. */
function checkPicture(bytes: Uint8Array, type: string, name: string) {
  const kind = sniffImage(bytes);
  if (kind !== type) throw new BackupError('photo-invalid', `${name} is ${kind ?? 'unknown'}, says ${type}`);
  if (kind === 'image/svg+xml') return;
  const shape = imageShape(bytes, kind);
  if (!shape?.complete) throw new BackupError('photo-invalid', `${name} is cut off`);
}

/**
 * Older files go through IndexedDB itself: written into a scratch database at their own version,
 * opened with openDatabase (which runs every migration step, exactly as at start-up), read back.
 */
export async function migrateRecords(
  rawRecords: unknown,
  version: number,
  maxPerStore = BACKUP_LIMITS.maxRecordsPerStore,
): Promise<Record<string, unknown[]>> {
  if (!rawRecords || typeof rawRecords !== 'object') throw new BackupError('damaged', 'no records');
  const input = rawRecords as Record<string, unknown>;
  const sets: Record<string, unknown[]> = {};
  for (const [store, rows] of Object.entries(input)) {
    if (!Array.isArray(rows)) throw new BackupError('invalid-record', `${store} is not a list`);
    if (rows.length > maxPerStore) throw new BackupError('too-many', `${store}: ${rows.length}`);
    if (!rows.every((r) => r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string')) {
      throw new BackupError('invalid-record', `${store} has a record without an id`);
    }
    sets[store] = rows;
  }
  if (version === DB_VERSION) return sets;
  const name = `dagstavlen-import-${crypto.randomUUID()}`;
  let open: IDBPDatabase<BoardDB> | null = null;
  try {
    open = await openDatabase(name, {}, version);
    const known = [...open.objectStoreNames] as string[];
    const stores = Object.keys(sets) as RecordStore[];
    for (const store of stores) {
      if (!known.includes(store))
        throw new BackupError('invalid-record', `version ${version} has no ${store}`);
    }
    if (stores.length > 0) {
      const tx = open.transaction(stores, 'readwrite');
      const done = tx.done;
      for (const store of stores) {
        for (const row of sets[store]!)
          void tx
            .objectStore(store)
            .put(row as never)
            .catch(() => undefined);
      }
      await done.catch(() => {
        throw new BackupError('invalid-record', 'records do not fit their version');
      });
    }
    open.close();
    open = await openDatabase(name);
    const repo = createRepo(open);
    const out: Record<string, unknown[]> = {};
    for (const s of RECORD_STORES) out[s] = await repo.all(s);
    return out;
  } finally {
    open?.close();
    await deleteDB(name).catch(() => undefined);
  }
}

/** Every record against its schema, no id twice, and (when given) every photo reference present. */
export function checkRecords(raw: Record<string, unknown[]>, photoIds: ReadonlySet<Id> | null): RecordSets {
  for (const store of Object.keys(raw)) {
    if (!(RECORD_STORES as readonly string[]).includes(store))
      throw new BackupError('foreign', `store ${store}`);
  }
  const out = {} as Record<RecordStore, unknown[]>;
  for (const s of RECORD_STORES) {
    const seen = new Set<string>();
    out[s] = (raw[s] ?? []).map((row, i) => {
      const result = v.safeParse(RECORD_SCHEMAS[s], row);
      if (!result.success)
        throw new BackupError('invalid-record', `${s}[${i}]: ${v.summarize(result.issues)}`);
      const id = (result.output as { id: string }).id;
      if (seen.has(id)) throw new BackupError('invalid-record', `${s}: ${id} twice`);
      seen.add(id);
      return result.output;
    });
  }
  const records = out as RecordSets;
  const referenced = [
    ...records.people.map((p) => p.portraitId),
    ...records.tasks.flatMap((t) => [t.photoId, ...t.steps.map((s) => s.photoId)]),
  ];
  for (const id of referenced)
    if (id && photoIds && !photoIds.has(id)) throw new BackupError('photo-missing', id);
  return records;
}

/** Replace everything in ONE strict transaction: all of the file, or (on any failure) none of it. */
export async function restoreBackup(
  db: IDBPDatabase<BoardDB>,
  content: BackupContent,
  opts: { keepPhotos?: boolean; now?: Instant } = {},
): Promise<void> {
  const stores = [...RECORD_STORES, 'photos', 'history', 'meta', 'outbox'] as const;
  try {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const done = tx.done;
    const quiet = (r: Promise<unknown>) => void r.catch(() => undefined);
    try {
      fill();
    } catch (err) {
      // A request that throws at once must not let the others auto-commit half a café.
      done.catch(() => undefined);
      tx.abort();
      throw err;
    }
    await done;
    function fill() {
      for (const s of RECORD_STORES) {
        const store = tx.objectStore(s);
        quiet(store.clear());
        for (const row of content.records[s]) quiet(store.put(row as never));
      }
      if (!opts.keepPhotos) quiet(tx.objectStore('photos').clear());
      for (const p of content.photos) quiet(tx.objectStore('photos').put(p));
      // Undo steps belong to the data they changed; they do not carry over.
      quiet(tx.objectStore('history').clear());
      if (content.settings)
        for (const entry of settingsEntries(content.settings)) quiet(tx.objectStore('meta').put(entry));
      // A restored café is never replaced by the demo on the next start, even when it is empty.
      quiet(tx.objectStore('meta').put({ key: 'demo', value: { restoredAt: opts.now ?? Date.now() } }));
      // With a house server, the restored café becomes every screen's (sync never undoes it).
      markWholeCafe(tx, quiet);
    }
  } catch (err) {
    throw toDbError(err);
  }
}
