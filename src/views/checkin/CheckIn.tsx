import { useCallback, useEffect, useState } from 'preact/hooks';
import { ENERGY_LEVELS } from '../../domain/together';
import type { Id } from '../../domain/types';
import { punchCard } from '../../store/punchCard';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { SaveStatus } from '../common/SaveStatus';
import { useStore } from '../context';
import { PunchCard } from '../together/PunchCard';
import { useTogetherText } from '../together/text';
import css from '../together/together.module.css';
import mine from './checkin.module.css';
import { FaceGrid } from './FaceGrid';

/** A greeting clears itself after this long without a touch: the next person never sees it. */
export const GREETING_MS = 15_000;

/**
 * The morning check-in: everyone taps their own face. The faces fill the screen in alphabetical
 * order; beside them, in the same place every time, the greeting of the one who just tapped.
 * Only "checked in" shows to the room.
 */
export function CheckIn() {
  const store = useStore();
  const t = useTogetherText();
  const { together } = store;
  const [personId, setPersonId] = useState<Id | null>(null);
  const [all, setAll] = useState(false);
  const checked = together.todaysCheckIns.value;
  const people = all ? together.everyone.value : together.todaysPeople.value;
  const checkedIds = new Set(checked.keys());
  const clear = useCallback(() => setPersonId(null), []);

  return (
    <main class={mine.view}>
      <div class={mine.top}>
        <Button icon="back" variant="primary" large onClick={() => store.go({ screen: 'board' })}>
          {t.back}
        </Button>
        <h1 class={mine.title}>
          <Pictogram name="checkin" size={64} />
          {together.checkInOpen.value ? t.checkInTitle : t.checkInLater}
        </h1>
        <SaveStatus />
      </div>
      <div class={mine.body}>
        <section class={mine.panel} aria-label={t.checkInTitle}>
          {personId ? (
            // Keyed by person: another face starts a fresh greeting, with nothing of the one before.
            <Greeting key={personId} personId={personId} onDone={clear} />
          ) : (
            <>
              <Pictogram name="checkin" size={128} />
              <p class={css.lead} role="status">
                {t.checkedInCount(people.filter((p) => checkedIds.has(p.id)).length, people.length)}
              </p>
              {people.length === 0 && <p class={css.lead}>{t.nobodyToday}</p>}
              {!all && (
                <div>
                  <Button icon="users" onClick={() => setAll(true)}>
                    {t.showEveryone}
                  </Button>
                </div>
              )}
            </>
          )}
        </section>
        <FaceGrid
          people={people}
          marked={checkedIds}
          markLabel={t.checkedIn}
          label={t.checkInTitle}
          onPick={(id) => {
            void together.checkIn(id);
            setPersonId(id);
          }}
        />
      </div>
    </main>
  );
}

/**
 * "Godmorgen, Ali!" with an optional energy answer and the punch card. It clears after 15 s
 * without a touch, at "Færdig", or at once when another face is tapped: the answer chosen here is
 * shown only to the one who chose it.
 */
function Greeting({ personId, onDone }: { personId: Id; onDone: () => void }) {
  const store = useStore();
  const t = useTogetherText();
  const { together } = store;
  const [energy, setEnergy] = useState<number | null>(null);
  const person = store.records.view.people.value.get(personId);
  useEffect(() => void punchCard(store).loadPunchHistory(), [together]);
  // Choosing an energy is a touch: the 15 s start again from it.
  useEffect(() => {
    const timer = setTimeout(onDone, GREETING_MS);
    return () => clearTimeout(timer);
  }, [energy, onDone]);
  if (!person) return null;
  const showGoals = person.showGoals && person.goals.length > 0;
  return (
    <div class={mine.greeting}>
      <div class={mine.greetingMain}>
        <div>
          <Button icon="check" variant="primary" large onClick={onDone}>
            {t.done}
          </Button>
        </div>
        <h2 class={mine.hello}>{t.hello(person.name)}</h2>
        <p class={css.lead}>{t.youAreHere}</p>
        <fieldset class={css.energy}>
          <legend class={css.energyQuestion}>{t.energyQuestion}</legend>
          <div class={mine.energyRow}>
            {ENERGY_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                class={`${mine.energyButton} ${energy === level ? css.energyOn : ''}`}
                aria-pressed={energy === level}
                aria-label={t.energyLevel[level - 1]}
                onClick={() => {
                  setEnergy(level);
                  void together.setEnergy(personId, level);
                }}
              >
                <Pictogram name={`energy-${level}`} size={72} />
              </button>
            ))}
          </div>
          <p class={css.small}>{energy === null ? t.energyPrivate : t.energyThanks}</p>
        </fieldset>
      </div>
      <div class={mine.greetingMain}>
        <PunchCard title={t.punchCard} punches={punchCard(store).punches(personId)} />
        {showGoals && (
          <section class={css.goals} aria-label={t.goalsTitle}>
            <h3 class={css.punchTitle}>{t.goalsTitle}</h3>
            <ul>
              {person.goals.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
