import { useState } from 'preact/hooks';
import { formatMinutes } from '../../domain/calendar';
import { byOrder } from '../../domain/order';
import type { DayBlockTemplate, ShiftTemplate, Weekday } from '../../domain/types';
import type { FieldErrors } from '../../store/editors';
import { BLOCK_KINDS, type BlockDraft, type ShiftDraft } from '../../store/templates';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { DeleteAsking, FieldError, TextField, TimeRange } from './fields';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_NAMES = {
  da: ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** The usual week: the day's programme and the fixed shifts, per weekday. */
export function WeekEditor() {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors.week;
  const [weekday, setWeekday] = useState<Weekday>(1);
  const blocks = store.records.lists.blocks.value
    .filter((b) => b.weekday === weekday)
    .sort((a, b) => a.start - b.start);
  const shifts = store.records.lists.shiftTemplates.value
    .filter((s) => s.weekday === weekday)
    .sort((a, b) => a.start - b.start);
  const firstStation = [...store.records.lists.stations.value].sort(byOrder)[0]?.id ?? '';
  const names = DAY_NAMES[text.lang];

  return (
    <section class={css.form} aria-labelledby="week-title">
      <h2 id="week-title">{t.title}</h2>
      <fieldset class={css.field}>
        <legend class={css.groupLabel}>{t.weekday}</legend>
        <div class={css.days}>
          {WEEKDAYS.map((w) => (
            <Button
              key={w}
              aria-pressed={w === weekday}
              variant={w === weekday ? 'primary' : 'quiet'}
              onClick={() => setWeekday(w)}
            >
              {names[w - 1]}
            </Button>
          ))}
        </div>
      </fieldset>
      <h3>{t.structure}</h3>
      {blocks.map((b) => (
        <BlockForm key={`${b.id}-${b.updatedAt}`} block={b} weekday={weekday} />
      ))}
      <BlockForm key={`new-block-${weekday}-${blocks.length}`} block={null} weekday={weekday} />
      <h3>{t.fixedShifts}</h3>
      {shifts.map((s) => (
        <ShiftForm key={`${s.id}-${s.updatedAt}`} shift={s} weekday={weekday} firstStation={firstStation} />
      ))}
      <ShiftForm
        key={`new-shift-${weekday}-${shifts.length}`}
        shift={null}
        weekday={weekday}
        firstStation={firstStation}
      />
    </section>
  );
}

function BlockForm({ block, weekday }: { block: DayBlockTemplate | null; weekday: Weekday }) {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors;
  const [d, setD] = useState<BlockDraft>({
    id: block?.id ?? null,
    weekday,
    title: block?.title ?? '',
    kind: block?.kind ?? 'work',
    start: block ? formatMinutes(block.start) : '',
    end: block ? formatMinutes(block.end) : '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = `block-${block?.id ?? 'new'}`;
  const name = block?.title ?? t.week.newBlock;
  return (
    <form
      class={css.shiftCard}
      noValidate
      aria-label={name}
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await store.templates.saveBlock(d);
        setErrors(r.ok ? {} : r.errors);
      }}
    >
      {!block && <h4>{t.week.newBlock}</h4>}
      <div class={css.row}>
        <TextField
          id={`${id}-title`}
          label={t.oneOff.what}
          value={d.title}
          error={errors.title}
          onInput={(title) => setD({ ...d, title })}
        />
        <div class={css.field}>
          <label for={`${id}-kind`}>{t.week.kind}</label>
          <select
            id={`${id}-kind`}
            value={d.kind}
            onChange={(e) => setD({ ...d, kind: e.currentTarget.value as BlockDraft['kind'] })}
          >
            {BLOCK_KINDS.map((k) => (
              <option key={k} value={k}>
                {text.board.kindOf[k]}
              </option>
            ))}
          </select>
        </div>
        <TimeRange
          id={id}
          start={d.start}
          end={d.end}
          errors={errors}
          onStart={(start) => setD({ ...d, start })}
          onEnd={(end) => setD({ ...d, end })}
        />
      </div>
      <FieldError id={`${id}-form`} error={errors.form} />
      <div class={css.row}>
        <Button
          type="submit"
          icon={block ? 'check' : 'plus'}
          aria-label={`${block ? t.save : t.oneOff.add}: ${name}`}
        >
          {block ? t.save : t.oneOff.add}
        </Button>
      </div>
      {block && (
        <DeleteAsking what={name} uses={[]} onDelete={() => void store.templates.deleteBlock(block.id)} />
      )}
    </form>
  );
}

function ShiftForm({
  shift,
  weekday,
  firstStation,
}: {
  shift: ShiftTemplate | null;
  weekday: Weekday;
  firstStation: string;
}) {
  const store = useStaffStore();
  const t = useStaffText().editors;
  const [d, setD] = useState<ShiftDraft>({
    id: shift?.id ?? null,
    weekday,
    stationId: shift?.stationId ?? firstStation,
    label: shift?.label ?? '',
    start: shift ? formatMinutes(shift.start) : '',
    end: shift ? formatMinutes(shift.end) : '',
    capacity: String(shift?.capacity ?? 1),
    personIds: shift?.personIds ?? [],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = `shift-${shift?.id ?? 'new'}`;
  const stations = [...store.records.lists.stations.value].sort(byOrder);
  const station = store.records.view.stations.value.get(d.stationId)?.name ?? '';
  const name = shift ? `${station} ${shift.label}` : t.week.newShift;
  const people = [...store.records.lists.people.value]
    .filter((p) => p.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <form
      class={css.shiftCard}
      noValidate
      aria-label={name}
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await store.templates.saveShift(d);
        setErrors(r.ok ? {} : r.errors);
      }}
    >
      {!shift && <h4>{t.week.newShift}</h4>}
      <div class={css.row}>
        <div class={css.field}>
          <label for={`${id}-station`}>{t.task.station}</label>
          <select
            id={`${id}-station`}
            value={d.stationId}
            onChange={(e) => setD({ ...d, stationId: e.currentTarget.value })}
          >
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-station`} error={errors.stationId} />
        </div>
        <TextField
          id={`${id}-label`}
          label={t.week.label}
          value={d.label}
          error={errors.label}
          onInput={(label) => setD({ ...d, label })}
        />
        <TimeRange
          id={id}
          start={d.start}
          end={d.end}
          errors={errors}
          onStart={(start) => setD({ ...d, start })}
          onEnd={(end) => setD({ ...d, end })}
        />
        <TextField
          id={`${id}-capacity`}
          label={t.week.capacity}
          inputMode="numeric"
          value={d.capacity}
          error={errors.capacity}
          onInput={(capacity) => setD({ ...d, capacity })}
        />
      </div>
      <fieldset class={css.field}>
        <legend class={css.groupLabel}>{t.week.crew}</legend>
        <div class={css.choices}>
          {d.personIds.map((pid) => {
            const p = store.records.view.people.value.get(pid);
            return p ? (
              <Button
                key={pid}
                icon="close"
                onClick={() => setD({ ...d, personIds: d.personIds.filter((x) => x !== pid) })}
              >
                <Avatar name={p.name} color={p.color} size={32} />
                {t.shifts.remove(p.name, name)}
              </Button>
            ) : null;
          })}
        </div>
        <label for={`${id}-add`} class="visually-hidden">
          {t.week.addToCrew}
        </label>
        <select
          id={`${id}-add`}
          value=""
          onChange={(e) => {
            const pid = e.currentTarget.value;
            e.currentTarget.value = '';
            if (pid) setD({ ...d, personIds: [...d.personIds, pid] });
          }}
        >
          <option value="">{t.week.addToCrew}</option>
          {people
            .filter((p) => !d.personIds.includes(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </fieldset>
      <FieldError id={`${id}-form`} error={errors.form} />
      <div class={css.row}>
        <Button
          type="submit"
          icon={shift ? 'check' : 'plus'}
          aria-label={`${shift ? t.save : t.oneOff.add}: ${name}`}
        >
          {shift ? t.save : t.oneOff.add}
        </Button>
      </div>
      {shift && (
        <DeleteAsking
          what={name}
          // The fixed crew loses this shift every week: say who.
          uses={shift.personIds.map((p) => store.board.personName(p)).filter(Boolean)}
          onDelete={() => void store.templates.deleteShift(shift.id)}
        />
      )}
    </form>
  );
}
