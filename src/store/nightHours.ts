// The board's lit hours for the coming week, kept where index.html can read them synchronously, so
// a board started at night paints its night colours from the very first frame. Loaded after the
// first paint; it follows the programme (blocks and one-off changes) as staff edit it.
import { computed, effect } from '@preact/signals';
import { litHours } from '../domain/night';
import { planDay } from '../domain/plan';
import type { StoreCore } from './index';

const DAYS = 8;

export function keepNightHours(store: StoreCore, write: (hours: string) => void): () => void {
  const { records, board } = store;
  // Only the programme decides the hours: a ticked step does not recompute them.
  const hours = computed(() => {
    const source = {
      blocks: records.lists.blocks.value,
      overrides: records.lists.overrides.value,
      shifts: [],
      tasks: [],
      taskDays: [],
    };
    return JSON.stringify(litHours(board.today.value, DAYS, (day) => planDay(day, source)));
  });
  return effect(() => write(hours.value));
}
