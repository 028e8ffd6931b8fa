import { useEffect, useState } from 'preact/hooks';
import { ENERGY_LEVELS } from '../../domain/together';
import type { Id } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { SaveStatus } from '../common/SaveStatus';
import { useStore, useText } from '../context';
import { PeopleGrid } from '../together/PeopleGrid';
import { PunchCard } from '../together/PunchCard';
import css from '../together/together.module.css';

/** The morning check-in: everyone taps their own face. Only "checked in" shows to the room. */
export function CheckIn() {
  const store = useStore();
  const t = useText().together;
  const { together } = store;
  const [personId, setPersonId] = useState<Id | null>(null);
  const [all, setAll] = useState(false);
  const checked = together.todaysCheckIns.value;
  const people = all ? together.everyone.value : together.todaysPeople.value;
  const checkedIds = new Set(checked.keys());

  if (personId) return <Greeting personId={personId} onDone={() => setPersonId(null)} />;

  return (
    <main class={css.view}>
      <div class={css.top}>
        <Button icon="back" variant="primary" large onClick={() => store.go({ screen: 'board' })}>
          {t.back}
        </Button>
        <SaveStatus />
      </div>
      <div class={css.heading}>
        <Pictogram name="checkin" size={72} />
        <h1 class={css.title}>{together.checkInOpen.value ? t.checkInTitle : t.checkInLater}</h1>
      </div>
      <p class={css.lead} role="status">
        {t.checkedInCount(people.filter((p) => checkedIds.has(p.id)).length, people.length)}
      </p>
      {people.length === 0 && <p class={css.lead}>{t.nobodyToday}</p>}
      <PeopleGrid
        people={people}
        marked={checkedIds}
        markLabel={t.checkedIn}
        label={t.checkInTitle}
        onPick={(id) => {
          void together.checkIn(id);
          setPersonId(id);
        }}
      />
      {!all && (
        <div>
          <Button icon="users" onClick={() => setAll(true)}>
            {t.showEveryone}
          </Button>
        </div>
      )}
    </main>
  );
}

/**
 * "Godmorgen, Ali!" with an optional energy answer. The answer chosen on this screen is shown
 * only until "Færdig": the next person at the wall must not see it.
 */
function Greeting({ personId, onDone }: { personId: Id; onDone: () => void }) {
  const store = useStore();
  const t = useText().together;
  const { together } = store;
  const [energy, setEnergy] = useState<number | null>(null);
  const person = store.records.view.people.value.get(personId);
  useEffect(() => void together.loadPunchHistory(), [together]);
  if (!person) return null;
  const showGoals = person.showGoals && person.goals.length > 0;
  return (
    <main class={css.view}>
      <div class={css.top}>
        <Button icon="check" variant="primary" large onClick={onDone}>
          {t.done}
        </Button>
        <SaveStatus />
      </div>
      <div class={css.greeting}>
        <h1 class={css.hello}>{t.hello(person.name)}</h1>
        <p class={`${css.lead} ${css.greetLead}`}>{t.youAreHere}</p>
        <fieldset class={css.energy}>
          <legend class={css.energyQuestion}>{t.energyQuestion}</legend>
          <div class={css.energyRow}>
            {ENERGY_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                class={`${css.energyButton} ${energy === level ? css.energyOn : ''}`}
                aria-pressed={energy === level}
                aria-label={t.energyLevel[level - 1]}
                onClick={() => {
                  setEnergy(level);
                  void together.setEnergy(personId, level);
                }}
              >
                <Pictogram name={`energy-${level}`} size={96} />
              </button>
            ))}
          </div>
          <p class={css.small}>{energy === null ? t.energyPrivate : t.energyThanks}</p>
        </fieldset>
        <div class={css.greetingSide}>
          <PunchCard title={t.punchCard} punches={together.punches(personId)} />
          {showGoals && (
            <section class={css.goals} aria-label={t.goalsTitle}>
              <h2 class={css.punchTitle}>{t.goalsTitle}</h2>
              <ul>
                {person.goals.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
