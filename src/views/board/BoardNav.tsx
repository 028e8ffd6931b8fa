import { TogetherNav } from '../together/TogetherNav';
import css from './board.module.css';

/**
 * The board's fixed row of big buttons at the top right (check-in, week, pool, staff…), always
 * in the same order. Each room adds its own button here.
 */
export function BoardNav() {
  return (
    <nav class={css.nav} aria-label="Tavlen">
      <TogetherNav />
    </nav>
  );
}
