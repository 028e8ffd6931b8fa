import { minutesOf } from '../../../domain/calendar';
import { energyHint } from '../../../domain/together';
import { staffStore } from '../../../store/staff';
import { Button } from '../../../ui/Button';
import { Pictogram } from '../../../ui/Pictogram';
import { useStore } from '../../context';
import { useStaffText } from '../../staff/context';
import css from './staffTogether.module.css';
import { TrainingSuggestions } from './TrainingSuggestions';

/** Staff's morning: who asked for help, who checked in with how much energy, pool and training. */
export function MorningSection() {
  const today = useStore().board.today.value;
  return (
    <div class={css.stack}>
      <HelpList />
      <EnergyList />
      <TrainingSuggestions day={today} />
      <TakenPool />
    </div>
  );
}

function HelpList() {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  const open = store.together.openHelp.value;
  const tasks = store.records.view.tasks.value;
  return (
    <section class={css.panel} aria-labelledby="help-title">
      <h2 id="help-title">{t.helpTitle}</h2>
      {open.length === 0 ? (
        <p class={css.quiet}>{t.noHelp}</p>
      ) : (
        <ul class={css.list}>
          {open.map((h) => (
            <li key={h.id} class={css.row}>
              <Pictogram name="help" size={40} />
              <span class={css.grow}>
                {t.helpLine(
                  h.personId ? store.board.personName(h.personId) : t.someone,
                  tasks.get(h.taskId)?.title ?? '',
                  minutesOf(h.at),
                )}
              </span>
              <Button icon="check" onClick={() => void staffStore(store).togetherStaff.handleHelp(h.id)}>
                {t.handled}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EnergyList() {
  const store = useStore();
  const text = useStaffText();
  const t = text.togetherStaff;
  const { together, board } = store;
  const plan = board.planOf(board.today.value);
  const checkIns = together.todaysCheckIns.value;
  return (
    <section class={css.panel} aria-labelledby="energy-title">
      <h2 id="energy-title">{t.energyTitle}</h2>
      <ul class={css.list}>
        {together.todaysPeople.value.map((p) => {
          const c = checkIns.get(p.id);
          const energy = c?.energy ?? null;
          const mine = plan.tasks
            .filter((x) => x.state.owner.kind === 'person' && x.state.owner.id === p.id)
            .map((x) => x.task);
          const hint = energyHint(energy, mine);
          return (
            <li key={p.id} class={css.row} data-energy-person={p.name}>
              <strong class={css.name}>{p.name}</strong>
              <span class={css.grow}>{c ? t.inAt(minutesOf(c.at)) : t.notIn}</span>
              {c && (
                <span class={css.energy}>
                  {energy !== null && <Pictogram name={`energy-${energy}`} size={40} />}
                  {energy !== null ? t.energyToday(text.together.energyLevel[energy - 1] ?? '') : t.noAnswer}
                </span>
              )}
              {hint && <span class={css.hint}>{t.energyHint}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function TakenPool() {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  const { board } = store;
  const { togetherStaff } = staffStore(store);
  const day = board.today.value;
  const taken = board.planOf(day).tasks.filter((x) => x.task.pool && x.state.owner.kind === 'person');
  return (
    <section class={css.panel} aria-labelledby="taken-title">
      <h2 id="taken-title">{t.takenTitle}</h2>
      {taken.length === 0 && <p class={css.quiet}>{t.noneTaken}</p>}
      <ul class={css.list}>
        {taken.map(({ task, state }) => (
          <li key={task.id} class={css.row}>
            <Pictogram name={task.pictogram} size={40} />
            <span class={css.grow}>
              {t.takenBy(task.title, state.owner.kind === 'person' ? board.personName(state.owner.id) : '')}
            </span>
            <Button icon="undo" onClick={() => void togetherStaff.putBack(day, task.id)}>
              {t.putBack}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
