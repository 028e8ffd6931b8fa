import css from './ui.module.css';

/** The drawn PNGs are 192 px (.ci/pictograms.mjs): sharp up to 96 px at device pixel ratio 2. */
const RASTER_UP_TO = 96;

/**
 * A shipped pictogram (public/pictograms). Decorative by default: words stand beside it.
 * Shown as a PNG drawn from its SVG source (npm run pictograms): Chromium builds a whole SVG
 * document on the main thread for every distinct SVG image, which held up the board's first
 * paint, while a PNG is decoded off the main thread. Only a larger picture (a task without a
 * photo fills its photo frame with it) takes the SVG, which stays sharp at any size.
 */
export function Pictogram({ name, size = 48, label }: { name: string; size?: number; label?: string }) {
  const file = size <= RASTER_UP_TO ? `${name}.png` : `${name}.svg`;
  return (
    <img
      class={css.pictogram}
      src={`${import.meta.env.BASE_URL}pictograms/${file}`}
      width={size}
      height={size}
      alt={label ?? ''}
      decoding="async"
      draggable={false}
      onError={(e) => {
        (e.currentTarget as HTMLImageElement).style.visibility = 'hidden';
      }}
    />
  );
}
