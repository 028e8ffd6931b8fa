import { type PictogramKey, STATION_COLORS } from '../../domain/fields';
import { byOrder } from '../../domain/order';
import type { Station } from '../../domain/types';
import type { StationDraft } from '../../store/templates';
import { Pictogram } from '../../ui/Pictogram';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { ColorField, TextField } from './fields';
import { ChoiceList, RecordEditor } from './RecordEditor';

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

const draftOf = (s: Station): StationDraft => ({
  id: s.id,
  name: s.name,
  color: s.color,
  pictogram: s.pictogram,
});

/** Stations: name, colour and picture. */
export function StationsEditor() {
  const store = useStaffStore();
  const t = useStaffText().editors;
  const { templates } = store;
  const stations = [...store.records.lists.stations.value].sort(byOrder);

  return (
    <RecordEditor<StationDraft>
      name="station"
      title={t.week.stations}
      add={t.week.newStation}
      all={t.week.allStations}
      empty={() => ({ id: null, name: '', color: 'other', pictogram: 'plan' })}
      heading={(d) => (d.id ? t.person.edit(d.name) : t.week.newStation)}
      what={(d) => d.name}
      save={templates.saveStation}
      stored={(id) => {
        const s = store.records.view.stations.value.get(id);
        return s ? draftOf(s) : null;
      }}
      uses={templates.stationUses}
      remove={templates.deleteStation}
      list={(open) => (
        <ChoiceList
          label={t.week.stations}
          items={stations.map((s) => ({
            id: s.id,
            name: s.name,
            picture: <Pictogram name={s.pictogram} size={36} />,
            choose: () => open(draftOf(s)),
          }))}
        />
      )}
      fields={({ draft, errors, set }) => (
        <>
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
              {PICTOGRAMS.map((p, i) => (
                <button
                  key={p}
                  type="button"
                  class={css.swatch}
                  aria-pressed={draft.pictogram === p}
                  aria-label={`${t.week.pictogram} ${i + 1}`}
                  onClick={() => set({ pictogram: p })}
                >
                  <Pictogram name={p} size={40} />
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
    />
  );
}
