import css from './FilePick.module.css';
import { Icon } from './icons';

/**
 * "Choose a file" as one large touch target. The input is emptied after each choice, so the same
 * file can be chosen again after a refusal.
 */
export function FilePick({
  label,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  return (
    <label class={css.pick}>
      <Icon name="upload" size={30} />
      <span>{label}</span>
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
