import { useEffect, useRef } from 'preact/hooks';
import { peopleOnShift, tasksOf } from '../../domain/plan';
import type { Owner } from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import { useDrag } from './dragContext';
import css from './edit.module.css';

/**
 * The button way to do every drag (WCAG 2.5.7), also the keyboard way: a tapped card opens this
 * panel with every place it can go, and up/down within its list.
 */
export function MovePanel() {
  const store = useStaffStore();
  const t = useStaffText().edit;
  const drag = useDrag();
  const closeRef = useRef<HTMLButtonElement>(null);
  const moving = drag?.moving.value ?? null;
  useEffect(() => {
    if (moving) closeRef.current?.focus();
  }, [moving]);
  if (!drag || !moving) return null;
  const { day, taskId } = moving;
  const plan = store.board.planOf(day);
  const planned = plan.tasks.find((p) => p.task.id === taskId);
  if (!planned) return null;
  const owner = planned.state.owner;
  const list = tasksOf(plan, owner);
  const index = list.findIndex((p) => p.task.id === taskId);
  const people = peopleOnShift(plan)
    .map((id) => store.records.view.people.value.get(id))
    .filter((p) => p !== undefined);
  const close = () => {
    drag.moving.value = null;
  };
  const move = (to: Owner, at?: number) => {
    close();
    void store.arrange.moveTask(day, taskId, to, at);
  };
  const here = (o: Owner) =>
    o.kind === owner.kind && (o.kind === 'pool' || (owner.kind !== 'pool' && o.id === owner.id));

  return (
    <div class={css.scrim}>
      <div
        class={css.panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="move-title"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <div class={css.panelHead}>
          <h2 id="move-title">{t.moveTitle(planned.task.title)}</h2>
          <Button ref={closeRef} icon="close" onClick={close}>
            {t.close}
          </Button>
        </div>
        <div class={css.row}>
          <Button icon="back" class={css.up} disabled={index <= 0} onClick={() => move(owner, index - 1)}>
            {t.moveUp}
          </Button>
          <Button
            icon="back"
            class={css.down}
            disabled={index >= list.length - 1}
            onClick={() => move(owner, index + 1)}
          >
            {t.moveDown}
          </Button>
          <Button
            icon="eye"
            onClick={() => {
              close();
              store.go({ screen: 'task', taskId, day });
            }}
          >
            {t.openTask}
          </Button>
        </div>
        <h3>{t.toPerson}</h3>
        <div class={css.choices}>
          {people.map((p) => (
            <Button
              key={p.id}
              disabled={here({ kind: 'person', id: p.id })}
              onClick={() => move({ kind: 'person', id: p.id })}
            >
              <Avatar name={p.name} color={p.color} size={40} />
              {p.name}
            </Button>
          ))}
        </div>
        <h3>{t.toStation}</h3>
        <div class={css.choices}>
          {store.board.stations.value.map((s) => (
            <Button
              key={s.id}
              disabled={here({ kind: 'station', id: s.id })}
              onClick={() => move({ kind: 'station', id: s.id })}
            >
              {s.name}
            </Button>
          ))}
          <Button icon="users" disabled={here({ kind: 'pool' })} onClick={() => move({ kind: 'pool' })}>
            {t.toPool}
          </Button>
        </div>
      </div>
    </div>
  );
}

/** The button way to move a person to another shift that day. */
export function PersonMovePanel() {
  const store = useStaffStore();
  const t = useStaffText();
  const drag = useDrag();
  const closeRef = useRef<HTMLButtonElement>(null);
  const moving = drag?.movingPerson.value ?? null;
  useEffect(() => {
    if (moving) closeRef.current?.focus();
  }, [moving]);
  if (!drag || !moving) return null;
  const { day, personId, shiftId } = moving;
  const name = store.board.personName(personId);
  const close = () => {
    drag.movingPerson.value = null;
  };
  const shifts = store.board.planOf(day).shifts.filter((s) => s.id !== shiftId);
  return (
    <div class={css.scrim}>
      <div
        class={css.panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="move-person-title"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <div class={css.panelHead}>
          <h2 id="move-person-title">{t.edit.movePersonTitle(name)}</h2>
          <Button ref={closeRef} icon="close" onClick={close}>
            {t.edit.close}
          </Button>
        </div>
        <h3>{t.edit.toShift}</h3>
        <div class={css.choices}>
          {shifts.map((s) => (
            <Button
              key={s.id}
              disabled={s.personIds.includes(personId)}
              onClick={() => {
                close();
                void store.crew.movePerson(day, personId, shiftId, s.id);
              }}
            >
              {`${store.crew.shiftName(day, s.id)} ${t.board.shiftTime(s.start, s.end)}`}
            </Button>
          ))}
        </div>
      </div>
    </div>
  );
}
