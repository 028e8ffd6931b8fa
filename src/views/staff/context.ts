// What staff screens read: the store with its staff action groups, and the staff catalogue. Only
// staff screens import this, so both load with the staff chunks (store/staff.ts, i18n/staffText.ts).
import { type StaffText, staffTexts } from '../../i18n/staffText';
import { type StaffStore, staffStore } from '../../store/staff';
import { useStore } from '../context';

export function useStaffStore(): StaffStore {
  return staffStore(useStore());
}

/** The staff catalogue in the chosen language (re-renders when the language changes). */
export function useStaffText(): StaffText {
  return staffTexts(useStore().settings.value.lang);
}
