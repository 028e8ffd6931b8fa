// Shown at start instead of the board when it cannot start safely: never a blank screen and
// never a silently empty board. Rendered without a store (the database may be what failed).
import type { Text } from '../../i18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import css from './recovery.module.css';

export type RecoveryKind = 'lost' | 'safe' | 'failed';

interface Props {
  kind: RecoveryKind;
  t: Text;
  /** The plain-Danish reason (a storage error) for 'failed'. */
  reason?: string;
  /** Technical detail for whoever looks after the screen. */
  detail?: string;
  onRetry: () => void;
  onStartOver?: () => void;
}

export function Recovery({ kind, t, reason, detail, onRetry, onStartOver }: Props) {
  const r = t.kiosk.recovery;
  const title = kind === 'lost' ? r.lostTitle : kind === 'safe' ? r.safeTitle : r.failedTitle;
  return (
    <main class={css.recovery} data-recovery={kind}>
      <Icon name={kind === 'lost' ? 'info' : 'alert'} size={64} />
      <h1>{title}</h1>
      {kind === 'lost' && (
        <>
          <p>{r.lostBody}</p>
          <p>{r.lostWhat}</p>
        </>
      )}
      {kind === 'safe' && (
        <>
          <p>{r.safeBody}</p>
          <ol class={css.steps}>
            {r.safeSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
      {kind === 'failed' && reason && <p>{reason}</p>}
      <div class={css.actions}>
        <Button variant="primary" large onClick={onRetry}>
          {r.retry}
        </Button>
        {kind === 'lost' && onStartOver && (
          <div class={css.startOver}>
            <Button onClick={onStartOver}>{r.startOver}</Button>
            <p>{r.startOverHint}</p>
          </div>
        )}
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
