import type { Id } from '../../../domain/types';
import { Avatar } from '../../../ui/Avatar';
import { useStore } from '../../context';
import { useStaffText } from '../../staff/context';
import css from './staffTogether.module.css';

/** A row of people to choose from (staff sections work on one person at a time). */
export function PersonPicker({ value, onPick }: { value: Id | null; onPick: (id: Id) => void }) {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  return (
    <ul class={css.pick} aria-label={t.choosePerson}>
      {store.together.everyone.value.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            class={`${css.pickButton} ${p.id === value ? css.pickOn : ''}`}
            aria-pressed={p.id === value}
            onClick={() => onPick(p.id)}
          >
            <Avatar name={p.name} color={p.color} size={40} /> {p.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
