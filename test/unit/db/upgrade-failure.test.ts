// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../../src/db/errors';
import { openDatabase } from '../../../src/db/open';
import { DB_VERSION } from '../../../src/db/schema';

describe('a data update that cannot go ahead', () => {
  it('is reported as an upgrade error, and the database stays at its old version with its data', async () => {
    // Version 2 as a half-finished earlier update left it: it already has version 3's store.
    const withStray = `upgrade-stray-${Math.random()}`;
    const db2 = await openDB(withStray, 2, {
      upgrade(db) {
        for (const s of ['people', 'stations', 'helpRequests']) db.createObjectStore(s, { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await db2.put('people', { id: 'p-ali', name: 'Ali' });
    db2.close();

    const err = await openDatabase(withStray).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).kind).toBe('upgrade');
    expect((err as DbError).message).toMatch(new RegExp(`to version ${DB_VERSION} failed`));
    const after = await openDB(withStray);
    expect(after.version).toBe(2);
    expect(await after.get('people', 'p-ali')).toEqual({ id: 'p-ali', name: 'Ali' });
    after.close();
  });
});
