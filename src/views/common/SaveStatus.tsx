import { Icon } from '../../ui/icons';
import { useStore, useText } from '../context';
import css from './common.module.css';

/** A quiet "Gemt" once an edit is safely on disk (after the strict transaction completed). */
export function SaveStatus() {
  const { records } = useStore();
  const t = useText().board;
  const saving = records.saving.value > 0;
  const saved = records.savedAt.value !== null;
  return (
    <p class={css.saveStatus} role="status" aria-live="polite">
      {saving ? (
        t.saving
      ) : saved ? (
        <>
          <Icon name="check" size={24} /> {t.saved}
        </>
      ) : null}
    </p>
  );
}
