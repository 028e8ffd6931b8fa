// Staff section "Skærme": link this screen to the café's house server, see how it goes, leave it.
// The password is typed once and never shown again.
import { useState } from 'preact/hooks';
import type { ScreensForm } from '../../store/screens';
import { Button } from '../../ui/Button';
import { TextField } from '../edit/fields';
import { useStaffStore, useStaffText } from '../staff/context';
import { SyncState } from './SyncState';
import css from './screens.module.css';

const EMPTY: ScreensForm = { url: '', cafe: '', user: '', password: '' };

/** A staff section (views/staff/sections.ts). */
export function ScreensSection() {
  const store = useStaffStore();
  const { screens } = store;
  const t = useStaffText().screens;
  const [form, setForm] = useState<ScreensForm>(EMPTY);
  const [leaving, setLeaving] = useState(false);
  const link = store.syncLink.value;
  const message = screens.message.value;
  const busy = screens.busy.value;
  const set = (key: keyof ScreensForm) => (value: string) => setForm({ ...form, [key]: value });
  const said = message && (
    <p
      class={`${css.message} ${message.kind === 'error' ? css.error : ''}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );

  if (link) {
    return (
      <div class={css.screens}>
        <section class={css.card} aria-labelledby="screens-linked">
          <h2 id="screens-linked">{t.title}</h2>
          <p>{t.linked}</p>
          <dl class={css.facts}>
            <div>
              <dt>{t.server}</dt>
              <dd>{link.url}</dd>
            </div>
            <div>
              <dt>{t.cafe}</dt>
              <dd>{link.cafe}</dd>
            </div>
            <div>
              <dt>{t.login}</dt>
              <dd>{link.user}</dd>
            </div>
          </dl>
          <p class={css.hint}>{t.passwordSaved}</p>
          <SyncState />
          {said}
          {leaving ? (
            <div class={css.ask} role="alertdialog" aria-labelledby="screens-leave">
              <p id="screens-leave" class={css.message}>
                {t.leaveQuestion}
              </p>
              <div class={css.row}>
                <Button icon="close" onClick={() => setLeaving(false)}>
                  {t.leaveNo}
                </Button>
                <Button
                  icon="back"
                  disabled={busy}
                  onClick={() => {
                    setLeaving(false);
                    void screens.leave();
                  }}
                >
                  {t.leaveYes}
                </Button>
              </div>
            </div>
          ) : (
            <div class={css.row}>
              <Button icon="back" onClick={() => setLeaving(true)}>
                {t.leave}
              </Button>
            </div>
          )}
        </section>
        <ShowsCard />
      </div>
    );
  }

  const asking = screens.asking.value;
  return (
    <div class={css.screens}>
      <section class={css.card} aria-labelledby="screens-join">
        <h2 id="screens-join">{t.title}</h2>
        <p>{t.intro}</p>
        <form
          class={css.form}
          onSubmit={(e) => {
            e.preventDefault();
            void screens.join(form);
          }}
        >
          <TextField
            id="screens-url"
            label={t.url}
            help={t.urlHelp}
            type="url"
            value={form.url}
            onInput={set('url')}
          />
          <TextField
            id="screens-cafe"
            label={t.cafe}
            help={t.cafeHelp}
            value={form.cafe}
            onInput={set('cafe')}
          />
          <TextField id="screens-user" label={t.user} value={form.user} onInput={set('user')} />
          <TextField
            id="screens-password"
            label={t.password}
            type="password"
            value={form.password}
            onInput={set('password')}
          />
          <div class={css.row}>
            <Button icon="globe" disabled={busy} onClick={() => void screens.test(form)}>
              {t.test}
            </Button>
            <Button type="submit" variant="primary" icon="monitor" disabled={busy}>
              {t.join}
            </Button>
          </div>
        </form>
        {busy && !message && <p role="status">{t.testing}</p>}
        {said}
        {asking && (
          <div class={css.ask} role="alertdialog" aria-labelledby="screens-replace">
            <p id="screens-replace" class={css.message}>
              {t.replaceQuestion}
            </p>
            <div class={css.row}>
              <Button icon="close" onClick={() => screens.cancelReplace()}>
                {t.replaceNo}
              </Button>
              <Button
                variant="primary"
                icon="download"
                disabled={busy}
                onClick={() => {
                  setForm(EMPTY);
                  void screens.confirmReplace();
                }}
              >
                {t.replaceYes}
              </Button>
            </div>
          </div>
        )}
      </section>
      <ShowsCard />
    </div>
  );
}

/** One station on this screen (the kitchen's), or the whole café; this screen's own choice. */
function ShowsCard() {
  const store = useStaffStore();
  const t = useStaffText().screens;
  const current = store.screenStation.value;
  const stations = [...store.records.lists.stations.value].sort((a, b) => (a.order < b.order ? -1 : 1));
  const choice = (id: string | null, label: string) => (
    <Button
      key={id ?? 'all'}
      variant={current === id ? 'primary' : 'quiet'}
      icon={current === id ? 'check' : undefined}
      aria-pressed={current === id}
      onClick={() => void store.screens.showStation(id)}
    >
      {label}
    </Button>
  );
  return (
    <section class={css.card} aria-labelledby="screens-shows">
      <h2 id="screens-shows">{t.shows}</h2>
      <div class={css.row}>
        {choice(null, t.wholeCafe)}
        {stations.map((st) => choice(st.id, st.name))}
      </div>
    </section>
  );
}
