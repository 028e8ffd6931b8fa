// The one door in. A record or photo that comes from anywhere but this screen's own editors (a
// backup file, a daily copy, another screen) is checked here, by the rules the editors apply, and
// is refused whole with a reason for the log if it breaks one. Pure: no IndexedDB, no browser.
// The photo check lives in db/photoCheck.ts (no schemas to load for it) and is exported here too.
import * as v from 'valibot';
import { RECORD_SCHEMAS } from './backup-schema';
import { RECORD_STORES, type RecordStore, type Records } from './schema';

export type RecordCheck<S extends RecordStore> =
  | { ok: true; record: Records[S] }
  | { ok: false; reason: string };

export const isRecordStore = (name: string): name is RecordStore =>
  (RECORD_STORES as readonly string[]).includes(name);

/** One record of `store`, as an editor of this version would have written it; `record` is a clean copy. */
export function checkRecord<S extends RecordStore>(store: S, raw: unknown): RecordCheck<S> {
  if (!isRecordStore(store)) return { ok: false, reason: `no store ${String(store)}` };
  const result = v.safeParse(RECORD_SCHEMAS[store], raw);
  return result.success
    ? { ok: true, record: result.output as Records[S] }
    : { ok: false, reason: `${store}: ${v.summarize(result.issues)}` };
}

export { checkPhotoBytes, PHOTO_MAX_BYTES, type PhotoCheck, type PhotoPart } from './photoCheck';
