import { useState } from 'preact/hooks';
import { formatMinutes, parseMinutes } from '../../../domain/calendar';
import { Button } from '../../../ui/Button';
import { useStore } from '../../context';
import { useStaffStore, useStaffText } from '../../staff/context';
import css from './staffTogether.module.css';

/** The board's language, when the morning check-in is offered, and whether it prints for everyone. */
export function SettingsSection() {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  const staff = useStaffStore();
  const lang = store.settings.value.lang;
  const printer = store.settings.value.printer ?? false;
  const window = store.together.window.value;
  const [from, setFrom] = useState(formatMinutes(window.start));
  const [to, setTo] = useState(formatMinutes(window.end));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div class={css.stack}>
      <section class={css.panel} aria-labelledby="lang-title">
        <h2 id="lang-title">{t.language}</h2>
        <div class={css.options}>
          <Button
            variant={lang === 'da' ? 'primary' : 'quiet'}
            aria-pressed={lang === 'da'}
            lang="da"
            onClick={() => void staff.boardSettings.setLang('da')}
          >
            {t.danish}
          </Button>
          <Button
            variant={lang === 'en' ? 'primary' : 'quiet'}
            aria-pressed={lang === 'en'}
            lang="en"
            onClick={() => void staff.boardSettings.setLang('en')}
          >
            {t.english}
          </Button>
        </div>
      </section>
      <section class={css.panel} aria-labelledby="print-title">
        <h2 id="print-title">{t.printTitle}</h2>
        <p>{t.printHelp}</p>
        <div class={css.options}>
          {([true, false] as const).map((on) => (
            <Button
              key={String(on)}
              icon={on ? 'printer' : 'close'}
              variant={printer === on ? 'primary' : 'quiet'}
              aria-pressed={printer === on}
              onClick={() => void staff.boardSettings.setPrinter(on)}
            >
              {on ? t.printerYes : t.printerNo}
            </Button>
          ))}
        </div>
      </section>
      <form
        class={css.panel}
        aria-labelledby="window-title"
        onSubmit={async (e) => {
          e.preventDefault();
          const start = parseMinutes(from);
          const end = parseMinutes(to);
          const ok =
            start !== null && end !== null && (await staff.boardSettings.setCheckInWindow({ start, end }));
          setMessage(ok ? { ok: true, text: t.windowSaved } : { ok: false, text: t.windowBad });
        }}
      >
        <h2 id="window-title">{t.windowTitle}</h2>
        <div class={css.options}>
          <label class={css.field}>
            <span>{t.windowFrom}</span>
            <input
              type="text"
              inputMode="numeric"
              value={from}
              aria-describedby="window-message"
              aria-invalid={message?.ok === false}
              onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label class={css.field}>
            <span>{t.windowTo}</span>
            <input
              type="text"
              inputMode="numeric"
              value={to}
              aria-describedby="window-message"
              aria-invalid={message?.ok === false}
              onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        </div>
        <p id="window-message" class={message?.ok === false ? css.error : css.ok} role="status">
          {message?.text}
        </p>
        <Button type="submit" variant="primary" icon="check">
          {t.saveWindow}
        </Button>
      </form>
    </div>
  );
}
