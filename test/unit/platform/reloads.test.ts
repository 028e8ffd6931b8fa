import { describe, expect, it } from 'vitest';
import { createDataMarker, createReloadGuard, type KeyValue } from '../../../src/platform/reloads';

function memory(): KeyValue {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

describe('automatic reloads', () => {
  it('are allowed three times in ten minutes, then refused (safe mode)', () => {
    const kv = memory();
    let t = 1_000_000;
    let reloads = 0;
    // A new guard per "page load", like the real reloads: the count lives in storage.
    const guard = () =>
      createReloadGuard(
        kv,
        () => reloads++,
        () => t,
      );
    expect(guard().reload('a')).toBe(true);
    t += 60_000;
    expect(guard().reload('b')).toBe(true);
    t += 60_000;
    expect(guard().reload('c')).toBe(true);
    t += 60_000;
    expect(guard().reload('d')).toBe(false);
    expect(reloads).toBe(3);
    expect(
      guard()
        .recent()
        .map((r) => r.reason),
    ).toEqual(['a', 'b', 'c']);
    // Ten minutes after the first, one is allowed again.
    t = 1_000_000 + 10 * 60_000 + 1;
    expect(guard().reload('e')).toBe(true);
  });

  it('a clock that jumped backwards does not block reloads forever', () => {
    const kv = memory();
    let t = 5_000_000_000;
    const guard = () =>
      createReloadGuard(
        kv,
        () => {},
        () => t,
      );
    guard().reload('a');
    guard().reload('b');
    guard().reload('c');
    t -= 24 * 3600_000;
    expect(guard().allowed()).toBe(true);
  });

  it('a person pressing "try again" clears the count', () => {
    const kv = memory();
    const g = createReloadGuard(
      kv,
      () => {},
      () => 1,
    );
    g.reload('a');
    g.reload('b');
    g.reload('c');
    expect(g.allowed()).toBe(false);
    g.clear();
    expect(g.allowed()).toBe(true);
  });

  it('damaged stored counts are read as none', () => {
    const kv = memory();
    kv.setItem('dagstavlen.reloads', '{not json');
    expect(createReloadGuard(kv, () => {}).allowed()).toBe(true);
  });
});

describe('the data marker outside IndexedDB', () => {
  it('remembers that this screen had data', () => {
    const kv = memory();
    const m = createDataMarker(kv);
    expect(m.present()).toBe(false);
    m.set(1);
    expect(createDataMarker(kv).present()).toBe(true);
    m.clear();
    expect(m.present()).toBe(false);
  });
});
