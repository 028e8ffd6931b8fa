import { useState } from 'preact/hooks';
import { byOrder } from '../../../domain/order';
import type { Id, SkillLevel } from '../../../domain/types';
import { staffStore } from '../../../store/staff';
import { useStore } from '../../context';
import { useStaffText } from '../../staff/context';
import { PersonPicker } from './PersonPicker';
import css from './staffTogether.module.css';

const LEVELS = ['none', 'learning', 'can', 'teaches'] as const;

/** One person's level per task: learning → can do → can teach. */
export function SkillsSection() {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  const [personId, setPersonId] = useState<Id | null>(store.together.everyone.value[0]?.id ?? null);
  const person = personId ? store.records.view.people.value.get(personId) : undefined;
  const tasks = [...store.records.lists.tasks.value].sort(byOrder);
  return (
    <div class={css.stack}>
      <PersonPicker value={personId} onPick={setPersonId} />
      {person && (
        <section class={css.panel} aria-labelledby="skills-title">
          <h2 id="skills-title">{t.skillFor(person.name)}</h2>
          <ul class={css.list}>
            {tasks.map((task) => {
              const current = person.skills[task.id] ?? 'none';
              return (
                <li key={task.id} class={css.skillRow}>
                  <fieldset class={css.levels}>
                    <legend class={css.name}>{task.title}</legend>
                    {LEVELS.map((level) => (
                      <label key={level} class={`${css.level} ${current === level ? css.levelOn : ''}`}>
                        <input
                          type="radio"
                          name={`skill-${task.id}`}
                          checked={current === level}
                          onChange={() =>
                            void staffStore(store).togetherStaff.setSkill(
                              person.id,
                              task.id,
                              level === 'none' ? null : (level as SkillLevel),
                            )
                          }
                        />
                        <span>{t.level[level]}</span>
                      </label>
                    ))}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
