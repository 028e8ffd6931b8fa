import type { Id, Station, Task } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Pictogram } from '../../ui/Pictogram';
import { Photo } from '../common/Photo';
import { useStaffText } from '../staff/context';
import css from './edit.module.css';
import { TextField } from './fields';

/** What the library shows: the tasks of one station (null: all) whose name holds the words typed. */
export interface LibraryFilter {
  stationId: Id | null;
  words: string;
}

const plain = (s: string) => s.toLocaleLowerCase('da').trim();

/**
 * "Opgaver" as a library: every task as a card with its finished-result picture (its pictogram when it
 * has none), narrowed to a station and searched by name, so staff find a task by what it looks like.
 */
export function TaskLibrary({
  tasks,
  stations,
  filter,
  onFilter,
  onOpen,
}: {
  tasks: readonly Task[];
  stations: readonly Station[];
  filter: LibraryFilter;
  onFilter: (next: LibraryFilter) => void;
  onOpen: (task: Task) => void;
}) {
  const t = useStaffText().editors.task;
  const words = plain(filter.words);
  const shown = tasks.filter(
    (task) =>
      (filter.stationId === null || task.stationId === filter.stationId) && plain(task.title).includes(words),
  );
  const stationOf = new Map(stations.map((s) => [s.id, s]));
  const station = (id: Id | null, name: string, picture: string | null) => (
    <Button
      key={id ?? ''}
      aria-pressed={filter.stationId === id}
      variant={filter.stationId === id ? 'primary' : 'quiet'}
      onClick={() => onFilter({ ...filter, stationId: id })}
    >
      {picture && <Pictogram name={picture} size={36} />}
      {name}
    </Button>
  );

  return (
    <>
      <div class={css.libraryTools}>
        <TextField
          id="task-search"
          type="search"
          label={
            <>
              <Icon name="search" size={24} /> {t.search}
            </>
          }
          value={filter.words}
          onInput={(words) => onFilter({ ...filter, words })}
        />
        <fieldset class={css.field}>
          <legend class={css.groupLabel}>{t.station}</legend>
          <div class={css.choices}>
            {station(null, t.allStations, null)}
            {stations.map((s) => station(s.id, s.name, s.pictogram))}
          </div>
        </fieldset>
      </div>
      <ul class={css.library} aria-label={t.library}>
        {shown.map((task) => {
          const home = stationOf.get(task.stationId);
          return (
            <li key={task.id}>
              <button
                type="button"
                class={css.taskCard}
                style={{ borderTopColor: `var(--st-${home?.color ?? 'other'}, var(--st-other))` }}
                data-record={task.id}
                onClick={() => onOpen(task)}
              >
                <Photo photoId={task.photoId} variant="thumb" width={320} alt="" pictogram={task.pictogram} />
                <span class={css.taskCardTitle}>{task.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p class={css.fieldHelp} role="status">
        {shown.length === 0 ? t.none : null}
      </p>
    </>
  );
}
