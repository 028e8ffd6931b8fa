// Staff section: how full the storage is, whether it is protected, how long the days are kept,
// and the local error log (readable here, exportable as a text file for whoever looks after the
// screen).
import { useEffect } from 'preact/hooks';
import { dayKeyOf, formatMinutes, minutesOf } from '../../domain/calendar';
import { STORAGE_WARNING } from '../../platform/storage';
import { logText } from '../../store/kiosk';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { useStore } from '../context';
import { useStaffText } from '../staff/context';
import { KeepSection } from './KeepSection';
import css from './storage.module.css';

const MB = 1024 * 1024;
const size = (bytes: number | null, unknown: string) =>
  bytes === null
    ? unknown
    : bytes >= 1024 * MB
      ? `${(bytes / 1024 / MB).toFixed(1)} GB`
      : `${Math.ceil(bytes / MB)} MB`;

/** A staff section (views/staff/sections.ts). */
export function StorageView() {
  const { kiosk } = useStore();
  const t = useStaffText().kiosk.storage;
  useEffect(() => {
    void kiosk.refreshStorage();
    void kiosk.refreshLog();
  }, [kiosk]);
  const info = kiosk.storage.value;
  const share = kiosk.storageShare.value;
  const log = kiosk.log.value;

  function exportLog() {
    const blob = new Blob([logText(log)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `dagstavlen-fejllog-${dayKeyOf(Date.now())}.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div class={css.storage}>
      <section class={css.card} aria-labelledby="storage-space">
        <h2 id="storage-space">{t.title}</h2>
        <dl class={css.facts}>
          <div>
            <dt>{t.used}</dt>
            <dd data-testid="storage-used">
              {size(info?.usage ?? null, t.unknown)}
              {share !== null && ` (${Math.round(share * 100)} %)`}
            </dd>
          </div>
          <div>
            <dt>{t.available}</dt>
            <dd>{size(info?.quota ?? null, t.unknown)}</dd>
          </div>
          <div>
            <dt>{t.persistent}</dt>
            <dd data-testid="storage-persistent">
              {info?.persisted === true ? t.yes : info?.persisted === false ? t.no : t.unknown}
            </dd>
          </div>
        </dl>
        {share !== null && share >= STORAGE_WARNING && (
          <p class={css.warning}>
            <Icon name="alert" size={32} /> {t.nearlyFull(Math.round(share * 100))}
          </p>
        )}
        {info?.persisted === false && <p class={css.hint}>{t.notPersistent}</p>}
      </section>
      <KeepSection />
      <section class={css.card} aria-labelledby="storage-log">
        <div class={css.logHead}>
          <h3 id="storage-log">{t.log}</h3>
          <Button icon="download" onClick={exportLog} disabled={log.length === 0}>
            {t.exportLog}
          </Button>
        </div>
        {log.length === 0 ? (
          <p>{t.logEmpty}</p>
        ) : (
          <ol class={css.log}>
            {log.slice(0, 200).map((e) => (
              <li key={e.seq}>
                <span class={css.when}>
                  {dayKeyOf(e.at)} {formatMinutes(minutesOf(e.at))}
                </span>{' '}
                <strong>{t.level[e.level]}</strong> {e.message}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
