// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { DB_VERSION } from '../../../src/db/schema';
import { V1_RECORD_STORES, v1History, v1Meta, v1Photos, v1Records } from '../../fixtures/v1-cafe';

/** A database written by schema version 1, with one record of every kind. */
async function version1Database(name: string) {
  const db = await openDatabase(name, {}, 1);
  expect(db.version).toBe(1);
  expect([...db.objectStoreNames]).not.toContain('snapshots');
  const sets = v1Records();
  await createRepo(db).commit({
    records: V1_RECORD_STORES.flatMap((s) =>
      sets[s].map((after) => ({ store: s, id: after.id, after, before: null }) as never),
    ),
    photos: { put: v1Photos() },
    meta: v1Meta(),
    history: { put: v1History() },
  });
  db.close();
}

describe('schema migrations', () => {
  it('version 1 → current keeps every record, photo, setting and undo step, and adds snapshots', async () => {
    const name = `mig-${Math.random()}`;
    await version1Database(name);
    const db = await openDatabase(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('snapshots');
    const repo = createRepo(db);
    const expected = v1Records();
    for (const s of V1_RECORD_STORES) expect(await repo.all(s), s).toEqual(expected[s]);
    expect(await repo.all('helpRequests')).toEqual([]);
    const photo = await repo.getPhoto('ph-latte');
    expect(await photo?.blob.text()).toBe(await v1Photos()[0]!.blob.text());
    expect((await repo.allMeta()).get('settings')).toEqual({ lang: 'da' });
    expect((await repo.startup('2026-11-23', '2026-11-23')).history).toEqual(v1History());
    expect(await db.count('snapshots')).toBe(0);
    db.close();
  });
});
