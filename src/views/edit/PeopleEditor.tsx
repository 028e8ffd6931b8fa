import { PERSON_COLORS } from '../../domain/fields';
import type { PersonDraft } from '../../store/editors';
import { Avatar } from '../../ui/Avatar';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { CheckField, ColorField, PhotoField, TextField } from './fields';
import { OnShift } from './OnShift';
import { ChoiceList, RecordEditor } from './RecordEditor';

/** People: the list, then one person's form with "Sæt på vagt" under the name. */
export function PeopleEditor() {
  const store = useStaffStore();
  const t = useStaffText().editors;
  const { editors } = store;
  const people = [...store.records.lists.people.value].sort((a, b) => a.name.localeCompare(b.name, 'da'));

  return (
    <RecordEditor<PersonDraft>
      name="person"
      title={t.person.title}
      add={t.person.add}
      all={t.person.all}
      empty={editors.emptyPerson}
      heading={(d) => (d.id ? t.person.edit(d.name) : t.person.newTitle)}
      what={(d) => d.name}
      save={editors.savePerson}
      stored={(id) => {
        const p = store.records.view.people.value.get(id);
        return p ? editors.personDraft(p) : null;
      }}
      uses={editors.personUses}
      remove={editors.deletePerson}
      list={(open) => (
        <ChoiceList
          label={t.person.title}
          items={people.map((p) => ({
            id: p.id,
            name: p.name,
            picture: <Avatar name={p.name} color={p.color} size={40} />,
            choose: () => open(editors.personDraft(p)),
          }))}
        />
      )}
      fields={(form) => {
        const { draft, errors, set } = form;
        return (
          <>
            <TextField
              id="person-name"
              label={t.person.name}
              help={t.person.nameHelp}
              value={draft.name}
              error={errors.name}
              onInput={(name) => set({ name })}
            />
            <OnShift form={form} />
            <ColorField
              id="person-color"
              colors={PERSON_COLORS}
              cssVar={(c) => `--${c}`}
              value={draft.color}
              error={errors.color}
              onChange={(color) => set({ color })}
            />
            <TextField
              id="person-team"
              label={t.person.team}
              value={draft.team}
              error={errors.team}
              onInput={(team) => set({ team })}
            />
            <TextField
              id="person-start"
              type="date"
              label={t.person.startDate}
              value={draft.startDate}
              error={errors.startDate}
              onInput={(startDate) => set({ startDate })}
            />
            <PhotoField
              id="person-portrait"
              label={t.person.portrait}
              photoId={draft.portraitId}
              photo={draft.portrait}
              error={errors.portrait}
              onPick={form.pick('portrait', (portrait) => set({ portrait }))}
              onRemove={() => set({ portrait: null, portraitId: null })}
            />
            <CheckField
              id="person-consent"
              label={t.person.consent}
              checked={draft.portraitConsent}
              onChange={(portraitConsent) => set({ portraitConsent })}
            />
            {draft.portraitId && !draft.portrait && !draft.portraitConsent && (
              <p class={css.fieldHelp} id="person-consent-withdrawn">
                {t.person.consentWithdrawn}
              </p>
            )}
          </>
        );
      }}
    />
  );
}
