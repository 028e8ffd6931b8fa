import { Button } from '../../ui/Button';
import css from './planner.module.css';

interface Choice<T> {
  value: T;
  text: string;
  /** A fuller name for screen readers, beginning with the text shown. */
  label?: string;
}

/** One of a few, as a row of buttons with the chosen one pressed (weeks, days, reasons). */
export function Choices<T extends string | number>({
  legend,
  choices,
  value,
  onChoose,
  class: cls,
  small = false,
}: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChoose: (value: T) => void;
  class?: string | undefined;
  small?: boolean;
}) {
  return (
    <fieldset class={`${cls ?? ''} ${css.group}`}>
      <legend class="visually-hidden">{legend}</legend>
      {choices.map((c) => (
        <Button
          key={c.value}
          class={small ? css.small : undefined}
          variant={c.value === value ? 'primary' : 'quiet'}
          aria-pressed={c.value === value}
          aria-label={c.label}
          onClick={() => onChoose(c.value)}
        >
          {c.text}
        </Button>
      ))}
    </fieldset>
  );
}
