// The staff area's words: the public catalogue plus the editors', backup's, the staff side of
// together, the PIN pad's, the storage section's and the recovery screen's. Only staff screens and staff actions import
// this file, so these words load with the staff chunks instead of the board's first paint.
import backup from './backup';
import edit from './edit';
import editors from './editors';
import { type Lang, type Text, texts } from './index';
import photos from './photos';
import pin from './pin';
import planner from './planner';
import plannerView from './plannerView';
import recovery from './recovery';
import screens from './screens';
import storage from './storage';
import togetherScreens from './togetherScreens';
import togetherStaff from './togetherStaff';

function staffCatalogue(lang: Lang) {
  const t = texts(lang);
  return {
    ...t,
    together: { ...t.together, ...togetherScreens[lang] },
    staff: { ...t.staff, ...pin[lang] },
    kiosk: { ...t.kiosk, storage: storage[lang], recovery: recovery[lang] },
    editors: editors[lang],
    edit: edit[lang],
    togetherStaff: togetherStaff[lang],
    backup: backup[lang],
    photos: photos[lang],
    screens: screens[lang],
    planner: planner[lang],
    plannerView: plannerView[lang],
  };
}

export type StaffText = ReturnType<typeof staffCatalogue> & Text;

const catalogue: Record<Lang, StaffText> = { da: staffCatalogue('da'), en: staffCatalogue('en') };

export function staffTexts(lang: Lang): StaffText {
  return catalogue[lang];
}
