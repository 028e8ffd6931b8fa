import { formatMinutes, minutesOf } from '../../domain/calendar';
import { capitalize, formatDay } from '../../i18n';
import { useStore } from '../context';
import css from './board.module.css';

/** Today's date in words and a big clock; the only part that changes every minute. */
export function Clock() {
  const { board, now, settings } = useStore();
  const today = board.today.value;
  return (
    <div class={css.clock}>
      <h1 class={css.date}>{capitalize(formatDay(today, settings.value.lang))}</h1>
      <time class={css.time} data-testid="clock">
        {formatMinutes(minutesOf(now.value))}
      </time>
    </div>
  );
}
