// Other tabs of this profile and the sync worker write the same database: each write is told to
// them all (platform/channel.ts), and what they wrote is read again here in the write queue's turn.
import { batch } from '@preact/signals';
import type { Repo } from '../db/repo';
import { DATED_STORES, RECORD_STORES, type RecordStore, type Records } from '../db/schema';
import type { DayKey, Id } from '../domain/types';
import type { Channel, ChannelMessage } from '../platform/channel';

/** The repo, telling every other page and worker what each commit wrote. */
export function tellingRepo(repo: Repo, channel: Channel): Repo {
  return {
    ...repo,
    async commit(b) {
      const written = await repo.commit(b);
      const records = (b.records ?? []).map((c) => `${c.store}:${c.id}`);
      const photos = (b.photos?.put ?? []).map((p) => p.id);
      const meta = (b.meta ?? []).map((m) => m.key);
      if (records.length || photos.length || meta.length)
        channel.post({ kind: 'written', records, photos, meta });
      return written;
    },
  };
}

/** `<store>:<id>` back to its parts; null for keys that are not a record's. */
export function parseRecordKey(key: string): { store: RecordStore; id: Id } | null {
  const at = key.indexOf(':');
  const store = key.slice(0, at) as RecordStore;
  return at > 0 && RECORD_STORES.includes(store) ? { store, id: key.slice(at + 1) } : null;
}

export interface ElsewhereTarget {
  days: { value: { from: DayKey; to: DayKey } };
  records: {
    reread(
      keys: readonly { store: RecordStore; id: Id }[],
      keep: (store: RecordStore, record: Records[RecordStore]) => boolean,
    ): Promise<void>;
  };
  photos: { arrived(id: Id): void };
  /** Settings, the café's PIN: read them again. */
  metaChanged(): Promise<void>;
  /** The whole café was replaced elsewhere: read everything again. */
  reload(): Promise<void>;
  fail(err: unknown): void;
  /** The sync worker's state, for staff. */
  syncStatusChanged(status: unknown): void;
}

export function listenElsewhere(channel: Channel, target: ElsewhereTarget): () => void {
  const dated = DATED_STORES as readonly string[];
  const keep = (store: RecordStore, record: Records[RecordStore]) => {
    if (!dated.includes(store)) return true;
    const { from, to } = target.days.value;
    const day = (record as { day: DayKey }).day;
    return day >= from && day <= to;
  };
  return channel.listen((m: ChannelMessage) => {
    if (m.kind === 'written') {
      const keys = m.records.map(parseRecordKey).filter((k) => k !== null);
      if (keys.length) void target.records.reread(keys, keep).catch(target.fail);
      batch(() => {
        for (const id of m.photos) target.photos.arrived(id);
      });
      if (m.meta.length) void target.metaChanged().catch(target.fail);
    } else if (m.kind === 'replaced') {
      void target
        .reload()
        .then(() => target.metaChanged())
        .catch(target.fail);
    } else if (m.kind === 'sync') {
      target.syncStatusChanged(m.status);
    }
  });
}
