import { useState } from 'preact/hooks';
import { PERSON_COLORS } from '../../domain/fields';
import type { FieldErrors, PersonDraft } from '../../store/editors';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { CheckField, ColorField, FormMessage, PhotoField, SaveActions, TextField, useReveal } from './fields';

/** People: the list on the left, one person's form on the right. */
export function PeopleEditor() {
  const store = useStaffStore();
  const t = useStaffText().editors;
  const people = [...store.records.lists.people.value].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const [draft, setDraft] = useState<PersonDraft>(() => store.editors.emptyPerson());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  const open = (d: PersonDraft) => {
    setDraft(d);
    setErrors({});
    setMessage(null);
  };
  const { heading, reveal } = useReveal();
  /** Chosen from the list: shown in the form, which comes into view on a phone. */
  const choose: typeof open = (d) => {
    open(d);
    reveal();
  };
  const set = (patch: Partial<PersonDraft>) => {
    setDraft({ ...draft, ...patch });
    setMessage(null);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const result = await store.editors.savePerson(draft);
    if (result.ok) {
      const saved = store.records.view.people.value.get(result.id);
      if (saved) open(store.editors.personDraft(saved));
      setMessage(t.saved);
    } else setErrors(result.errors);
  };
  const title = draft.id ? t.person.edit(draft.name) : t.person.newTitle;

  return (
    <section class={css.editor} aria-labelledby="people-title">
      <h2 id="people-title" class="visually-hidden">
        {t.person.title}
      </h2>
      <div class={css.list}>
        <Button icon="plus" variant="primary" onClick={() => choose(store.editors.emptyPerson())}>
          {t.person.add}
        </Button>
        {people.map((p) => (
          <Button
            key={p.id}
            aria-current={draft.id === p.id ? 'true' : undefined}
            onClick={() => choose(store.editors.personDraft(p))}
          >
            <Avatar name={p.name} color={p.color} size={40} />
            {p.name}
          </Button>
        ))}
      </div>
      <form class={css.form} onSubmit={(e) => void save(e)} aria-labelledby="person-form-title" noValidate>
        <h2 id="person-form-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <TextField
          id="person-name"
          label={t.person.name}
          help={t.person.nameHelp}
          value={draft.name}
          error={errors.name}
          onInput={(name) => set({ name })}
        />
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
          onPick={async (file) => {
            const r = await store.editors.preparePhoto(file);
            if (r.ok) {
              setDraft((d) => ({ ...d, portrait: r.photo }));
              setErrors((e) => ({ ...e, portrait: '' }));
            } else setErrors((e) => ({ ...e, portrait: r.error }));
          }}
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
        <FormMessage id="person-form" errors={errors} message={message} />
        <SaveActions
          key={draft.id ?? ''}
          what={draft.name}
          uses={() => (draft.id ? store.editors.personUses(draft.id) : [])}
          onDelete={
            draft.id
              ? async () => {
                  await store.editors.deletePerson(draft.id!);
                  open(store.editors.emptyPerson());
                }
              : undefined
          }
        />
      </form>
    </section>
  );
}
