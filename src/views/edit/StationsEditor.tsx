import { useState } from 'preact/hooks';
import { type PictogramKey, STATION_COLORS } from '../../domain/fields';
import { byOrder } from '../../domain/order';
import type { FieldErrors } from '../../store/editors';
import type { StationDraft } from '../../store/templates';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { ColorField, FormMessage, SaveActions, TextField, useReveal } from './fields';

const PICTOGRAMS: PictogramKey[] = [
  'coffee',
  'kitchen',
  'dishes',
  'cash',
  'garden',
  'cake',
  'bread',
  'shop',
  'basket',
  'plant',
  'books',
  'window',
];

/** Stations: name, colour and picture. */
export function StationsEditor() {
  const store = useStaffStore();
  const t = useStaffText().editors;
  const stations = [...store.records.lists.stations.value].sort(byOrder);
  const empty = (): StationDraft => ({ id: null, name: '', color: 'other', pictogram: 'plan' });
  const [draft, setDraft] = useState<StationDraft>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const open = (d: StationDraft) => {
    setDraft(d);
    setErrors({});
    setMessage(null);
  };
  const { heading, reveal } = useReveal();
  /** Chosen from the list: shown in the form, which comes into view on a phone. */
  const choose: typeof open = (d) => {
    open(d);
    reveal();
  };
  const set = (patch: Partial<StationDraft>) => setDraft({ ...draft, ...patch });

  return (
    <section class={css.editor} aria-labelledby="stations-title">
      <h2 id="stations-title" class="visually-hidden">
        {t.week.stations}
      </h2>
      <div class={css.list}>
        <Button icon="plus" variant="primary" onClick={() => choose(empty())}>
          {t.week.newStation}
        </Button>
        {stations.map((s) => (
          <Button
            key={s.id}
            aria-current={draft.id === s.id ? 'true' : undefined}
            onClick={() => choose({ id: s.id, name: s.name, color: s.color, pictogram: s.pictogram })}
          >
            <Pictogram name={s.pictogram} size={36} />
            {s.name}
          </Button>
        ))}
      </div>
      <form
        class={css.form}
        noValidate
        aria-labelledby="station-form-title"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await store.templates.saveStation(draft);
          if (r.ok) {
            open({ ...draft, id: r.id });
            setMessage(t.saved);
          } else setErrors(r.errors);
        }}
      >
        <h2 id="station-form-title" ref={heading} tabIndex={-1}>
          {draft.id ? t.person.edit(draft.name) : t.week.newStation}
        </h2>
        <TextField
          id="station-name"
          label={t.week.name}
          value={draft.name}
          error={errors.name}
          onInput={(name) => set({ name })}
        />
        <ColorField
          id="station-color"
          colors={STATION_COLORS}
          cssVar={(c) => `--st-${c}`}
          value={draft.color}
          error={errors.color}
          onChange={(color) => set({ color })}
        />
        <fieldset class={css.field}>
          <legend class={css.groupLabel}>{t.week.pictogram}</legend>
          <div class={css.swatches}>
            {PICTOGRAMS.map((p) => (
              <button
                key={p}
                type="button"
                class={css.swatch}
                aria-pressed={draft.pictogram === p}
                aria-label={`${t.week.pictogram} ${PICTOGRAMS.indexOf(p) + 1}`}
                onClick={() => set({ pictogram: p })}
              >
                <Pictogram name={p} size={40} />
              </button>
            ))}
          </div>
        </fieldset>
        <FormMessage id="station-form" errors={errors} message={message} />
        <SaveActions
          key={draft.id ?? ''}
          what={draft.name}
          uses={() => (draft.id ? store.templates.stationUses(draft.id) : [])}
          onDelete={
            draft.id
              ? async () => {
                  await store.templates.deleteStation(draft.id!);
                  open(empty());
                }
              : undefined
          }
        />
      </form>
    </section>
  );
}
