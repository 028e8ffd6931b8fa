// What the board and its cards read of a drag. The drag itself (drag.ts) is made only in edit
// mode, and its code loads then, not with the public board's first paint.
import { computed } from '@preact/signals';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { Drag } from './drag';

/** The drag controller while the board is in edit mode; null otherwise. */
export const DragContext = createContext<Drag | null>(null);
export const useDrag = () => useContext(DragContext);

/**
 * Whether this card is the one lifted. Each card reads its own yes/no, so lifting a card redraws
 * that card alone, not every card on the board (which all read the lifted id before).
 */
export function useLifted(taskId: Id): boolean {
  const drag = useDrag();
  const lifted = useMemo(() => (drag ? computed(() => drag.lifted.value === taskId) : null), [drag, taskId]);
  return lifted?.value ?? false;
}
