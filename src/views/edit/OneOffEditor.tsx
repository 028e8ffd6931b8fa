import { useState } from 'preact/hooks';
import { formatMinutes, weekdayOf } from '../../domain/calendar';
import type { DayKey, Id } from '../../domain/types';
import type { FieldErrors } from '../../store/editors';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { FieldError, TextField, TimeRange } from './fields';
import { useEditedDay } from './useEditedDay';

interface Row {
  id: Id;
  kind: 'block' | 'shift';
  name: string;
  start: number;
  end: number;
  cancelled: boolean;
  added: boolean;
  changed: boolean;
}

/** One-off changes for a date: times moved, things cancelled, extra items added. */
export function OneOffEditor() {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors.oneOff;
  const { day, setDay, valid, error } = useEditedDay();
  const rows = valid ? rowsFor(store, day) : { blocks: [], shifts: [] };
  const [extra, setExtra] = useState({ title: '', start: '', end: '' });
  const [extraErrors, setExtraErrors] = useState<FieldErrors>({});

  return (
    <section class={css.form} aria-labelledby="oneoff-title">
      <h2 id="oneoff-title">{t.title}</h2>
      <p class={css.fieldHelp}>{t.intro}</p>
      <TextField
        id="oneoff-day"
        type="date"
        label={text.editors.shifts.day}
        value={day}
        error={error}
        onInput={setDay}
      />
      <h3>{t.programme}</h3>
      {rows.blocks.map((r) => (
        <RowEditor key={`${day}-${r.id}-${r.start}-${r.end}-${r.cancelled}`} day={day} row={r} />
      ))}
      {valid && (
        <form
          class={css.shiftCard}
          aria-labelledby="oneoff-add"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const errors = await store.oneOff.addBlock(day, extra.title, extra.start, extra.end);
            setExtraErrors(errors);
            if (Object.keys(errors).length === 0) setExtra({ title: '', start: '', end: '' });
          }}
        >
          <h4 id="oneoff-add">{t.addTitle}</h4>
          <TextField
            id="extra-title"
            label={t.what}
            value={extra.title}
            error={extraErrors.title}
            onInput={(title) => setExtra({ ...extra, title })}
          />
          <div class={css.row}>
            <TimeRange
              id="extra"
              start={extra.start}
              end={extra.end}
              errors={extraErrors}
              onStart={(start) => setExtra({ ...extra, start })}
              onEnd={(end) => setExtra({ ...extra, end })}
            />
          </div>
          <Button type="submit" icon="plus">
            {t.add}
          </Button>
        </form>
      )}
      <h3>{t.shifts}</h3>
      {rows.shifts.map((r) => (
        <RowEditor key={`${day}-${r.id}-${r.start}-${r.end}-${r.cancelled}`} day={day} row={r} />
      ))}
    </section>
  );
}

function RowEditor({ day, row }: { day: DayKey; row: Row }) {
  const store = useStaffStore();
  const t = useStaffText().editors.oneOff;
  const [start, setStart] = useState(formatMinutes(row.start));
  const [end, setEnd] = useState(formatMinutes(row.end));
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = `${row.kind}-${row.id}`;
  return (
    <form
      class={css.shiftCard}
      aria-labelledby={`${id}-name`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setErrors(await store.oneOff.setTime(day, row.kind, row.id, start, end));
      }}
    >
      <h4 id={`${id}-name`}>
        {row.name} {row.cancelled && <span class={css.changedTag}>{t.cancelled}</span>}
        {row.added && <span class={css.changedTag}>{t.added}</span>}
      </h4>
      {!row.cancelled && (
        <div class={css.row}>
          <TimeRange
            id={id}
            start={start}
            end={end}
            errors={errors}
            of={row.name}
            onStart={setStart}
            onEnd={setEnd}
          />
        </div>
      )}
      <FieldError id={`${id}-form`} error={errors.form} />
      <div class={css.row}>
        {!row.cancelled && (
          <Button type="submit" icon="clock" aria-label={`${t.saveTime}: ${row.name}`}>
            {t.saveTime}
          </Button>
        )}
        <Button
          icon={row.cancelled ? 'undo' : 'close'}
          aria-label={`${row.cancelled ? t.restore : t.cancel}: ${row.name}`}
          onClick={() => void store.oneOff.setCancelled(day, row.kind, row.id, !row.cancelled, row.name)}
        >
          {row.cancelled ? t.restore : t.cancel}
        </Button>
      </div>
    </form>
  );
}

function rowsFor(store: ReturnType<typeof useStaffStore>, day: DayKey): { blocks: Row[]; shifts: Row[] } {
  const weekday = weekdayOf(day);
  const plan = store.board.planOf(day);
  const overrides = store.records.lists.overrides.value.filter((o) => o.day === day);
  const cancelledIds = new Set(overrides.filter((o) => o.cancelled && o.targetId).map((o) => o.targetId));
  const station = (id: Id) => store.records.view.stations.value.get(id)?.name ?? '';
  const blocks: Row[] = plan.blocks.map((b) => ({
    id: b.id,
    kind: 'block',
    name: b.title,
    start: b.start,
    end: b.end,
    cancelled: false,
    added: b.mark === 'added',
    changed: b.mark !== null,
  }));
  for (const b of store.records.lists.blocks.value)
    if (b.weekday === weekday && cancelledIds.has(b.id))
      blocks.push({
        id: b.id,
        kind: 'block',
        name: b.title,
        start: b.start,
        end: b.end,
        cancelled: true,
        added: false,
        changed: true,
      });
  const shifts: Row[] = plan.shifts.map((s) => ({
    id: s.id,
    kind: 'shift',
    name: `${station(s.stationId)} ${s.label}`,
    start: s.start,
    end: s.end,
    cancelled: false,
    added: s.mark === 'added',
    changed: s.mark !== null,
  }));
  for (const s of store.records.lists.shiftTemplates.value)
    if (s.weekday === weekday && cancelledIds.has(s.id))
      shifts.push({
        id: s.id,
        kind: 'shift',
        name: `${station(s.stationId)} ${s.label}`,
        start: s.start,
        end: s.end,
        cancelled: true,
        added: false,
        changed: true,
      });
  const byStart = (a: Row, b: Row) => a.start - b.start;
  return { blocks: blocks.sort(byStart), shifts: shifts.sort(byStart) };
}
