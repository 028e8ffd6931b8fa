import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { Icon, type IconName } from './icons';
import css from './ui.module.css';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon'> & {
  icon?: IconName;
  variant?: 'primary' | 'quiet' | 'plain';
  large?: boolean;
  children?: ComponentChildren;
};

/** A touch button: at least 64 px, icon before words. */
export function Button({ icon, variant = 'quiet', large, children, class: cls, ...rest }: Props) {
  return (
    <button
      type="button"
      {...rest}
      class={[css.button, css[variant], large ? css.large : '', cls ?? ''].join(' ')}
    >
      {icon && <Icon name={icon} size={large ? 36 : 30} />}
      {children && <span>{children}</span>}
    </button>
  );
}
