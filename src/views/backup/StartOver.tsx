// Staff replace the whole café: an empty one to enter their own, or the large example café. Each
// asks first, in the page, and says afterwards what happened.
import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './backup.module.css';

type Choice = 'empty' | 'large';

export function StartOver() {
  const { cafe } = useStaffStore();
  const t = useStaffText().backup;
  const [asking, setAsking] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Choice | null>(null);

  async function replace(choice: Choice) {
    setBusy(true);
    setDone(null);
    const ok = await (choice === 'empty' ? cafe.clear() : cafe.loadLarge());
    setBusy(false);
    setAsking(null);
    // A failure is said by the store's notice, in plain Danish.
    if (ok) setDone(choice);
  }

  return (
    <section class={css.card} aria-labelledby="start-over">
      <h2 id="start-over">{t.startOver}</h2>
      <p>{t.startOverIntro}</p>
      {asking ? (
        <>
          <p id="start-over-ask" class={css.message}>
            {asking === 'empty' ? t.emptyQuestion : t.largeQuestion}
          </p>
          <div class={css.row}>
            <Button variant="primary" icon="check" disabled={busy} onClick={() => void replace(asking)}>
              {asking === 'empty' ? t.emptyYes : t.largeYes}
            </Button>
            <Button icon="close" disabled={busy} onClick={() => setAsking(null)}>
              {t.keep}
            </Button>
          </div>
        </>
      ) : (
        <div class={css.row}>
          <Button icon="trash" onClick={() => setAsking('empty')}>
            {t.startEmpty}
          </Button>
          <Button icon="download" onClick={() => setAsking('large')}>
            {t.loadLarge}
          </Button>
        </div>
      )}
      {done && (
        <p class={css.message} role="status">
          {done === 'empty' ? t.emptied : t.largeLoaded}
        </p>
      )}
    </section>
  );
}
