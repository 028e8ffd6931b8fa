import { Component, type ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Store } from './store';
import { Button } from './ui/Button';
import { Board, prefetchEditMode } from './views/board/Board';
import { StoreContext, useStore, useText } from './views/context';
import { type LazyScreen, lazyScreen, prefetchWhenIdle } from './views/lazy';
import { TaskView } from './views/task/TaskView';

const StaffArea = lazyScreen(() => import('./views/staff/StaffArea').then((m) => m.StaffArea));
const CheckIn = lazyScreen(() => import('./views/checkin/CheckIn').then((m) => m.CheckIn));
const Week = lazyScreen(() => import('./views/week/Week').then((m) => m.Week));
const Pool = lazyScreen(() => import('./views/pool/Pool').then((m) => m.Pool));
const MyDay = lazyScreen(() => import('./views/myday/MyDay').then((m) => m.MyDay));
const IdleWarning = lazyScreen(() => import('./views/staff/IdleWarning').then((m) => m.IdleWarning));

export function App({ store }: { store: Store }) {
  useEffect(() => prefetchWhenIdle([StaffArea, CheckIn, Week, Pool, MyDay] as LazyScreen<never>[]), []);
  return (
    <StoreContext.Provider value={store}>
      <ErrorBoundary store={store} part={Screen} />
      <NoticeBar />
      {/* A lazily loaded part beside the screen: if its code cannot load, the screen stays. */}
      <ErrorBoundary store={store} part={StaffIdle} quiet />
    </StoreContext.Provider>
  );
}

function Screen() {
  const route = useStore().route.value;
  switch (route.screen) {
    case 'staff':
      return <StaffArea section={route.section} />;
    case 'task':
      // The board stays mounted (hidden) under an opened task, so going back shows it at once
      // instead of building a hundred cards and loading their photos again.
      return (
        <>
          <Board />
          <TaskView key={route.taskId} taskId={route.taskId} day={route.day} from={route.from} />
        </>
      );
    case 'checkin':
      return <CheckIn />;
    case 'week':
      return <Week day={route.day} personId={route.personId} />;
    case 'pool':
      return <Pool />;
    case 'myday':
      // As under a task: going back from someone's day shows the board at once, and opening it
      // builds only the day, instead of taking down a hundred cards and building them again.
      return (
        <>
          <Board />
          <MyDay key={route.personId} personId={route.personId} />
        </>
      );
    default:
      return (
        <>
          <Board />
          {null}
        </>
      );
  }
}

/**
 * Edit mode's idle warning; its code loads only once staff have unlocked. Unlocking also fetches
 * edit mode's board parts, so the board is complete the moment staff go back to it.
 */
function StaffIdle() {
  const unlocked = useStore().session.unlocked.value;
  useEffect(() => {
    // A failure here is reported by the board itself when it needs the code.
    if (unlocked) prefetchEditMode().catch(() => undefined);
  }, [unlocked]);
  return unlocked ? <IdleWarning /> : null;
}

/** Errors from saving, shown calmly at the bottom edge; never a pop-up. */
function NoticeBar() {
  const store = useStore();
  const t = useText();
  const notice = store.notice.value;
  return (
    <div class="notice-bar" role="status" aria-live="polite">
      {notice && (
        <div class={`notice-bar__inner notice-bar__${notice.kind}`}>
          <p>{notice.text}</p>
          <Button onClick={() => store.dismissNotice()}>{t.errors.dismiss}</Button>
        </div>
      )}
    </div>
  );
}

/**
 * A render error shows a calm fallback with a way back, instead of a blank screen (or, `quiet`,
 * nothing in place of a part that is not the screen). The store logs it and rations reloads
 * (five errors in a minute earn one, never a loop). It is given the part to draw, not the part
 * drawn: an element passed as children stays in its props for good, and with it the first board
 * that element was drawn as, long after that board was taken down (the memory test counted one
 * detached board of about 500 nodes on the staff screen after the first night).
 */
class ErrorBoundary extends Component<
  { store: Store; part: ComponentType; quiet?: boolean },
  { failed: boolean }
> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    this.props.store.kiosk.renderError(error);
  }

  override render() {
    if (!this.state.failed) {
      const Part = this.props.part;
      return <Part />;
    }
    if (this.props.quiet) return null;
    const t = this.props.store.text().errors;
    return (
      <main class="fallback">
        <p>{t.somethingWrong}</p>
        <Button
          variant="primary"
          large
          icon="back"
          onClick={() => {
            this.props.store.go({ screen: 'board' });
            this.setState({ failed: false });
          }}
        >
          {t.backToBoard}
        </Button>
      </main>
    );
  }
}
