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
  | 'monitor';

/** A path's d, or a small shape: circle [cx, cy, r], rect [x, y, w, h, rx], line, polyline. */
type Shape =
  | string
  | readonly ['c', number, number, number]
  | readonly ['r', number, number, number, number, number]
  | readonly ['l', number, number, number, number]
  | readonly ['p', string];

const ICONS: Record<IconName, readonly Shape[]> = {
  back: ['m12 19-7-7 7-7', 'M19 12H5'],
  close: ['M18 6 6 18', 'm6 6 12 12'],
  lock: [['r', 3, 11, 18, 11, 2], 'M7 11V7a5 5 0 0 1 10 0v4'],
  unlock: [['r', 3, 11, 18, 11, 2], 'M7 11V7a5 5 0 0 1 9.9-1'],
  speaker: [
    'M11 4.702a.705.705 0 0 0-1.203-.498L6.413 7.587A1.4 1.4 0 0 1 5.416 8H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2.416a1.4 1.4 0 0 1 .997.413l3.383 3.384A.705.705 0 0 0 11 19.298z',
    'M16 9a5 5 0 0 1 0 6',
    'M19.364 18.364a9 9 0 0 0 0-12.728',
  ],
  check: ['M20 6 9 17l-5-5'],
  calendar: [
    'M8 2v3',
    'M16 2v3',
    ['r', 3, 3, 18, 18, 2],
    'M3 9h18',
    'M8 13h.01',
    'M12 13h.01',
    'M16 13h.01',
    'M8 17h.01',
    'M12 17h.01',
    'M16 17h.01',
  ],
  printer: [
    'M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2',
    'M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6',
    ['r', 6, 14, 12, 8, 1],
  ],
  plus: ['M5 12h14', 'M12 5v14'],
  minus: ['M5 12h14'],
  undo: ['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11'],
  redo: ['m15 14 5-5-5-5', 'M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13'],
  grip: [
    ['c', 9, 12, 1],
    ['c', 9, 5, 1],
    ['c', 9, 19, 1],
    ['c', 15, 12, 1],
    ['c', 15, 5, 1],
    ['c', 15, 19, 1],
  ],
  trash: [
    'M10 11v6',
    'M14 11v6',
    'M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6',
    'M3 6h18',
    'M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2',
  ],
  edit: [
    'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z',
    'm15 5 4 4',
  ],
  camera: [
    'M13.997 4a2 2 0 0 1 1.76 1.05l.486.9A2 2 0 0 0 18.003 7H20a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h1.997a2 2 0 0 0 1.759-1.048l.489-.904A2 2 0 0 1 10.004 4z',
    ['c', 12, 13, 3],
  ],
  image: [['r', 3, 3, 18, 18, 2], ['c', 9, 9, 2], 'm21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21'],
  user: ['M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2', ['c', 12, 7, 4]],
  monitor: [['r', 2, 3, 20, 14, 2], 'M8 21h8', 'M12 17v4'],
  users: [
    'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2',
    'M16 3.128a4 4 0 0 1 0 7.744',
    'M22 21v-2a4 4 0 0 0-3-3.87',
    ['c', 9, 7, 4],
  ],
  clock: [['c', 12, 12, 10], 'M12 6v6l4 2'],
  help: [
    ['c', 12, 12, 10],
    'm4.93 4.93 4.24 4.24',
    'm14.83 9.17 4.24-4.24',
    'm14.83 14.83 4.24 4.24',
    'm9.17 14.83-4.24 4.24',
    ['c', 12, 12, 4],
  ],
  settings: [
    'M9.671 4.136a2.34 2.34 0 0 1 4.659 0 2.34 2.34 0 0 0 3.319 1.915 2.34 2.34 0 0 1 2.33 4.033 2.34 2.34 0 0 0 0 3.831 2.34 2.34 0 0 1-2.33 4.033 2.34 2.34 0 0 0-3.319 1.915 2.34 2.34 0 0 1-4.659 0 2.34 2.34 0 0 0-3.32-1.915 2.34 2.34 0 0 1-2.33-4.033 2.34 2.34 0 0 0 0-3.831A2.34 2.34 0 0 1 6.35 6.051a2.34 2.34 0 0 0 3.319-1.915',
    ['c', 12, 12, 3],
  ],
  globe: [['c', 12, 12, 10], 'M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20', 'M2 12h20'],
  download: ['M12 15V3', 'M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4', 'm7 10 5 5 5-5'],
  upload: ['M12 3v12', 'm17 8-5-5-5 5', 'M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4'],
  alert: [
    'm21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3',
    'M12 9v4',
    'M12 17h.01',
  ],
  info: [['c', 12, 12, 10], 'M12 16v-4', 'M12 8h.01'],
  'chevron-left': ['m15 18-6-6 6-6'],
  'chevron-right': ['m9 18 6-6-6-6'],
  'arrow-right': ['M5 12h14', 'm12 5 7 7-7 7'],
  sun: [
    ['c', 12, 12, 4],
    'M12 2v2',
    'M12 20v2',
    'm4.93 4.93 1.41 1.41',
    'm17.66 17.66 1.41 1.41',
    'M2 12h2',
    'M20 12h2',
    'm6.34 17.66-1.41 1.41',
    'm19.07 4.93-1.41 1.41',
  ],
  moon: [
    'M20.985 12.486a9 9 0 1 1-9.473-9.472c.405-.022.617.46.402.803a6 6 0 0 0 8.268 8.268c.344-.215.825-.004.803.401',
  ],
  eye: [
    'M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0',
    ['c', 12, 12, 3],
  ],
  hand: [
    'M18 11V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2',
    'M14 10V4a2 2 0 0 0-2-2a2 2 0 0 0-2 2v2',
    'M10 10.5V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2v8',
    'M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15',
  ],
};

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
      {ICONS[name].map(shape)}
    </svg>
  );
}
