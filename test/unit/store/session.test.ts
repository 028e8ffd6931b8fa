// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import {
  calibrateIterations,
  hashSecret,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  newRecoveryCode,
  normalizeRecoveryCode,
  verifySecret,
} from '../../../src/store/pin';
import { createSession, LOCKOUT_KEY, lockSeconds, PIN_KEY } from '../../../src/store/session';

async function session(name = `session-${Math.random()}`, time = { now: 1_000_000 }) {
  const repo = createRepo(await openDatabase(name));
  const errors: unknown[] = [];
  const s = createSession(repo, (e) => errors.push(e), await repo.allMeta(), {
    iterations: MIN_ITERATIONS,
    read: () => time.now,
  });
  return { s, repo, errors, time, name };
}

describe('PIN hashing', () => {
  it('stores a salted PBKDF2 hash: the same PIN twice gives different hashes, both verify', async () => {
    const a = await hashSecret('2468', MIN_ITERATIONS);
    const b = await hashSecret('2468', MIN_ITERATIONS);
    expect(a.salt).toHaveLength(32);
    expect(a.hash).toHaveLength(64);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifySecret('2468', a)).toBe(true);
    expect(await verifySecret('2469', a)).toBe(false);
  });

  it('calibrates between 100 000 and 600 000 iterations from the measured time', async () => {
    const fake = (ms: number) => {
      let n = 0;
      return () => (n++ === 0 ? 0 : ms);
    };
    expect(await calibrateIterations(fake(10))).toBe(MAX_ITERATIONS);
    expect(await calibrateIterations(fake(5000))).toBe(MIN_ITERATIONS);
    expect(await calibrateIterations(fake(200))).toBe(300_000);
  });

  it('recovery codes are 12 unambiguous characters, typed in any case and spacing', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(normalizeRecoveryCode(` ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(code);
  });

  it('locks for 60 s after five wrong tries, doubling to at most 15 minutes', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 20].map(lockSeconds)).toEqual([0, 60, 120, 240, 480, 900, 900, 900]);
  });
});

describe('the staff session', () => {
  it('sets a PIN once, unlocks with it, and never stores it in plain text', async () => {
    const { s, repo } = await session();
    expect(s.hasPin.value).toBe(false);
    expect(await s.setPin('12')).toEqual({ ok: false });
    const set = await s.setPin('97531864');
    expect(set.ok).toBe(true);
    expect(s.unlocked.value).toBe(true);
    const stored = JSON.stringify((await repo.allMeta()).get(PIN_KEY));
    expect(stored).not.toContain('97531864');
    if (set.ok) expect(stored).not.toContain(set.recoveryCode);
    expect(stored).toContain(`"iterations":${MIN_ITERATIONS}`);
    s.lock();
    expect(s.unlocked.value).toBe(false);
    // Locked, the PIN cannot be replaced.
    expect(await s.setPin('1111')).toEqual({ ok: false });
    expect(await s.unlock('97531864')).toBe('ok');
    s.dispose();
  });

  it('five wrong PINs lock; the lock is stored, outlives a restart, and a correct PIN resets it', async () => {
    const first = await session();
    await first.s.setPin('2468');
    first.s.lock();
    for (let i = 0; i < 4; i++) expect(await first.s.unlock('0000')).toBe('wrong');
    expect(await first.s.unlock('0000')).toBe('locked');
    expect(first.s.lockedFor.value).toBe(60);
    // Even the right PIN is refused while locked.
    expect(await first.s.unlock('2468')).toBe('locked');
    first.s.dispose();

    const again = await session(first.name, first.time);
    expect(again.s.lockedFor.value).toBe(60);
    again.time.now += 61_000;
    expect(await again.s.unlock('0000')).toBe('locked');
    expect(again.s.lockedFor.value).toBe(120);
    again.time.now += 121_000;
    expect(await again.s.unlock('2468')).toBe('ok');
    expect((await again.repo.allMeta()).get(LOCKOUT_KEY)).toEqual({
      failures: 0,
      lockedAt: null,
      seconds: 0,
    });
    again.s.dispose();
  });

  it('a clock set back an hour does not stretch the lock beyond its length', async () => {
    const { s, time } = await session();
    await s.setPin('2468');
    s.lock();
    for (let i = 0; i < 5; i++) await s.unlock('0000');
    time.now -= 3_600_000;
    expect(await s.unlock('2468')).toBe('locked');
    expect(s.lockedFor.value).toBe(60);
    time.now += 61_000;
    expect(await s.unlock('2468')).toBe('ok');
    s.dispose();
  });

  it('the recovery code unlocks, even during a PIN lockout', async () => {
    const { s } = await session();
    const set = await s.setPin('2468');
    if (!set.ok) throw new Error('set-up failed');
    s.lock();
    for (let i = 0; i < 5; i++) await s.unlock('0000');
    expect(await s.unlockWithRecovery('ABCD-EFGH-JKMN')).toBe('wrong');
    expect(await s.unlockWithRecovery('short')).toBe('format');
    expect(await s.unlockWithRecovery(set.recoveryCode.toLowerCase())).toBe('ok');
    expect(s.unlocked.value).toBe(true);
    expect(s.lockedFor.value).toBe(0);
    s.dispose();
  });
});
