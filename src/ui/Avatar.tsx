import type { ComponentChildren } from 'preact';
import css from './ui.module.css';

interface Props {
  name: string;
  color: string;
  /** A portrait picture (an image), only when the person has consented. */
  portrait?: ComponentChildren;
  size?: number;
  /** The person's id, so a tap on a face inside a larger button can tell whose face it was. */
  face?: string;
}

/** A face or, without consent, initials on the person's colour. Decorative: the name is beside it. */
export function Avatar({ name, color, portrait, size = 56, face }: Props) {
  const initials = name.trim().slice(0, 2);
  return (
    <span
      class={css.avatar}
      // Preact 11 adds no 'px' to numbers.
      style={{
        width: `${size}px`,
        height: `${size}px`,
        background: `var(--${color}, var(--p1))`,
        // Initials are text on the wall too: never under 20 px.
        fontSize: `${Math.max(20, Math.round(size * 0.45))}px`,
      }}
      aria-hidden="true"
      data-face={face}
    >
      {portrait || initials}
    </span>
  );
}
