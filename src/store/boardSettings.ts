// The board's settings that staff change: language, the check-in window, and whether it prints for
// everyone. Only the staff area changes them, so this loads with it and not with the first paint.

import { settingsEntries } from '../db/settings';
import type { CheckInWindow } from '../domain/together';
import type { Lang } from '../i18n';
import type { Settings, Store, StoreCore } from './index';
import { validWindow } from './together';

/**
 * Save settings: this screen's own under 'settings', the café's (the same on every screen) under
 * 'cafeSettings' (db/settings.ts). False when it failed; the notice says why.
 */
export async function saveSettings(store: StoreCore, patch: Partial<Settings>): Promise<boolean> {
  const value = { ...store.settings.value, ...patch };
  try {
    await store.repo.commit({ meta: settingsEntries(value) });
    store.settings.value = value;
    return true;
  } catch (err) {
    store.fail(err);
    return false;
  }
}

export function createBoardSettings(store: Store) {
  const save = (patch: Partial<Settings>) => saveSettings(store, patch);
  return {
    setLang: (lang: Lang) => save({ lang }),
    /** When the morning check-in is offered; a window that ends before it starts is refused. */
    setCheckInWindow: async (checkInWindow: CheckInWindow) =>
      validWindow(checkInWindow) && save({ checkInWindow }),
    /** Whether "Udskriv" is for everyone (a printer is set up for this board) or for staff only. */
    setPrinter: (printer: boolean) => save({ printer }),
  };
}
