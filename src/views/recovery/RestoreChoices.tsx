// The way back on the "data is gone" screen: behind the staff PIN (while it exists), load a
// backup file, restore a surviving daily copy, or deliberately start with an empty board. Each
// step asks in the page first; messages appear beside the step they belong to.
import { useState } from 'preact/hooks';
import { dayKeyOf } from '../../domain/calendar';
import { capitalize, formatDay } from '../../i18n';
import type { StaffText } from '../../i18n/staffText';
import type { Recovery, RecoveryMessage } from '../../store/recovery';
import { Button } from '../../ui/Button';
import { FilePick } from '../../ui/FilePick';
import css from './recovery.module.css';

interface Props {
  recovery: Recovery;
  t: StaffText;
}

export function RestoreChoices({ recovery, t }: Props) {
  const r = t.kiosk.recovery;
  if (recovery.needsPin.value)
    return (
      <>
        <p>{r.forStaff}</p>
        <PinGate recovery={recovery} t={t} />
      </>
    );
  return (
    <div class={css.choices}>
      <p class={css.hint}>{r.forStaff}</p>
      <LoadFile recovery={recovery} t={t} />
      <Snapshots recovery={recovery} t={t} />
      <StartEmpty recovery={recovery} t={t} />
    </div>
  );
}

function Say({ recovery, near }: { recovery: Recovery; near: RecoveryMessage['near'] }) {
  const m = recovery.message.value;
  if (m?.near !== near) return null;
  return (
    <p
      class={`${css.message} ${m.kind === 'error' ? css.error : ''}`}
      role={m.kind === 'error' ? 'alert' : 'status'}
    >
      {m.text}
    </p>
  );
}

function PinGate({ recovery, t }: Props) {
  const r = t.kiosk.recovery;
  const { session } = recovery;
  const [useCode, setUseCode] = useState(false);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const lockedFor = session.lockedFor.value;
  const busy = session.busy.value;
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = useCode ? await session.unlockWithRecovery(value) : await session.unlock(value);
    setValue('');
    if (result === 'wrong') setMessage(useCode ? r.codeWrong : r.pinWrong);
    else if (result === 'format') setMessage(useCode ? t.staff.recoveryFormat : r.pinFormat);
    else if (result === 'failed') setMessage(t.staff.failed);
    else setMessage(null);
  };
  const shown = lockedFor > 0 && !useCode ? r.pinLocked(lockedFor) : message;
  const field = {
    id: 'restore-pin-field',
    autocomplete: 'off',
    value,
    disabled: busy,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': 'restore-pin-message',
    onInput: (e: Event) => setValue((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <form class={`${css.card} ${css.pin}`} onSubmit={(e) => void submit(e)} aria-labelledby="restore-pin">
      <h2 id="restore-pin">{useCode ? t.staff.useRecoveryHelp : r.pinTitle}</h2>
      {!useCode && <p>{r.pinHelp}</p>}
      <label class={css.field} for="restore-pin-field">
        <span>{useCode ? r.codeLabel : t.staff.pin}</span>
        {useCode ? (
          <input type="text" key="code" {...field} />
        ) : (
          <input type="password" key="pin" inputMode="numeric" {...field} />
        )}
      </label>
      <p id="restore-pin-message" class={css.message} role="status">
        {busy ? t.staff.working : shown}
      </p>
      <div class={css.row}>
        <Button type="submit" variant="primary" icon="check" disabled={busy || (lockedFor > 0 && !useCode)}>
          {r.pinOk}
        </Button>
        <Button
          icon={useCode ? 'lock' : 'help'}
          onClick={() => {
            setUseCode(!useCode);
            setValue('');
            setMessage(null);
          }}
        >
          {useCode ? t.staff.usePin : r.useCode}
        </Button>
      </div>
    </form>
  );
}

function LoadFile({ recovery, t }: Props) {
  const r = t.kiosk.recovery;
  const checked = recovery.checked.value;
  const busy = recovery.busy.value;
  return (
    <section class={css.card} aria-labelledby="restore-load">
      <h2 id="restore-load">{r.loadTitle}</h2>
      <p>{r.loadBody}</p>
      <FilePick
        label={t.backup.load}
        accept=".zip,application/zip"
        disabled={busy}
        onFile={(file) => void recovery.inspect(file)}
      />
      <Say recovery={recovery} near="load" />
      {checked && (
        <div class={css.ask}>
          <p>
            {t.backup.holds(
              formatDay(dayKeyOf(checked.summary.exportedAt), t.lang, true),
              checked.summary.people,
              checked.summary.tasks,
              checked.summary.photos,
            )}
          </p>
          <p id="restore-load-ask">{r.loadAsk}</p>
          <div class={css.row}>
            <Button
              variant="primary"
              icon="check"
              disabled={busy}
              onClick={() => void recovery.loadChecked()}
            >
              {r.loadYes}
            </Button>
            <Button icon="close" onClick={() => recovery.cancel()}>
              {r.no}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function Snapshots({ recovery, t }: Props) {
  const r = t.kiosk.recovery;
  const [asking, setAsking] = useState<string | null>(null);
  const list = recovery.snapshots.value;
  return (
    <section class={css.card} aria-labelledby="restore-snapshots">
      <h2 id="restore-snapshots">{r.snapshotsTitle}</h2>
      <p>{list.length ? r.snapshotsBody : r.noSnapshots}</p>
      {list.length > 0 && (
        <ul class={css.list}>
          {list.map((s) => {
            const label = capitalize(formatDay(s.day, t.lang, true));
            return (
              <li key={s.day}>
                <span>{t.backup.snapshotLine(label, s.people, s.tasks)}</span>
                {asking === s.day ? (
                  <span class={css.row}>
                    <span>{t.backup.restoreQuestion(label)}</span>
                    <Button
                      variant="primary"
                      disabled={recovery.busy.value}
                      onClick={() => void recovery.restoreSnapshot(s.day)}
                    >
                      {t.backup.restoreYes}
                    </Button>
                    <Button onClick={() => setAsking(null)}>{r.no}</Button>
                  </span>
                ) : (
                  <Button
                    icon="undo"
                    aria-label={t.backup.restoreLabel(label)}
                    onClick={() => setAsking(s.day)}
                  >
                    {t.backup.restore}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Say recovery={recovery} near="snapshots" />
    </section>
  );
}

function StartEmpty({ recovery, t }: Props) {
  const r = t.kiosk.recovery;
  const [asking, setAsking] = useState(false);
  return (
    <section class={css.card} aria-labelledby="restore-empty">
      <h2 id="restore-empty">{r.emptyTitle}</h2>
      <p>{r.emptyBody}</p>
      {asking ? (
        <div class={css.ask}>
          <p>{r.emptyAsk}</p>
          <div class={css.row}>
            <Button disabled={recovery.busy.value} onClick={() => void recovery.startEmpty()}>
              {r.emptyYes}
            </Button>
            <Button variant="primary" icon="close" onClick={() => setAsking(false)}>
              {r.no}
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setAsking(true)}>{r.startOver}</Button>
      )}
      <Say recovery={recovery} near="empty" />
    </section>
  );
}
