import { useState } from 'preact/hooks';
import type { DayKey, Id } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { useStore, useText } from '../context';
import { PeopleGrid } from './PeopleGrid';
import css from './together.module.css';

/**
 * "Jeg har brug for hjælp": staff get who, which task and when; the wall shows only a marker.
 * When the task is nobody's own yet, the person taps their face first (or skips).
 */
export function HelpButton({ day, taskId, ownerId }: { day: DayKey; taskId: Id; ownerId: Id | null }) {
  const store = useStore();
  const t = useText().together;
  const [step, setStep] = useState<'idle' | 'who' | 'sent'>('idle');
  const ask = async (personId: Id | null) => {
    if (await store.together.askHelp(day, taskId, personId)) setStep('sent');
    else setStep('idle');
  };
  if (step === 'sent') {
    return (
      <p class={css.confirm} role="status">
        <Icon name="hand" size={32} /> {t.helpSent}
      </p>
    );
  }
  if (step === 'who') {
    return (
      <section class={css.helpWho} aria-label={t.whoNeedsHelp}>
        <h2 class={css.lead}>{t.whoNeedsHelp}</h2>
        <PeopleGrid
          people={store.together.todaysPeople.value}
          label={t.whoNeedsHelp}
          onPick={(id) => void ask(id)}
        />
        <div>
          <Button onClick={() => void ask(null)}>{t.skipWho}</Button>
        </div>
      </section>
    );
  }
  return (
    <Button
      icon="hand"
      large
      class={css.helpButton}
      onClick={() => (ownerId ? void ask(ownerId) : setStep('who'))}
    >
      {t.needHelp}
    </Button>
  );
}
