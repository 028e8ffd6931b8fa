import type { Id, Person } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { Face } from '../common/Face';
import css from './together.module.css';

/** Big faces with first names: tap yourself. `marked` shows a check (e.g. checked in). */
export function PeopleGrid({
  people,
  onPick,
  marked,
  markLabel,
  label,
}: {
  people: readonly Person[];
  onPick: (id: Id) => void;
  marked?: ReadonlySet<Id>;
  markLabel?: string;
  label: string;
}) {
  return (
    <ul class={css.people} aria-label={label}>
      {people.map((p) => {
        const on = marked?.has(p.id) ?? false;
        return (
          <li key={p.id}>
            <button
              type="button"
              class={`${css.face} ${on ? css.faceOn : ''}`}
              onClick={() => onPick(p.id)}
              data-person={p.id}
            >
              <Face person={p} size={88} />
              <span class={css.faceName}>{p.name}</span>
              {on && (
                <span class={css.faceMark}>
                  <Icon name="check" size={28} />
                  <span class="visually-hidden">{markLabel}</span>
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
