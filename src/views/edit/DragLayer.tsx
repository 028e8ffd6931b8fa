import { Icon } from '../../ui/icons';
import { useDrag } from './dragContext';
import css from './edit.module.css';

/** The card under the finger while dragging, with where it would land or why it cannot. */
export function DragLayer() {
  const state = useDrag()?.drag.value;
  if (!state) return null;
  return (
    <div
      class={`${css.ghost} ${state.refusal ? css.ghostRefused : ''}`}
      style={{ transform: `translate(${state.x - 24}px, ${state.y - 24}px)` }}
      aria-hidden="true"
    >
      <strong>{state.title}</strong>
      {state.refusal && (
        <span class={css.ghostReason}>
          <Icon name="alert" size={24} /> {state.refusal}
        </span>
      )}
    </div>
  );
}
