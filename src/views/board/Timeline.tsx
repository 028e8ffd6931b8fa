import { formatMinutes } from '../../domain/calendar';
import { Pictogram } from '../../ui/Pictogram';
import { useStore, useText } from '../context';
import css from './board.module.css';

/** The day's structure, one row per block; the block under way is marked "Nu". */
export function Timeline() {
  const { board } = useStore();
  const t = useText().board;
  const { plan, relation } = board.shown.value;
  const { now } = board.current.value;
  const changed = new Set(board.changes.value.map((c) => c.id));
  const nowIndex = now ? plan.blocks.indexOf(now) : -1;
  return (
    <section class={css.timeline}>
      <h2 class={css.label}>{t.timeline}</h2>
      <ol class={css.blocks}>
        {plan.blocks.map((b, i) => {
          const state =
            relation !== 'today'
              ? 'future'
              : i === nowIndex
                ? 'now'
                : now && i < nowIndex
                  ? 'past'
                  : 'future';
          return (
            <li
              key={b.id}
              class={`${css.block} ${css[state]} ${b.mark || changed.has(b.id) ? css.changedBlock : ''}`}
              aria-current={state === 'now' ? 'time' : undefined}
            >
              <span class={css.tabular}>{formatMinutes(b.start)}</span>
              <Pictogram name={b.pictogram} size={40} />
              <span class={css.blockTitle}>{b.title}</span>
              {state === 'now' && <span class={css.nowTag}>{t.now}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
