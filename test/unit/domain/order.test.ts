import { describe, expect, it } from 'vitest';
import { isOrderKey, keyAt, keyBetween, keysAfter } from '../../../src/domain/order';

describe('fractional order keys', () => {
  it('always finds a key strictly between two neighbours', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const keys = keysAfter(null, 5);
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(rand() * (keys.length + 1));
      const key = keyAt(keys, at);
      if (at > 0) expect(key > keys[at - 1]!).toBe(true);
      if (at < keys.length) expect(key < keys[at]!).toBe(true);
      expect(isOrderKey(key)).toBe(true);
      keys.splice(at, 0, key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
  });

  it('stays short when always inserting at the front or the back', () => {
    const front: string[] = [];
    let first: string | null = null;
    for (let i = 0; i < 200; i++) {
      first = keyBetween(null, first);
      front.push(first);
    }
    expect(Math.max(...front.map((k) => k.length))).toBeLessThan(60);
    expect(keysAfter(null, 200).at(-1)!.length).toBeLessThan(20);
  });

  it('refuses neighbours given the wrong way round', () => {
    expect(() => keyBetween('b', 'a')).toThrow(RangeError);
  });
});
