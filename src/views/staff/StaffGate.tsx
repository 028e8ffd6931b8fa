import { useState } from 'preact/hooks';
import { isPin } from '../../store/pin';
import { Button } from '../../ui/Button';
import { useStore } from '../context';
import { useStaffText } from './context';
import { PinPad } from './PinPad';
import css from './staff.module.css';

/**
 * Before edit mode: choose a PIN on first use (the recovery code follows), otherwise unlock with the
 * PIN or the recovery code; `onUnlocked` after an unlock.
 */
export function StaffGate({
  onRecoveryCode,
  onUnlocked,
}: {
  onRecoveryCode: (code: string) => void;
  onUnlocked: () => void;
}) {
  const { session } = useStore();
  return session.hasPin.value ? (
    <Unlock onUnlocked={onUnlocked} />
  ) : (
    <ChoosePin onRecoveryCode={onRecoveryCode} />
  );
}

function ChoosePin({ onRecoveryCode }: { onRecoveryCode: (code: string) => void }) {
  const { session } = useStore();
  const t = useStaffText().staff;
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const busy = session.busy.value;

  const submit = async (pin: string) => {
    if (!isPin(pin)) return setMessage(t.pinFormat);
    if (first === null) {
      setFirst(pin);
      setMessage(null);
      return;
    }
    if (pin !== first) {
      setFirst(null);
      return setMessage(t.pinMismatch);
    }
    const result = await session.setPin(pin);
    if (result.ok) onRecoveryCode(result.recoveryCode);
    else {
      setFirst(null);
      setMessage(t.failed);
    }
  };
  return (
    <PinPad
      key={first === null ? 'choose' : 'confirm'}
      title={first === null ? t.chooseTitle : t.confirmTitle}
      help={t.chooseHelp}
      message={message}
      disabled={busy}
      busyText={busy ? t.saving : null}
      onSubmit={(pin) => void submit(pin)}
    />
  );
}

function Unlock({ onUnlocked }: { onUnlocked: () => void }) {
  const { session } = useStore();
  const t = useStaffText().staff;
  const [recovery, setRecovery] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const lockedFor = session.lockedFor.value;
  const busy = session.busy.value;

  const submit = async (pin: string) => {
    const result = await session.unlock(pin);
    if (result === 'wrong') setMessage(t.wrongPin(session.triesLeft.value));
    else if (result === 'format') setMessage(t.pinFormat);
    else if (result === 'failed') setMessage(t.failed);
    else setMessage(null);
    if (result === 'ok') onUnlocked();
  };

  if (recovery) return <RecoveryUnlock onBack={() => setRecovery(false)} onUnlocked={onUnlocked} />;
  return (
    <div class={css.gate}>
      <PinPad
        title={t.unlockTitle}
        help={t.unlockHelp}
        message={lockedFor > 0 ? t.lockedOut(lockedFor) : message}
        disabled={busy || lockedFor > 0}
        busyText={busy ? t.working : null}
        onSubmit={(pin) => void submit(pin)}
      />
      <Button icon="help" onClick={() => setRecovery(true)}>
        {t.useRecovery}
      </Button>
    </div>
  );
}

function RecoveryUnlock({ onBack, onUnlocked }: { onBack: () => void; onUnlocked: () => void }) {
  const { session } = useStore();
  const t = useStaffText().staff;
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const busy = session.busy.value;
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await session.unlockWithRecovery(code);
    if (result === 'format') setMessage(t.recoveryFormat);
    else if (result === 'wrong') setMessage(t.wrongRecovery);
    else if (result === 'failed') setMessage(t.failed);
    else if (result === 'ok') onUnlocked();
  };
  return (
    <form class={css.pad} onSubmit={(e) => void submit(e)} aria-labelledby="recovery-title">
      <h2 id="recovery-title" class={css.padTitle}>
        {t.recoveryLabel}
      </h2>
      <p class={css.help}>{t.useRecoveryHelp}</p>
      <label class={css.field}>
        <span>{t.recoveryLabel}</span>
        <input
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={code}
          aria-invalid={message ? true : undefined}
          aria-describedby="recovery-message"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <p id="recovery-message" class={css.message} role="status" aria-live="polite">
        {busy ? t.working : message}
      </p>
      <div class={css.row}>
        <Button icon="back" onClick={onBack}>
          {t.usePin}
        </Button>
        <Button type="submit" variant="primary" icon="unlock" disabled={busy}>
          {t.ok}
        </Button>
      </div>
    </form>
  );
}
