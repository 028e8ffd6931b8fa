import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { useStaffText } from './context';
import css from './staff.module.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

interface Props {
  title: string;
  help: string;
  /** Plain-Danish message shown beside the field (a wrong PIN, a lockout…). */
  message: string | null;
  disabled: boolean;
  busyText: string | null;
  onSubmit: (pin: string) => void;
}

/**
 * A big number pad for the wall, and a real password field for a keyboard. The field does not open
 * the tablet's own keyboard (inputmode none): the pad is the one way in by touch.
 */
export function PinPad({ title, help, message, disabled, busyText, onSubmit }: Props) {
  const t = useStaffText().staff;
  const [pin, setPin] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // The field has the focus, so a keyboard types the PIN at once; it opens no on-screen keyboard.
  useEffect(() => field.current?.focus({ preventScroll: true }), []);
  const add = (d: string) => setPin((p) => (p.length < 8 ? p + d : p));
  const submit = (e?: Event) => {
    e?.preventDefault();
    if (disabled) return;
    onSubmit(pin);
    setPin('');
  };
  return (
    <form class={css.pad} onSubmit={submit} aria-labelledby="pin-title">
      <h2 id="pin-title" class={css.padTitle}>
        {title}
      </h2>
      <p class={css.help}>{help}</p>
      <label class={css.pinField}>
        <span class="visually-hidden">{t.pin}</span>
        <input
          ref={field}
          type="password"
          inputMode="none"
          autocomplete="off"
          maxLength={8}
          value={pin}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby="pin-message"
          onInput={(e) => setPin(e.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
        />
      </label>
      <p id="pin-message" class={css.message} role="status" aria-live="polite">
        {busyText ?? message ?? t.entered(pin.length)}
      </p>
      <div class={css.keys}>
        {DIGITS.map((d) => (
          <Button key={d} class={css.key} disabled={disabled} onClick={() => add(d)}>
            {d}
          </Button>
        ))}
        <Button
          class={css.key}
          icon="back"
          aria-label={t.erase}
          disabled={disabled || pin.length === 0}
          onClick={() => setPin((p) => p.slice(0, -1))}
        />
        <Button class={css.key} disabled={disabled} onClick={() => add('0')}>
          0
        </Button>
        <Button
          class={css.key}
          type="submit"
          variant="primary"
          icon="check"
          disabled={disabled || pin.length < 4}
        >
          {t.ok}
        </Button>
      </div>
    </form>
  );
}
