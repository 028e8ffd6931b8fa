// Staff choose how long the days' records are kept. A shorter window deletes at once, so it asks
// first, in the page: the date before which details go, "Ja, slet dem" or "Nej".
import { useState } from 'preact/hooks';
import type { KeepMonths } from '../../domain/retention';
import type { DayKey } from '../../domain/types';
import { dayWithYear } from '../../i18n/storage';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './storage.module.css';

export function KeepSection() {
  const store = useStaffStore();
  const t = useStaffText().kiosk.storage.keep;
  const { retention } = store;
  const lang = store.settings.value.lang;
  const current = retention.months();
  const [asking, setAsking] = useState<KeepMonths | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const dateOf = (day: DayKey) => dayWithYear(day, lang);

  async function choose(months: KeepMonths) {
    setAsking(null);
    setBusy(true);
    const { saved, deleted } = await retention.setKeepMonths(months);
    setBusy(false);
    setMessage(
      !saved
        ? { ok: false, text: t.notSaved }
        : deleted === null
          ? { ok: false, text: t.notDeleted }
          : { ok: true, text: deleted > 0 ? t.deleted(deleted) : t.saved },
    );
  }

  return (
    <section class={css.card} aria-labelledby="keep-title">
      <h2 id="keep-title">{t.title}</h2>
      <div class={css.choices}>
        {retention.choices.map((months) => (
          <Button
            key={months}
            variant={months === current ? 'primary' : 'quiet'}
            aria-pressed={months === current}
            disabled={busy}
            onClick={() => {
              setMessage(null);
              if (months === current) return;
              if (months < current) setAsking(months);
              else void choose(months);
            }}
          >
            {t.months(months)}
          </Button>
        ))}
      </div>
      <p class={css.hint}>{t.what}</p>
      {asking !== null && (
        <div class={css.question}>
          <p id="keep-ask">{t.ask(dateOf(retention.firstKept(asking)))}</p>
          <div class={css.choices}>
            <Button variant="primary" icon="check" onClick={() => void choose(asking)}>
              {t.yes}
            </Button>
            <Button onClick={() => setAsking(null)}>{t.no}</Button>
          </div>
        </div>
      )}
      <p class={message?.ok === false ? css.error : css.ok} role="status">
        {message?.text}
      </p>
    </section>
  );
}
