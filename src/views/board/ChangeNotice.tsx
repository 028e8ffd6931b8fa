import { capitalize, formatDay } from '../../i18n';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { SpeakButton } from '../common/SpeakButton';
import { useStore, useText } from '../context';
import css from './board.module.css';

/** "I dag er anderledes": every difference from the usual week in one plain sentence each. */
export function ChangeNotice() {
  const store = useStore();
  const t = useText();
  const { board, records, changesSeen } = store;
  const changes = board.changes.value;
  if (changes.length === 0) return null;
  const { plan, relation } = board.shown.value;
  const title =
    relation === 'today'
      ? t.board.differentToday
      : t.board.differentOn(capitalize(formatDay(plan.day, store.settings.value.lang)));
  const names = {
    station: (id: string) => records.view.stations.value.get(id)?.name ?? '',
    person: (id: string) => board.personName(id),
    task: (id: string) => records.view.tasks.value.get(id)?.title ?? '',
  };
  const seen = changesSeen.value === `${plan.day}:${changes.length}`;
  return (
    <section class={css.notice} aria-labelledby="changes-title">
      <div class={css.noticeHead}>
        <Pictogram name="plan" size={40} />
        <h2 id="changes-title" class={css.noticeTitle}>
          {title}
        </h2>
      </div>
      {!seen && (
        <ul class={css.noticeList}>
          {changes.map((c, i) => (
            <li key={`${c.id}-${i}`}>{t.change(c, names)}</li>
          ))}
        </ul>
      )}
      <div class={css.noticeActions}>
        <SpeakButton what={title} text={[title, ...changes.map((c) => t.change(c, names))].join('. ')} />
        {seen ? (
          <Button onClick={() => store.showChanges()}>{t.board.showChanges}</Button>
        ) : (
          <Button icon="check" onClick={() => store.markChangesSeen(`${plan.day}:${changes.length}`)}>
            {t.board.seen}
          </Button>
        )}
      </div>
    </section>
  );
}
