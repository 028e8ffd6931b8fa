import type { DayKey, Person } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { useStore, useText } from '../context';
import css from './common.module.css';
import { Face } from './Face';

/**
 * A face and first name on the board's roster: a tap opens that person's day (Min dag). Someone who
 * checked in today has a small tick on their face; nothing else from the check-in shows here.
 */
export function MyDayFace({ person, size, day }: { person: Person; size: number; day: DayKey }) {
  const store = useStore();
  const t = useText().together;
  const here = day === store.board.today.value && store.together.todaysCheckIns.value.has(person.id);
  return (
    <button
      type="button"
      class={css.faceButton}
      onClick={() => store.go({ screen: 'myday', personId: person.id })}
    >
      <span class={css.faceTick}>
        <Face person={person} size={size} />
        {here && <Icon name="check" size={Math.round(size / 2)} />}
      </span>
      {person.name}
      {here && <span class="visually-hidden">{t.checkedIn}</span>}
    </button>
  );
}
