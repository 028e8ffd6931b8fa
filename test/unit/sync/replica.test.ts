// @vitest-environment node
// The sync worker's two directions between the board's database and its replica, with the replica
// as a small in-memory stand-in for PouchDB (winning revisions only; conflicts are tested in
// Chromium against the real server, test/e2e/screens.test.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { RECORD_STORES, type RecordStore, SYNC_KEY } from '../../../src/db/schema';
import { demoCafe } from '../../../src/demo/seed';
import type { Station, TaskDay } from '../../../src/domain/types';
import { type Doc, docRecord, recordDoc } from '../../../src/sync/docs';
import { drainOutbox, type Replica, takeIn } from '../../../src/sync/replica';

/** Documents by id with a revision counter and a changes feed: enough of PouchDB for these tests. */
function fakeReplica() {
  const docs = new Map<string, Doc>();
  const feed: { id: string; seq: number }[] = [];
  let seq = 0;
  const rev = (old?: string) => `${(old ? Number.parseInt(old, 10) : 0) + 1}-x${seq}`;
  const replica: Replica = {
    async allDocs(opts) {
      const ids =
        opts.keys ??
        [...docs.keys()]
          .filter((k) => (!opts.startkey || k >= opts.startkey) && (!opts.endkey || k <= opts.endkey))
          .sort();
      return {
        rows: ids.map((id) => {
          const d = docs.get(id);
          if (!d) return { id, key: id, error: 'not_found' };
          return {
            id,
            key: id,
            value: { rev: d._rev!, ...(d._deleted ? { deleted: true } : {}) },
            doc: d._deleted ? null : d,
          };
        }),
      };
    },
    async bulkDocs(list) {
      return list.map((d) => {
        const old = docs.get(d._id);
        if (old && old._rev !== d._rev) return { id: d._id, error: 'conflict', status: 409 };
        seq++;
        const next = { ...d, _rev: rev(old?._rev) };
        docs.set(d._id, next);
        feed.push({ id: d._id, seq });
        return { id: d._id, rev: next._rev };
      });
    },
    async get(id) {
      const d = docs.get(id);
      if (!d || d._deleted) throw Object.assign(new Error('missing'), { status: 404 });
      return d;
    },
    async changes(opts) {
      const since = Number(opts.since) || 0;
      const limit = Number(opts.limit) || Number.POSITIVE_INFINITY;
      const latest = new Map<string, number>();
      for (const c of feed) if (c.seq > since) latest.set(c.id, c.seq);
      const results = [...latest.entries()]
        .sort((a, b) => a[1] - b[1])
        .slice(0, limit)
        .map(([id, s]) => {
          const doc = docs.get(id)!;
          return { id, seq: s, doc, deleted: !!doc._deleted, changes: [{ rev: doc._rev! }] };
        });
      return { results, last_seq: results.at(-1)?.seq ?? since };
    },
  };
  /** Another screen writes a document (as replication would bring it). */
  const elsewhere = (doc: Doc) => replica.bulkDocs([{ ...doc, _rev: docs.get(doc._id)?._rev }]);
  return { replica, docs, elsewhere };
}

const bar: Station = { id: 'bar', updatedAt: 1, name: 'Bar', color: 'bar', pictogram: 'coffee', order: 'i' };

async function linkedBoard() {
  const db = await openDatabase(`sync-${Math.random()}`);
  const repo = createRepo(db);
  await repo.commit({ records: [{ store: 'stations', id: 'bar', before: null, after: bar }] });
  await repo.linkServer({ url: 'http://house', cafe: 'test' }, true);
  return { db, repo };
}

describe('documents', () => {
  it('a record of every kind comes back from its document as it was, whatever its key order', () => {
    const { records } = demoCafe(Date.UTC(2026, 10, 23, 9));
    const day = '2026-11-23';
    const more = [
      { store: 'checkIns', id: 'c', after: { id: 'c', updatedAt: 1, day, personId: 'p', at: 1, energy: 3 } },
      {
        store: 'helpRequests',
        id: 'h',
        after: { id: 'h', updatedAt: 1, day, taskId: 't', personId: null, at: 1, handledAt: null },
      },
    ];
    const seen = new Set<string>();
    for (const c of [...(records ?? []), ...more]) {
      if (!c.after) continue;
      seen.add(c.store);
      const doc = recordDoc(c.store as RecordStore, c.after);
      expect(doc._id).toBe(`${c.store}:${c.id}`);
      expect(docRecord(doc)).toEqual(c.after);
      const shuffled = Object.fromEntries(Object.entries(c.after).reverse());
      expect(JSON.stringify(recordDoc(c.store as RecordStore, shuffled))).toBe(JSON.stringify(doc));
    }
    expect([...seen].sort()).toEqual([...RECORD_STORES].sort());
  });
});

describe('out: the outbox into the replica', () => {
  it('sends the whole café the first time, then each change as the net change since', async () => {
    const { db, repo } = await linkedBoard();
    const { replica, docs } = fakeReplica();
    await drainOutbox(db, replica);
    expect(docs.get('stations:bar')).toMatchObject({ name: 'Bar' });
    expect(await db.count('outbox')).toBe(0);
    await repo.commit({
      records: [
        { store: 'stations', id: 'bar', before: bar, after: { ...bar, name: 'Baren', updatedAt: 2 } },
      ],
    });
    expect(await db.count('outbox')).toBe(1);
    await drainOutbox(db, replica);
    expect(docs.get('stations:bar')).toMatchObject({ name: 'Baren' });
    expect(await db.count('outbox')).toBe(0);
  });

  it("writes only the fields this screen changed onto another screen's newer version", async () => {
    const { db, repo } = await linkedBoard();
    const { replica, docs, elsewhere } = fakeReplica();
    await drainOutbox(db, replica);
    await elsewhere(recordDoc('stations', { ...bar, color: 'kitchen', updatedAt: 5 }));
    await repo.commit({
      records: [
        { store: 'stations', id: 'bar', before: bar, after: { ...bar, name: 'Baren', updatedAt: 6 } },
      ],
    });
    await drainOutbox(db, replica);
    expect(docRecord(docs.get('stations:bar')!)).toMatchObject({
      name: 'Baren',
      color: 'kitchen',
      updatedAt: 6,
    });
  });
});

describe('in: the replica into the board', () => {
  it("takes another screen's record, keeps this screen's change still on its way on top, and refuses what the editors would", async () => {
    const { db, repo } = await linkedBoard();
    const { replica, elsewhere } = fakeReplica();
    await drainOutbox(db, replica);
    const day: TaskDay = {
      id: '2026-11-23/latte',
      updatedAt: 3,
      day: '2026-11-23',
      taskId: 'latte',
      owner: { kind: 'station', id: 'bar' },
      order: 'i',
      stepsDone: ['s1'],
      done: false,
      doneBy: null,
      teacherId: null,
      moved: false,
      removed: false,
    };
    await elsewhere(recordDoc('taskDays', day));
    // This screen ticked s2 on its own copy; its change has not reached the replica yet.
    await repo.commit({
      records: [
        {
          store: 'taskDays',
          id: day.id,
          before: null,
          base: { ...day, stepsDone: [] },
          after: { ...day, stepsDone: ['s2'], updatedAt: 4 },
        },
      ],
    });
    await elsewhere(recordDoc('stations', { ...bar, id: 'evil', name: 'x'.repeat(2000) }));
    const { applied } = await takeIn(db, replica, 0);
    expect(applied.refused).toBe(1);
    expect((await db.get('taskDays', day.id))?.stepsDone.sort()).toEqual(['s1', 's2']);
    expect(await db.get('stations', 'evil')).toBeUndefined();
    // And out again: the replica gets both ticks.
    await drainOutbox(db, replica);
    const back = await takeIn(db, replica, 0);
    expect(back.applied.refused).toBe(1);
    expect((await db.get('taskDays', day.id))?.stepsDone.sort()).toEqual(['s1', 's2']);
  });

  it("a deletion from another screen stands, and the café's PIN follows the server's", async () => {
    const { db } = await linkedBoard();
    const { replica, docs, elsewhere } = fakeReplica();
    await drainOutbox(db, replica);
    await replica.bulkDocs([{ _id: 'stations:bar', _rev: docs.get('stations:bar')!._rev, _deleted: true }]);
    await elsewhere({ _id: 'meta:staffPin', value: { version: 1, pin: 'hash' } });
    const { applied } = await takeIn(db, replica, 0);
    expect(await db.get('stations', 'bar')).toBeUndefined();
    expect((await db.get('meta', 'staffPin'))?.value).toEqual({ version: 1, pin: 'hash' });
    expect(applied.meta).toEqual(['staffPin']);
    expect(await db.get('meta', SYNC_KEY)).toBeDefined();
  });
});
