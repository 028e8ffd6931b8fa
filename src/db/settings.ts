// Settings are stored in two meta entries: this screen's own ('settings': language, idle time…)
// and the café's ('cafeSettings': the same on every screen, replicated with the records).

/** The settings that are the café's. */
export const CAFE_SETTINGS = ['checkInWindow', 'keepMonths'] as const;

/** One settings object as its two meta entries. */
export function settingsEntries(
  value: object,
): { key: 'settings' | 'cafeSettings'; value: Record<string, unknown> }[] {
  const mine: Record<string, unknown> = {};
  const cafe: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((CAFE_SETTINGS as readonly string[]).includes(k)) cafe[k] = v;
    else mine[k] = v;
  }
  return [
    { key: 'settings', value: mine },
    { key: 'cafeSettings', value: cafe },
  ];
}

/** The two entries as one object (older versions kept the café's under 'settings' too). */
export function joinSettings(mine: unknown, cafe: unknown): Record<string, unknown> | null {
  if (mine == null && cafe == null) return null;
  return { ...((mine as object | null) ?? {}), ...((cafe as object | null) ?? {}) };
}
