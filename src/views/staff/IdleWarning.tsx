import { useEffect } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { useStore, useText } from '../context';
import css from './staff.module.css';

/**
 * Keeps edit mode open while staff touch the screen, and 20 s before auto-lock shows a calm panel
 * with "Jeg er her stadig". Locking keeps what is on screen: nothing being edited is lost.
 */
export function IdleWarning() {
  const { session } = useStore();
  const t = useText().staff;
  const unlocked = session.unlocked.value;
  useEffect(() => {
    if (!unlocked) return;
    const onActivity = () => session.activity();
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) document.addEventListener(e, onActivity, { capture: true, passive: true });
    return () => {
      for (const e of events) document.removeEventListener(e, onActivity, { capture: true });
    };
  }, [unlocked, session]);

  const seconds = session.warning.value;
  if (seconds === null) return null;
  return (
    <div class={css.idle} role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
      <Icon name="clock" size={40} />
      <div>
        <h2 id="idle-title">{t.idleTitle}</h2>
        <p id="idle-text">{t.idleText(seconds)}</p>
      </div>
      <Button variant="primary" large icon="hand" onClick={() => session.stillHere()}>
        {t.stillHere}
      </Button>
    </div>
  );
}
