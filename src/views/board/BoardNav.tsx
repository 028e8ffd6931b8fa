import { Button } from '../../ui/Button';
import { useStore, useText } from '../context';
import { lazyScreen } from '../lazy';
import { TogetherNav } from '../together/TogetherNav';
import css from './board.module.css';

export const EditBar = lazyScreen(() => import('../staff/EditBar').then((m) => m.EditBar));

/**
 * The board's fixed row of big buttons at the top right (check-in, week, pool, staff…), always
 * in the same order. Each room adds its own button here.
 */
export function BoardNav() {
  const store = useStore();
  const t = useText();
  const unlocked = store.session.unlocked.value;
  return (
    <nav class={css.nav} aria-label={t.together.boardNav}>
      {/* While staff edit, the header holds the editing buttons; the lock brings the rest back. */}
      {unlocked ? (
        <EditBar onBoard />
      ) : (
        <>
          <TogetherNav />
          <Button icon="lock" onClick={() => store.go({ screen: 'staff' })}>
            {t.staff.entry}
          </Button>
        </>
      )}
    </nav>
  );
}
