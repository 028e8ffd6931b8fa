import { useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Pictogram } from '../../ui/Pictogram';
import { Photo } from '../common/Photo';
import { SaveStatus } from '../common/SaveStatus';
import { useStore, useText } from '../context';
import { PeopleGrid } from '../together/PeopleGrid';
import { useTogetherText } from '../together/text';
import css from '../together/together.module.css';

/** "Jeg har tid": optional tasks anyone may take. Tap a task, then your face. */
export function Pool() {
  const store = useStore();
  const t = useText();
  const tt = useTogetherText();
  const { board, records, together } = store;
  const day = board.today.value;
  const [taskId, setTaskId] = useState<Id | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const tasks = board.planOf(day).tasks.filter((x) => x.state.owner.kind === 'pool' && !x.state.done);
  const chosen = taskId ? records.view.tasks.value.get(taskId) : undefined;
  const stations = records.view.stations.value;

  return (
    <main class={css.view}>
      <div class={css.top}>
        <Button icon="back" variant="primary" large onClick={() => store.go({ screen: 'board' })}>
          {tt.back}
        </Button>
        <SaveStatus />
      </div>
      <div class={css.heading}>
        <Pictogram name="pool" size={72} />
        <h1 class={css.title}>{tt.poolTitle}</h1>
      </div>
      {taken && (
        <p class={css.confirm} role="status">
          <Icon name="check" size={32} /> {taken}
        </p>
      )}
      {chosen ? (
        <>
          <h2 class={css.lead}>{tt.poolStep2(chosen.title)}</h2>
          <PeopleGrid
            people={
              together.todaysPeople.value.length > 0 ? together.todaysPeople.value : together.everyone.value
            }
            label={tt.poolStep2(chosen.title)}
            onPick={async (personId) => {
              const ok = await together.takeTask(day, chosen.id, personId);
              if (ok) setTaken(tt.poolTaken(chosen.title, board.personName(personId)));
              setTaskId(null);
            }}
          />
          <div>
            <Button icon="back" onClick={() => setTaskId(null)}>
              {tt.chooseOther}
            </Button>
          </div>
        </>
      ) : (
        <>
          <h2 class={css.lead}>{tt.poolStep1}</h2>
          {tasks.length === 0 && <p class={css.lead}>{tt.poolEmpty}</p>}
          <ul class={css.poolGrid}>
            {tasks.map(({ task }) => {
              const station = stations.get(task.stationId);
              return (
                <li key={task.id}>
                  <button
                    type="button"
                    class={css.poolCard}
                    onClick={() => {
                      setTaken(null);
                      setTaskId(task.id);
                    }}
                    data-pool-task={task.id}
                  >
                    <Photo
                      photoId={task.photoId}
                      variant="thumb"
                      width={320}
                      alt=""
                      pictogram={task.pictogram}
                      class={css.poolPhoto}
                    />
                    <span class={css.poolTitle}>{task.title}</span>
                    <span class={css.poolMeta}>
                      <span>
                        <Icon name="clock" size={24} /> {t.board.minutes(task.minutes)}
                      </span>
                      {station && (
                        <span>
                          <Pictogram name={station.pictogram} size={28} /> {station.name}
                        </span>
                      )}
                      <span>{t.board.energy[task.energy]}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </main>
  );
}
