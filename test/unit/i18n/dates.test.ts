// The board's own day names must read exactly as date-fns' Danish and British formats would.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { addDays, instantAt, ZONE } from '../../../src/domain/calendar';
import { formatDay, formatWeekday } from '../../../src/i18n';

const at = (day: string) => new TZDate(instantAt(day, 12 * 60), ZONE);

describe('days in words', () => {
  it('every day of two years matches date-fns in Danish and English', () => {
    for (let i = 0; i < 731; i++) {
      const day = addDays('2026-01-01', i);
      expect(formatDay(day, 'da')).toBe(format(at(day), 'EEEE d. MMMM', { locale: da }));
      expect(formatDay(day, 'da', true)).toBe(format(at(day), 'EEEE d. MMMM yyyy', { locale: da }));
      expect(formatDay(day, 'en')).toBe(format(at(day), 'EEEE d MMMM', { locale: enGB }));
      expect(formatWeekday(day, 'da')).toBe(format(at(day), 'EEEE', { locale: da }));
      expect(formatWeekday(day, 'en')).toBe(format(at(day), 'EEEE', { locale: enGB }));
    }
  });

  it("reads the board's Monday plainly", () => {
    expect(formatDay('2026-11-23', 'da')).toBe('mandag 23. november');
    expect(formatDay('2026-03-29', 'en')).toBe('Sunday 29 March');
  });
});
