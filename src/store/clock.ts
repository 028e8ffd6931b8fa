// The only reader of the system clock. `now` is recomputed from Date.now() at each minute boundary
// (never by counting ticks), so a throttled timer or a wall-clock jump corrects itself at the next
// tick, and midnight rolls over by itself.
import { type Signal, signal } from '@preact/signals';
import { msToNextMinute } from '../domain/calendar';

export interface Clock {
  readonly now: Signal<number>;
  /** Read the system clock again now (after sleep, visibility change or a clock jump). */
  resync(): void;
  stop(): void;
}

export function createClock(read: () => number = () => Date.now()): Clock {
  const now = signal(read());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    // A few ms past the boundary so the new minute is certainly reached.
    timer = setTimeout(tick, msToNextMinute(read()) + 20);
  };
  const tick = () => {
    now.value = read();
    schedule();
  };
  schedule();
  return {
    now,
    resync: tick,
    stop: () => clearTimeout(timer),
  };
}
