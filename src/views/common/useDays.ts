import { useEffect } from 'preact/hooks';
import type { DayKey } from '../../domain/types';
import { useStore } from '../context';

/**
 * Keep the dated records of [from, to] in memory while a screen shows them (null: nothing to
 * show). Asked again whenever memory is read anew, because midnight lets days outside the board's
 * window go while an editor or the week plan may stay open.
 */
export function useDays(from: DayKey | null, to: DayKey | null = from): void {
  const store = useStore();
  const inMemory = store.days.value;
  useEffect(() => {
    if (from && to) store.ensureDays(from, to).catch(store.fail);
  }, [store, from, to, inMemory]);
}
