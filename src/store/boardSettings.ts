// The board's settings that staff change: language, the check-in window, and whether it prints for
// everyone. Only the staff area changes them, so this loads with it and not with the first paint.

import type { CheckInWindow } from '../domain/together';
import type { Lang } from '../i18n';
import type { Settings, Store } from './index';
import { validWindow } from './together';

export function createBoardSettings(store: Store) {
  async function save(patch: Partial<Settings>): Promise<boolean> {
    const value = { ...store.settings.value, ...patch };
    try {
      await store.repo.commit({ meta: [{ key: 'settings', value }] });
      store.settings.value = value;
      return true;
    } catch (err) {
      store.fail(err);
      return false;
    }
  }
  return {
    setLang: (lang: Lang) => save({ lang }),
    /** When the morning check-in is offered; a window that ends before it starts is refused. */
    setCheckInWindow: async (checkInWindow: CheckInWindow) =>
      validWindow(checkInWindow) && save({ checkInWindow }),
    /** Whether "Udskriv" is for everyone (a printer is set up for this board) or for staff only. */
    setPrinter: (printer: boolean) => save({ printer }),
  };
}
