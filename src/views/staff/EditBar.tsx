import { Button } from '../../ui/Button';
import { useStore, useText } from '../context';
import css from './staff.module.css';

/** Always in the same place while editing: undo, redo, the board, and the lock. */
export function EditBar({ onBoard = false }: { onBoard?: boolean }) {
  const store = useStore();
  const t = useText().staff;
  const { records, session } = store;
  // Locking by hand means "done": back to the public board.
  const lockAndLeave = () => {
    session.lock();
    store.go({ screen: 'board' });
  };
  return (
    <div class={css.editBar}>
      <Button icon="undo" disabled={!records.canUndo.value} onClick={() => void records.undo()}>
        {t.undo}
      </Button>
      <Button icon="redo" disabled={!records.canRedo.value} onClick={() => void records.redo()}>
        {t.redo}
      </Button>
      {onBoard ? (
        <Button icon="settings" onClick={() => store.go({ screen: 'staff' })}>
          {t.entry}
        </Button>
      ) : (
        <Button icon="back" onClick={() => store.go({ screen: 'board' })}>
          {t.toBoard}
        </Button>
      )}
      <Button icon="lock" variant="primary" onClick={lockAndLeave}>
        {t.lock}
      </Button>
    </div>
  );
}
