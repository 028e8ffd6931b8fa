import { useState } from 'preact/hooks';
import { shiftsByStation } from '../../domain/shiftOrder';
import type { Id } from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { FieldError, TextField } from './fields';
import { useEditedDay } from './useEditedDay';

/**
 * Who is on which shift on a date (dated assignments): take someone off, put someone on. A
 * difference from the usual crew is a one-off change, announced on the board that day.
 */
export function ShiftsEditor() {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors.shifts;
  const { day, setDay, valid, error } = useEditedDay();
  const [errors, setErrors] = useState<Record<Id, string>>({});
  const plan = valid ? store.board.planOf(day) : null;
  const shifts = plan ? shiftsByStation(plan.shifts, store.records.lists.stations.value) : [];
  const people = [...store.records.lists.people.value]
    .filter((p) => p.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const changed = new Set(
    store.records.lists.overrides.value.filter((o) => o.day === day).map((o) => o.targetId ?? o.id),
  );

  const setPeople = async (shiftId: Id, ids: Id[]) => {
    setErrors((e) => ({ ...e, [shiftId]: '' }));
    await store.crew.setShiftPeople(day, shiftId, ids);
  };

  return (
    <section class={css.form} aria-labelledby="shifts-title">
      <h2 id="shifts-title">{t.title}</h2>
      <TextField id="shifts-day" type="date" label={t.day} value={day} error={error} onInput={setDay} />
      {plan && plan.shifts.length === 0 && <p>{t.none}</p>}
      {shifts.map((shift) => {
        const station = store.records.view.stations.value.get(shift.stationId)?.name ?? '';
        const name = `${station} ${shift.label}`;
        const free = people.filter((p) => !shift.personIds.includes(p.id));
        return (
          <div key={shift.id} class={css.shiftCard}>
            <h3>
              {name} · {text.board.shiftTime(shift.start, shift.end)}{' '}
              {changed.has(shift.id) && <span class={css.changedTag}>{t.changed}</span>}
            </h3>
            <div class={css.choices}>
              {shift.personIds.map((id) => {
                const p = store.records.view.people.value.get(id);
                if (!p) return null;
                return (
                  <Button
                    key={id}
                    icon="close"
                    onClick={() =>
                      void setPeople(
                        shift.id,
                        shift.personIds.filter((x) => x !== id),
                      )
                    }
                  >
                    <Avatar name={p.name} color={p.color} size={36} />
                    {t.remove(p.name, name)}
                  </Button>
                );
              })}
            </div>
            <div class={css.field}>
              <label for={`add-${shift.id}`}>{t.add(name)}</label>
              <select
                id={`add-${shift.id}`}
                value=""
                aria-describedby={`add-${shift.id}-error`}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  e.currentTarget.value = '';
                  if (!id) return;
                  void setPeople(shift.id, [...shift.personIds, id]);
                }}
              >
                <option value="">{t.choose}</option>
                {free.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <FieldError id={`add-${shift.id}`} error={errors[shift.id]} />
            </div>
          </div>
        );
      })}
    </section>
  );
}
