// Staff section: save everything to one file, load a file (shown first, replaced only after an
// in-page yes), go back to one of the last seven daily copies, or start over with an empty or the
// large example café.
import { useEffect, useState } from 'preact/hooks';
import { dayKeyOf } from '../../domain/calendar';
import { capitalize, formatDay } from '../../i18n';
import { Button } from '../../ui/Button';
import { FilePick } from '../../ui/FilePick';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './backup.module.css';
import { StartOver } from './StartOver';

/** A staff section (views/staff/sections.ts). */
export function BackupSection() {
  const store = useStaffStore();
  const { backup } = store;
  const t = useStaffText().backup;
  const lang = store.settings.value.lang;
  const [asking, setAsking] = useState<string | null>(null);
  useEffect(() => {
    void backup.refreshSnapshots();
  }, [backup]);
  const message = backup.message.value;
  const checked = backup.checked.value;
  const busy = backup.busy.value;
  const day = (at: number) => formatDay(dayKeyOf(at), lang, true);
  const say = (near: 'save' | 'load' | 'snapshots') =>
    message?.near === near ? (
      <p
        class={`${css.message} ${message.kind === 'error' ? css.error : ''}`}
        role={message.kind === 'error' ? 'alert' : 'status'}
      >
        {message.text}
      </p>
    ) : null;

  async function save() {
    const file = await backup.exportFile();
    if (!file) return;
    const url = URL.createObjectURL(file.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    backup.message.value = { kind: 'info', text: t.saved(file.name), near: 'save' };
  }

  return (
    <div class={css.backup}>
      <section class={css.card} aria-labelledby="backup-save">
        <h2 id="backup-save">{t.title}</h2>
        <p>{t.intro}</p>
        <div class={css.row}>
          <Button variant="primary" icon="download" disabled={busy} onClick={() => void save()}>
            {t.save}
          </Button>
          <FilePick
            label={t.load}
            accept=".zip,application/zip"
            disabled={busy}
            onFile={(file) => void backup.inspect(file)}
          />
        </div>
        {say('save')}
        {say('load')}
        {checked && (
          <section class={css.card} aria-labelledby="backup-ask">
            <p>
              {t.holds(
                day(checked.summary.exportedAt),
                checked.summary.people,
                checked.summary.tasks,
                checked.summary.photos,
              )}
            </p>
            <p id="backup-ask" class={css.message}>
              {t.replaceQuestion}
            </p>
            <div class={css.row}>
              <Button
                variant="primary"
                icon="check"
                disabled={busy}
                onClick={() => void backup.confirmImport()}
              >
                {t.replace}
              </Button>
              <Button icon="close" onClick={() => backup.cancelImport()}>
                {t.keep}
              </Button>
            </div>
          </section>
        )}
      </section>

      <section class={css.card} aria-labelledby="backup-snapshots">
        <h2 id="backup-snapshots">{t.snapshots}</h2>
        <p>{t.snapshotsIntro}</p>
        {backup.snapshots.value.length === 0 ? (
          <p>{t.noSnapshots}</p>
        ) : (
          <ul class={css.list}>
            {backup.snapshots.value.map((s) => {
              const label = capitalize(formatDay(s.day, lang, true));
              return (
                <li key={s.day}>
                  <span>{t.snapshotLine(label, s.people, s.tasks)}</span>
                  {asking === s.day ? (
                    <span class={css.row}>
                      <span>{t.restoreQuestion(label)}</span>
                      <Button
                        variant="primary"
                        disabled={busy}
                        onClick={() => {
                          setAsking(null);
                          void backup.restoreSnapshot(s.day, label);
                        }}
                      >
                        {t.restoreYes}
                      </Button>
                      <Button onClick={() => setAsking(null)}>{t.keep}</Button>
                    </span>
                  ) : (
                    <Button icon="undo" aria-label={t.restoreLabel(label)} onClick={() => setAsking(s.day)}>
                      {t.restore}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {say('snapshots')}
      </section>

      <StartOver />
    </div>
  );
}
