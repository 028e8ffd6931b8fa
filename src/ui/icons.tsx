// Icons from Lucide (ISC licence, see public/pictograms/LICENSE-lucide.md), drawn with a heavier stroke.
import type { JSX } from 'preact';

export type IconName =
  | 'back'
  | 'close'
  | 'lock'
  | 'unlock'
  | 'speaker'
  | 'check'
  | 'calendar'
  | 'printer'
  | 'plus'
  | 'minus'
  | 'undo'
  | 'redo'
  | 'grip'
  | 'trash'
  | 'edit'
  | 'camera'
  | 'image'
  | 'user'
  | 'users'
  | 'clock'
  | 'help'
  | 'settings'
  | 'globe'
  | 'download'
  | 'upload'
  | 'alert'
  | 'info'
  | 'chevron-left'
  | 'chevron-right'
  | 'arrow-right'
  | 'sun'
  | 'moon'
  | 'eye'
  | 'hand'
  | 'monitor'
  | 'copy'
  | 'search';

/** A path's d, or a small shape: circle [cx, cy, r], rect [x, y, w, h, rx], line, polyline. */
export type Shape =
  | string
  | readonly ['c', number, number, number]
  | readonly ['r', number, number, number, number, number]
  | readonly ['l', number, number, number, number]
  | readonly ['p', string];

/**
 * The icons the board and the task view use, in the first paint. Every other screen loads as a
 * chunk (views/lazy.tsx) and brings the rest with it (moreIcons.ts).
 */
const ICONS: Partial<Record<IconName, readonly Shape[]>> = {
  back: ['m12 19-7-7 7-7', 'M19 12H5'],
  close: ['M18 6 6 18', 'm6 6 12 12'],
  lock: [['r', 3, 11, 18, 11, 2], 'M7 11V7a5 5 0 0 1 10 0v4'],
  speaker: [
    'M11 4.702a.705.705 0 0 0-1.203-.498L6.413 7.587A1.4 1.4 0 0 1 5.416 8H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2.416a1.4 1.4 0 0 1 .997.413l3.383 3.384A.705.705 0 0 0 11 19.298z',
    'M16 9a5 5 0 0 1 0 6',
    'M19.364 18.364a9 9 0 0 0 0-12.728',
  ],
  check: ['M20 6 9 17l-5-5'],
  clock: [['c', 12, 12, 10], 'M12 6v6l4 2'],
  hand: [
    'M18 11V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2',
    'M14 10V4a2 2 0 0 0-2-2a2 2 0 0 0-2 2v2',
    'M10 10.5V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2v8',
    'M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15',
  ],
};

export function addIcons(more: Partial<Record<IconName, readonly Shape[]>>): void {
  Object.assign(ICONS, more);
}

function shape(s: Shape): JSX.Element {
  const key = String(s);
  if (typeof s === 'string') return <path key={key} d={s} />;
  switch (s[0]) {
    case 'c':
      return <circle key={key} cx={s[1]} cy={s[2]} r={s[3]} />;
    case 'r':
      return <rect key={key} x={s[1]} y={s[2]} width={s[3]} height={s[4]} rx={s[5]} />;
    case 'l':
      return <line key={key} x1={s[1]} y1={s[2]} x2={s[3]} y2={s[4]} />;
    case 'p':
      return <polyline key={key} points={s[1]} />;
  }
}

/** A line icon in the current text colour. Decorative: words or an aria-label stand beside it. */
export function Icon({
  name,
  size = 32,
  class: cls,
}: {
  name: IconName;
  size?: number;
  class?: string;
}): JSX.Element {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      stroke-width="2.25"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      class={cls}
    >
      {ICONS[name]?.map(shape)}
    </svg>
  );
}
