import { ApiClient } from '../api/http';
import { LiveFeed } from '../api/liveFeed';
import { capabilitiesFor, homeWorkspace, type Workspace } from '../auth/capabilities';
import { clearSession, type Session } from '../auth/session';
import { localTitle, zuluDateTime, zuluTime, zuluTimeSeconds } from '../format/time';
import { OpsMap } from '../map/opsMap';
import { MedicalWorkspace } from '../medical/workspace';
import { OperationsWorkspace } from '../ops/workspace';
import { ReplayWorkspace, setReplayTokenSource } from '../replay/workspace';
import { OpsStore, type ConnectionState } from '../state/store';
import { h } from './dom';
import { FrameScheduler } from './frameScheduler';
import { Shortcuts } from './help';
import type { WorkspaceView } from './workspace';
import { daylightAt, NIGHT_THRESHOLD_DEG } from '../geo/daylight';

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'LIVE',
  reconnecting: 'Connection lost — reconnecting',
  offline: 'Offline — picture is not live',
  replay: 'REPLAY — not live',
};

/** The signed-in application: top bar, shared map, one workspace panel at a time, live feed. */
export class App {
  readonly store = new OpsStore();
  readonly scheduler = new FrameScheduler();
  readonly api: ApiClient;
  readonly feed: LiveFeed;
  readonly map: OpsMap;
  readonly workspaces = new Map<Workspace, WorkspaceView>();
  private current: WorkspaceView | null = null;
  private readonly badge = h('span', { class: 'conn', 'data-testid': 'connection', role: 'status', 'aria-live': 'polite' });
  private readonly clock = h('time', { class: 'utc-clock' });
  private readonly asOf = h('span', { class: 'as-of' });
  private readonly daylight = h('span', { class: 'daylight', 'data-testid': 'daylight', role: 'status' });
  private daylightCheckedAt = 0;
  private readonly tabs = h('nav', { class: 'tabs', 'aria-label': 'Workspaces' });
  private readonly panel = h('aside', { class: 'panel' });
  private readonly root: HTMLElement;
  private borrowed = false;
  frames = 0;

  constructor(host: HTMLElement, private readonly session: Session, onSignOut: () => void) {
    const caps = capabilitiesFor(session.roles);
    this.api = new ApiClient('', session.token, onSignOut);
    setReplayTokenSource(() => session.token);
    const signOut = h('button', { type: 'button', class: 'secondary', text: 'Sign out' });
    signOut.addEventListener('click', () => {
      clearSession();
      onSignOut();
    });
    const help = h('button', { type: 'button', class: 'secondary', text: '?', title: 'Keyboard shortcuts (?)', 'aria-label': 'Keyboard shortcuts' });
    const mapEl = h('div', { class: 'map', id: 'map', 'data-testid': 'map' });
    this.root = h(
      'div',
      { class: 'shell', 'data-connection': 'connecting', 'data-roles': session.roles.join(' ') },
      h(
        'header',
        { class: 'topbar' },
        h('span', { class: 'brand', text: 'PeaceOps' }),
        this.tabs,
        h('span', { class: 'spacer' }),
        this.daylight,
        this.asOf,
        this.clock,
        this.badge,
        h('span', { class: 'user', 'data-testid': 'user', text: `${session.username} · ${session.roles.join(', ')}` }),
        help,
        signOut,
      ),
      h('div', { class: 'stale-banner', role: 'alert', text: 'The picture below is NOT live: the connection is lost. Reconnecting…' }),
      h('div', { class: 'body' }, mapEl, this.panel),
    );
    host.replaceChildren(this.root);
    this.map = new OpsMap(mapEl, this.store, { selectIncident: (id) => this.selectIncident(id), selectAircraft: () => {} }, () => new Date());
    this.map.map.on('moveend', () => this.renderDaylight(new Date()));

    const ops = new OperationsWorkspace(this.api, this.store, this.map, caps);
    this.workspaces.set('operations', ops);
    if (caps.workspaces.includes('medical')) this.workspaces.set('medical', new MedicalWorkspace(this.api, this.store, caps));
    this.workspaces.set('replay', new ReplayWorkspace(this.api, this.store, (on) => this.borrow(on)));
    const labels: Record<Workspace, string> = { operations: 'Operations', medical: 'Medical', replay: 'Replay' };
    let n = 1;
    const shortcuts = new Shortcuts();
    help.addEventListener('click', () => shortcuts.toggleHelp());
    for (const w of this.workspaces.keys()) {
      const key = String(n++);
      const tab = h('button', { type: 'button', class: 'tab', 'data-workspace': w, 'data-testid': `tab-${w}`, title: `${labels[w]} (${key})`, text: labels[w] });
      tab.addEventListener('click', () => this.show(w));
      this.tabs.append(tab);
      shortcuts.add({ keys: key, what: `Show the ${labels[w]} workspace`, run: () => this.show(w) });
    }
    const onOps = (): boolean => this.current === ops;
    if (caps.createIncident) shortcuts.add({ keys: 'n', what: 'New 9-line request', when: onOps, run: () => ops.form.open() });
    shortcuts.add({ keys: 'j', what: 'Next incident in the queue', when: onOps, run: () => ops.step(1) });
    shortcuts.add({ keys: 'k', what: 'Previous incident in the queue', when: onOps, run: () => ops.step(-1) });
    if (caps.approveTasking) shortcuts.add({ keys: 'a', what: 'Approve the best option of the selected incident', when: onOps, run: () => ops.options.approveBest() });
    shortcuts.add({ keys: 'f', what: 'Fit the map to the picture', run: () => this.map.fitToPicture() });
    const replay = this.workspaces.get('replay') as ReplayWorkspace;
    shortcuts.add({ keys: ' ', what: 'Play / pause the replay (Space)', when: () => this.current === replay, run: () => replay.toggle() });

    this.store.setDirtyHook(() => this.scheduler.request());
    this.scheduler.onFrame(() => this.frame());
    this.store.subscribe((dirty) => {
      this.map.render(dirty);
      this.current?.render(dirty);
      if (dirty.has('connection')) this.renderConnection();
      if (dirty.has('aircraft') || dirty.has('incidents')) this.renderAsOf();
    });
    this.renderConnection();
    this.show(homeWorkspace(session.roles));
    setInterval(() => this.tick(), 1000);
    this.tick();

    this.feed = new LiveFeed(this.store, () => this.session.token);
    void this.feed.start();
    // Test and measurement hook: read-only access to counters, plus the store for synthetic load.
    (window as unknown as { peaceops: unknown }).peaceops = { app: this, store: this.store };
  }

  private frame(): void {
    this.frames++;
    this.store.flush();
  }

  show(w: Workspace): void {
    const next = this.workspaces.get(w);
    if (!next || next === this.current) return;
    this.current?.hidden();
    this.current = next;
    this.panel.replaceChildren(next.panel);
    this.panel.dataset.workspace = w;
    this.root.dataset.workspace = w;
    for (const t of this.tabs.querySelectorAll<HTMLElement>('.tab')) t.setAttribute('aria-current', String(t.dataset.workspace === w));
    next.shown();
    this.map.invalidateSize();
  }

  private selectIncident(id: string): void {
    const ops = this.workspaces.get('operations') as OperationsWorkspace;
    if (this.current !== ops) this.show('operations');
    ops.select(id);
  }

  private borrow(on: boolean): void {
    if (on === this.borrowed) return;
    this.borrowed = on;
    if (on) this.feed.pause();
    else void this.feed.resume(() => this.api.picture());
  }

  private renderConnection(): void {
    const s = this.store.connection;
    this.badge.textContent = CONNECTION_TEXT[s];
    this.badge.dataset.state = s;
    this.root.dataset.connection = s;
  }

  private renderAsOf(): void {
    let latest = '';
    for (const a of this.store.aircraft.values()) if (a.position && a.position.reportedAt > latest) latest = a.position.reportedAt;
    const iso = latest || this.store.asOf;
    if (!iso) return;
    const text = `picture ${zuluDateTime(iso)}`;
    if (this.asOf.textContent !== text) {
      this.asOf.textContent = text;
      this.asOf.title = localTitle(iso);
    }
  }

  private tick(): void {
    const now = new Date();
    this.clock.textContent = zuluTimeSeconds(now);
    this.clock.title = localTitle(now);
    this.current?.tick(now.getTime());
    if (now.getTime() - this.daylightCheckedAt >= 30_000) this.renderDaylight(now);
  }

  /** Day or night at the map's centre, and when that changes: the first thing a helicopter tasking depends on. */
  private renderDaylight(now: Date): void {
    this.daylightCheckedAt = now.getTime();
    const c = this.map.map.getCenter();
    const d = daylightAt({ lat: c.lat, lon: c.lng }, now);
    const change = d.nextChange ? ` · ${d.night ? 'first' : 'last'} light ${zuluTime(d.nextChange)}` : '';
    this.daylight.textContent = `${d.night ? '☾ NIGHT' : '☀ DAY'}${change}`;
    this.daylight.dataset.night = String(d.night);
    this.daylight.title = `Map centre ${c.lat.toFixed(2)}, ${c.lng.toFixed(2)}: sun ${d.elevationDeg.toFixed(1)}° (night below ${NIGHT_THRESHOLD_DEG}°, civil twilight)`;
  }
}
