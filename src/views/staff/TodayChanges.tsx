import { dayKeyOf, formatMinutes, minutesOf } from '../../domain/calendar';
import { historyLabel } from '../../i18n/history';
import { useStore, useText } from '../context';
import { useStaffText } from './context';
import css from './staff.module.css';

/** Today's edits in plain words, newest first; undone ones are marked, and the bar above undoes. */
export function TodayChanges() {
  const { records, now, settings, syncLink } = useStore();
  const t = useText().staff;
  const undoNote = useStaffText().screens.undoNote;
  const today = dayKeyOf(now.value);
  const entries = records.history.value.filter((h) => dayKeyOf(h.at) === today).reverse();
  return (
    <section class={css.panel} aria-labelledby="today-changes">
      <h2 id="today-changes">{t.todayChanges}</h2>
      {syncLink.value && <p class={css.help}>{undoNote}</p>}
      {entries.length === 0 ? (
        <p class={css.help}>{t.noChangesToday}</p>
      ) : (
        <ol class={css.history}>
          {entries.map((h) => (
            <li key={h.seq} class={h.undone ? css.undone : ''}>
              <span class={css.time}>{formatMinutes(minutesOf(h.at))}</span>
              <span>{historyLabel(h.label, settings.value.lang)}</span>
              {h.undone && <span class={css.tag}>{t.undoneTag}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
