import { useEffect, useState } from 'preact/hooks';
import { GOAL_LENGTH, GOAL_MAX } from '../../../domain/together';
import type { Id } from '../../../domain/types';
import { punchCard } from '../../../store/punchCard';
import { staffStore } from '../../../store/staff';
import { Button } from '../../../ui/Button';
import { useStore } from '../../context';
import { useStaffText } from '../../staff/context';
import { PunchCard } from '../PunchCard';
import { PersonPicker } from './PersonPicker';
import css from './staffTogether.module.css';

/** One person's punch card beside their three goals; staff choose whether the board shows them. */
export function GrowthSection() {
  const store = useStore();
  const [personId, setPersonId] = useState<Id | null>(store.together.everyone.value[0]?.id ?? null);
  useEffect(() => void punchCard(store).loadPunchHistory(), [store]);
  const person = personId ? store.records.view.people.value.get(personId) : undefined;
  return (
    <div class={css.stack}>
      <PersonPicker value={personId} onPick={setPersonId} />
      {person && <Growth key={person.id} personId={person.id} />}
    </div>
  );
}

function Growth({ personId }: { personId: Id }) {
  const store = useStore();
  const text = useStaffText();
  const t = text.togetherStaff;
  const person = store.records.view.people.value.get(personId)!;
  const [goals, setGoals] = useState(() => [0, 1, 2].map((i) => person.goals[i] ?? ''));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div class={css.columns}>
      <PunchCard
        title={text.together.punchCardOf(person.name)}
        punches={punchCard(store).punches(personId)}
      />
      <form
        class={css.panel}
        aria-labelledby="goals-title"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await staffStore(store).togetherStaff.setGoals(personId, goals);
          setMessage(
            result === 'saved'
              ? { ok: true, text: t.goalsSaved }
              : { ok: false, text: result === 'tooLong' ? t.goalsTooLong : t.goalsFailed },
          );
        }}
      >
        <h2 id="goals-title">{t.goalsTitle}</h2>
        {goals.slice(0, GOAL_MAX).map((g, i) => (
          <label key={i} class={css.field}>
            <span>{t.goal(i + 1)}</span>
            <input
              type="text"
              value={g}
              maxLength={GOAL_LENGTH + 40}
              aria-invalid={g.trim().length > GOAL_LENGTH}
              aria-describedby="goals-message"
              onInput={(e) => {
                const next = [...goals];
                next[i] = (e.currentTarget as HTMLInputElement).value;
                setGoals(next);
                setMessage(null);
              }}
            />
          </label>
        ))}
        <p id="goals-message" class={message?.ok === false ? css.error : css.ok} role="status">
          {message?.text}
        </p>
        <Button type="submit" variant="primary" icon="check">
          {t.saveGoals}
        </Button>
        <label class={css.check}>
          <input
            type="checkbox"
            checked={person.showGoals}
            onChange={(e) =>
              void staffStore(store).togetherStaff.setShowGoals(
                personId,
                (e.currentTarget as HTMLInputElement).checked,
              )
            }
          />
          <span>{t.showGoals}</span>
        </label>
      </form>
    </div>
  );
}
