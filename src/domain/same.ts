// Whether two records hold the same data, whatever order their keys were set in. Pure.

type Rec = Record<string, unknown>;

/** JSON with sorted keys: the same data gives the same text whatever order its keys were set in. */
export function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as Rec)
            .sort()
            .map((k) => [k, (v as Rec)[k]]),
        )
      : v,
  );
}

export const same = (a: unknown, b: unknown): boolean => a === b || canonical(a) === canonical(b);
