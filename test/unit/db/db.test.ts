// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../../src/db/errors';
import { MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { DB_VERSION, type RecordChange } from '../../../src/db/schema';
import type { Person } from '../../../src/domain/types';

let n = 0;
const fresh = () => `test-${++n}-${Math.random()}`;

const person = (id: string, name: string): Person => ({
  id,
  updatedAt: 1,
  name,
  color: 'p1',
  portraitId: null,
  portraitConsent: false,
  team: 'Café',
  startDate: null,
  active: true,
  note: '',
  goals: [],
  showGoals: false,
  skills: {},
});
const put = (p: Person): RecordChange => ({ store: 'people', id: p.id, after: p, before: null });

describe('database', () => {
  it('creates every store from empty through each migration step', async () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    const db = await openDatabase(fresh());
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'blocks',
        'checkIns',
        'helpRequests',
        'history',
        'log',
        'meta',
        'outbox',
        'overrides',
        'people',
        'photos',
        'shiftTemplates',
        'snapshots',
        'stations',
        'taskDays',
        'tasks',
      ].sort(),
    );
    expect([...db.transaction('taskDays').store.indexNames]).toEqual(['day']);
    db.close();
  });

  it('writes a batch in one transaction and reads dated records by day', async () => {
    const repo = createRepo(await openDatabase(fresh()));
    await repo.commit({
      records: [
        put(person('a', 'Ali')),
        {
          store: 'checkIns',
          id: 'c1',
          before: null,
          after: { id: 'c1', updatedAt: 1, day: '2026-11-23', personId: 'a', at: 1, energy: 3 },
        },
        {
          store: 'checkIns',
          id: 'c2',
          before: null,
          after: { id: 'c2', updatedAt: 1, day: '2026-12-23', personId: 'a', at: 1, energy: null },
        },
      ],
      meta: [{ key: 'settings', value: { lang: 'en' } }],
    });
    const sets = (await repo.startup('2026-11-20', '2026-11-30')).sets;
    expect(sets.people.map((p) => p.name)).toEqual(['Ali']);
    expect(sets.checkIns.map((c) => c.id)).toEqual(['c1']);
    expect((await repo.allMeta()).get('settings')).toEqual({ lang: 'en' });
    await repo.commit({ records: [{ store: 'people', id: 'a', after: null, before: null }] });
    expect((await repo.all('people')).length).toBe(0);
  });

  it('writes nothing of a batch that fails part-way', async () => {
    const repo = createRepo(await openDatabase(fresh()));
    await repo.commit({ records: [put(person('a', 'Ali'))] });
    const bad = { ...person('b', 'Bo'), id: undefined } as unknown as Person;
    await expect(
      repo.commit({
        records: [put(person('c', 'Cem')), { store: 'people', id: 'b', after: bad, before: null }],
      }),
    ).rejects.toBeInstanceOf(DbError);
    expect((await repo.all('people')).map((p) => p.name)).toEqual(['Ali']);
  });

  it('returns a stored photo Blob byte for byte', async () => {
    const repo = createRepo(await openDatabase(fresh()));
    const bytes = new Uint8Array(5000).map((_, i) => (i * 31) % 256);
    const blob = new Blob([bytes], { type: 'image/webp' });
    await repo.commit({
      photos: { put: [{ id: 'p', blob, thumb: blob, width: 10, height: 10, createdAt: 1 }] },
    });
    const back = await repo.getPhoto('p');
    expect(back?.blob).toBeInstanceOf(Blob);
    expect(back?.blob.type).toBe('image/webp');
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('refuses to open a database written by a newer version, and deletes nothing', async () => {
    const name = fresh();
    const newer = await openDB(name, DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('people', { keyPath: 'id' }).put(person('a', 'Ali'));
      },
    });
    newer.close();
    const err = await openDatabase(name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).kind).toBe('version');
    const again = await openDB(name, DB_VERSION + 1);
    expect(await again.count('people')).toBe(1);
    again.close();
  });

  it('leaves the database at its old version when an upgrade step throws', async () => {
    const name = fresh();
    (await openDatabase(name)).close();
    const { runMigrations } = await import('../../../src/db/migrations');
    const failing = openDB(name, DB_VERSION + 1, {
      upgrade(db, oldV, newV, tx) {
        tx.done.catch(() => undefined);
        runMigrations(db as never, tx as never, oldV, newV ?? 0, {
          ...MIGRATIONS,
          [DB_VERSION + 1]: () => {
            throw new Error('broken step');
          },
        });
      },
    });
    await expect(failing).rejects.toThrow();
    const db = await openDatabase(name);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
