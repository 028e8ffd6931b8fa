import { CARD_SIZE, cardOf, type Punches } from '../../domain/together';
import { useTogetherText } from './text';
import css from './together.module.css';

/** Ten holes, filled one by one; a full card starts a new one. No streaks, nothing to lose. */
export function PunchCard({ title, punches }: { title: string; punches: Punches }) {
  const t = useTogetherText();
  const { full, onCard } = cardOf(punches.total);
  return (
    <section class={css.punchCard} aria-label={title}>
      <h2 class={css.punchTitle}>{title}</h2>
      <div class={css.holes} role="img" aria-label={t.punchesOnCard(onCard, CARD_SIZE)}>
        {Array.from({ length: CARD_SIZE }, (_, i) => (
          <span key={i} class={`${css.hole} ${i < onCard ? css.punched : ''}`} />
        ))}
      </div>
      <p class={css.punchText}>
        {t.punches(punches.total)}
        {full > 0 && ` · ${t.fullCards(full)}`}
      </p>
      <p class={css.punchWhy}>{t.punchWhy}</p>
    </section>
  );
}
