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
        // Initials are text on the wall too: from the type scale, never under 20 px.
        fontSize: initialsSize(size),
      }}
      aria-hidden="true"
      data-face={face}
    >
      {portrait || initials}
    </span>
  );
}

/** The largest size of the type scale that fits a face of `size` px (about 45 % of it), at least 20 px. */
const SCALE = [
  [64, 'var(--fs-3xl)'],
  [48, 'var(--fs-2xl)'],
  [40, 'var(--fs-xl)'],
  [30, 'var(--fs-l)'],
  [24, 'var(--fs-m)'],
] as const;
function initialsSize(size: number): string {
  return SCALE.find(([px]) => px <= size * 0.45)?.[1] ?? 'var(--fs-s)';
}
