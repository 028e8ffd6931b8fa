import css from './ui.module.css';

interface Props {
  name: string;
  color: string;
  /** A portrait URL, only when the person has consented. */
  portrait?: string | null;
  size?: number;
}

/** A face or, without consent, initials on the person's colour. Decorative: the name is beside it. */
export function Avatar({ name, color, portrait, size = 56 }: Props) {
  const initials = name.trim().slice(0, 2);
  return (
    <span
      class={css.avatar}
      style={{ width: size, height: size, background: `var(--${color}, var(--p1))`, fontSize: size * 0.4 }}
      aria-hidden="true"
    >
      {portrait ? <img src={portrait} alt="" width={size} height={size} /> : initials}
    </span>
  );
}
