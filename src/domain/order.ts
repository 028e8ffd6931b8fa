// Fractional order keys: a key between two neighbours, so moving one card writes one record.
// Keys are base-36 fractions ("0.k", "0.kr" …) compared as plain strings; they never end in '0',
// so there is always room below a key.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

export const isOrderKey = (key: string) => /^[0-9a-z]*[1-9a-z]$/.test(key);

/** A key strictly between `a` and `b`; null means the start or the end of the list. */
export function keyBetween(a: string | null, b: string | null): string {
  const lo = a ?? '';
  let hi = b;
  // Appending (no upper neighbour with anything below it) steps by one digit and stays short.
  const appending = b === null && a !== null;
  if (hi !== null && lo >= hi) throw new RangeError(`order keys out of order: ${lo} >= ${hi}`);
  let out = '';
  for (let i = 0; ; i++) {
    const da = i < lo.length ? DIGITS.indexOf(lo[i] as string) : 0;
    const db = hi === null ? BASE : i < hi.length ? DIGITS.indexOf(hi[i] as string) : 0;
    if (da === db) {
      out += DIGITS[da];
      continue;
    }
    const mid = appending ? Math.min(da + 1, BASE - 1) : Math.floor((da + db) / 2);
    if (mid > da) return out + DIGITS[mid];
    // Adjacent digits: keep a's digit, and anything above the rest of `a` will do.
    out += DIGITS[da];
    hi = null;
  }
}

/** `n` ascending keys after `after` (for seeding and appending). */
export function keysAfter(after: string | null, n: number): string[] {
  const keys: string[] = [];
  let prev = after;
  for (let i = 0; i < n; i++) {
    prev = keyBetween(prev, null);
    keys.push(prev);
  }
  return keys;
}

/** The key that puts an item at `index` of an ordered list of keys (the item itself excluded). */
export function keyAt(sortedKeys: readonly string[], index: number): string {
  const before = index > 0 ? (sortedKeys[index - 1] ?? null) : null;
  const after = index < sortedKeys.length ? (sortedKeys[index] ?? null) : null;
  return keyBetween(before, after);
}

export const byOrder = <T extends { order: string }>(a: T, b: T) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
