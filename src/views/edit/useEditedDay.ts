import { useState } from 'preact/hooks';
import { isDayKey } from '../../domain/calendar';
import type { DayKey } from '../../domain/types';
import { dayWithYear } from '../../i18n/storage';
import { useDays } from '../common/useDays';
import { useStaffStore, useStaffText } from '../staff/context';

/**
 * The date a date editor works on (today at first): typed by staff, checked (a real date, and
 * one the board still keeps), and its days kept in memory while shown.
 */
export function useEditedDay() {
  const store = useStaffStore();
  const text = useStaffText().editors;
  const [day, setDay] = useState<DayKey>(store.board.today.value);
  const firstKept = store.retention.firstKept(store.retention.months());
  const error = !isDayKey(day)
    ? text.person.dateInvalid
    : day < firstKept
      ? text.shifts.tooOld(dayWithYear(firstKept, store.settings.value.lang))
      : undefined;
  const valid = error === undefined;
  useDays(valid ? day : null);
  return { day, setDay, valid, error };
}
