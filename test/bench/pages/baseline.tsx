// The baseline: a bare Preact + signals page of the same shape (a roster and 60 task cards, a tap
// that changes what shows, 100 draggable cards), built by the same Vite. The app's figures are
// reported as ratios to this page's.
import { signal } from '@preact/signals';
import { render } from 'preact';

const names = ['Ali', 'Sara', 'Mads', 'Fatima', 'Jonas', 'Line', 'Omar', 'Mette', 'Kasper', 'Ida'];
const cards = Array.from({ length: 60 }, (_, i) => ({ id: `t${i}`, title: `Opgave ${i + 1}`, steps: 4 }));
const open = signal<string | null>(null);
const person = signal<string | null>(null);
const ticked = signal<readonly number[]>([]);
const drag = signal<{ id: string; x: number; y: number } | null>(null);

function Board() {
  return (
    <main>
      <h1>Mandag</h1>
      <ul>
        {names.map((n) => (
          <li key={n}>
            <button
              type="button"
              data-face={n}
              onClick={() => {
                person.value = n;
              }}
            >
              {n}
            </button>
          </li>
        ))}
      </ul>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px' }}>
        {cards.map((c) => (
          <button
            key={c.id}
            type="button"
            data-task={c.id}
            style={{
              minWidth: '200px',
              minHeight: '64px',
              touchAction: 'none',
              transform:
                drag.value?.id === c.id ? `translate(${drag.value.x}px, ${drag.value.y}px)` : undefined,
            }}
            onClick={() => {
              open.value = c.id;
            }}
            onPointerDown={(e) => {
              (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
              const x0 = e.clientX;
              const y0 = e.clientY;
              const move = (m: PointerEvent) => {
                drag.value = { id: c.id, x: m.clientX - x0, y: m.clientY - y0 };
              };
              const up = () => {
                drag.value = null;
                removeEventListener('pointermove', move);
                removeEventListener('pointerup', up);
              };
              addEventListener('pointermove', move);
              addEventListener('pointerup', up);
            }}
          >
            {c.title}
          </button>
        ))}
      </div>
    </main>
  );
}

function Task({ id }: { id: string }) {
  return (
    <main>
      <button
        type="button"
        onClick={() => {
          open.value = null;
        }}
      >
        Tilbage til tavlen
      </button>
      <h1>{cards.find((c) => c.id === id)?.title}</h1>
      {[0, 1, 2, 3].map((i) => (
        <label key={i} class={ticked.value.includes(i) ? 'done' : ''}>
          <input
            type="checkbox"
            checked={ticked.value.includes(i)}
            onChange={() => {
              ticked.value = ticked.value.includes(i)
                ? ticked.value.filter((t) => t !== i)
                : [...ticked.value, i];
            }}
          />
          Trin {i + 1}
        </label>
      ))}
    </main>
  );
}

/** A person's day (the app's Min dag): their name and the tasks given to them. */
function Person({ name }: { name: string }) {
  const i = names.indexOf(name);
  return (
    <main>
      <button
        type="button"
        onClick={() => {
          person.value = null;
        }}
      >
        Tilbage til tavlen
      </button>
      <h1>{name}s dag</h1>
      <ul>
        {cards
          .filter((_, k) => k % names.length === i)
          .map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
      </ul>
    </main>
  );
}

function App() {
  if (open.value) return <Task id={open.value} />;
  return person.value ? <Person name={person.value} /> : <Board />;
}

render(<App />, document.getElementById('app')!);
