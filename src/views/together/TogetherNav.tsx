import { Pictogram } from '../../ui/Pictogram';
import { useStore, useText } from '../context';
import css from './nav.module.css';

/**
 * The board's buttons for the shared morning, always present and in the same order. During the
 * check-in window "Godmorgen" is filled in, so the room knows it is time, without a pop-up.
 */
export function TogetherNav() {
  const store = useStore();
  const t = useText().together;
  const morning = store.together.checkInOpen.value;
  return (
    <>
      <button
        type="button"
        class={`${css.navButton} ${morning ? css.navMorning : ''}`}
        onClick={() => store.go({ screen: 'checkin' })}
      >
        <Pictogram name="checkin" size={44} />
        <span>{t.navCheckIn}</span>
      </button>
      <button
        type="button"
        class={css.navButton}
        onClick={() => store.go({ screen: 'week', day: store.board.today.value, personId: null })}
      >
        <Pictogram name="plan" size={44} />
        <span>{t.navWeek}</span>
      </button>
      <button type="button" class={css.navButton} onClick={() => store.go({ screen: 'pool' })}>
        <Pictogram name="pool" size={44} />
        <span>{t.navPool}</span>
      </button>
    </>
  );
}
