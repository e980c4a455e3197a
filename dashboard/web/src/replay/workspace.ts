import { ApiError, type ApiClient } from '../api/http';
import type { IncidentEvent, Picture } from '../api/types';
import { eventSentence } from './eventSentence';
import { precedenceLabel } from '../format/countdown';
import { localTitle, zuluDateTime, zuluTimeSeconds } from '../format/time';
import { shortId, type OpsStore, type Topic } from '../state/store';
import { h } from '../ui/dom';
import type { WorkspaceView } from '../ui/workspace';
import { ReplayClock, SPEEDS, type Speed } from './timeline';
import { incidentStatusLabel } from '../format/incidentStatus';

/** How often (wall-clock) the map asks for the picture at the replay time while playing. */
const PICTURE_INTERVAL_MS = 1000;

/**
 * Reviewer's workspace: pick an incident or a time window, play it back (1×, 10×, 60×) or scrub; the incident's
 * recorded events and decisions run beside the map; the after-action report is one click away.
 */
export class ReplayWorkspace implements WorkspaceView {
  readonly name = 'replay';
  readonly panel: HTMLElement;
  private readonly clock = new ReplayClock(Date.now() - 3600000, Date.now());
  private events: IncidentEvent[] = [];
  private incidentId: string | null = null;
  private readonly picker = h('select', { name: 'incident', 'aria-label': 'Incident to replay', 'data-testid': 'replay-incident' });
  private readonly from = h('input', { name: 'from', placeholder: 'from (ISO or HH:MMZ)', 'aria-label': 'Window start (UTC)' });
  private readonly to = h('input', { name: 'to', placeholder: 'to', 'aria-label': 'Window end (UTC)' });
  private readonly slider = h('input', { type: 'range', min: 0, max: 1000, value: 0, 'aria-label': 'Replay time', 'data-testid': 'replay-slider' });
  private readonly play = h('button', { type: 'button', class: 'primary', text: '▶ Play', 'data-testid': 'replay-play' });
  private readonly timeLabel = h('output', { class: 'replay-time' });
  private readonly list = h('ol', { class: 'events', 'data-testid': 'replay-events' });
  private readonly status = h('p', { class: 'muted' });
  private readonly aar = h('button', { type: 'button', class: 'secondary', text: 'After-action report', disabled: true, 'data-testid': 'aar-link' });
  private readonly speedButtons = new Map<Speed, HTMLButtonElement>();
  private lastFrame = 0;
  private lastPictureAt = 0;
  private pictureApi: 'unknown' | 'yes' | 'no' = 'unknown';
  private active = false;

  constructor(
    private readonly api: ApiClient,
    private readonly store: OpsStore,
    private readonly borrowStore: (on: boolean) => void,
  ) {
    const load = h('button', { type: 'button', class: 'secondary', text: 'Load' });
    const speeds = h('span', { class: 'speeds', role: 'group', 'aria-label': 'Speed' });
    for (const s of SPEEDS) {
      const b = h('button', { type: 'button', class: 'secondary', text: `${s}×`, 'aria-pressed': s === 1 });
      b.addEventListener('click', () => this.setSpeed(s));
      this.speedButtons.set(s, b);
      speeds.append(b);
    }
    this.panel = h(
      'div',
      { class: 'panel-content replay', 'data-workspace': 'replay' },
      h('h2', { text: 'Replay' }),
      h('div', { class: 'replay-pick' }, h('label', {}, 'Incident ', this.picker), h('span', { class: 'muted', text: 'or window' }), this.from, this.to, load),
      h('div', { class: 'replay-controls' }, this.play, speeds, this.timeLabel),
      this.slider,
      h('div', { class: 'replay-foot' }, this.status, this.aar),
      this.list,
    );
    load.addEventListener('click', () => void this.loadWindow());
    this.picker.addEventListener('change', () => void this.loadIncident(this.picker.value || null));
    this.play.addEventListener('click', () => this.toggle());
    this.slider.addEventListener('input', () => {
      this.clock.scrub(this.clock.start + (Number(this.slider.value) / 1000) * (this.clock.end - this.clock.start));
      this.showTime(true);
    });
    this.aar.addEventListener('click', () => void this.openAar());
    requestAnimationFrame((t) => this.frame(t));
  }

  toggle(): void {
    this.clock.toggle();
    this.play.textContent = this.clock.playing ? '❚❚ Pause' : '▶ Play';
  }

  setSpeed(s: Speed): void {
    this.clock.speed = s;
    for (const [k, b] of this.speedButtons) b.setAttribute('aria-pressed', String(k === s));
  }

  private frame(t: number): void {
    const dt = this.lastFrame ? t - this.lastFrame : 0;
    this.lastFrame = t;
    if (this.active && this.clock.advance(dt)) this.showTime(false);
    if (this.active && !this.clock.playing && this.play.textContent !== '▶ Play') this.play.textContent = '▶ Play';
    requestAnimationFrame((n) => this.frame(n));
  }

  private showTime(scrubbed: boolean): void {
    const at = this.clock.at;
    const iso = new Date(at).toISOString();
    this.timeLabel.textContent = zuluDateTime(iso);
    this.timeLabel.title = localTitle(iso);
    const span = this.clock.end - this.clock.start;
    const v = String(span > 0 ? Math.round(((at - this.clock.start) / span) * 1000) : 0);
    if (this.slider.value !== v) this.slider.value = v;
    for (const li of this.list.children) {
      const t = Number((li as HTMLElement).dataset.at);
      const past = t <= at;
      if (li.classList.contains('past') !== past) li.classList.toggle('past', past);
    }
    const now = performance.now();
    if (scrubbed || now - this.lastPictureAt > PICTURE_INTERVAL_MS) {
      this.lastPictureAt = now;
      void this.loadPicture(iso);
    }
  }

  private async loadPicture(iso: string): Promise<void> {
    if (this.pictureApi === 'no') return;
    // A recent incident's window runs a few minutes past now; the server refuses a picture from the future, and
    // the map would freeze on the last past one. Past the present, the picture as it is now is the right one.
    const at = Math.min(Date.parse(iso), Date.now() - 1000);
    try {
      const p: Picture = await this.api.replayPicture(new Date(at).toISOString());
      if (!this.active) return;
      this.pictureApi = 'yes';
      this.borrowStore(true);
      this.store.loadPicture(p);
      this.store.setConnection('replay');
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 501)) {
        this.pictureApi = 'no';
        this.status.textContent = 'The map stays live: past pictures are not available from this server yet. The recorded events are below.';
      }
    }
  }

  async loadIncident(id: string | null): Promise<void> {
    this.incidentId = id;
    this.aar.disabled = !id;
    if (!id) return;
    this.status.textContent = 'Loading events…';
    try {
      this.events = await this.api.events(id);
      const times = this.events.map((e) => new Date(e.occurredAt).getTime()).filter((t) => !Number.isNaN(t));
      const start = times.length ? Math.min(...times) - 60000 : Date.now() - 3600000;
      const end = times.length ? Math.max(...times) + 5 * 60000 : Date.now();
      this.clock.setWindow(start, end);
      this.renderEvents();
      this.status.textContent = `${this.events.length} recorded events for ${shortId(id)}.`;
      this.showTime(true);
    } catch (e) {
      this.status.textContent = `Events unavailable: ${e instanceof Error ? e.message : 'error'}`;
    }
  }

  private async loadWindow(): Promise<void> {
    const start = new Date(this.from.value).getTime();
    const end = new Date(this.to.value || Date.now()).getTime();
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
      this.status.textContent = 'Window: give a start before the end, as ISO times (e.g. 2026-11-26T14:00Z).';
      return;
    }
    this.incidentId = null;
    this.aar.disabled = true;
    this.events = [];
    this.clock.setWindow(start, end);
    this.renderEvents();
    this.showTime(true);
  }

  private renderEvents(): void {
    this.list.replaceChildren(
      ...this.events.map((e) => {
        const sentence = this.sentence(e);
        return h(
          'li',
          { 'data-at': new Date(e.occurredAt).getTime(), title: `recorded ${zuluTimeSeconds(e.recordedAt)} — ${localTitle(e.occurredAt)}` },
          h('time', { datetime: e.occurredAt, text: zuluTimeSeconds(e.occurredAt) }),
          h('b', { text: ` ${humanise(e.type)}` }),
          e.actor ? h('span', { class: 'muted', text: ` by ${e.actor}` }) : null,
          sentence ? h('div', { class: 'event-data', text: sentence }) : null,
        );
      }),
    );
  }

  private sentence(e: IncidentEvent): string {
    return eventSentence(e, {
      aircraft: (id) => this.store.aircraft.get(id)?.callsign,
      facility: (id) => this.store.facilities.get(id)?.name,
    });
  }

  private async openAar(): Promise<void> {
    if (!this.incidentId) return;
    const w = window.open('', '_blank');
    try {
      const res = await fetch(this.api.aarUrl(this.incidentId), { headers: { Accept: 'text/html', Authorization: `Bearer ${sessionToken()}` } });
      const html = await res.text();
      if (w) w.location.href = URL.createObjectURL(new Blob([html], { type: res.headers.get('Content-Type') ?? 'text/html' }));
    } catch {
      w?.close();
      this.status.textContent = 'The after-action report could not be loaded.';
    }
  }

  render(dirty: ReadonlySet<Topic>): void {
    if (dirty.has('incidents') && !this.store.connection.startsWith('replay')) this.fillPicker();
  }

  private fillPicker(): void {
    const current = this.picker.value;
    const opts = [...this.store.incidents.values()]
      .sort((a, b) => b.injuredAt.localeCompare(a.injuredAt))
      .map((i) => h('option', { value: i.id, text: `${shortId(i.id)} · ${precedenceLabel(i.precedence)} · ${zuluDateTime(i.injuredAt)} · ${incidentStatusLabel(i.status)}`, selected: i.id === current }));
    this.picker.replaceChildren(h('option', { value: '', text: '— pick an incident —' }), ...opts);
  }

  tick(): void {}

  shown(): void {
    this.active = true;
    this.fillPicker();
  }

  hidden(): void {
    this.active = false;
    this.clock.playing = false;
    this.play.textContent = '▶ Play';
    if (this.pictureApi === 'yes') this.borrowStore(false);
  }
}

let tokenSource: () => string = () => '';
export function setReplayTokenSource(f: () => string): void {
  tokenSource = f;
}
function sessionToken(): string {
  return tokenSource();
}

function humanise(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ');
}
