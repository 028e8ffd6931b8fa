import { describe, expect, it } from 'vitest';
import { createWakeLock, type WakeLockEnv } from '../../../src/platform/wakeLock';

/** A navigator.wakeLock stand-in: the "browser" can release a lock or hide the page at will. */
function fakeEnv() {
  let visible = 'visible';
  const listeners: (() => void)[] = [];
  const sentinels: { released: boolean; fire(): void }[] = [];
  let requests = 0;
  const env: WakeLockEnv = {
    wakeLock: {
      async request() {
        requests++;
        const onRelease: (() => void)[] = [];
        const s = {
          released: false,
          async release() {
            if (s.released) return;
            s.released = true;
            for (const l of onRelease) l();
          },
          addEventListener: (_: 'release', l: () => void) => void onRelease.push(l),
          fire() {
            void s.release();
          },
        };
        sentinels.push(s);
        return s;
      },
    },
    visibility: () => visible,
    onVisibilityChange(l) {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    },
  };
  return {
    env,
    sentinels,
    requests: () => requests,
    setVisible(v: string) {
      visible = v;
      for (const l of listeners) l();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the screen wake lock', () => {
  it('is taken during opening hours and let go at night', async () => {
    const f = fakeEnv();
    const lock = createWakeLock(f.env);
    lock.want(true);
    await settle();
    expect(lock.held()).toBe(true);
    lock.want(false);
    await settle();
    expect(lock.held()).toBe(false);
    expect(f.sentinels.every((s) => s.released)).toBe(true);
  });

  it('is asked for again when the browser releases it on its own', async () => {
    const f = fakeEnv();
    const lock = createWakeLock(f.env);
    lock.want(true);
    await settle();
    f.sentinels[0]!.fire();
    await settle();
    expect(f.requests()).toBe(2);
    expect(lock.held()).toBe(true);
  });

  it('is asked for again when the page becomes visible after being hidden', async () => {
    const f = fakeEnv();
    const lock = createWakeLock(f.env);
    lock.want(true);
    await settle();
    // Hiding the page: the browser releases the lock; while hidden no new request is made.
    f.env.visibility = () => 'hidden';
    f.setVisible('hidden');
    f.sentinels[0]!.fire();
    await settle();
    expect(lock.held()).toBe(false);
    expect(f.requests()).toBe(1);
    f.env.visibility = () => 'visible';
    f.setVisible('visible');
    await settle();
    expect(f.requests()).toBe(2);
    expect(lock.held()).toBe(true);
  });

  it('is not asked for again at night when it was released', async () => {
    const f = fakeEnv();
    const lock = createWakeLock(f.env);
    lock.want(true);
    await settle();
    lock.want(false);
    f.setVisible('visible');
    await settle();
    expect(f.requests()).toBe(1);
  });

  it('a refused request is reported and retried at the next visibility change', async () => {
    const f = fakeEnv();
    let refuse = true;
    const real = f.env.wakeLock!.request;
    f.env.wakeLock!.request = (t) => (refuse ? Promise.reject(new Error('NotAllowedError')) : real(t));
    const errors: unknown[] = [];
    const lock = createWakeLock(f.env, (e) => errors.push(e));
    lock.want(true);
    await settle();
    expect(errors).toHaveLength(1);
    expect(lock.held()).toBe(false);
    refuse = false;
    f.setVisible('visible');
    await settle();
    expect(lock.held()).toBe(true);
  });

  it('does nothing where the browser has no wake lock', () => {
    const lock = createWakeLock({ visibility: () => 'visible', onVisibilityChange: () => () => {} });
    lock.want(true);
    expect(lock.held()).toBe(false);
  });
});
