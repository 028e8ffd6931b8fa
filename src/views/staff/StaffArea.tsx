import { useEffect, useState } from 'preact/hooks';
import { phoneWidth } from '../../platform/phone';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { useStore } from '../context';
import { SyncState } from '../screens/SyncState';
import { useStaffText } from './context';
import { EditBar } from './EditBar';
import { RecoveryCode } from './RecoveryCode';
import { StaffGate } from './StaffGate';
import { sections } from './sections';
import css from './staff.module.css';

/** The staff area: the PIN first, then the sections (editors, today's changes, others' rooms). */
export function StaffArea({ section }: { section?: string | undefined }) {
  const store = useStore();
  const t = useStaffText();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const unlocked = store.session.unlocked.value;
  const current = sections.find((s) => s.id === section) ?? sections[0]!;
  // Once opened, the sections are kept until staff leave the area.
  const [mounted, setMounted] = useState(unlocked);
  if (unlocked && !mounted) setMounted(true);
  // Unlocking returns staff to where they were: the board's lock (no section) leads back to the board,
  // in edit mode; a section that locked itself after idle time opens again as it was. A phone is not
  // wide enough for the wall's board, so there the staff area is where they go on.
  const [fromBoard] = useState(!unlocked && section === undefined && !phoneWidth());
  const unlockedHere = () => {
    if (fromBoard) store.go({ screen: 'board' });
  };
  // Inside the area, the address names the section, so a reload there comes back to it after the PIN.
  useEffect(() => {
    if (unlocked && !fromBoard && section === undefined) store.go({ screen: 'staff', section: current.id });
  }, [unlocked, section]);
  // Unlocked on the way back to the board: nothing of the area shows in between.
  if (fromBoard && unlocked && !recoveryCode) return null;

  return (
    <div class={css.area}>
      <header class={css.header}>
        <h1 class={css.title}>
          <Icon name={unlocked ? 'unlock' : 'lock'} size={40} />
          {t.staff.area}
        </h1>
        {unlocked && !recoveryCode && <SyncState compact />}
        {/* The recovery code is shown once and kept only as a hash: while it is on screen, the only
            way on is "Jeg har gemt nødkoden", so no tap elsewhere throws it away. */}
        {recoveryCode ? null : unlocked ? (
          <EditBar />
        ) : (
          <Button icon="back" onClick={() => store.go({ screen: 'board' })}>
            {t.staff.backToBoard}
          </Button>
        )}
      </header>
      {recoveryCode ? (
        <main class={css.center}>
          <RecoveryCode
            code={recoveryCode}
            onDone={() => {
              setRecoveryCode(null);
              unlockedHere();
            }}
          />
        </main>
      ) : (
        <>
          {!unlocked && (
            <main class={css.center}>
              <StaffGate onRecoveryCode={setRecoveryCode} onUnlocked={unlockedHere} />
            </main>
          )}
          {mounted && <Sections hidden={!unlocked} current={current.id} />}
        </>
      )}
    </div>
  );
}

/**
 * The sections stay mounted but hidden and inert while locked after idle time, so half-typed
 * forms are still there after the PIN.
 */
function Sections({ hidden, current: id }: { hidden: boolean; current: string }) {
  const store = useStore();
  const t = useStaffText();
  const current = sections.find((s) => s.id === id)!;
  const Section = current.component;
  // On a phone the list of sections folds away behind one button, so the section itself shows.
  const [menu, setMenu] = useState(false);
  return (
    <div class={`${css.body} ${current.wide ? css.wide : ''}`} hidden={hidden} inert={hidden}>
      <Button
        class={css.menuToggle}
        icon={current.icon}
        aria-expanded={menu}
        aria-controls="staff-sections"
        onClick={() => setMenu(!menu)}
      >
        {t.staff.sections}: {current.title(t)}
      </Button>
      <nav
        id="staff-sections"
        class={`${css.sectionNav} ${menu ? css.open : ''}`}
        aria-label={t.staff.sections}
      >
        {sections.map((s) => (
          <Button
            key={s.id}
            icon={s.icon}
            variant={s === current ? 'primary' : 'quiet'}
            aria-current={s === current ? 'page' : undefined}
            onClick={() => {
              setMenu(false);
              store.go({ screen: 'staff', section: s.id });
            }}
          >
            {s.title(t)}
          </Button>
        ))}
      </nav>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls when long (a busy day's changes), and a scroll region must be reachable by keys too (WCAG 2.1.1) */}
      <main class={css.section} aria-label={current.title(t)} tabIndex={0}>
        <Section />
      </main>
    </div>
  );
}
