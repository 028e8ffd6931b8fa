import { gaps } from '../../domain/planner';
import type { DayKey, Id } from '../../domain/types';
import { Face } from '../common/Face';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './planner.module.css';

/**
 * "Kan tage over:" under a shift that lacks someone who is away, with the people who could take
 * their place, one tap each. Staff only: the board shows it in edit mode, never the reason.
 */
export function TakeOver({
  day,
  shiftId,
  onTaken,
}: {
  day: DayKey;
  shiftId: Id;
  /** What the tap did, for the planner's line (the board's save status says it there). */
  onTaken?: (name: string, ok: boolean) => void;
}) {
  const store = useStaffStore();
  const t = useStaffText().plannerView;
  const templates = store.records.view.shiftTemplates.value;
  const plan = store.board.planOf(day);
  const gap = gaps(
    plan,
    (id) => templates.get(id)?.personIds ?? [],
    [...store.records.view.people.value.values()],
    store.records.lists.tasks.value,
  ).find((g) => g.shift.id === shiftId);
  if (!gap || gap.suggested.length === 0) return null;
  const id = `take-${day}-${shiftId}`;
  return (
    <div class={`${css.suggest} ${css.onBoard}`}>
      <p class={css.suggestHead} id={id}>
        {t.canTakeOver}
      </p>
      <ul class={css.faces}>
        {gap.suggested.slice(0, 3).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class={`${css.face} ${css.suggestFace}`}
              aria-describedby={id}
              onClick={async () => {
                const ok = await store.planner.takeSuggestion(day, shiftId, p.id);
                onTaken?.(p.name, ok);
              }}
            >
              <Face person={p} size={36} />
              <span class={css.faceName}>{p.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
