// How this screen's replication goes, in a sentence, for staff only (the staff area and edit mode):
// calm when in step, "Ikke synkroniseret siden 10:42" when not.
import { formatMinutes, minutesOf } from '../../domain/calendar';
import { Icon } from '../../ui/icons';
import { useStore } from '../context';
import { useStaffText } from '../staff/context';
import css from './screens.module.css';

export function SyncState({ compact = false }: { compact?: boolean }) {
  const store = useStore();
  const t = useStaffText().screens;
  if (!store.syncLink.value) return null;
  const status = store.syncStatus.value;
  const inStep = status?.state === 'in-step';
  const since = status?.lastInStep ? t.notSince(formatMinutes(minutesOf(status.lastInStep))) : t.notYet;
  const words = inStep
    ? t.status['in-step']
    : compact
      ? since
      : `${since}. ${t.status[status?.state ?? 'starting']}`;
  return (
    <>
      <p
        class={`${css.state} ${inStep ? '' : css.behind}`}
        role="status"
        data-sync={status?.state ?? 'starting'}
      >
        <Icon name={inStep ? 'check' : 'alert'} size={28} />
        <span>{words}</span>
      </p>
      {!compact && status && status.refused > 0 && <p class={css.hint}>{t.refused(status.refused)}</p>}
    </>
  );
}
