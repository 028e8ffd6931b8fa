// Shown at start instead of the board when it cannot start safely: never a blank screen and
// never a silently empty board. Rendered without a store (the database may be what failed). Its
// code and words load only when needed (main.tsx), not with the board's first paint.
import type { ComponentChildren } from 'preact';
import type { StaffText } from '../../i18n/staffText';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import css from './recovery.module.css';

/** lost: data evicted or wiped; safe: repeated failed starts; failed: e.g. newer data; upgrade: a failed data update. */
export type RecoveryKind = 'lost' | 'safe' | 'failed' | 'upgrade';

interface Props {
  kind: RecoveryKind;
  t: StaffText;
  /** The plain-Danish reason (a storage error) for 'failed'. */
  reason?: string;
  /** Technical detail for whoever looks after the screen. */
  detail?: string;
  onRetry: () => void;
  /** The way back for 'lost' (RestoreChoices), when the database can still be written. */
  children?: ComponentChildren;
}

export function Recovery({ kind, t, reason, detail, onRetry, children }: Props) {
  const r = t.kiosk.recovery;
  const title = {
    lost: r.lostTitle,
    safe: r.safeTitle,
    failed: r.failedTitle,
    upgrade: r.upgradeTitle,
  }[kind];
  const steps = kind === 'safe' ? r.safeSteps : kind === 'upgrade' ? r.upgradeSteps : null;
  return (
    <main class={css.recovery} data-recovery={kind}>
      <Icon name={kind === 'lost' ? 'info' : 'alert'} size={64} />
      <h1>{title}</h1>
      {kind === 'lost' && <p>{r.lostBody}</p>}
      {kind === 'lost' && !children && <p>{r.lostWhat}</p>}
      {kind === 'safe' && <p>{r.safeBody}</p>}
      {kind === 'upgrade' && <p>{r.upgradeBody}</p>}
      {kind === 'failed' && reason && <p>{reason}</p>}
      {steps && (
        <ol class={css.steps}>
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      )}
      {children}
      <div class={css.actions}>
        <Button variant={kind === 'lost' ? 'quiet' : 'primary'} large={kind !== 'lost'} onClick={onRetry}>
          {r.retry}
        </Button>
      </div>
      {detail && (
        <details class={css.detail}>
          <summary>{r.detail}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
