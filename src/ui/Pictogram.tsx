import css from './ui.module.css';

/** A shipped pictogram (public/pictograms). Decorative by default: words stand beside it. */
export function Pictogram({ name, size = 48, label }: { name: string; size?: number; label?: string }) {
  return (
    <img
      class={css.pictogram}
      src={`${import.meta.env.BASE_URL}pictograms/${name}.svg`}
      width={size}
      height={size}
      alt={label ?? ''}
      draggable={false}
      onError={(e) => {
        (e.currentTarget as HTMLImageElement).style.visibility = 'hidden';
      }}
    />
  );
}
