import { useState } from 'preact/hooks';
import { addDays } from '../../domain/calendar';
import { shiftsByStation } from '../../domain/shiftOrder';
import type { DayKey, Id } from '../../domain/types';
import { formatDay } from '../../i18n';
import type { PersonDraft } from '../../store/editors';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { TextField } from './fields';
import type { RecordForm } from './RecordEditor';
import { useEditedDay } from './useEditedDay';

/**
 * "Sæt på vagt" in a person's form: the shifts of today (or a chosen date), one tap to put the person
 * on one or take them off. It writes the same one-off change as the board's own moves; a new person
 * is saved in the same step.
 */
export function OnShift({ form }: { form: RecordForm<PersonDraft> }) {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors.person;
  const { day, setDay, valid, error } = useEditedDay();
  // What the last tap did, for the person it was about (another person's form says nothing).
  const [said, setSaid] = useState<{ id: Id; text: string } | null>(null);
  const { draft } = form;
  const plan = valid ? store.board.planOf(day) : null;
  const shifts = plan ? shiftsByStation(plan.shifts, store.records.lists.stations.value) : [];
  const today = store.board.today.value;
  const when = (d: DayKey) =>
    d === today ? t.today : d === addDays(today, 1) ? t.tomorrow : formatDay(d, text.lang);

  const tap = async (shiftId: Id, name: string, on: boolean) => {
    let id = draft.id;
    if (!id) {
      id = await form.save((d) => store.editors.savePersonOnShift(d, day, shiftId));
      if (!id) return;
    } else if (!(await store.crew.setOnShift(day, shiftId, id, !on))) return;
    const person = store.records.view.people.value.get(id)?.name ?? draft.name;
    setSaid({ id, text: (on ? t.takenOff : t.putOn)(person, name, when(day)) });
  };

  return (
    <fieldset class={`${css.field} ${css.onShift}`} aria-describedby="person-shift-help">
      <legend class={css.groupLabel}>{t.onShift}</legend>
      <p id="person-shift-help" class={css.fieldHelp}>
        {t.onShiftHelp}
      </p>
      <div class={css.onShiftDay}>
        <TextField
          id="person-shift-day"
          type="date"
          label={t.onShiftDay}
          value={day}
          error={error}
          onInput={setDay}
        />
      </div>
      {/* Above the shifts, where the tap was; its line is kept, so nothing moves when it speaks. */}
      <p class={css.onShiftSaid} role="status">
        {said && said.id === draft.id ? said.text : null}
      </p>
      {plan && shifts.length === 0 && <p>{text.editors.shifts.none}</p>}
      <div class={css.shiftChoices}>
        {shifts.map((shift) => {
          const station = store.records.view.stations.value.get(shift.stationId);
          const name = `${station?.name ?? ''} ${shift.label}`;
          const on = draft.id !== null && shift.personIds.includes(draft.id);
          return (
            <Button
              key={shift.id}
              aria-pressed={on}
              variant={on ? 'primary' : 'quiet'}
              onClick={() => void tap(shift.id, name, on)}
            >
              <Pictogram name={station?.pictogram ?? 'plan'} size={36} />
              <span class={css.shiftWords}>
                <strong>{name}</strong>{' '}
                <span class={css.shiftTime}>{text.board.shiftTime(shift.start, shift.end)}</span>
              </span>
            </Button>
          );
        })}
      </div>
    </fieldset>
  );
}
