// Whether this board prints for everyone: a staff setting, loaded with the staff area.
import type { Settings, Store } from './index';

export function createPrintingActions(store: Store) {
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
    /** Whether "Udskriv" is for everyone (a printer is set up for this board) or for staff only. */
    setPrinter: (printer: boolean) => save({ printer }),
  };
}
