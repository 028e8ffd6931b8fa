// Backup files. Export writes everything (records, photos, settings) into one zip; import reads a
// file, checks ALL of it (limits, names, manifest, version, every photo's size and SHA-256, and
// every record and photo through the one door, db/door.ts) and migrates older versions through
// the same openDatabase path start-up uses, before anything is written; only then one strict
// transaction replaces everything. A file that fails any check changes nothing.
import { deleteDB, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { sniffImage } from '../domain/imagebytes';
import type { Id, Instant, Photo } from '../domain/types';
import {
  APP,
  FORMAT,
  type Manifest,
  manifestHead,
  manifest as manifestSchema,
  type PhotoEntry,
  settingsSchema,
} from './backup-schema';
import { checkPhotoBytes, checkRecord, PHOTO_MAX_BYTES } from './door';
import { toDbError } from './errors';
import { openDatabase } from './open';
import { markWholeCafe } from './outbox';
import { createRepo, type RecordSets } from './repo';
import { type BoardDB, DB_VERSION, RECORD_STORES, type RecordStore } from './schema';
import { joinSettings, settingsEntries } from './settings';
import { sha256 } from './sha256';
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
  maxPhotoBytes: PHOTO_MAX_BYTES,
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
    format: FORMAT,
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

/**
 * The WebP renditions of one of the demo café's own drawings, found by its SVG's SHA-256 (null:
 * not one of ours). Older versions stored those drawings as SVG photos; a file holding them gets
 * the drawings' WebP instead, and any other SVG is refused (src/demo/pictures.ts supplies it).
 */
export type DrawingLookup = (svgSha256: string) => Promise<{ full: Uint8Array; thumb: Uint8Array } | null>;

export interface ReadOptions {
  limits?: typeof BACKUP_LIMITS;
  drawing?: DrawingLookup;
}

/** Read and check a backup file completely; throws BackupError and writes nothing. */
export async function readBackup(file: Blob, opts: ReadOptions = {}): Promise<BackupContent> {
  const limits = opts.limits ?? BACKUP_LIMITS;
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
    // A later version may lay the file out differently: that is a newer file, not a damaged one.
    const format = head.output.format;
    if (typeof format === 'number' && Number.isInteger(format) && format > FORMAT) {
      throw new BackupError('newer', `format ${format} > ${FORMAT}`);
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
      const bytes = async (meta: PhotoEntry['full']) => {
        const entry = byName.get(meta.file);
        if (!entry) throw new BackupError('photo-missing', meta.file);
        const out = extract(data, entry);
        if (out.length !== meta.size) throw new BackupError('photo-mismatch', `${meta.file} size`);
        if ((await sha256(out)) !== meta.sha256) throw new BackupError('photo-mismatch', `${meta.file} hash`);
        return out;
      };
      let full = await bytes(p.full);
      let thumb = await bytes(p.thumb);
      if (p.full.type === 'image/svg+xml' || p.thumb.type === 'image/svg+xml') {
        ({ full, thumb } = await drawingFor(p, full, thumb, opts.drawing));
      } else {
        for (const [meta, b] of [
          [p.full, full],
          [p.thumb, thumb],
        ] as const)
          if (sniffImage(b) !== meta.type)
            throw new BackupError('photo-invalid', `${meta.file} is not ${meta.type}`);
      }
      const checked = checkPhotoBytes(full, thumb);
      if (!checked.ok) throw new BackupError('photo-invalid', `${p.id}: ${checked.reason}`);
      photos.push({
        id: p.id,
        blob: new Blob([full as Uint8Array<ArrayBuffer>], { type: checked.full.type }),
        thumb: new Blob([thumb as Uint8Array<ArrayBuffer>], { type: checked.thumb.type }),
        width: checked.full.width,
        height: checked.full.height,
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

/**
 * An SVG photo is taken only as one of the demo café's own drawings, byte for byte (older versions
 * stored them so, both renditions the same file); it becomes that drawing's WebP. No other SVG
 * enters: the bytes are compared, never drawn.
 */
async function drawingFor(
  p: PhotoEntry,
  full: Uint8Array,
  thumb: Uint8Array,
  drawing: DrawingLookup | undefined,
): Promise<{ full: Uint8Array; thumb: Uint8Array }> {
  const same = p.full.type === p.thumb.type && p.full.sha256 === p.thumb.sha256;
  const svg = sniffImage(full) === 'image/svg+xml' && sniffImage(thumb) === 'image/svg+xml';
  const found = same && svg && drawing ? await drawing(p.full.sha256).catch(() => null) : null;
  if (!found)
    throw new BackupError('photo-invalid', `${p.id} is an SVG that is not one of the demo drawings`);
  return found;
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
      const result = checkRecord(s, row);
      if (!result.ok) throw new BackupError('invalid-record', `[${i}] ${result.reason}`);
      const id = result.record.id;
      if (seen.has(id)) throw new BackupError('invalid-record', `${s}: ${id} twice`);
      seen.add(id);
      return result.record;
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
