// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import type { CheckIn, HelpRequest, Person } from '../../../src/domain/types';

const ali: Person = {
  id: 'ali',
  updatedAt: 1,
  name: 'Ali',
  color: 'p1',
  portraitId: null,
  portraitConsent: false,
  team: 'Café',
  startDate: null,
  active: true,
  note: 'privat',
  goals: ['Møde til tiden'],
  showGoals: false,
  skills: { latte: 'learning' },
};
const checkIn: CheckIn = {
  id: '2026-11-23/ali',
  updatedAt: 1,
  day: '2026-11-23',
  personId: 'ali',
  at: 1,
  energy: 2,
};

describe('version 3: help requests', () => {
  it('upgrades a version 2 database without touching its records, and adds the help store by day', async () => {
    const name = `v2-${Math.random()}`;
    const v1 = await openDatabase(name, {}, 2);
    expect([...v1.objectStoreNames]).not.toContain('helpRequests');
    await v1.put('people', ali);
    await v1.put('checkIns', checkIn);
    v1.close();

    const db = await openDatabase(name, {}, 3);
    expect(db.version).toBe(3);
    expect(await db.get('people', 'ali')).toEqual(ali);
    expect(await db.get('checkIns', checkIn.id)).toEqual(checkIn);
    expect([...db.transaction('helpRequests').store.indexNames]).toEqual(['day']);

    const repo = createRepo(db);
    const request: HelpRequest = {
      id: 'h1',
      updatedAt: 2,
      day: '2026-11-23',
      taskId: 'latte',
      personId: 'ali',
      at: 2,
      handledAt: null,
    };
    await repo.commit({ records: [{ store: 'helpRequests', id: 'h1', after: request, before: null }] });
    const loaded = (await repo.startup('2026-11-23', '2026-11-23')).sets;
    expect(loaded.helpRequests).toEqual([request]);
    expect(await repo.loadDated('helpRequests', '2026-11-24', '2026-11-30')).toEqual([]);
    repo.close();
  });
});
