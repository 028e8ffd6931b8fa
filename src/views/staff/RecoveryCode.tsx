import { printPage } from '../../platform/print';
import { Button } from '../../ui/Button';
import { useStaffText } from './context';
import css from './staff.module.css';

/** Shown once, right after the PIN was chosen: the code that opens the staff area without memory. */
export function RecoveryCode({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useStaffText().staff;
  return (
    <section class={css.recovery} aria-labelledby="recovery-code-title">
      <h2 id="recovery-code-title" class={css.padTitle}>
        {t.recoveryTitle}
      </h2>
      <p class={`${css.help} ${css.noPrint}`}>{t.recoveryIntro}</p>
      <p class={css.printOnly}>{t.printHeading}</p>
      <p class={css.code} data-testid="recovery-code">
        {code}
      </p>
      <div class={`${css.row} ${css.noPrint}`}>
        <Button icon="printer" onClick={printPage}>
          {t.print}
        </Button>
        <Button variant="primary" icon="check" onClick={onDone}>
          {t.recoveryDone}
        </Button>
      </div>
    </section>
  );
}
