// The staff area's sections, in the order they appear. Each room appends its own entry here.
import type { ComponentType } from 'preact';
import type { StaffText } from '../../i18n/staffText';
import type { IconName } from '../../ui/icons';
import { BackupSection } from '../backup/BackupSection';
import { OneOffEditor } from '../edit/OneOffEditor';
import { PeopleEditor } from '../edit/PeopleEditor';
import { ShiftsEditor } from '../edit/ShiftsEditor';
import { StationsEditor } from '../edit/StationsEditor';
import { TaskEditor } from '../edit/TaskEditor';
import { WeekEditor } from '../edit/WeekEditor';
import { Planner } from '../planner/Planner';
import { ScreensSection } from '../screens/ScreensSection';
import { StorageView } from '../storage/StorageView';
import { GrowthSection } from '../together/staff/GrowthSection';
import { MorningSection } from '../together/staff/MorningSection';
import { SettingsSection } from '../together/staff/SettingsSection';
import { SkillsSection } from '../together/staff/SkillsSection';
import { TodayChanges } from './TodayChanges';

export interface StaffSection {
  /** Stable, used in the address: #/personale/<id>. */
  id: string;
  icon: IconName;
  title: (t: StaffText) => string;
  component: ComponentType;
  /** Needs the whole width: the list of sections folds behind one button, as on a phone. */
  wide?: boolean;
}

export const sections: StaffSection[] = [
  { id: 'i-dag', icon: 'clock', title: (t) => t.staff.todayChanges, component: TodayChanges },
  { id: 'planlaeg', icon: 'calendar', title: (t) => t.plannerView.title, component: Planner, wide: true },
  { id: 'personer', icon: 'users', title: (t) => t.editors.person.title, component: PeopleEditor },
  { id: 'vagter', icon: 'calendar', title: (t) => t.editors.shifts.title, component: ShiftsEditor },
  { id: 'en-dag', icon: 'edit', title: (t) => t.editors.oneOff.title, component: OneOffEditor },
  { id: 'opgaver', icon: 'image', title: (t) => t.editors.task.title, component: TaskEditor },
  { id: 'uge', icon: 'calendar', title: (t) => t.editors.week.title, component: WeekEditor },
  { id: 'stationer', icon: 'settings', title: (t) => t.editors.week.stations, component: StationsEditor },
  { id: 'morgen', icon: 'sun', title: (t) => t.togetherStaff.morningTitle, component: MorningSection },
  { id: 'klippekort', icon: 'check', title: (t) => t.togetherStaff.growthTitle, component: GrowthSection },
  { id: 'faerdigheder', icon: 'hand', title: (t) => t.togetherStaff.skillsTitle, component: SkillsSection },
  { id: 'sprog', icon: 'globe', title: (t) => t.togetherStaff.settingsTitle, component: SettingsSection },
  { id: 'lager', icon: 'download', title: (t) => t.kiosk.storage.section, component: StorageView },
  { id: 'sikkerhedskopi', icon: 'upload', title: (t) => t.backup.title, component: BackupSection },
  { id: 'skaerme', icon: 'monitor', title: (t) => t.screens.section, component: ScreensSection },
];
