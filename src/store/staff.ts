// The staff area's action groups: editors, one-off changes, the fixed week, backups, replacing the
// whole café, how long the days are kept, the board's settings, the house server's screens, and
// moving tasks and people on a day (edit mode), and planning the week. Only
// staff screens use them, so they (with their words and the photo intake) load with the staff
// area's chunk instead of the board's first paint. Each store gets them once, on first use.
import { createArrangeActions } from './arrange';
import { createBackupActions } from './backup';
import { createBoardSettings } from './boardSettings';
import { createCafeActions } from './cafe';
import { createCrewActions } from './crew';
import { createEditorActions } from './editors';
import type { Store } from './index';
import { createOneOffActions } from './oneoff';
import { createPlannerActions } from './planner';
import { createRetentionActions } from './retention';
import { createScreenActions } from './screens';
import { createTemplateActions } from './templates';
import { createTogetherStaffActions } from './togetherStaff';

function withStaffActions(store: Store) {
  return {
    ...store,
    editors: createEditorActions(store),
    oneOff: createOneOffActions(store),
    templates: createTemplateActions(store),
    backup: createBackupActions(store),
    cafe: createCafeActions(store),
    arrange: createArrangeActions(store),
    crew: createCrewActions(store),
    planner: createPlannerActions(store),
    retention: createRetentionActions(store),
    screens: createScreenActions(store),
    boardSettings: createBoardSettings(store),
    togetherStaff: createTogetherStaffActions(store),
  };
}
/** The store as staff screens see it: everything the board has, and the staff groups. */
export type StaffStore = ReturnType<typeof withStaffActions>;

const made = new WeakMap<Store, StaffStore>();

export function staffStore(store: Store): StaffStore {
  let staff = made.get(store);
  if (!staff) {
    staff = withStaffActions(store);
    made.set(store, staff);
  }
  return staff;
}
