// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { staffTexts } from '../../../src/i18n/staffText';
import { MIN_ITERATIONS } from '../../../src/store/pin';
import { createRecovery } from '../../../src/store/recovery';
import { createSession } from '../../../src/store/session';

async function lostCafe(withPin: boolean) {
  const repo = createRepo(await openDatabase(`recovery-${Math.random()}`));
  if (withPin) {
    const s = createSession(repo, () => undefined, await repo.allMeta(), { iterations: MIN_ITERATIONS });
    await s.setPin('2468');
    s.dispose();
  }
  let restarts = 0;
  const recovery = await createRecovery({
    repo,
    t: staffTexts('da'),
    now: () => 1_800_000_000_000,
    restart: () => restarts++,
  });
  return { repo, recovery, restarts: () => restarts };
}

describe('the way back after lost data', () => {
  it('offers nothing before the staff PIN while the PIN is stored', async () => {
    const { repo, recovery, restarts } = await lostCafe(true);
    expect(recovery.needsPin.value).toBe(true);
    expect(await recovery.startEmpty()).toBe(false);
    expect((await repo.allMeta()).get('demo')).toBeUndefined();
    expect(await recovery.session.unlock('1111')).toBe('wrong');
    expect(recovery.needsPin.value).toBe(true);
    expect(await recovery.session.unlock('2468')).toBe('ok');
    expect(recovery.needsPin.value).toBe(false);
    expect(await recovery.startEmpty()).toBe(true);
    expect(restarts()).toBe(1);
    expect((await repo.allMeta()).get('demo')).toEqual({ clearedAt: 1_800_000_000_000 });
    recovery.session.dispose();
  });

  it('without a PIN, a daily copy that survived is listed and restores the café', async () => {
    const { repo, recovery, restarts } = await lostCafe(false);
    expect(recovery.needsPin.value).toBe(false);
    expect(recovery.snapshots.value).toEqual([]);
    // A café, its snapshot, then the records lost: the screen made afterwards lists the copy.
    await repo.commit(demoCafe(1_800_000_000_000));
    const { takeDailySnapshot } = await import('../../../src/db/snapshots');
    await takeDailySnapshot(repo.db, '2027-01-15', 1_800_000_000_000);
    const people = (await repo.all('people')).length;
    await repo.replaceCafe({ meta: [{ key: 'lost', value: true }] });
    const again = await createRecovery({ repo, t: staffTexts('da'), restart: () => undefined });
    expect(again.snapshots.value.map((s) => s.day)).toEqual(['2027-01-15']);
    expect(await again.restoreSnapshot('2027-01-15')).toBe(true);
    expect((await repo.all('people')).length).toBe(people);
    expect(restarts()).toBe(0);
    again.session.dispose();
    recovery.session.dispose();
  });
});
