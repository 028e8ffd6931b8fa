import { formatMinutes } from '../../domain/calendar';
import { capitalize, formatDay } from '../../i18n';
import { Pictogram } from '../../ui/Pictogram';
import { SpeakButton } from '../common/SpeakButton';
import { useStore, useText } from '../context';
import css from './board.module.css';

/** What is on now, for how long, and what comes after. */
export function NowNext() {
  const { board, settings } = useStore();
  const t = useText().board;
  const { plan, relation, closedToday } = board.shown.value;
  const { now, next, minutesLeft, phase } = board.current.value;
  const lang = settings.value.lang;

  if (relation !== 'today') {
    const when = relation === 'tomorrow' ? t.tomorrowLabel.toLowerCase() : formatDay(plan.day, lang);
    return (
      <section class={css.nowNext} aria-labelledby="now-title">
        <p class={css.nowTitle} id="now-title">
          {closedToday ? t.closedToday : t.thanksForToday}
        </p>
        <p class={css.nowLeft}>{capitalize(t.nextOpenDay(when))}</p>
        <p class={css.nextLine}>{t.opensAt(plan.opens)}</p>
      </section>
    );
  }

  if (!plan.open) {
    return (
      <section class={css.nowNext} aria-labelledby="now-title">
        <p class={css.nowTitle} id="now-title">
          {t.closedToday}
        </p>
      </section>
    );
  }

  return (
    <section class={css.nowNext} aria-labelledby="now-label">
      <h2 class={css.label} id="now-label">
        {t.now}
      </h2>
      {now ? (
        <div class={css.nowRow}>
          <Pictogram name={now.pictogram} size={56} />
          <div>
            <p class={css.nowTitle}>{now.title}</p>
            {minutesLeft !== null && <p class={css.nowLeft}>{t.minutesLeft(minutesLeft)}</p>}
          </div>
          <SpeakButton
            what={t.now}
            text={[
              `${t.now}: ${now.title}`,
              minutesLeft !== null ? t.minutesLeft(minutesLeft) : '',
              next ? `${t.next}: ${formatMinutes(next.start)} ${next.title}` : '',
            ]
              .filter(Boolean)
              .join('. ')}
          />
        </div>
      ) : (
        <div class={css.nowRow}>
          <Pictogram name={phase === 'before' ? 'open' : 'break'} size={56} />
          <div>
            <p class={css.nowTitle}>{phase === 'before' ? t.opensAt(plan.opens) : t.nothingNow}</p>
            {minutesLeft !== null && <p class={css.nowLeft}>{t.startsIn(minutesLeft)}</p>}
          </div>
        </div>
      )}
      {next && (
        <>
          <h2 class={css.label}>{t.next}</h2>
          <div class={css.nextRow}>
            <Pictogram name={next.pictogram} size={48} />
            <p class={css.nextLine}>
              <span class={css.tabular}>{formatMinutes(next.start)}</span> {next.title}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
