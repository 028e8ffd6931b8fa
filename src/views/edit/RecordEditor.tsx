// The staff area's one pattern for a kind of record (people, tasks, stations): the list with "Ny …"
// first; a chosen or new record's form instead of the list, with Save, a Delete that asks in the page,
// and one message. The editors give only their list and their fields.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { Rendition } from '../../photos/intake';
import type { FieldErrors, SaveResult } from '../../store/editors';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { ConfirmPanel, FieldError } from './fields';

/** What a form holds: `id` is null until the record is first stored. */
export interface Draft {
  id: Id | null;
}

/** What an editor's fields and list work with. */
export interface RecordForm<D extends Draft> {
  draft: D;
  errors: FieldErrors;
  /** Change fields of the draft (clears "Gemt."). */
  set: (patch: Partial<D>) => void;
  /** The same from the draft as it is then (after a photo was prepared, typing may have gone on). */
  update: (change: (d: D) => D) => void;
  /** Open a record in the form: a new one starts at its first field, a stored one at its heading. */
  open: (d: D) => void;
  /** A picture from the camera or a file, prepared for the field `key`, or its reason beside it. */
  pick: (key: string, apply: (photo: Rendition) => void) => (file: File) => Promise<void>;
  /** Save with `saver` (the editor's own save by default): the stored id, or null (errors shown). */
  save: (saver?: (d: D) => Promise<SaveResult>) => Promise<Id | null>;
}

interface Props<D extends Draft> {
  /** Prefix of the form's ids (`person` gives #person-form-title). */
  name: string;
  /** The section's own heading (for screen readers; the staff area names the section). */
  title: string;
  /** "Ny person" and "Alle personer". */
  add: string;
  all: string;
  empty: () => D;
  heading: (d: D) => string;
  /** What the record is called in the delete question. */
  what: (d: D) => string;
  save: (d: D) => Promise<SaveResult>;
  /** The stored record's draft after a save (null: it is gone). */
  stored: (id: Id) => D | null;
  uses: (id: Id) => string[];
  remove: (id: Id) => Promise<boolean>;
  /** The list to choose from; each entry carries `data-record` with its id. */
  list: (open: (d: D) => void) => ComponentChildren;
  fields: (form: RecordForm<D>) => ComponentChildren;
  /** More buttons beside Save for a stored record (e.g. "Lav en kopi"). */
  actions?: (form: RecordForm<D>) => ComponentChildren;
}

/** Where to carry on once the list and the form have traded places (the list: at the record left). */
type Focus = { to: 'first' | 'heading' | 'list'; id?: Id | null };

export function RecordEditor<D extends Draft>(props: Props<D>) {
  const store = useStaffStore();
  const t = useStaffText().editors;
  // null: the list shows. The form is kept while the staff area is locked, half-typed as it was.
  const [draft, setDraft] = useState<D | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const top = useRef<HTMLElement>(null);

  // After the list and the form trade places, the place to carry on is in view and has the focus.
  useLayoutEffect(() => {
    if (!focus || !top.current) return;
    const root = top.current;
    const target =
      focus.to === 'first'
        ? root.querySelector<HTMLElement>('form input:not([type="file"]), form select')
        : focus.to === 'heading'
          ? root.querySelector<HTMLElement>('form h2')
          : ((focus.id ? root.querySelector<HTMLElement>(`[data-record="${focus.id}"]`) : null) ??
            root.querySelector<HTMLElement>('[data-add]'));
    if (focus.to === 'list' && target) bringIntoView(target, 'center');
    else bringIntoView(root, 'start');
    target?.focus({ preventScroll: true });
    setFocus(null);
  }, [focus]);

  const show = (d: D | null) => {
    setDraft(d);
    setErrors({});
    setMessage(null);
  };
  const open = (d: D) => {
    show(d);
    setFocus({ to: d.id ? 'heading' : 'first' });
  };
  const close = () => {
    setFocus({ to: 'list', id: draft?.id ?? null });
    show(null);
  };

  if (!draft) {
    return (
      <section class={css.records} aria-labelledby={`${props.name}s-title`} ref={top}>
        <h2 id={`${props.name}s-title`} class="visually-hidden">
          {props.title}
        </h2>
        <div class={css.row}>
          <Button icon="plus" variant="primary" data-add onClick={() => open(props.empty())}>
            {props.add}
          </Button>
        </div>
        {props.list(open)}
      </section>
    );
  }

  const form: RecordForm<D> = {
    draft,
    errors,
    set: (patch) => form.update((d) => ({ ...d, ...patch })),
    update: (change) => {
      setDraft((d) => (d ? change(d) : d));
      setMessage(null);
    },
    open,
    pick: (key, apply) => async (file) => {
      const r = await store.editors.preparePhoto(file);
      if (r.ok) {
        apply(r.photo);
        setErrors((e) => ({ ...e, [key]: '' }));
      } else setErrors((e) => ({ ...e, [key]: r.error }));
    },
    save: async (saver = props.save) => {
      const result = await saver(draft);
      if (!result.ok) {
        setErrors(result.errors);
        return null;
      }
      const saved = props.stored(result.id);
      if (saved) show(saved);
      setMessage(t.saved);
      return result.id;
    },
  };
  const formId = `${props.name}-form`;
  return (
    <section class={css.records} aria-labelledby={`${formId}-title`} ref={top}>
      <form
        class={css.form}
        noValidate
        aria-labelledby={`${formId}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void form.save();
        }}
      >
        <div class={css.formHead}>
          <h2 id={`${formId}-title`} tabIndex={-1}>
            {props.heading(draft)}
          </h2>
          <Button icon="back" onClick={close}>
            {props.all}
          </Button>
        </div>
        {props.fields(form)}
        <FormMessage id={formId} errors={errors} message={message} />
        <SaveActions
          key={draft.id ?? ''}
          what={props.what(draft)}
          uses={() => (draft.id ? props.uses(draft.id) : [])}
          more={draft.id ? props.actions?.(form) : null}
          onDelete={
            draft.id
              ? async () => {
                  if (await props.remove(draft.id!)) close();
                }
              : undefined
          }
        />
      </form>
    </section>
  );
}

/**
 * Scroll the section (or, on a phone, the page) just enough that `el` shows: its top at the top, or
 * itself in the middle. Never scrollIntoView: it also scrolls the staff area's frame, which is not
 * meant to move, and the edit bar would leave the screen.
 */
function bringIntoView(el: HTMLElement, where: 'start' | 'center') {
  const main = el.closest('main');
  const scrolls =
    main && main.scrollHeight > main.clientHeight && getComputedStyle(main).overflowY !== 'visible';
  const view = scrolls ? main.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  const box = el.getBoundingClientRect();
  const by =
    where === 'start'
      ? Math.min(0, box.top - view.top)
      : box.top < view.top || box.bottom > view.bottom
        ? (box.top + box.bottom) / 2 - (view.top + view.bottom) / 2
        : 0;
  if (by === 0) return;
  if (scrolls) main.scrollTop += by;
  else scrollBy(0, by);
}

/**
 * A form's one message below its fields: what to fix while anything is marked, otherwise what the
 * last save said. Never both: an error that came after a save makes "Gemt." old news.
 */
function FormMessage({ id, errors, message }: { id: string; errors: FieldErrors; message: string | null }) {
  const t = useStaffText().editors;
  const marked = Object.values(errors).some(Boolean);
  return (
    <>
      <FieldError id={id} error={errors.form ?? (marked ? t.errorsAbove : undefined)} />
      <p class={css.fieldHelp} role="status">
        {marked ? null : message}
      </p>
    </>
  );
}

/**
 * The form's Save and, for a stored record, a Delete that first asks in their place, saying what the
 * deletion touches. Keyed by the record's id, so opening another record never inherits the question.
 */
function SaveActions({
  what,
  uses,
  more,
  onDelete,
}: {
  what: string;
  uses: () => string[];
  more: ComponentChildren;
  onDelete: (() => Promise<void>) | undefined;
}) {
  const t = useStaffText().editors;
  const [asking, setAsking] = useState(false);
  if (asking && onDelete) {
    return <ConfirmPanel what={what} uses={uses()} onNo={() => setAsking(false)} onYes={onDelete} />;
  }
  return (
    <div class={css.formActions}>
      <Button type="submit" variant="primary" icon="check">
        {t.save}
      </Button>
      {more}
      {onDelete && (
        <Button icon="trash" class={css.danger} onClick={() => setAsking(true)}>
          {t.delete}
        </Button>
      )}
    </div>
  );
}

/** Entries of a list to choose from: a picture and a name each. */
export function ChoiceList({
  label,
  items,
}: {
  label: string;
  items: { id: Id; name: string; picture: ComponentChildren; choose: () => void }[];
}) {
  return (
    <ul class={css.choiceList} aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Button data-record={item.id} onClick={item.choose}>
            {item.picture}
            {item.name}
          </Button>
        </li>
      ))}
    </ul>
  );
}
