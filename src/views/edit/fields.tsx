// Touch-friendly form parts for the editors: a label above, the error in plain words right below.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Rendition } from '../../photos/intake';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Photo } from '../common/Photo';
import { useStaffText } from '../staff/context';
import css from './edit.module.css';

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return (
    <p id={`${id}-error`} class={css.fieldError} aria-live="polite">
      {error && (
        <>
          <Icon name="alert" size={24} /> {error}
        </>
      )}
    </p>
  );
}

interface TextProps {
  id: string;
  label: ComponentChildren;
  value: string;
  error?: string | undefined;
  help?: string;
  type?: 'text' | 'date' | 'time' | 'password' | 'url' | 'search';
  inputMode?: 'numeric' | 'text';
  onInput: (value: string) => void;
}

export function TextField({ id, label, value, error, help, type = 'text', inputMode, onInput }: TextProps) {
  return (
    <div class={css.field}>
      <label for={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} class={css.fieldHelp}>
          {help}
        </p>
      )}
      <input
        id={id}
        type={type as 'text'}
        value={value}
        {...(inputMode ? { inputMode } : {})}
        autocomplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error${help ? ` ${id}-help` : ''}`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** From and to, as two time fields; `of` names what they belong to for screen readers when a page has many. */
export function TimeRange({
  id,
  start,
  end,
  errors,
  of,
  onStart,
  onEnd,
}: {
  id: string;
  start: string;
  end: string;
  errors: { start?: string; end?: string };
  of?: string;
  onStart: (value: string) => void;
  onEnd: (value: string) => void;
}) {
  const t = useStaffText().editors.oneOff;
  const named = (label: string) =>
    of ? (
      <>
        {label}
        <span class="visually-hidden"> ({of})</span>
      </>
    ) : (
      label
    );
  return (
    <>
      <TextField
        id={`${id}-start`}
        type="time"
        label={named(t.start)}
        value={start}
        error={errors.start}
        onInput={onStart}
      />
      <TextField
        id={`${id}-end`}
        type="time"
        label={named(t.end)}
        value={end}
        error={errors.end}
        onInput={onEnd}
      />
    </>
  );
}

export function CheckField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label class={css.check} for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** An object URL for a picture not yet stored, revoked when it changes or leaves the screen. */
function useBlobUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return setUrl(null);
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return url;
}

interface PhotoProps {
  id: string;
  label: string;
  photoId: string | null;
  photo: Rendition | null;
  error?: string | undefined;
  onPick: (file: File) => Promise<void>;
  onRemove: () => void;
}

/** A picture from the tablet's camera or a file: a preview, one big button, and a way to remove it. */
export function PhotoField({ id, label, photoId, photo, error, onPick, onRemove }: PhotoProps) {
  const t = useStaffText().editors;
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const preview = useBlobUrl(photo?.thumb ?? null);
  return (
    <fieldset class={css.field}>
      <legend class={css.groupLabel}>{label}</legend>
      <div class={css.photoRow}>
        {preview ? (
          <img class={css.preview} src={preview} alt={label} />
        ) : photoId ? (
          <Photo
            photoId={photoId}
            variant="thumb"
            width={160}
            alt={label}
            pictogram="camera"
            class={css.preview}
          />
        ) : null}
        <label class={css.fileButton}>
          <Icon name="camera" size={30} />
          <span>{busy ? t.working : t.takePhoto}</span>
          <input
            ref={input}
            id={id}
            class="visually-hidden"
            type="file"
            accept="image/*"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              setBusy(true);
              try {
                await onPick(file);
              } finally {
                setBusy(false);
                if (input.current) input.current.value = '';
              }
            }}
          />
        </label>
        {(photo || photoId) && (
          <Button icon="trash" onClick={onRemove}>
            {t.removePhoto}
          </Button>
        )}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** "Delete … ?" asked in the page, saying what it touches; never window.confirm. */
export function ConfirmPanel({
  what,
  uses,
  onYes,
  onNo,
}: {
  what: string;
  uses: string[];
  onYes: () => void;
  onNo: () => void;
}) {
  const t = useStaffText().editors;
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => no.current?.focus(), []);
  return (
    <div
      class={css.confirm}
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-uses"
    >
      <h3 id="confirm-title">{t.confirmDelete(what)}</h3>
      <div id="confirm-uses">
        {uses.length > 0 && (
          <>
            <p>{t.confirmUses}</p>
            <ul>
              {uses.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class={css.row}>
        <Button ref={no} icon="close" onClick={onNo}>
          {t.confirmNo}
        </Button>
        <Button icon="trash" class={css.danger} onClick={onYes}>
          {t.confirmYes}
        </Button>
      </div>
    </div>
  );
}

/** A row of colour swatches to pick one from; the colours are named by number, never by look alone. */
export function ColorField<C extends string>({
  id,
  colors,
  cssVar,
  value,
  error,
  onChange,
}: {
  id: string;
  colors: readonly C[];
  cssVar: (color: C) => string;
  value: string;
  error?: string;
  onChange: (color: C) => void;
}) {
  const t = useStaffText().editors;
  return (
    <fieldset class={css.field}>
      <legend class={css.groupLabel}>{t.person.color}</legend>
      <div class={css.swatches}>
        {colors.map((c, i) => (
          <button
            key={c}
            type="button"
            class={css.swatch}
            style={{ background: `var(${cssVar(c)})` }}
            aria-pressed={value === c}
            aria-label={t.person.colorName(i + 1)}
            onClick={() => onChange(c)}
          />
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** A delete button that first asks in the page, saying what the deletion touches. */
export function DeleteAsking({
  what,
  uses,
  onDelete,
}: {
  what: string;
  uses: string[];
  onDelete: () => void;
}) {
  const t = useStaffText().editors;
  const [asking, setAsking] = useState(false);
  if (asking) return <ConfirmPanel what={what} uses={uses} onNo={() => setAsking(false)} onYes={onDelete} />;
  return (
    <div class={css.row}>
      <Button
        icon="trash"
        class={css.danger}
        aria-label={`${t.delete}: ${what}`}
        onClick={() => setAsking(true)}
      >
        {t.delete}
      </Button>
    </div>
  );
}
