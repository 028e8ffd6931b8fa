import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Id, Person } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { Face } from '../common/Face';
import css from './checkin.module.css';

/** Space between faces (px), as in checkin.module.css. */
const GAP = 16;
/** Room under each face for the name, and around it inside its button (px). */
const NAME = 56;
const PAD = 32;

/**
 * The faces to tap, as large as the space allows: the number of columns is chosen so that every
 * face fits on the screen at the largest size, whatever the screen and however many people.
 */
export function FaceGrid({
  people,
  onPick,
  marked,
  markLabel,
  label,
}: {
  people: readonly Person[];
  onPick: (id: Id) => void;
  marked: ReadonlySet<Id>;
  markLabel: string;
  label: string;
}) {
  const box = useRef<HTMLUListElement>(null);
  const [room, setRoom] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setRoom({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  const fit = room ? bestFit(people.length, room.width, room.height) : null;
  return (
    <ul
      ref={box}
      class={css.faces}
      aria-label={label}
      style={fit ? { gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))` } : undefined}
    >
      {fit &&
        people.map((p) => {
          const on = marked.has(p.id);
          return (
            <li key={p.id}>
              <button
                type="button"
                class={`${css.face} ${on ? css.faceOn : ''}`}
                style={{ height: `${fit.cell}px` }}
                onClick={() => onPick(p.id)}
                data-person={p.id}
              >
                <Face person={p} size={fit.face} />
                <span class={css.faceName}>{p.name}</span>
                {on && (
                  <span class={css.faceMark}>
                    <Icon name="check" size={32} />
                    <span class="visually-hidden">{markLabel}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
    </ul>
  );
}

/** The column count giving the largest faces for `count` people in a width × height box. */
export function bestFit(count: number, width: number, height: number) {
  let best = { columns: 1, cell: 0, face: 0 };
  for (let columns = 1; columns <= Math.max(1, count); columns++) {
    const rows = Math.max(1, Math.ceil(count / columns));
    const w = (width - (columns - 1) * GAP) / columns;
    const h = (height - (rows - 1) * GAP) / rows;
    const face = Math.floor(Math.min(w - PAD, h - NAME - PAD, 240));
    if (face > best.face) best = { columns, cell: Math.floor(h), face };
  }
  return best;
}
